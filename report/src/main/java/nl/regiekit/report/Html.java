package nl.regiekit.report;

import static nl.regiekit.markup.MarkupWriter.escape;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * A small HTML writer: every text is escaped (the markup module's {@code MarkupWriter.escape}, the one the pictures
 * use), so nothing from a case file can become markup. Not thread-safe.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Appends markup as it is: only for literals of this package, never for data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element holding escaped text, such as {@code <p>text</p>}; {@code tag} may carry attributes. */
    Html element(String tag, String text) {
        String name = tag.contains(" ") ? tag.substring(0, tag.indexOf(' ')) : tag;
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** Opens a section with an identifier and a heading that names it for assistive technology. */
    Html section(String id, String heading) {
        out.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n")
            .append("<h2 id=\"").append(id).append("-h\">").append(escape(heading)).append("</h2>\n");
        return this;
    }

    /** Closes a section. */
    Html endSection() {
        out.append("</section>\n");
        return this;
    }

    /** A list of term and description pairs; a pair with an empty description is left out. */
    Html definitions(List<String[]> pairs) {
        out.append("<dl>\n");
        for (String[] pair : pairs) {
            if (!pair[1].isEmpty()) {
                out.append("<dt>").append(escape(pair[0])).append("</dt><dd>").append(escape(pair[1]))
                    .append("</dd>\n");
            }
        }
        out.append("</dl>\n");
        return this;
    }

    /**
     * A table with a caption, column headers and rows of text; the first cell of each row heads
     * its row. The rows whose index {@code attention} accepts are marked as needing attention.
     */
    Html table(String caption, List<String> headers, List<List<String>> rows, IntPredicate attention) {
        // A wide table scrolls on a narrow screen instead of pushing the page wider.
        out.append("<div class=\"scroll\">\n<table>\n<caption>").append(escape(caption))
            .append("</caption>\n<thead><tr>");
        headers.forEach(h -> out.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String head = row.get(0);
            out.append(attention.test(i) ? "<tr class=\"attention\">" : "<tr>")
                .append(oneWord(head) ? "<th scope=\"row\" class=\"nb\">" : "<th scope=\"row\">")
                .append(escape(head)).append("</th>");
            row.subList(1, row.size()).forEach(cell -> out.append(oneWord(cell) ? "<td class=\"nb\">" : "<td>")
                .append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
        return this;
    }

    /** Whether a cell is one short word (a date, identifier or number), which should not wrap at its hyphens. */
    private static boolean oneWord(String cell) {
        return cell.length() <= 24 && cell.indexOf(' ') < 0;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
