package nl.regiekit.balance.internal;

import static nl.regiekit.markup.Xml.escape;
import static nl.regiekit.markup.Xml.num;


/**
 * A small writer of SVG text: elements with attributes, escaped text, numbers in a fixed format,
 * so that the same input always gives the same bytes. Not thread-safe; one per picture.
 */
public final class Svg {

    private final StringBuilder out = new StringBuilder();

    /** Appends raw markup the caller built; never user text. */
    public Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends a {@code <text>} element holding {@code text}, escaped. */
    public Svg text(double x, double y, String anchor, String style, String text) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
            .append(anchor).append('"').append(style.isEmpty() ? "" : " " + style).append('>')
            .append(escape(text)).append("</text>\n");
        return this;
    }

    /** Appends a {@code <line>}. */
    public Svg line(double x1, double y1, double x2, double y2, String style) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
            .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" ").append(style).append("/>\n");
        return this;
    }

    /** Appends a {@code <rect>}. */
    public Svg rect(double x, double y, double width, double height, String style) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
            .append(num(width)).append("\" height=\"").append(num(height)).append("\" ").append(style).append("/>\n");
        return this;
    }

    /** Appends a {@code <circle>}. */
    public Svg circle(double cx, double cy, double r, String style) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
            .append(num(r)).append("\" ").append(style).append("/>\n");
        return this;
    }

    /** Appends a {@code <path>} with this path data. */
    public Svg path(String data, String style) {
        out.append("<path d=\"").append(data).append("\" ").append(style).append("/>\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** At most {@code max} code points of {@code text}, with an ellipsis when it was cut. */
    public static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
