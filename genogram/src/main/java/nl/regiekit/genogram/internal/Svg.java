package nl.regiekit.genogram.internal;

import static nl.regiekit.markup.MarkupWriter.appendNumber;
import static nl.regiekit.markup.MarkupWriter.number;

import nl.regiekit.markup.Attributes;
import nl.regiekit.markup.MarkupWriter;

/**
 * The genogram module's pictures on the shared markup writer: the document with the common
 * styles and the arrow marker, shapes with typed attributes, text escaped, numbers in the one
 * format, identifiers under the picture's id prefix; and the geometry of curved and zigzag lines.
 * Not thread-safe; one per picture.
 */
public final class Svg {

    private static final String FONTS = "'Noto Sans', 'DejaVu Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', Arial, "
        + "sans-serif";
    /** The identifier of the arrowhead marker; {@link #ARROW_END} and {@link #ARROW_START} refer to it. */
    private static final String ARROW = "arrow";
    /** An arrowhead at the end of a line. */
    public static final Attributes ARROW_END = Attributes.none().andUrlRef("marker-end", ARROW);
    /** An arrowhead at the start of a line. */
    public static final Attributes ARROW_START = Attributes.none().andUrlRef("marker-start", ARROW);

    private final MarkupWriter out;

    /**
     * Starts a document of this size with the common styles.
     *
     * @param capacity the expected length of the document, so that the text is not copied as it grows
     * @param idPrefix the prefix of the picture's identifiers, so that several pictures can share a page
     * @throws IllegalArgumentException if {@code idPrefix} is not an id prefix of the markup writer
     */
    public Svg(double width, double height, String title, int capacity, String idPrefix) {
        out = MarkupWriter.xml(capacity).idPrefix(idPrefix).declaration();
        out.open("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("width", width).attr("height", height)
            .attr("viewBox", "0 0 " + number(width) + " " + number(height)).attr("font-family", FONTS).newline()
            .element("title", title).newline()
            .open("defs").open("marker").id(ARROW).attr("viewBox", "0 0 10 10").attr("refX", 9).attr("refY", 5)
            .attr("markerWidth", 11).attr("markerHeight", 11).attr("markerUnits", "userSpaceOnUse")
            .attr("orient", "auto-start-reverse")
            .open("path").attr("d", "M0,0 L10,5 L0,10 z").attr("fill", "context-stroke").close("path")
            .close("marker").close("defs").newline()
            .open("rect").attr("width", "100%").attr("height", "100%").attr("fill", "#ffffff").close("rect").newline();
    }

    /**
     * {@code prefix} if the markup writer takes it as an id prefix.
     *
     * @throws IllegalArgumentException if it does not
     * @throws NullPointerException if {@code prefix} is null
     */
    public static String checkedIdPrefix(String prefix) {
        MarkupWriter.xml(0).idPrefix(prefix);
        return prefix;
    }

    /** A line. */
    public Svg line(double x1, double y1, double x2, double y2, Attributes style) {
        out.open("line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2).attrs(style).close("line")
            .newline();
        return this;
    }

    /** A path with these data. */
    public Svg path(String d, Attributes style) {
        out.open("path").attr("d", d).attrs(style).close("path").newline();
        return this;
    }

    /** A rectangle, with rounded corners if {@code radius} is positive. */
    public Svg rect(double x, double y, double width, double height, double radius, Attributes style) {
        out.open("rect").attr("x", x).attr("y", y).attr("width", width).attr("height", height);
        if (radius > 0) {
            out.attr("rx", radius);
        }
        out.attrs(style).close("rect").newline();
        return this;
    }

    /** A circle. */
    public Svg circle(double cx, double cy, double r, Attributes style) {
        out.open("circle").attr("cx", cx).attr("cy", cy).attr("r", r).attrs(style).close("circle").newline();
        return this;
    }

    /** Text anchored at its middle. */
    public Svg text(double x, double y, double size, String text, Attributes style) {
        out.open("text").attr("x", x).attr("y", y).attr("font-size", size).attr("text-anchor", "middle").attrs(style)
            .text(text).close("text").newline();
        return this;
    }

    /** Text anchored at its start. */
    public Svg textStart(double x, double y, double size, String text, Attributes style) {
        out.open("text").attr("x", x).attr("y", y).attr("font-size", size).attrs(style).text(text).close("text")
            .newline();
        return this;
    }

    /** Text anchored at its end. */
    public Svg textEnd(double x, double y, double size, String text, Attributes style) {
        out.open("text").attr("x", x).attr("y", y).attr("font-size", size).attr("text-anchor", "end").attrs(style)
            .text(text).close("text").newline();
        return this;
    }

    /** Splits text at spaces into lines of about {@code width} characters (a longer word keeps its line). */
    public static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Opens a group with a class, for readers and tests. */
    public Svg group(String cssClass) {
        return group(cssClass, Attributes.none());
    }

    /** Opens a group with a class and more attributes, such as a transform. */
    public Svg group(String cssClass, Attributes attributes) {
        out.open("g").attr("class", cssClass).attrs(attributes).newline();
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

    /**
     * Points along a quadratic curve from one point to another, its middle moved {@code bow}
     * pixels to the left of the direction of travel; each point is {x, y, nx, ny} with the unit
     * normal at that point.
     */
    public static double[][] curve(double x1, double y1, double x2, double y2, double bow) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        int steps = Math.max(8, Math.min(64, (int) (length / 6)));
        double nx0 = length < 1e-9 ? 0 : (y2 - y1) / length;
        double ny0 = length < 1e-9 ? 0 : -(x2 - x1) / length;
        double cx = (x1 + x2) / 2 + nx0 * 2 * bow;
        double cy = (y1 + y2) / 2 + ny0 * 2 * bow;
        double[][] points = new double[steps + 1][];
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double u = 1 - t;
            double px = u * u * x1 + 2 * u * t * cx + t * t * x2;
            double py = u * u * y1 + 2 * u * t * cy + t * t * y2;
            double tx = 2 * u * (cx - x1) + 2 * t * (x2 - cx);
            double ty = 2 * u * (cy - y1) + 2 * t * (y2 - cy);
            double tl = Math.max(Math.hypot(tx, ty), 1e-9);
            points[i] = new double[] {px, py, ty / tl, -tx / tl};
        }
        return points;
    }

    /** The points moved {@code offset} pixels along their normals. */
    public static double[][] shifted(double[][] points, double offset) {
        double[][] moved = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            double[] p = points[i];
            moved[i] = new double[] {p[0] + p[2] * offset, p[1] + p[3] * offset, p[2], p[3]};
        }
        return moved;
    }

    /** The path data through the points, every other inner point moved by {@code odd}, the rest by {@code even}. */
    public static String polyline(double[][] points, double odd, double even) {
        StringBuilder d = new StringBuilder(points.length * 14);
        for (int i = 0; i < points.length; i++) {
            double[] p = points[i];
            double o = i == 0 || i == points.length - 1 ? 0 : i % 2 == 1 ? odd : even;
            appendNumber(appendNumber(d.append(i == 0 ? "M" : " L"), p[0] + p[2] * o).append(','), p[1] + p[3] * o);
        }
        return d.toString();
    }

    /**
     * The path data of a zigzag along the points.
     *
     * @param amplitude half the height of a tooth
     * @param step the length of a tooth
     */
    public static String zigzag(double[][] points, double amplitude, double step) {
        double length = 0;
        for (int i = 1; i < points.length; i++) {
            length += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
        }
        int teeth = Math.max(2, (int) (length / step));
        double[][] resampled = new double[teeth + 1][];
        for (int k = 0; k <= teeth; k++) {
            resampled[k] = at(points, length * k / teeth);
        }
        return polyline(resampled, amplitude, -amplitude);
    }

    /** The point {@code distance} along the polyline, with its normal. */
    private static double[] at(double[][] points, double distance) {
        double walked = 0;
        for (int i = 1; i < points.length; i++) {
            double segment = Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
            if (walked + segment >= distance || i == points.length - 1) {
                double t = segment < 1e-9 ? 0 : Math.min(1, (distance - walked) / segment);
                double[] a = points[i - 1];
                double[] b = points[i];
                return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2], a[3]};
            }
            walked += segment;
        }
        return points[0].clone();
    }
}
