package nl.regiekit.genogram.internal;

import static nl.regiekit.markup.Xml.escape;
import static nl.regiekit.markup.Xml.num;

/**
 * A small SVG text builder: numbers written the same way on every machine (dot decimal, at
 * most one decimal), text escaped for XML. Not thread-safe.
 */
public final class Svg {

    private final StringBuilder out;

    /** Starts a document of this size with the common styles. */
    public Svg(double width, double height, String title) {
        this(width, height, title, 16 * 1024);
    }

    /**
     * Starts a document of this size with the common styles.
     *
     * @param capacity the expected length of the document, so that the text is not copied as it grows
     */
    public Svg(double width, double height, String title, int capacity) {
        out = new StringBuilder(capacity);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
            .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
            .append(num(height)).append("\" font-family=\"'Noto Sans', 'DejaVu Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', Arial, sans-serif\">\n")
            .append("<title>").append(escape(title)).append("</title>\n")
            .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"11\" ")
            .append("markerHeight=\"11\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" ")
            .append("fill=\"context-stroke\"/></marker></defs>\n")
            .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    /** A line. */
    public Svg line(double x1, double y1, double x2, double y2, String style) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
            .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" ").append(style).append("/>\n");
        return this;
    }

    /** A path with these data. */
    public Svg path(String d, String style) {
        out.append("<path d=\"").append(d).append("\" ").append(style).append("/>\n");
        return this;
    }

    /** A rectangle. */
    public Svg rect(double x, double y, double width, double height, double radius, String style) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
            .append(num(width)).append("\" height=\"").append(num(height)).append('"');
        if (radius > 0) {
            out.append(" rx=\"").append(num(radius)).append('"');
        }
        out.append(' ').append(style).append("/>\n");
        return this;
    }

    /** A circle. */
    public Svg circle(double cx, double cy, double r, String style) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
            .append(num(r)).append("\" ").append(style).append("/>\n");
        return this;
    }

    /** Text anchored at its middle. */
    public Svg text(double x, double y, double size, String text, String style) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
            .append(num(size)).append("\" text-anchor=\"middle\" ").append(style).append('>')
            .append(escape(text)).append("</text>\n");
        return this;
    }

    /** Text anchored at its start. */
    public Svg textStart(double x, double y, double size, String text, String style) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
            .append(num(size)).append("\" ").append(style).append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /** Opens a group with a class, for readers and tests. */
    public Svg group(String cssClass) {
        out.append("<g class=\"").append(cssClass).append("\">\n");
        return this;
    }

    /** Closes a group. */
    public Svg end() {
        out.append("</g>\n");
        return this;
    }

    /** The finished document. */
    public String finish() {
        return out + "</svg>\n";
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
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.length; i++) {
            double[] p = points[i];
            double o = i == 0 || i == points.length - 1 ? 0 : i % 2 == 1 ? odd : even;
            d.append(i == 0 ? "M" : " L").append(num(p[0] + p[2] * o)).append(',').append(num(p[1] + p[3] * o));
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
