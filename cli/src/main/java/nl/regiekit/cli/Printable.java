package nl.regiekit.cli;

import java.util.ArrayList;
import java.util.List;

import nl.regiekit.markup.Markdown;
import nl.regiekit.markup.MarkupWriter;

/**
 * A printable page: a title, a subtitle and sections of numbered or bulleted lines, written as
 * Markdown or as a self-contained HTML page (styles inline, no scripts, no external resources).
 */
final class Printable {

    /** One section: a heading and its lines. */
    private record Section(String heading, List<String> lines, boolean numbered) {
    }

    private static final String STYLE = "\n"
        + "body{font-family:Georgia,'Times New Roman',serif;max-width:44em;margin:2em auto;padding:0 1em;"
        + "color:#222;line-height:1.45}\n"
        + "h1{font-size:1.7em;border-bottom:3px solid #2a6f97;padding-bottom:.2em;margin-bottom:.2em}\n"
        + "p.sub{color:#555;margin-top:0}\n"
        + "h2{font-size:1.15em;color:#2a6f97;margin-top:1.4em;border-bottom:1px solid #ccd}\n"
        + "li{margin:.25em 0}\n"
        + "@media print{body{margin:0;max-width:none}h2{break-after:avoid}}\n";

    private final String title;
    private final String subtitle;
    private final List<Section> sections = new ArrayList<>();

    Printable(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    /** Adds a section with bulleted lines; a section without lines is left out. */
    Printable bullets(String heading, List<String> lines) {
        return add(heading, lines, false);
    }

    /** Adds a section with numbered lines; a section without lines is left out. */
    Printable numbered(String heading, List<String> lines) {
        return add(heading, lines, true);
    }

    private Printable add(String heading, List<String> lines, boolean numbered) {
        if (!lines.isEmpty()) {
            sections.add(new Section(heading, List.copyOf(lines), numbered));
        }
        return this;
    }

    /** The page as Markdown, ending with a newline; every text escaped, so that nothing in it becomes markup. */
    String markdown() {
        StringBuilder text = new StringBuilder("# ").append(Markdown.escape(title)).append("\n\n")
            .append(Markdown.escape(subtitle)).append("\n");
        for (Section section : sections) {
            text.append("\n## ").append(Markdown.escape(section.heading())).append("\n\n");
            for (int i = 0; i < section.lines().size(); i++) {
                text.append(section.numbered() ? (i + 1) + ". " : "- ").append(Markdown.escape(section.lines().get(i)))
                    .append('\n');
            }
        }
        return text.toString();
    }

    /** The page as a self-contained HTML document in {@code lang}, ending with a newline. */
    String html(String lang) {
        MarkupWriter page = MarkupWriter.html().doctype();
        page.open("html").attr("lang", lang).newline()
            .open("head").newline()
            .open("meta").attr("charset", "utf-8").close("meta").newline()
            .element("title", title).newline()
            .open("style").css(STYLE).close("style").newline()
            .close("head").newline()
            .open("body").newline()
            .element("h1", title).newline()
            .open("p").attr("class", "sub").text(subtitle).close("p").newline();
        for (Section section : sections) {
            String list = section.numbered() ? "ol" : "ul";
            page.element("h2", section.heading()).newline().open(list).newline();
            for (String line : section.lines()) {
                page.element("li", line).newline();
            }
            page.close(list).newline();
        }
        return page.close("body").newline().close("html").newline().finish();
    }
}
