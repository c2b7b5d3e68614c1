package nl.regiekit.cli;

import static nl.regiekit.markup.Xml.escape;

import java.util.ArrayList;
import java.util.List;

import nl.regiekit.markup.Markdown;

/**
 * A printable page: a title, a subtitle and sections of numbered or bulleted lines, written as
 * Markdown or as a self-contained HTML page (styles inline, no scripts, no external resources).
 */
final class Printable {

    /** One section: a heading and its lines. */
    private record Section(String heading, List<String> lines, boolean numbered) {
    }

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

    /** The page as Markdown, ending with a newline; every text is written as text ({@link Markdown#text}). */
    String markdown() {
        StringBuilder text = new StringBuilder("# ").append(Markdown.text(title)).append("\n\n")
            .append(Markdown.text(subtitle)).append("\n");
        for (Section section : sections) {
            text.append("\n## ").append(Markdown.text(section.heading())).append("\n\n");
            for (int i = 0; i < section.lines().size(); i++) {
                text.append(section.numbered() ? (i + 1) + ". " : "- ").append(Markdown.text(section.lines().get(i)))
                    .append('\n');
            }
        }
        return text.toString();
    }

    /** The page as a self-contained HTML document in {@code lang}, ending with a newline. */
    String html(String lang) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(lang))
            .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n")
            .append("<style>\n")
            .append("body{font-family:Georgia,'Times New Roman',serif;max-width:44em;margin:2em auto;padding:0 1em;")
            .append("color:#222;line-height:1.45}\n")
            .append("h1{font-size:1.7em;border-bottom:3px solid #2a6f97;padding-bottom:.2em;margin-bottom:.2em}\n")
            .append("p.sub{color:#555;margin-top:0}\n")
            .append("h2{font-size:1.15em;color:#2a6f97;margin-top:1.4em;border-bottom:1px solid #ccd}\n")
            .append("li{margin:.25em 0}\n")
            .append("@media print{body{margin:0;max-width:none}h2{break-after:avoid}}\n")
            .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"sub\">")
            .append(escape(subtitle)).append("</p>\n");
        for (Section section : sections) {
            String list = section.numbered() ? "ol" : "ul";
            page.append("<h2>").append(escape(section.heading())).append("</h2>\n<").append(list).append(">\n");
            for (String line : section.lines()) {
                page.append("<li>").append(escape(line)).append("</li>\n");
            }
            page.append("</").append(list).append(">\n");
        }
        return page.append("</body>\n</html>\n").toString();
    }
}
