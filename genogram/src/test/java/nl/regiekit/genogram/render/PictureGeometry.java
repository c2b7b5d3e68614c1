package nl.regiekit.genogram.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A small geometry checker over a drawn family picture: the genogram's own SVG or Graphviz
 * {@code dot -Tsvg} output of its DOT export, or a sociogram or ecogram. It reads the picture's
 * objects from their groups ({@code person}, {@code tie}, {@code couple}, {@code family},
 * {@code step}, {@code household} in the genogram; {@code node}, {@code tie} and {@code sector} in
 * the sociogram and ecogram; {@code node} and {@code edge} in Graphviz's; the {@code legend} is
 * left out), estimates
 * each text's box from its position, size, anchor and characters, and counts what makes a picture
 * hard to read. The estimate is deliberately generous (about the width of a sans-serif font), so
 * a zero here means room to spare in a browser. Stateless; thread-safe.
 */
public final class PictureGeometry {

    /** How close a line's end must come to a symbol for the symbol to be that end, in pixels. */
    private static final double END = 12;
    /** Crossing points of the same two lines closer than this are one crossing (double lines, zigzags). */
    private static final double SAME_CROSSING = 14;
    /** The classes of the groups that hold one line each. */
    private static final List<String> LINES = List.of("tie", "couple", "family", "step", "sector", "edge");
    private static final Pattern NUMBER = Pattern.compile("-?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?");
    private static final Pattern TRANSFORM = Pattern.compile("(translate|scale|rotate)\\s*\\(([^)]*)\\)");

    /**
     * What the checker counts in one picture.
     *
     * @param textOverlaps pairs of texts whose boxes overlap (texts inside their own symbol left out)
     * @param textSymbolOverlaps pairs of a text and a symbol that overlap, the text not inside it
     * @param linesThroughLabels pairs of a line and a text box it passes through
     * @param linesThroughSymbols pairs of a line and a symbol it passes through, the symbol not an end of it
     * @param householdOverlaps pairs of households whose boundaries overlap
     * @param householdLabelCuts pairs of a household boundary and a text box it cuts through
     * @param lineCrossings points where two lines cross (a double line counts once)
     * @param people the number of symbols with a text (people)
     * @param lines the number of lines (ties, couples, families, edges)
     * @param defectsFound where each defect is, for a reader: what, which kind of line, and a point
     */
    public record Figures(int textOverlaps, int textSymbolOverlaps, int linesThroughLabels, int linesThroughSymbols,
                          int householdOverlaps, int householdLabelCuts, int lineCrossings, int people, int lines,
                          List<String> defectsFound) {

        /** Copies the list. */
        public Figures {
            defectsFound = List.copyOf(defectsFound);
        }

        /** Text against text and text against symbol. */
        public int labelOverlaps() {
            return textOverlaps + textSymbolOverlaps;
        }

        /** Households against each other and against labels. */
        public int householdCrossings() {
            return householdOverlaps + householdLabelCuts;
        }

        /** Everything that the layout's targets want at zero: all but the line crossings. */
        public int defects() {
            return labelOverlaps() + linesThroughLabels + linesThroughSymbols + householdCrossings();
        }
    }

    /** An axis-aligned box. */
    record Box(double left, double top, double right, double bottom) {
        boolean overlaps(Box o, double slack) {
            return left + slack < o.right && o.left + slack < right && top + slack < o.bottom && o.top + slack < bottom;
        }

        boolean contains(double x, double y) {
            return x > left && x < right && y > top && y < bottom;
        }

        Box shrunk(double by) {
            return new Box(left + by, top + by, right - by, bottom - by);
        }

        double distance(double x, double y) {
            double dx = Math.max(Math.max(left - x, 0), x - right);
            double dy = Math.max(Math.max(top - y, 0), y - bottom);
            return Math.hypot(dx, dy);
        }

        static Box around(List<double[]> points) {
            double[] b = TieRouter.bounds(points);
            return new Box(b[0], b[1], b[2], b[3]);
        }
    }

    /** A text's box; {@code node} is the index of the person it belongs to, or -1. */
    private record Label(Box box, int node) {
    }

    /** A line object: its kind (the group's class), its polylines (each a run of points) and their bounding box. */
    private record Line(String kind, List<List<double[]>> runs, Box bounds) {
    }

    /** The affine transform of the current group: x' = sx x + tx, y' = sy y + ty. */
    private record Transform(double sx, double sy, double tx, double ty) {
        double[] apply(double x, double y) {
            return new double[] {sx * x + tx, sy * y + ty};
        }

        Transform then(String attribute) {
            Transform result = this;
            Matcher m = TRANSFORM.matcher(attribute);
            while (m.find()) {
                List<Double> v = numbers(m.group(2));
                switch (m.group(1)) {
                    case "translate" -> result = new Transform(result.sx, result.sy,
                        result.tx + result.sx * v.get(0), result.ty + result.sy * (v.size() > 1 ? v.get(1) : 0));
                    case "scale" -> result = new Transform(result.sx * v.get(0),
                        result.sy * (v.size() > 1 ? v.get(1) : v.get(0)), result.tx, result.ty);
                    default -> {
                        if (v.get(0) % 360 != 0) {
                            throw new IllegalArgumentException("a rotated group: " + attribute);
                        }
                    }
                }
            }
            return result;
        }
    }

    /** What the walk collects. */
    private static final class Scene {
        final List<List<Box>> nodes = new ArrayList<>();
        final List<Boolean> named = new ArrayList<>();
        final List<Label> labels = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();
        final List<List<Box>> households = new ArrayList<>();
    }

    private PictureGeometry() {
    }

    /**
     * The figures of one SVG picture.
     *
     * @throws IllegalArgumentException if the text is not SVG this checker reads
     */
    public static Figures of(String svg) {
        Scene scene = new Scene();
        walk(parse(svg), new Transform(1, 1, 0, 0), scene, -1, null, -1);
        List<String> found = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (Label label : scene.labels) {
            if (!insideOwnSymbol(scene, label)) {
                labels.add(label);
            }
        }
        int textOverlaps = 0;
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (labels.get(i).box().overlaps(labels.get(j).box(), 0.5)) {
                    textOverlaps++;
                    found.add("text over text at " + at(labels.get(i).box()));
                }
            }
        }
        int textSymbol = 0;
        for (Label label : labels) {
            for (List<Box> node : scene.nodes) {
                if (node.stream().anyMatch(b -> b.overlaps(label.box(), 0.5))) {
                    textSymbol++;
                    found.add("text over symbol at " + at(label.box()));
                }
            }
        }
        int throughLabels = 0;
        for (Line line : scene.lines) {
            for (Label label : labels) {
                if (line.bounds().overlaps(label.box(), 0) && crosses(line, label.box().shrunk(1))) {
                    throughLabels++;
                    found.add(line.kind() + " through text at " + at(label.box()));
                }
            }
        }
        int throughSymbols = 0;
        for (Line line : scene.lines) {
            for (int n = 0; n < scene.nodes.size(); n++) {
                List<Box> node = scene.nodes.get(n);
                if (!scene.named.get(n) || isEnd(line, node)) {
                    continue;
                }
                for (Box box : node) {
                    if (line.bounds().overlaps(box, 0) && crosses(line, box.shrunk(1))) {
                        throughSymbols++;
                        found.add(line.kind() + " through symbol at " + at(box));
                        break;
                    }
                }
            }
        }
        int householdOverlaps = 0;
        for (int i = 0; i < scene.households.size(); i++) {
            for (int j = i + 1; j < scene.households.size(); j++) {
                if (overlap(scene.households.get(i), scene.households.get(j))) {
                    householdOverlaps++;
                    found.add("households overlap at " + at(scene.households.get(i).get(0)));
                }
            }
        }
        int cuts = 0;
        for (List<Box> household : scene.households) {
            for (Label label : scene.labels) {
                if (cuts(household, label.box())) {
                    cuts++;
                    found.add("household through text at " + at(label.box()));
                }
            }
        }
        int crossings = 0;
        for (int i = 0; i < scene.lines.size(); i++) {
            for (int j = i + 1; j < scene.lines.size(); j++) {
                if (scene.lines.get(i).bounds().overlaps(scene.lines.get(j).bounds(), -1)) {
                    crossings += crossings(scene.lines.get(i), scene.lines.get(j));
                }
            }
        }
        int people = (int) scene.named.stream().filter(b -> b).count();
        return new Figures(textOverlaps, textSymbol, throughLabels, throughSymbols, householdOverlaps, cuts, crossings,
            people, scene.lines.size(), found);
    }

    private static String at(Box box) {
        return String.format(Locale.ROOT, "(%.0f, %.0f)", (box.left() + box.right()) / 2, (box.top() + box.bottom()) / 2);
    }

    /**
     * Graphviz {@code dot -Tsvg} of a DOT text: {@code dot} from the system's packages, on the
     * {@code PATH}, run as a process.
     *
     * @throws IOException if {@code dot} cannot be run
     * @throws IllegalStateException if {@code dot} fails
     */
    public static String graphviz(String dot) throws IOException {
        Process process = new ProcessBuilder("dot", "-Tsvg").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
            try (InputStream out = process.getInputStream()) {
                return out.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (OutputStream in = process.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        byte[] svg = output.join();
        try {
            if (process.waitFor() != 0 || svg.length == 0) {
                throw new IllegalStateException("dot failed with exit code " + process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dot ran", e);
        }
        return new String(svg, StandardCharsets.UTF_8);
    }

    private static Node parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not an SVG document", e);
        }
    }

    /**
     * Collects the scene. {@code node} is the person being read, {@code line} the line object,
     * {@code household} the household.
     */
    private static void walk(Node at, Transform transform, Scene scene, int node, List<List<double[]>> line,
                             int household) {
        if (!(at instanceof Element e)) {
            return;
        }
        Transform t = e.hasAttribute("transform") ? transform.then(e.getAttribute("transform")) : transform;
        String tag = e.getTagName();
        String cls = e.getAttribute("class");
        if (List.of("svg", "g", "a").contains(tag)) {
            switch (cls) {
                case "legend", "sample" -> {
                    return;
                }
                case "person", "node" -> {
                    scene.nodes.add(new ArrayList<>());
                    scene.named.add(false);
                    node = scene.nodes.size() - 1;
                }
                case "tie", "couple", "family", "step", "sector", "edge" -> line = new ArrayList<>();
                case "household" -> {
                    scene.households.add(new ArrayList<>());
                    household = scene.households.size() - 1;
                }
                default -> {
                }
            }
            for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                walk(child, t, scene, node, line, household);
            }
            if (line != null && LINES.contains(cls) && !line.isEmpty()) {
                List<double[]> all = new ArrayList<>();
                line.forEach(all::addAll);
                scene.lines.add(new Line(cls, List.copyOf(line), Box.around(all)));
            }
            return;
        }
        if (tag.equals("text")) {
            scene.labels.add(new Label(textBox(e, t), node));
            if (node >= 0) {
                scene.named.set(node, true);
            }
            return;
        }
        if (household >= 0 && tag.equals("rect")) {
            scene.households.get(household).add(box(e, t));
            return;
        }
        if (node >= 0) {
            if (List.of("rect", "circle", "ellipse", "polygon").contains(tag)
                || (tag.equals("path") && e.getAttribute("d").toUpperCase(Locale.ROOT).contains("Z"))) {
                scene.nodes.get(node).add(box(e, t));
            }
            return;
        }
        if (line != null) {
            switch (tag) {
                case "line" -> line.add(List.of(t.apply(num(e, "x1"), num(e, "y1")),
                    t.apply(num(e, "x2"), num(e, "y2"))));
                case "path" -> line.addAll(pathRuns(e.getAttribute("d"), t));
                case "polyline" -> line.add(points(e.getAttribute("points"), t));
                default -> {
                    // arrowheads (polygons) and other marks are no part of the line's course
                }
            }
        }
    }

    private static boolean insideOwnSymbol(Scene scene, Label label) {
        if (label.node() < 0) {
            return false;
        }
        double cx = (label.box().left() + label.box().right()) / 2;
        double cy = (label.box().top() + label.box().bottom()) / 2;
        return scene.nodes.get(label.node()).stream().anyMatch(b -> b.contains(cx, cy));
    }

    private static boolean isEnd(Line line, List<Box> node) {
        for (List<double[]> run : line.runs()) {
            for (double[] end : new double[][] {run.get(0), run.get(run.size() - 1)}) {
                for (Box box : node) {
                    if (box.distance(end[0], end[1]) <= END) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether any segment of the line passes through the box. */
    private static boolean crosses(Line line, Box box) {
        for (List<double[]> run : line.runs()) {
            for (int k = 1; k < run.size(); k++) {
                if (TieRouter.segmentHitsBox(run.get(k - 1), run.get(k), box.left(), box.top(), box.right(),
                    box.bottom())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlap(List<Box> a, List<Box> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.overlaps(y, 0.5)));
    }

    /** Whether a household's boundary cuts the box: some of its points inside the household, some outside. */
    private static boolean cuts(List<Box> household, Box box) {
        boolean in = false;
        boolean out = false;
        for (int i = 0; i <= 4; i++) {
            for (int j = 0; j <= 2; j++) {
                double x = box.left() + (box.right() - box.left()) * i / 4;
                double y = box.top() + (box.bottom() - box.top()) * j / 2;
                boolean inside = household.stream().anyMatch(h -> h.contains(x, y));
                in |= inside;
                out |= !inside;
            }
        }
        return in && out;
    }

    /** The crossing points of two lines, points closer than {@link #SAME_CROSSING} counted once. */
    private static int crossings(Line a, Line b) {
        List<double[]> points = new ArrayList<>();
        for (List<double[]> ra : a.runs()) {
            for (List<double[]> rb : b.runs()) {
                for (int i = 1; i < ra.size(); i++) {
                    for (int j = 1; j < rb.size(); j++) {
                        double[] hit = intersection(ra.get(i - 1), ra.get(i), rb.get(j - 1), rb.get(j));
                        if (hit != null && !nearEnd(hit, ra) && !nearEnd(hit, rb)
                            && points.stream().noneMatch(p -> Math.hypot(p[0] - hit[0], p[1] - hit[1]) < SAME_CROSSING)) {
                            points.add(hit);
                        }
                    }
                }
            }
        }
        return points.size();
    }

    /** A crossing at a line's end is a junction (a child's line leaving its parents' line), not a crossing. */
    private static boolean nearEnd(double[] p, List<double[]> run) {
        double[] first = run.get(0);
        double[] last = run.get(run.size() - 1);
        return Math.hypot(p[0] - first[0], p[1] - first[1]) < 3 || Math.hypot(p[0] - last[0], p[1] - last[1]) < 3;
    }

    /** Where two segments cross properly, or null (parallel, touching or apart). */
    static double[] intersection(double[] p1, double[] p2, double[] p3, double[] p4) {
        double d = (p2[0] - p1[0]) * (p4[1] - p3[1]) - (p2[1] - p1[1]) * (p4[0] - p3[0]);
        if (Math.abs(d) < 1e-9) {
            return null;
        }
        double u = ((p3[0] - p1[0]) * (p4[1] - p3[1]) - (p3[1] - p1[1]) * (p4[0] - p3[0])) / d;
        double v = ((p3[0] - p1[0]) * (p2[1] - p1[1]) - (p3[1] - p1[1]) * (p2[0] - p1[0])) / d;
        if (u <= 1e-6 || u >= 1 - 1e-6 || v <= 1e-6 || v >= 1 - 1e-6) {
            return null;
        }
        return new double[] {p1[0] + u * (p2[0] - p1[0]), p1[1] + u * (p2[1] - p1[1])};
    }

    /** A text's box: width from its characters (wide for CJK), height from its size, placed by its anchor. */
    private static Box textBox(Element e, Transform t) {
        double size = e.hasAttribute("font-size") ? num(e, "font-size") : 14;
        String text = e.getTextContent();
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp >= 0x2E80 ? 1.0 : Character.isUpperCase(cp) ? 0.68 : Character.isDigit(cp) ? 0.56 : 0.55;
            i += Character.charCount(cp);
        }
        width *= size;
        double x = num(e, "x");
        double y = num(e, "y");
        String anchor = e.getAttribute("text-anchor");
        double left = anchor.equals("middle") ? x - width / 2 : anchor.equals("end") ? x - width : x;
        double[] a = t.apply(left, y - 0.75 * size);
        double[] b = t.apply(left + width, y + 0.22 * size);
        return new Box(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    }

    /** The bounding box of a shape. */
    private static Box box(Element e, Transform t) {
        List<double[]> corners = new ArrayList<>();
        switch (e.getTagName()) {
            case "rect" -> {
                double x = num(e, "x");
                double y = num(e, "y");
                corners.add(t.apply(x, y));
                corners.add(t.apply(x + num(e, "width"), y + num(e, "height")));
            }
            case "circle" -> {
                double r = num(e, "r");
                corners.add(t.apply(num(e, "cx") - r, num(e, "cy") - r));
                corners.add(t.apply(num(e, "cx") + r, num(e, "cy") + r));
            }
            case "ellipse" -> {
                corners.add(t.apply(num(e, "cx") - num(e, "rx"), num(e, "cy") - num(e, "ry")));
                corners.add(t.apply(num(e, "cx") + num(e, "rx"), num(e, "cy") + num(e, "ry")));
            }
            case "polygon" -> corners.addAll(points(e.getAttribute("points"), t));
            default -> pathRuns(e.getAttribute("d"), t).forEach(corners::addAll);
        }
        return Box.around(corners);
    }

    /** The polylines of path data (absolute M, L, H, V, C, Q and Z; curves sampled). */
    private static List<List<double[]>> pathRuns(String d, Transform t) {
        List<List<double[]>> runs = new ArrayList<>();
        List<double[]> run = null;
        Matcher m = Pattern.compile("([MLHVCQZmlhvcqz])([^MLHVCQZmlhvcqz]*)").matcher(d);
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        while (m.find()) {
            char command = m.group(1).charAt(0);
            List<Double> v = numbers(m.group(2));
            switch (command) {
                case 'M' -> {
                    run = new ArrayList<>();
                    runs.add(run);
                    x = v.get(0);
                    y = v.get(1);
                    startX = x;
                    startY = y;
                    run.add(t.apply(x, y));
                    for (int i = 2; i + 1 < v.size(); i += 2) {
                        x = v.get(i);
                        y = v.get(i + 1);
                        run.add(t.apply(x, y));
                    }
                }
                case 'L' -> {
                    for (int i = 0; i + 1 < v.size(); i += 2) {
                        x = v.get(i);
                        y = v.get(i + 1);
                        run.add(t.apply(x, y));
                    }
                }
                case 'H' -> {
                    x = v.get(v.size() - 1);
                    run.add(t.apply(x, y));
                }
                case 'V' -> {
                    y = v.get(v.size() - 1);
                    run.add(t.apply(x, y));
                }
                case 'C' -> {
                    for (int i = 0; i + 5 < v.size(); i += 6) {
                        for (int s = 1; s <= 8; s++) {
                            double u = s / 8.0;
                            double w = 1 - u;
                            double px = w * w * w * x + 3 * w * w * u * v.get(i) + 3 * w * u * u * v.get(i + 2)
                                + u * u * u * v.get(i + 4);
                            double py = w * w * w * y + 3 * w * w * u * v.get(i + 1) + 3 * w * u * u * v.get(i + 3)
                                + u * u * u * v.get(i + 5);
                            run.add(t.apply(px, py));
                        }
                        x = v.get(i + 4);
                        y = v.get(i + 5);
                    }
                }
                case 'Q' -> {
                    for (int i = 0; i + 3 < v.size(); i += 4) {
                        for (int s = 1; s <= 8; s++) {
                            double u = s / 8.0;
                            double w = 1 - u;
                            run.add(t.apply(w * w * x + 2 * w * u * v.get(i) + u * u * v.get(i + 2),
                                w * w * y + 2 * w * u * v.get(i + 1) + u * u * v.get(i + 3)));
                        }
                        x = v.get(i + 2);
                        y = v.get(i + 3);
                    }
                }
                case 'Z', 'z' -> {
                    x = startX;
                    y = startY;
                    run.add(t.apply(x, y));
                }
                default -> throw new IllegalArgumentException("a relative path command: " + command);
            }
        }
        return runs;
    }

    private static List<double[]> points(String text, Transform t) {
        List<Double> v = numbers(text);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i + 1 < v.size(); i += 2) {
            points.add(t.apply(v.get(i), v.get(i + 1)));
        }
        return points;
    }

    private static double num(Element e, String attribute) {
        List<Double> v = numbers(e.getAttribute(attribute));
        if (v.isEmpty()) {
            throw new IllegalArgumentException("no number in " + e.getTagName() + "/@" + attribute);
        }
        return v.get(0);
    }

    private static List<Double> numbers(String text) {
        List<Double> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            values.add(Double.parseDouble(m.group()));
        }
        return values;
    }
}
