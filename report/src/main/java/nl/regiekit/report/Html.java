package nl.regiekit.report;

import java.util.List;
import java.util.function.IntPredicate;

import nl.regiekit.markup.Markup;
import nl.regiekit.markup.MarkupWriter;

/**
 * The report's HTML, written through the shared {@link MarkupWriter}: element by element, every text
 * and attribute escaped, so nothing from a case file can become markup. Each {@code element} and
 * {@code end} ends its line. Not thread-safe.
 */
final class Html {

    private final MarkupWriter out = MarkupWriter.html();

    /** Starts the document. */
    Html doctype() {
        out.doctype();
        return this;
    }

    /** Opens an element. */
    Html open(String name) {
        out.open(name);
        return this;
    }

    /** Opens an element of a class. */
    Html open(String name, String cssClass) {
        out.open(name).attr("class", cssClass);
        return this;
    }

    /** An attribute of the element just opened. */
    Html attr(String name, String value) {
        out.attr(name, value);
        return this;
    }

    /** The identifier of the element just opened. */
    Html id(String id) {
        out.id(id);
        return this;
    }

    /** Closes an element on the same line. */
    Html close(String name) {
        out.close(name);
        return this;
    }

    /** Closes an element and ends the line. */
    Html end(String name) {
        out.close(name).newline();
        return this;
    }

    /** Ends the line. */
    Html newline() {
        out.newline();
        return this;
    }

    /** Escaped text. */
    Html text(String text) {
        out.text(text);
        return this;
    }

    /** An element holding escaped text, on a line of its own. */
    Html element(String name, String text) {
        out.element(name, text).newline();
        return this;
    }

    /** An element of a class holding escaped text, on a line of its own. */
    Html element(String name, String cssClass, String text) {
        out.open(name).attr("class", cssClass).text(text).close(name).newline();
        return this;
    }

    /** A style sheet, inside an open {@code style} element. */
    Html css(String stylesheet) {
        out.css(stylesheet);
        return this;
    }

    /** A finished SVG picture, as its renderer drew it. */
    Html embed(String svg) {
        out.embed(Markup.trusted(svg));
        return this;
    }

    /** Opens a section with an identifier and a heading that names it for assistive technology. */
    Html section(String id, String heading) {
        out.open("section").id(id).attr("aria-labelledby", id + "-h").newline()
            .open("h2").id(id + "-h").text(heading).close("h2").newline();
        return this;
    }

    /** Closes a section. */
    Html endSection() {
        return end("section");
    }

    /** A list of term and description pairs; a pair with an empty description is left out. */
    Html definitions(List<String[]> pairs) {
        out.open("dl").newline();
        for (String[] pair : pairs) {
            if (!pair[1].isEmpty()) {
                out.element("dt", pair[0]).element("dd", pair[1]).newline();
            }
        }
        return end("dl");
    }

    /**
     * A table with a caption, column headers and rows of text; the first cell of each row heads
     * its row. The rows whose index {@code attention} accepts are marked as needing attention. A table
     * without rows is its caption followed by {@code none}.
     */
    Html table(String caption, List<String> headers, List<List<String>> rows, IntPredicate attention, String none) {
        if (rows.isEmpty()) {
            out.open("p").attr("class", "empty").open("strong").text(caption).close("strong").text(": ").text(none)
                .close("p");
            return newline();
        }
        // A wide table scrolls on a narrow screen instead of pushing the page wider.
        out.open("div").attr("class", "scroll").newline().open("table").newline()
            .element("caption", caption).newline().open("thead").open("tr");
        headers.forEach(h -> out.open("th").attr("scope", "col").text(h).close("th"));
        out.close("tr").close("thead").newline().open("tbody").newline();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            out.open("tr");
            if (attention.test(i)) {
                out.attr("class", "attention");
            }
            String head = row.get(0);
            out.open("th").attr("scope", "row");
            if (oneWord(head)) {
                out.attr("class", "nb");
            }
            out.text(head).close("th");
            for (String cell : row.subList(1, row.size())) {
                out.open("td");
                if (oneWord(cell)) {
                    out.attr("class", "nb");
                }
                out.text(cell).close("td");
            }
            out.close("tr").newline();
        }
        out.close("tbody").newline().close("table").newline();
        return end("div");
    }

    /** Whether a cell is one short word (a date, identifier or number), which should not wrap at its hyphens. */
    private static boolean oneWord(String cell) {
        return cell.length() <= 24 && cell.indexOf(' ') < 0;
    }

    /** The finished page. */
    @Override
    public String toString() {
        return out.finish();
    }
}
