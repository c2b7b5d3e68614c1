package nl.regiekit.balance.internal;

import java.util.Locale;

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

    /** A number with at most one decimal, a dot as decimal separator, no minus zero. */
    public static String num(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /**
     * Text escaped for XML content and attributes; characters XML 1.0 does not allow (control
     * characters, lone surrogates, U+FFFE, U+FFFF) are dropped.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (allowed(cp)) {
                        escaped.appendCodePoint(cp);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
            || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** At most {@code max} code points of {@code text}, with an ellipsis when it was cut. */
    public static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
