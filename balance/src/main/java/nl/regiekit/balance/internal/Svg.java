package nl.regiekit.balance.internal;

import nl.regiekit.markup.Attributes;
import nl.regiekit.markup.MarkupWriter;

/**
 * The balance module's pictures on the shared markup writer: the document with its title and
 * background, shapes with typed attributes, text escaped, numbers in the one format, so that the
 * same input always gives the same bytes. Not thread-safe; one per picture.
 */
public final class Svg {

    private final MarkupWriter out = MarkupWriter.xml(16 * 1024);

    /** Starts a document of this size, its title read out by screen readers. */
    public Svg(int width, int height, String title) {
        out.declaration().open("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("width", width)
            .attr("height", height).attr("viewBox", "0 0 " + width + " " + height).attr("font-family", "sans-serif")
            .attr("role", "img").newline()
            .element("title", title).newline()
            .open("rect").attr("width", width).attr("height", height).attr("fill", "#ffffff").close("rect").newline();
    }

    /** Appends a {@code <text>} element holding {@code text}, escaped. */
    public Svg text(double x, double y, String anchor, Attributes style, String text) {
        out.open("text").attr("x", x).attr("y", y).attr("text-anchor", anchor).attrs(style).text(text).close("text")
            .newline();
        return this;
    }

    /** Appends a {@code <line>}. */
    public Svg line(double x1, double y1, double x2, double y2, Attributes style) {
        out.open("line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2).attrs(style).close("line")
            .newline();
        return this;
    }

    /** Appends a {@code <rect>}. */
    public Svg rect(double x, double y, double width, double height, Attributes style) {
        out.open("rect").attr("x", x).attr("y", y).attr("width", width).attr("height", height).attrs(style)
            .close("rect").newline();
        return this;
    }

    /** Appends a {@code <circle>}. */
    public Svg circle(double cx, double cy, double r, Attributes style) {
        out.open("circle").attr("cx", cx).attr("cy", cy).attr("r", r).attrs(style).close("circle").newline();
        return this;
    }

    /** Appends a {@code <path>} with this path data. */
    public Svg path(String data, Attributes style) {
        out.open("path").attr("d", data).attrs(style).close("path").newline();
        return this;
    }

    /** Opens a group moved down by {@code dy}. */
    public Svg groupBelow(double dy) {
        out.open("g").attr("transform", "translate(0," + MarkupWriter.number(dy) + ")").newline();
        return this;
    }

    /** Closes a group. */
    public Svg end() {
        out.close("g").newline();
        return this;
    }

    /** The finished document. */
    public String finish() {
        return out.close("svg").newline().finish();
    }

    /** At most {@code max} code points of {@code text}, with an ellipsis when it was cut. */
    public static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
