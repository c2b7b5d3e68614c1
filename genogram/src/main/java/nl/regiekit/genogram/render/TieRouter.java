package nl.regiekit.genogram.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.Relative;
import nl.regiekit.genogram.render.GenogramLayout.Placement;

/**
 * Routes the lines that do not follow descent (emotional relationships and step-parents) around
 * the people of a genogram: each line is chosen from a set of candidates, curves of several bows
 * and square routes over the rows through the gaps between people, as the one that passes through
 * the fewest symbols and texts, then the shortest; a second line between the same two people takes
 * another course. The obstacles are every symbol, condition mark, name block and text the picture
 * holds, with a margin for the widest line style. Not thread-safe; one per picture.
 */
final class TieRouter {

    /** The margin around an obstacle: half the widest tie (hostile: a zigzag between two lines). */
    private static final double CLEAR = 8;
    /** Where a line leaves a symbol: this far from its centre. */
    private static final double EXIT = GenogramLayout.SYMBOL / 2 + 6;
    private static final double[] BOWS = {0, 25, -25, 50, -50, 80, -80, 120, -120, 170, -170, 240, -240};
    private static final int GUTTERS = 8;
    /** Where a square route leaves and enters the top of a symbol, from its middle. */
    private static final double[] SHIFTS = {0, -12, 12};
    /** The ways a smooth line leaves or enters a symbol: up, up and to either side, to either side. */
    private static final double[][] DIRECTIONS = {{0, -1}, {-0.7071, -0.7071}, {0.7071, -0.7071}, {-1, 0}, {1, 0}};
    /** How far a smooth line holds its direction, as a share of the distance. */
    private static final double[] REACHES = {0.3, 0.6};
    private static final double CORNER = 10;
    /** The distance between two square routes over one row. */
    private static final double LANE = 20;
    /** What a crossing and a square route (rather than a curve) cost, in pixels of length. */
    private static final double CROSSING = 80;
    private static final double SQUARE = 200;
    /** What passing through a symbol or a text costs: more than any detour. */
    private static final double HIT = 20000;
    /** Closer than this, a course runs alongside a line drawn before; each such point costs {@link #BESIDE}. */
    private static final double NEAR = 18;
    private static final double BESIDE = 20;

    /** An obstacle: a box and the person it belongs to, or null. */
    private record Obstacle(double left, double top, double right, double bottom, PersonId owner, boolean symbol) {
    }

    private final GenogramLayout layout;
    /** The number of smooth candidates (curves) at the head of the last list of candidates; the rest are square. */
    private int smooth;
    private final List<Obstacle> obstacles = new ArrayList<>();
    private final Map<Set<PersonId>, List<double[][]>> taken = new HashMap<>();
    /** The lines drawn so far, each segment {x1, y1, x2, y2}, which a new course crosses as little as it can. */
    private final List<double[]> drawn = new ArrayList<>();
    /** Points along the lines drawn so far, by cells of {@link #NEAR} pixels. */
    private final Map<Long, List<double[]>> grid = new HashMap<>();

    /**
     * @param layout the layout of the people
     * @param people the people drawn, for the size of their name blocks
     * @param texts further text boxes on the picture, each {left, top, right, bottom} (the couples' years)
     */
    TieRouter(GenogramLayout layout, List<Relative> people, List<double[]> texts) {
        this.layout = layout;
        double h = GenogramLayout.SYMBOL / 2 + 2;
        for (Relative person : people) {
            Placement p = layout.placement(person.id()).orElseThrow();
            obstacles.add(new Obstacle(p.x() - h, p.y() - h, p.x() + h, p.y() + h, person.id(), true));
            if (!person.labels().isEmpty()) {
                obstacles.add(new Obstacle(p.x() + h, p.y() - h - 2, p.x() + h + 15,
                    p.y() - h + 14 + 15 * (person.labels().size() - 1), person.id(), false));
            }
            double width = 2 * labelHalfWidth(person);
            obstacles.add(new Obstacle(p.x() - width / 2, p.y() + h + 12, p.x() + width / 2, p.y() + h + 52,
                person.id(), false));
        }
        for (double[] text : texts) {
            obstacles.add(new Obstacle(text[0], text[1], text[2], text[3], null, false));
        }
    }

    /** Half the width of the name block under a person's symbol: given name, family name and years. */
    static double labelHalfWidth(Relative person) {
        return Math.max(textWidth(person.name().given(), 12), Math.max(
            textWidth(person.name().prefix().map(x -> x + " ").orElse("") + person.name().family(), 10),
            textWidth("0000\u20130000", 9.5))) / 2;
    }

    /** A generous estimate of the width of a text: wide for CJK, somewhat wide for the rest. */
    static double textWidth(String text, double size) {
        return text.codePoints().mapToDouble(c -> c >= 0x2E80 ? 1.05 : 0.62).sum() * size;
    }

    /** Adds a text box {left, top, right, bottom} that routes keep clear of. */
    void text(double[] box) {
        obstacles.add(new Obstacle(box[0], box[1], box[2], box[3], null, false));
    }

    /** Records a box's outline {left, top, right, bottom}, drawn on the picture, that routes keep off. */
    void outline(double[] box) {
        line(box[0], box[1], box[2], box[1]);
        line(box[2], box[1], box[2], box[3]);
        line(box[2], box[3], box[0], box[3]);
        line(box[0], box[3], box[0], box[1]);
    }

    /** Records a segment drawn on the picture, so that routes cross it as little as they can. */
    void line(double x1, double y1, double x2, double y2) {
        drawn.add(new double[] {Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2), x1, y1, x2, y2});
        int steps = (int) Math.ceil(Math.hypot(x2 - x1, y2 - y1) / (NEAR / 2));
        for (int i = 0; i <= steps; i++) {
            double t = steps == 0 ? 0 : (double) i / steps;
            double x = x1 + (x2 - x1) * t;
            double y = y1 + (y2 - y1) * t;
            grid.computeIfAbsent(cell(x, y), k -> new ArrayList<>()).add(new double[] {x, y});
        }
    }

    private static long cell(double x, double y) {
        return ((long) Math.floor(x / NEAR) << 32) ^ ((long) Math.floor(y / NEAR) & 0xffffffffL);
    }

    /**
     * How many of the course's points run alongside a line already drawn (within {@link #NEAR}),
     * away from the course's ends, where lines meet the symbols anyway.
     */
    private int alongside(double[][] course) {
        int count = 0;
        double walked = 0;
        double total = length(course);
        for (int i = 1; i < course.length; i++) {
            double[] a = course[i - 1];
            double[] b = course[i];
            double segment = Math.hypot(b[0] - a[0], b[1] - a[1]);
            for (double d = 0; d < segment; d += NEAR / 2) {
                if (walked + d >= 24 && total - walked - d >= 24 && close(a[0] + (b[0] - a[0]) * d / segment,
                    a[1] + (b[1] - a[1]) * d / segment)) {
                    count++;
                }
            }
            walked += segment;
        }
        return count;
    }

    /** Whether a line drawn before passes within {@link #NEAR} of the point. */
    private boolean close(double x, double y) {
        for (int gx = -1; gx <= 1; gx++) {
            for (int gy = -1; gy <= 1; gy++) {
                for (double[] p : grid.getOrDefault(cell(x + gx * NEAR, y + gy * NEAR), List.of())) {
                    if (Math.hypot(p[0] - x, p[1] - y) < NEAR) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The course of a line from one person to another, as points with their unit normals
     * ({x, y, nx, ny}), starting and ending just outside the two symbols.
     */
    double[][] route(PersonId from, PersonId to) {
        Placement a = layout.placement(from).orElseThrow();
        Placement b = layout.placement(to).orElseThrow();
        List<double[][]> before = taken.computeIfAbsent(Set.of(from, to), k -> new ArrayList<>());
        double[][] best = null;
        double bestCost = Double.MAX_VALUE;
        List<double[][]> candidates = candidates(a, b);
        for (int c = 0; c < candidates.size(); c++) {
            double[][] candidate = candidates.get(c);
            double cost = HIT * hits(candidate, from, to) + length(candidate) + CROSSING * crossings(candidate)
                + BESIDE * alongside(candidate) + (c < smooth ? 0 : SQUARE);
            for (double[][] other : before) {
                if (near(candidate, other)) {
                    cost += 5000;
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = candidate;
            }
        }
        before.add(best);
        for (int i = 1; i < best.length; i++) {
            line(best[i - 1][0], best[i - 1][1], best[i][0], best[i][1]);
        }
        return best;
    }

    private List<double[][]> candidates(Placement a, Placement b) {
        List<double[][]> result = new ArrayList<>();
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.max(Math.hypot(dx, dy), 1);
        for (double bow : BOWS) {
            double cx = (a.x() + b.x()) / 2 + dy / length * 2 * bow;
            double cy = (a.y() + b.y()) / 2 - dx / length * 2 * bow;
            double[] start = towards(a, cx, cy);
            double[] end = towards(b, cx, cy);
            result.add(quadratic(start[0], start[1], cx, cy, end[0], end[1]));
        }
        for (double[] leave : DIRECTIONS) {
            for (double[] enter : DIRECTIONS) {
                for (double reach : REACHES) {
                    result.add(cubic(a, leave, b, enter, Math.max(40, reach * length)));
                }
            }
        }
        smooth = result.size();
        Placement upper = a.y() <= b.y() ? a : b;
        Placement lower = upper == a ? b : a;
        double high = upper.y() - EXIT - 8;
        double low = lower.y() - EXIT - 8;
        for (double shift : SHIFTS) {
            for (int lane = 0; lane < 2; lane++) {
                double over = high - LANE * lane;
                double ax = a.x() + shift;
                double bx = b.x() - shift;
                if (upper.row() == lower.row()) {
                    result.add(square(a, b, shift, List.of(new double[] {ax, over}, new double[] {bx, over})));
                    continue;
                }
                for (double gutter : gutters(upper, lower, over, low - LANE * lane)) {
                    double[] upperTurn = {upper == a ? ax : bx, over};
                    double[] lowerTurn = {upper == a ? bx : ax, low - LANE * lane};
                    double g = gutter + LANE * lane;
                    List<double[]> turns = List.of(upperTurn, new double[] {g, over},
                        new double[] {g, low - LANE * lane}, lowerTurn);
                    result.add(square(a, b, shift, upper == a ? turns : reversed(turns)));
                }
            }
        }
        if (upper.row() != lower.row()) {
            // Into the upper person's side from the gap beside it, out of the lower person's top.
            for (double side : new double[] {-1, 1}) {
                double gap = upper.x() + side * GenogramLayout.SLOT / 2;
                List<double[]> corners = List.of(new double[] {lower.x(), lower.y() - EXIT},
                    new double[] {lower.x(), low}, new double[] {gap, low}, new double[] {gap, upper.y()},
                    new double[] {upper.x() + side * EXIT, upper.y()});
                result.add(rounded(upper == a ? reversed(corners) : corners));
            }
        }
        return result;
    }

    /**
     * Up to {@link #GUTTERS} free columns between the channels above the two rows, nearest the
     * middle: the middles of the gaps between the obstacles in that band, and beyond its ends.
     */
    private List<Double> gutters(Placement upper, Placement lower, double top, double bottom) {
        List<double[]> spans = new ArrayList<>();
        for (Obstacle o : obstacles) {
            if (o.bottom() + CLEAR > top && o.top() - CLEAR < bottom) {
                spans.add(new double[] {o.left() - CLEAR - 4, o.right() + CLEAR + 4});
            }
        }
        spans.sort((p, q) -> Double.compare(p[0], q[0]));
        List<Double> gaps = new ArrayList<>();
        double reach = -Double.MAX_VALUE;
        for (double[] span : spans) {
            if (reach > -Double.MAX_VALUE && span[0] > reach) {
                gaps.add((reach + span[0]) / 2);
            }
            if (reach == -Double.MAX_VALUE) {
                gaps.add(span[0] - 10);
            }
            reach = Math.max(reach, span[1]);
        }
        if (reach > -Double.MAX_VALUE) {
            gaps.add(reach + 10);
        }
        double middle = (upper.x() + lower.x()) / 2;
        gaps.sort((p, q) -> Double.compare(Math.abs(p - middle), Math.abs(q - middle)));
        return gaps.subList(0, Math.min(GUTTERS, gaps.size()));
    }

    private double x(PersonId id) {
        return layout.placement(id).orElseThrow().x();
    }

    private static List<double[]> reversed(List<double[]> turns) {
        List<double[]> copy = new ArrayList<>(turns);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** The point on the circle of {@link #EXIT} around the person towards (x, y). */
    private static double[] towards(Placement p, double x, double y) {
        double d = Math.max(Math.hypot(x - p.x(), y - p.y()), 1e-9);
        return new double[] {p.x() + (x - p.x()) / d * EXIT, p.y() + (y - p.y()) / d * EXIT};
    }

    /**
     * A square route from the top of {@code a} through the turns to the top of {@code b}, corners
     * rounded; it leaves {@code a} {@code shift} pixels right of its middle and enters {@code b} as far left.
     */
    private static double[][] square(Placement a, Placement b, double shift, List<double[]> turns) {
        List<double[]> corners = new ArrayList<>();
        corners.add(new double[] {a.x() + shift, a.y() - EXIT});
        corners.addAll(turns);
        corners.add(new double[] {b.x() - shift, b.y() - EXIT});
        return rounded(corners);
    }

    /** The course through the corners, each rounded. */
    private static double[][] rounded(List<double[]> corners) {
        List<double[]> points = new ArrayList<>();
        points.add(corners.get(0));
        for (int i = 1; i + 1 < corners.size(); i++) {
            double[] p = corners.get(i - 1);
            double[] c = corners.get(i);
            double[] n = corners.get(i + 1);
            double in = Math.min(CORNER, Math.hypot(c[0] - p[0], c[1] - p[1]) / 2);
            double out = Math.min(CORNER, Math.hypot(n[0] - c[0], n[1] - c[1]) / 2);
            double[] from = along(c, p, in);
            double[] to = along(c, n, out);
            for (int s = 0; s <= 4; s++) {
                double t = s / 4.0;
                double u = 1 - t;
                points.add(new double[] {u * u * from[0] + 2 * u * t * c[0] + t * t * to[0],
                    u * u * from[1] + 2 * u * t * c[1] + t * t * to[1]});
            }
        }
        points.add(corners.get(corners.size() - 1));
        return withNormals(points);
    }

    private static double[] along(double[] from, double[] to, double distance) {
        double d = Math.max(Math.hypot(to[0] - from[0], to[1] - from[1]), 1e-9);
        return new double[] {from[0] + (to[0] - from[0]) / d * distance, from[1] + (to[1] - from[1]) / d * distance};
    }

    /** A cubic curve leaving {@code a} in direction {@code leave} and entering {@code b} against {@code enter}. */
    private static double[][] cubic(Placement a, double[] leave, Placement b, double[] enter, double reach) {
        double x1 = a.x() + leave[0] * EXIT;
        double y1 = a.y() + leave[1] * EXIT;
        double x2 = b.x() + enter[0] * EXIT;
        double y2 = b.y() + enter[1] * EXIT;
        double c1x = x1 + leave[0] * reach;
        double c1y = y1 + leave[1] * reach;
        double c2x = x2 + enter[0] * reach;
        double c2y = y2 + enter[1] * reach;
        int steps = Math.max(12, Math.min(64, (int) ((Math.hypot(x2 - x1, y2 - y1) + reach) / 8)));
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double u = 1 - t;
            points.add(new double[] {u * u * u * x1 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x2,
                u * u * u * y1 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y2});
        }
        return withNormals(points);
    }

    private static double[][] quadratic(double x1, double y1, double cx, double cy, double x2, double y2) {
        int steps = Math.max(8, Math.min(64, (int) (Math.hypot(x2 - x1, y2 - y1) / 6)));
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double u = 1 - t;
            points.add(new double[] {u * u * x1 + 2 * u * t * cx + t * t * x2, u * u * y1 + 2 * u * t * cy + t * t * y2});
        }
        return withNormals(points);
    }

    /** The points, duplicates dropped, each with the unit normal (left of the direction of travel). */
    private static double[][] withNormals(List<double[]> raw) {
        List<double[]> points = new ArrayList<>();
        for (double[] p : raw) {
            if (points.isEmpty() || Math.hypot(p[0] - points.get(points.size() - 1)[0],
                p[1] - points.get(points.size() - 1)[1]) > 0.5) {
                points.add(p);
            }
        }
        double[][] result = new double[points.size()][];
        for (int i = 0; i < points.size(); i++) {
            double[] prev = points.get(Math.max(0, i - 1));
            double[] next = points.get(Math.min(points.size() - 1, i + 1));
            double tx = next[0] - prev[0];
            double ty = next[1] - prev[1];
            double tl = Math.max(Math.hypot(tx, ty), 1e-9);
            result[i] = new double[] {points.get(i)[0], points.get(i)[1], ty / tl, -tx / tl};
        }
        return result;
    }

    /**
     * The number of obstacles the course passes through (the ends' own symbols do not count), and
     * one more if it leaves the picture.
     */
    private int hits(double[][] course, PersonId from, PersonId to) {
        double[] box = bounds(java.util.Arrays.asList(course));
        double left = box[0];
        double top = box[1];
        double right = box[2];
        double bottom = box[3];
        int hits = left < 10 || top < 10 || right > layout.width() - 10 || bottom > layout.height() ? 1 : 0;
        for (Obstacle o : obstacles) {
            if (o.right() + CLEAR < left || o.left() - CLEAR > right || o.bottom() + CLEAR < top
                || o.top() - CLEAR > bottom || (o.symbol() && (o.owner().equals(from) || o.owner().equals(to)))) {
                continue;
            }
            for (int i = 1; i < course.length; i++) {
                if (segmentHitsBox(course[i - 1], course[i], o.left() - CLEAR, o.top() - CLEAR,
                    o.right() + CLEAR, o.bottom() + CLEAR)) {
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }

    /** The bounding box {left, top, right, bottom} of the points. */
    static double[] bounds(List<double[]> points) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] p : points) {
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.min(box[1], p[1]);
            box[2] = Math.max(box[2], p[0]);
            box[3] = Math.max(box[3], p[1]);
        }
        return box;
    }

    /** Liang-Barsky clipping: whether the segment from a to b has a part inside the box. */
    static boolean segmentHitsBox(double[] a, double[] b, double left, double top, double right, double bottom) {
        double t0 = 0;
        double t1 = 1;
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a[0] - left, right - a[0], a[1] - top, bottom - a[1]};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else if (p[i] < 0) {
                t0 = Math.max(t0, q[i] / p[i]);
            } else {
                t1 = Math.min(t1, q[i] / p[i]);
            }
        }
        return t0 < t1;
    }

    /** The number of drawn segments the course crosses. */
    private int crossings(double[][] course) {
        double[] box = bounds(java.util.Arrays.asList(course));
        double left = box[0];
        double top = box[1];
        double right = box[2];
        double bottom = box[3];
        int count = 0;
        for (double[] s : drawn) {
            if (s[2] < left || s[0] > right || s[3] < top || s[1] > bottom) {
                continue;
            }
            for (int i = 1; i < course.length; i++) {
                if (cross(course[i - 1], course[i], s)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** Whether the segment from a to b properly crosses the drawn segment s. */
    private static boolean cross(double[] a, double[] b, double[] s) {
        double d1 = side(s[4], s[5], s[6], s[7], a[0], a[1]);
        double d2 = side(s[4], s[5], s[6], s[7], b[0], b[1]);
        double d3 = side(a[0], a[1], b[0], b[1], s[4], s[5]);
        double d4 = side(a[0], a[1], b[0], b[1], s[6], s[7]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double side(double x1, double y1, double x2, double y2, double x, double y) {
        return (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
    }

    private static double length(double[][] course) {
        double length = 0;
        for (int i = 1; i < course.length; i++) {
            length += Math.hypot(course[i][0] - course[i - 1][0], course[i][1] - course[i - 1][1]);
        }
        return length;
    }

    /** Whether two courses run close together: their middles within 16 pixels. */
    private static boolean near(double[][] a, double[][] b) {
        double[] p = a[a.length / 2];
        double[] q = b[b.length / 2];
        return Math.hypot(p[0] - q[0], p[1] - q[1]) < 16;
    }
}
