package nl.regiekit.genogram.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.Relative;
import nl.regiekit.genogram.render.GenogramLayout.Placement;

/**
 * Routes the lines that do not follow descent (emotional relationships and step-parents) around
 * the people of a genogram: each line is chosen from a set of candidates, curves of several bows
 * and square routes over the rows through the gaps between people (and, between two people of the
 * bottom row, under it), as the one that passes through the fewest symbols and texts, then the
 * shortest; a second line between the same two people takes another course. The obstacles are every symbol, condition mark, name block and text the picture
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
    /** About the longest chord of a curve as it is judged. */
    private static final double CHORD = 30;
    /** The distance between two square routes over one row. */
    private static final double LANE = 20;
    /** How far above a person's centre the middle of the corridor over its row lies. */
    private static final double CORRIDOR = 84;
    /** What a crossing and a square route (rather than a curve) cost, in pixels of length. */
    private static final double CROSSING = 80;
    private static final double SQUARE = 200;
    /** What passing through a symbol or a text costs: more than any detour. */
    private static final double HIT = 20000;
    /** Closer than this, a course runs alongside a line drawn before; each such point costs {@link #BESIDE}. */
    private static final double NEAR = 18;
    /**
     * How far under the bottom of a symbol of the bottom row the first of two lanes under that row
     * runs: 11 pixels past its household's box (56); the second lies {@link #UNDER_LANE} lower, so
     * not alongside the first, and its widest tie still above the legend, which starts 100 pixels
     * under the bottom of the row's symbols.
     */
    private static final double UNDER = 56 + 11;
    private static final double UNDER_LANE = 23;
    /** How far above the legend a course keeps: the zigzags of sexual abuse reach 9 pixels beside it. */
    private static final double ABOVE_LEGEND = 10;
    /** The size of the cells of the grid of lines near. */
    private static final double NEAR_CELL = 6;
    /** The kinds of line {@link #near} counts for each cell, and where each stands among a cell's counts. */
    private static final int KINDS = 3;
    private static final int LINES = 0;
    private static final int TIES = 1;
    private static final int OUTLINES = 2;
    private static final double BESIDE = 50;
    /** How much worse running alongside a tie is than alongside another line. */
    private static final int TIE_WEIGHT = 12;
    /** The size of the cells of the look-up grids. */
    private static final double CELL = 48;
    /** The size of the cells of the raster of obstacles' insides. */
    private static final double INSIDE_CELL = 8;
    /** In the raster of insides: a cell inside no obstacle, or inside one that is not a symbol. */
    private static final short OUTSIDE = -1;
    private static final short INSIDE_TEXT = -2;
    /** The doubles a drawn segment takes in {@link #drawn}. */
    private static final int SEGMENT = 9;

    /**
     * A candidate course: the points it is judged by, a chord every 30 pixels or so (a third or
     * fewer of those drawn, for the look-ups cost by the point), its length, whether it is a
     * square route, and the course to draw, made for the one chosen and for the samples of
     * {@link #alongside} (once a candidate is cheap enough to need them). {@code clean} is what
     * is known of its passing through obstacles, which stay where they are while lines are routed:
     * {@link #UNKNOWN}, {@link #COARSE_CLEAN} (its points pass through none), {@link #CLEAN} (the
     * course to draw passes through none either) or {@link #HITS}.
     */
    private static final class Course {
        /** The points judged, {x, y} in turn ({@link Points}). */
        final double[] points;
        /** The course to draw, made when asked, in the same form. */
        final Supplier<double[]> drawn;
        final double length;
        final boolean square;
        byte clean = UNKNOWN;
        /**
         * The weighted crossings with the lines other than ties (which change only while the
         * descent lines are drawn), as of {@link #linesVersion}; exact when below the limit it was
         * counted to, {@link #linesLimit}.
         */
        int lineCrossings;
        int linesLimit;
        int linesVersion = -1;
        /**
         * The cells of the grid of lines near that {@link #alongside} samples along the course
         * drawn, each as where its counts start in {@link #near}, made in one go when first needed.
         */
        int[] samples;
        /** Whether the course runs under the bottom row, where it may pass beside households' outlines. */
        boolean under;

        Course(double[] points, Supplier<double[]> drawn, boolean square) {
            this.points = points;
            this.drawn = drawn;
            this.length = length(points);
            this.square = square;
        }
    }

    private static final byte UNKNOWN = 0;
    private static final byte COARSE_CLEAN = 1;
    private static final byte CLEAN = 2;
    private static final byte HITS = 3;

    /** A course routed: the indices of its segments in {@link #drawn}, the candidate chosen and what it cost then. */
    private record Route(int first, int last, Course course, double cost) {
    }

    /** A candidate chosen and its cost. */
    private record Choice(Course course, double cost) {
    }

    /** An obstacle: a box and the person it belongs to, or null. */
    private record Obstacle(double left, double top, double right, double bottom, PersonId owner, boolean symbol) {
    }

    private final GenogramLayout layout;
    private final boolean active;
    /** The candidates between two people, in that order. */
    private final Map<List<PersonId>, Candidates> candidates = new HashMap<>();
    /** The free columns of each band {@link #gutters} looked at, from left to right; they depend on the obstacles. */
    private final Map<Band, double[]> bands = new HashMap<>();

    /** The candidates between two people, and their indices by length and the cost of a square route, then index. */
    private record Candidates(List<Course> courses, int[] order) {
    }
    private final List<Obstacle> obstacles = new ArrayList<>();
    private final Map<Set<PersonId>, List<double[]>> taken = new HashMap<>();
    /** Each course routed, as {@link #route} returned it. */
    private final Map<double[][], Route> routes = new java.util.IdentityHashMap<>();
    /**
     * The lines drawn so far, which a new course crosses as little as it can: segment k is
     * {@code SEGMENT} doubles from {@code k * SEGMENT}, {left, top, right, bottom, x1, y1, x2, y2,
     * weight} (weight 0 once ripped up), in one array that the look-ups read without a reference a segment.
     */
    private double[] drawn = new double[64 * SEGMENT];
    private int drawnCount;
    /**
     * The obstacles, the drawn segments other than ties and the ties' segments by cells of
     * {@link #CELL} pixels, with stamps of the last look-up.
     */
    private final Cells obstacleCells;
    private final Cells lineCells;
    private final Cells tieCells;
    /** How many times a line other than a tie was drawn: a candidate's crossings with those are kept until it changes. */
    private int linesVersion;
    /**
     * Each obstacle's box with its margin, {left, top, right, bottom} from {@code 4 * k}: the
     * look-up of first hits reads them without a reference an obstacle.
     */
    private double[] boxes = new double[64 * 4];
    /** Each obstacle's symbol owner by number (see {@link #personIndex}), or -1 for a text or mark. */
    private int[] symbolOf = new int[64];
    /** Each person's number, from 0, for comparisons without {@code equals}. */
    private final Map<PersonId, Integer> personIndex = new HashMap<>();
    private final int cellColumns;
    private final int cellRows;
    private int[] obstacleStamp = new int[64];
    private int[] drawnStamp = new int[64];
    private int stamp;
    /**
     * For each cell of {@link #INSIDE_CELL} pixels, whether an obstacle's box with its margin holds
     * it whole: {@link #OUTSIDE}, {@link #INSIDE_TEXT}, or the number of the person whose symbol
     * holds it. A point of a course in such a cell passes through that obstacle: one look-up that
     * settles most courses that hit something without the search along their segments.
     */
    private final short[] inside;
    private final int insideColumns;
    private final int insideRows;
    /**
     * For each cell of {@link #NEAR_CELL} pixels, how many lines drawn so far pass within
     * {@link #NEAR} of its middle: other lines, ties and households' outlines apart. A look-up is one array access,
     * where a list of points along the lines took a search of the cells around. The three counts
     * of a cell stand side by side ({@link #LINES}, {@link #TIES}, {@link #OUTLINES}): a sample
     * reads them from one cache line, where three arrays of the picture's size (2.3 MB at 200
     * people) took up to three misses a sample.
     */
    private final short[] near;
    private final int columns;
    private final int gridRows;
    /** The cells a segment touches, as {@link #cells} lists them. */
    private int[] walk = new int[16];
    /** Where {@link #sample} makes a candidate's samples. */
    private int[] sampling = new int[256];
    /** The chord {left, right} of a row that {@link #mark} works on. */
    private final double[] chord = new double[2];
    /**
     * @param layout the layout of the people
     * @param people the people drawn, for the size of their name blocks
     * @param texts further text boxes on the picture, each {left, top, right, bottom} (the couples' years)
     * @param active whether anything will be routed; if not, the router keeps no account of the picture
     */
    TieRouter(GenogramLayout layout, List<Relative> people, List<double[]> texts, boolean active) {
        this.layout = layout;
        this.active = active;
        this.columns = active ? (int) (layout.width() / NEAR_CELL) + 3 : 1;
        this.gridRows = active ? (int) (layout.height() / NEAR_CELL) + 3 : 1;
        this.near = new short[columns * gridRows * KINDS];
        this.cellColumns = active ? (int) (layout.width() / CELL) + 3 : 1;
        this.cellRows = active ? (int) (layout.height() / CELL) + 3 : 1;
        this.insideColumns = active ? (int) (layout.width() / INSIDE_CELL) + 1 : 1;
        this.insideRows = active ? (int) (layout.height() / INSIDE_CELL) + 1 : 1;
        this.inside = new short[insideColumns * insideRows];
        java.util.Arrays.fill(inside, OUTSIDE);
        this.obstacleCells = new Cells(cellColumns * cellRows);
        this.lineCells = new Cells(cellColumns * cellRows);
        this.tieCells = new Cells(cellColumns * cellRows);
        for (Relative person : people) {
            personIndex.put(person.id(), personIndex.size());
        }
        if (!active) {
            return;
        }
        double h = GenogramLayout.SYMBOL / 2 + 2;
        for (Relative person : people) {
            Placement p = layout.placement(person.id()).orElseThrow();
            add(new Obstacle(p.x() - h, p.y() - h, p.x() + h, p.y() + h, person.id(), true));
            if (!person.labels().isEmpty()) {
                add(new Obstacle(p.x() + h, p.y() - h - 2, p.x() + h + 15,
                    p.y() - h + 14 + 15 * (person.labels().size() - 1), person.id(), false));
            }
            double width = 2 * labelHalfWidth(person);
            add(new Obstacle(p.x() - width / 2, p.y() + h + 12, p.x() + width / 2, p.y() + h + 52,
                person.id(), false));
        }
        for (double[] text : texts) {
            add(new Obstacle(text[0], text[1], text[2], text[3], null, false));
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

    private void add(Obstacle o) {
        if (!active) {
            return;
        }
        obstacles.add(o);
        // The candidates between two people and what is known of them depend on the obstacles.
        candidates.clear();
        bands.clear();
        int k = obstacles.size() - 1;
        if (obstacleStamp.length < obstacles.size()) {
            obstacleStamp = java.util.Arrays.copyOf(obstacleStamp, obstacles.size() * 2);
            symbolOf = java.util.Arrays.copyOf(symbolOf, obstacles.size() * 2);
            boxes = java.util.Arrays.copyOf(boxes, obstacles.size() * 2 * 4);
        }
        double[] box = {o.left() - CLEAR, o.top() - CLEAR, o.right() + CLEAR, o.bottom() + CLEAR};
        System.arraycopy(box, 0, boxes, 4 * k, 4);
        register(obstacleCells, k, box[0], box[1], box[2], box[3]);
        symbolOf[k] = o.symbol() ? personIndex.get(o.owner()) : -1;
        fill(box[0], box[1], box[2], box[3],
            o.symbol() && personIndex.size() <= Short.MAX_VALUE ? (short) (int) personIndex.get(o.owner())
                : o.symbol() ? OUTSIDE : INSIDE_TEXT);
    }

    /**
     * Marks the cells of {@link #inside} that lie whole inside the open box: a text's mark wins
     * over a symbol's, and of two symbols the first one stays (the look-up then searches).
     */
    private void fill(double left, double top, double right, double bottom, short mark) {
        if (mark == OUTSIDE) {
            return;
        }
        for (int cy = Math.max(0, (int) Math.floor(top / INSIDE_CELL)); cy < insideRows; cy++) {
            if (cy * INSIDE_CELL + INSIDE_CELL >= bottom) {
                break;
            }
            if (cy * INSIDE_CELL <= top) {
                continue;
            }
            for (int cx = Math.max(0, (int) Math.floor(left / INSIDE_CELL)); cx < insideColumns; cx++) {
                if (cx * INSIDE_CELL + INSIDE_CELL >= right) {
                    break;
                }
                if (cx * INSIDE_CELL > left && (mark == INSIDE_TEXT || inside[cy * insideColumns + cx] == OUTSIDE)) {
                    inside[cy * insideColumns + cx] = mark;
                }
            }
        }
    }

    /** Files an index under every cell its box touches. */
    private void register(Cells cells, int index, double left, double top, double right, double bottom) {
        for (int cy = cellY(top); cy <= cellY(bottom); cy++) {
            for (int cx = cellX(left); cx <= cellX(right); cx++) {
                cells.add(cy * cellColumns + cx, index);
            }
        }
    }

    /** Lists of indices by cell, as arrays of ints: the look-ups read them without unboxing. */
    private static final class Cells {
        final int[][] items;
        final int[] sizes;

        Cells(int cells) {
            items = new int[cells][];
            sizes = new int[cells];
        }

        void add(int cell, int index) {
            if (items[cell] == null) {
                items[cell] = new int[4];
            } else if (sizes[cell] == items[cell].length) {
                items[cell] = java.util.Arrays.copyOf(items[cell], sizes[cell] * 2);
            }
            items[cell][sizes[cell]++] = index;
        }

        /** Takes an index out of a cell's list (the last one takes its place). */
        void remove(int cell, int index) {
            for (int j = sizes[cell] - 1; j >= 0; j--) {
                if (items[cell][j] == index) {
                    items[cell][j] = items[cell][--sizes[cell]];
                    return;
                }
            }
        }
    }

    private int cellX(double x) {
        return Math.max(0, Math.min(cellColumns - 1, (int) (x / CELL + 1)));
    }

    private int cellY(double y) {
        return Math.max(0, Math.min(cellRows - 1, (int) (y / CELL + 1)));
    }

    /** Adds a text box {left, top, right, bottom} that routes keep clear of. */
    void text(double[] box) {
        add(new Obstacle(box[0], box[1], box[2], box[3], null, false));
    }

    /**
     * Records a box's outline {left, top, right, bottom}, drawn on the picture, that routes cross
     * as little as they can and keep off, but for routes under the bottom row: two households'
     * boxes stand 12 pixels apart, and between them and under them is their only way out of a
     * household of that row.
     */
    void outline(double[] box) {
        line(box[0], box[1], box[2], box[1], 1, true);
        line(box[2], box[1], box[2], box[3], 1, true);
        line(box[2], box[3], box[0], box[3], 1, true);
        line(box[0], box[3], box[0], box[1], 1, true);
    }

    /** How many items of this price the budget buys and one more, so that counting can stop there. */
    private static int limit(double budget, double price) {
        return (int) Math.min(Integer.MAX_VALUE - 1, budget / price) + 1;
    }

    /** Records a segment drawn on the picture, so that routes cross it as little as they can. */
    void line(double x1, double y1, double x2, double y2) {
        line(x1, y1, x2, y2, 1, false);
    }

    /**
     * Records a drawn segment; running alongside it costs {@code weight} times {@link #BESIDE} a
     * point (more for a tie, which a tie alongside would hide); running alongside a household's
     * outline costs the same but for routes under the bottom row ({@link Course#under}).
     */
    private void line(double x1, double y1, double x2, double y2, int weight, boolean outline) {
        if (!active) {
            return;
        }
        if ((drawnCount + 1) * SEGMENT > drawn.length) {
            drawn = java.util.Arrays.copyOf(drawn, drawn.length * 2);
        }
        int k = drawnCount++;
        int at = k * SEGMENT;
        drawn[at] = Math.min(x1, x2);
        drawn[at + 1] = Math.min(y1, y2);
        drawn[at + 2] = Math.max(x1, x2);
        drawn[at + 3] = Math.max(y1, y2);
        drawn[at + 4] = x1;
        drawn[at + 5] = y1;
        drawn[at + 6] = x2;
        drawn[at + 7] = y2;
        drawn[at + 8] = weight;
        register(weight > 1 ? tieCells : lineCells, k, drawn[at], drawn[at + 1], drawn[at + 2], drawn[at + 3]);
        if (weight <= 1) {
            linesVersion++;
        }
        if (drawnStamp.length < drawnCount) {
            drawnStamp = java.util.Arrays.copyOf(drawnStamp, drawnCount * 2);
        }
        mark(k, weight > 1 ? TIES : outline ? OUTLINES : LINES, 1);
    }

    /**
     * Adds {@code by} to the count of every cell whose middle lies within {@link #NEAR} of the
     * segment: row by row, the cells between the ends of the row's chord through the capsule
     * around the segment (the two end discs and the band between them).
     */
    private void mark(int segment, int kind, int by) {
        int at = segment * SEGMENT;
        double ax = drawn[at + 4];
        double ay = drawn[at + 5];
        double bx = drawn[at + 6];
        double by2 = drawn[at + 7];
        double dx = bx - ax;
        double dy = by2 - ay;
        double length = distance(dx, dy);
        double[] chord = this.chord;
        short[] counts = near;
        for (int cy = gridY(drawn[at + 1] - NEAR); cy <= gridY(drawn[at + 3] + NEAR); cy++) {
            double y = (cy - 0.5) * NEAR_CELL;
            chord[0] = Double.MAX_VALUE;
            chord[1] = -Double.MAX_VALUE;
            disc(chord, ax, ay, y);
            disc(chord, bx, by2, y);
            if (length > 0 && dy != 0) {
                band(chord, ax, ay, dx, dy, length, y);
            }
            if (chord[0] >= chord[1]) {
                continue;
            }
            // The middle of column cx lies at (cx - 0.5) * NEAR_CELL.
            int from = Math.max(0, (int) Math.floor(chord[0] / NEAR_CELL + 0.5) + 1);
            int to = Math.min(columns - 1, (int) Math.ceil(chord[1] / NEAR_CELL + 0.5) - 1);
            for (int cx = from; cx <= to; cx++) {
                counts[(cy * columns + cx) * KINDS + kind] += (short) by;
            }
        }
    }

    /** Widens the chord {left, right} of a row at height y by the part of it within {@link #NEAR} of (x, cy). */
    private static void disc(double[] chord, double x, double cy, double y) {
        double h = NEAR * NEAR - (y - cy) * (y - cy);
        if (h > 0) {
            double w = Math.sqrt(h);
            chord[0] = Math.min(chord[0], x - w);
            chord[1] = Math.max(chord[1], x + w);
        }
    }

    /**
     * Widens the chord {left, right} of a row at height y by the part of it within {@link #NEAR}
     * of the line through (ax, ay) in direction (dx, dy) and between the normals at its ends; the
     * segment is not horizontal (a horizontal one's band is the discs' hull on every row).
     */
    private static void band(double[] chord, double ax, double ay, double dx, double dy, double length, double y) {
        // Distance from the line: |dx (y - ay) - dy (x - ax)| / length < NEAR, linear in x.
        double c = dx * (y - ay);
        double lo = ax + (c - NEAR * length) / dy;
        double hi = ax + (c + NEAR * length) / dy;
        // Between the ends: 0 < dx (x - ax) + dy (y - ay) < length^2, linear in x unless dx is 0.
        double left = Math.min(lo, hi);
        double right = Math.max(lo, hi);
        double e = dy * (y - ay);
        if (dx != 0) {
            double t0 = ax - e / dx;
            double t1 = ax + (length * length - e) / dx;
            left = Math.max(left, Math.min(t0, t1));
            right = Math.min(right, Math.max(t0, t1));
        } else if (e <= 0 || e >= length * length) {
            return;
        }
        if (left < right) {
            chord[0] = Math.min(chord[0], left);
            chord[1] = Math.max(chord[1], right);
        }
    }

    /** The grid column of an x; points beyond the picture share its edge cells. */
    private int gridX(double x) {
        return Math.max(0, Math.min(columns - 1, (int) (x / NEAR_CELL + 1)));
    }

    private int gridY(double y) {
        return Math.max(0, Math.min(gridRows - 1, (int) (y / NEAR_CELL + 1)));
    }

    /**
     * How many of the candidate's points run alongside a line already drawn (within {@link #NEAR}),
     * away from the course's ends, where lines meet the symbols anyway; each counted by the weight
     * of the line it runs beside. Counting stops at {@code enough}; the samples are made once, at
     * the first count, and kept.
     */
    private int alongside(Course candidate, int enough) {
        if (candidate.samples == null) {
            sample(candidate);
        }
        // A point beside a tie counts the tie's weight instead of the 1 of another line; the three
        // counts of a cell share a cache line, so the lines and outlines are read as they are now.
        short[] near = this.near;
        boolean outlines = !candidate.under;
        int count = 0;
        int[] samples = candidate.samples;
        for (int i = 0; count < enough && i < samples.length; i++) {
            int at = samples[i];
            if (near[at + TIES] > 0) {
                count += TIE_WEIGHT;
            } else if (near[at + LINES] > 0 || outlines && near[at + OUTLINES] > 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * Makes the candidate's samples: the cells of the grid of lines near under its course drawn,
     * every {@code NEAR / 2} pixels of each segment from where the segment starts, the course's
     * first and last 24 pixels left out. All at once, in a loop of locals: made as the counting
     * went, they were half as many (100,000 against 213,000 at {@code family(42, 200)}), but each
     * read and wrote six fields of the candidate; the two ways took the same time within the noise.
     */
    private void sample(Course candidate) {
        double[] course = candidate.drawn.get();
        double total = length(course);
        // At most one sample every NEAR / 2 pixels of each segment, and one more where it starts;
        // made in a buffer kept for every candidate, and kept at the size they take.
        int most = (int) (total / (NEAR / 2)) + course.length / 2 + 1;
        if (sampling.length < most) {
            sampling = new int[Math.max(most, 2 * sampling.length)];
        }
        int[] samples = sampling;
        int n = 0;
        double walked = 0;
        for (int i = 2; i < course.length; i += 2) {
            double ax = course[i - 2];
            double ay = course[i - 1];
            double bx = course[i];
            double by = course[i + 1];
            double segment = distance(bx - ax, by - ay);
            for (double d = 0; d < segment; d += NEAR / 2) {
                if (walked + d >= 24 && total - walked - d >= 24) {
                    samples[n++] = (gridY(ay + (by - ay) * d / segment) * columns
                        + gridX(ax + (bx - ax) * d / segment)) * KINDS;
                }
            }
            walked += segment;
        }
        candidate.samples = java.util.Arrays.copyOf(samples, n);
    }

    /**
     * The course of a line from one person to another, as points with their unit normals
     * ({x, y, nx, ny}), starting and ending just outside the two symbols.
     */
    double[][] route(PersonId from, PersonId to) {
        return route(from, to, null, true);
    }

    /**
     * The course of a line, as {@link #route(PersonId, PersonId)} gives it, routed again: the
     * course it had before (ripped up) is the first to beat, and when nothing was taken away
     * since ({@code freed} false) and it costs what it cost then, it is the cheapest still: every
     * other candidate can only have grown dearer.
     */
    private double[][] route(PersonId from, PersonId to, Route previous, boolean freed) {
        Placement a = layout.placement(from).orElseThrow();
        Placement b = layout.placement(to).orElseThrow();
        // The two people by number: the look-ups of obstacles compare numbers, not identifiers.
        int[] ends = {personIndex.get(from), personIndex.get(to)};
        List<double[]> before = taken.computeIfAbsent(Set.of(from, to), k -> new ArrayList<>());
        Candidates pair = candidates.computeIfAbsent(List.of(from, to), k -> sorted(candidates(a, b)));
        List<Course> courses = pair.courses();
        // Cheapest first; the costly terms are counted only while a candidate can still win.
        double[] base = new double[courses.size()];
        Choice choice = null;
        for (int c = 0; c < courses.size(); c++) {
            base[c] = base(courses.get(c));
            for (double[] other : before) {
                if (closeTogether(courses.get(c).points, other)) {
                    base[c] += 5000;
                }
            }
            if (previous != null && courses.get(c) == previous.course()) {
                choice = new Choice(previous.course(), base[c]
                    + CROSSING * crossings(previous.course(), Integer.MAX_VALUE - 1)
                    + BESIDE * alongside(previous.course(), Integer.MAX_VALUE - 1));
            }
        }
        if (choice == null || freed || choice.cost() != previous.cost()) {
            choice = cheapestClean(courses, order(pair.order(), base), base, ends, choice);
        }
        if (choice == null) {
            // No clean course: the one through the fewest obstacles.
            double bestCost = Double.MAX_VALUE;
            for (Course candidate : courses) {
                double cost = HIT * hits(candidate.points, ends, Integer.MAX_VALUE) + candidate.length;
                if (cost < bestCost) {
                    choice = new Choice(candidate, cost);
                    bestCost = cost;
                }
            }
        }
        Course best = choice.course();
        double[][] course = withNormals(best.drawn.get());
        before.add(best.points);
        int first = drawnCount;
        double[] points = best.points;
        for (int i = 2; i < points.length; i += 2) {
            line(points[i - 2], points[i - 1], points[i], points[i + 1], TIE_WEIGHT, false);
        }
        routes.put(course, new Route(first, drawnCount, best, choice.cost()));
        return course;
    }

    /** What a candidate costs before its crossings and running alongside: its length, more for a square route. */
    private static double base(Course course) {
        return course.length + (course.square ? SQUARE : 0);
    }

    /** The candidates with their order by {@link #base}, then index. */
    private static Candidates sorted(List<Course> courses) {
        double[] base = new double[courses.size()];
        int[] identity = new int[courses.size()];
        for (int c = 0; c < base.length; c++) {
            base[c] = base(courses.get(c));
            identity[c] = c;
        }
        return new Candidates(courses, order(identity, base));
    }

    /**
     * The indices ordered by cost, then index: an insertion sort from an order by the candidates'
     * {@link #base} alone, which a few near courses taken before change.
     */
    private static int[] order(int[] start, double[] cost) {
        int[] order = start.clone();
        for (int i = 1; i < order.length; i++) {
            int c = order[i];
            int j = i;
            for (; j > 0 && (cost[order[j - 1]] > cost[c] || cost[order[j - 1]] == cost[c] && order[j - 1] > c); j--) {
                order[j] = order[j - 1];
            }
            order[j] = c;
        }
        return order;
    }

    /**
     * The candidate that passes through nothing and costs least (length, crossings, running
     * alongside lines), or {@code known} if none costs less, or null if none is clean. A candidate is judged by its points; the one
     * found is then checked as it will be drawn, and set aside if that passes through something.
     */
    private Choice cheapestClean(List<Course> courses, int[] order, double[] base, int[] ends,
                                 Choice known) {
        while (true) {
            Course best = known == null ? null : known.course();
            double bestCost = known == null ? Double.MAX_VALUE : known.cost();
            for (int c : order) {
                Course candidate = courses.get(c);
                double cost = base[c];
                if (cost >= bestCost) {
                    break;
                }
                if (candidate.clean == UNKNOWN) {
                    candidate.clean = hits(candidate.points, ends, 1) > 0 ? HITS : COARSE_CLEAN;
                }
                if (candidate.clean == HITS) {
                    continue;
                }
                // Running alongside ties, the dearest term of most candidates, is counted first:
                // past the best so far, the crossings need no counting.
                int along = alongside(candidate, limit(bestCost - cost, BESIDE));
                if (cost + BESIDE * along >= bestCost) {
                    continue;
                }
                cost = cost + CROSSING * crossings(candidate, limit(bestCost - cost - BESIDE * along, CROSSING))
                    + BESIDE * along;
                if (cost < bestCost) {
                    bestCost = cost;
                    best = candidate;
                }
            }
            if (best == null) {
                return null;
            }
            if (best.clean == COARSE_CLEAN) {
                best.clean = hits(best.drawn.get(), ends, 1) > 0 ? HITS : CLEAN;
            }
            if (best.clean == CLEAN) {
                return new Choice(best, bestCost);
            }
        }
    }

    /**
     * Routes lines in turn, then each again that a line routed after it came near: rip-up and
     * reroute, as in Nair, "A Simple Yet Effective Technique for Global Wiring" (IEEE TCAD 6(2),
     * 1987). In the second pass a line knows the lines routed after it the first time. A line that
     * no later line came near keeps its course, which the second pass would choose again: every
     * other candidate can only have grown dearer.
     *
     * @param ends each line's two people
     * @return each line's course, as {@link #route} gives it
     */
    double[][][] routeAll(List<List<PersonId>> ends) {
        double[][][] courses = new double[ends.size()][][];
        double[][] boxes = new double[ends.size()][];
        for (int i = 0; i < courses.length; i++) {
            courses[i] = route(ends.get(i).get(0), ends.get(i).get(1));
            boxes[i] = bounds(java.util.Arrays.asList(courses[i]));
        }
        List<double[]> moved = new ArrayList<>();
        for (int i = 0; i < courses.length; i++) {
            boolean disturbed = false;
            for (int j = i + 1; j < courses.length && !disturbed; j++) {
                disturbed = near(boxes[i], boxes[j]);
            }
            for (int j = 0; j < moved.size() && !disturbed; j++) {
                disturbed = near(boxes[i], moved.get(j));
            }
            if (disturbed) {
                boolean freed = false;
                for (int j = 0; j < moved.size() && !freed; j++) {
                    freed = near(boxes[i], moved.get(j));
                }
                Route route = routes.remove(courses[i]);
                for (int k = route.first(); k < route.last(); k++) {
                    int at = k * SEGMENT;
                    mark(k, TIES, -1);
                    drawn[at + 8] = 0;
                    for (int cy = cellY(drawn[at + 1]); cy <= cellY(drawn[at + 3]); cy++) {
                        for (int cx = cellX(drawn[at]); cx <= cellX(drawn[at + 2]); cx++) {
                            tieCells.remove(cy * cellColumns + cx, k);
                        }
                    }
                }
                taken.get(Set.of(ends.get(i).get(0), ends.get(i).get(1))).remove(route.course().points);
                courses[i] = route(ends.get(i).get(0), ends.get(i).get(1), route, freed);
                if (routes.get(courses[i]).course() != route.course()) {
                    moved.add(boxes[i]);
                    boxes[i] = bounds(java.util.Arrays.asList(courses[i]));
                    moved.add(boxes[i]);
                }
            }
        }
        return courses;
    }

    /** Whether two boxes {left, top, right, bottom} come within {@link #NEAR} of each other. */
    private static boolean near(double[] a, double[] b) {
        return b[0] < a[2] + NEAR && a[0] < b[2] + NEAR && b[1] < a[3] + NEAR && a[1] < b[3] + NEAR;
    }

    /**
     * The candidate courses from {@code a} to {@code b}: smooth ones (curves) first, then square
     * ones. They depend on the people and texts only, so a second tie between the same two people
     * and a second pass take them from {@link #candidates}.
     */
    private List<Course> candidates(Placement a, Placement b) {
        List<Course> result = new ArrayList<>();
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.max(distance(dx, dy), 1);
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
        Placement upper = a.y() <= b.y() ? a : b;
        Placement lower = upper == a ? b : a;
        double[] highs = lanes(upper);
        double[] lows = lanes(lower);
        double low = lows[0];
        List<List<Double>> gutters = new ArrayList<>();
        for (int lane = 0; lane < 2 && upper.row() != lower.row(); lane++) {
            gutters.add(gutters(upper, lower, highs[lane], lows[lane]));
        }
        for (double shift : SHIFTS) {
            for (int lane = 0; lane < 2; lane++) {
                double over = highs[lane];
                double ax = a.x() + shift;
                double bx = b.x() - shift;
                if (upper.row() == lower.row()) {
                    result.add(square(a, b, shift, List.of(new double[] {ax, over}, new double[] {bx, over})));
                    continue;
                }
                for (double gutter : gutters.get(lane)) {
                    double[] upperTurn = {upper == a ? ax : bx, over};
                    double[] lowerTurn = {upper == a ? bx : ax, lows[lane]};
                    double g = gutter + LANE * lane;
                    List<double[]> turns = List.of(upperTurn, new double[] {g, over},
                        new double[] {g, lows[lane]}, lowerTurn);
                    result.add(square(a, b, shift, upper == a ? turns : reversed(turns)));
                }
            }
        }
        if (upper.row() == lower.row() && upper.row() == layout.rows().size() - 1) {
            // Two people of the bottom row: out of their sides into free columns beside them and
            // under the row's names and households, where no other line runs.
            for (int lane = 0; lane < 2; lane++) {
                double under = a.y() + GenogramLayout.SYMBOL / 2 + UNDER + UNDER_LANE * lane;
                List<Double> nearA = gutters(a, a, a.y(), under);
                List<Double> nearB = gutters(b, b, b.y(), under);
                for (double freeA : nearA.subList(0, Math.min(2, nearA.size()))) {
                    for (double freeB : nearB.subList(0, Math.min(2, nearB.size()))) {
                        // The second lane runs around the first without crossing it: its columns a
                        // lane nearer its people, it leaves and enters their sides half a lane lower.
                        double ga = freeA - Math.signum(freeA - a.x()) * LANE * lane;
                        double gb = freeB - Math.signum(freeB - b.x()) * LANE * lane;
                        double ya = a.y() + LANE / 2 * lane;
                        double yb = b.y() + LANE / 2 * lane;
                        Course course = rounded(List.of(new double[] {a.x() + Math.signum(ga - a.x()) * EXIT, ya},
                            new double[] {ga, ya}, new double[] {ga, under}, new double[] {gb, under},
                            new double[] {gb, yb}, new double[] {b.x() + Math.signum(gb - b.x()) * EXIT, yb}));
                        course.under = true;
                        result.add(course);
                    }
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
     * The heights of the two lanes of square routes above a person's row. Above the top row, just
     * over the symbols; above any other, in the corridor between the row above (its names and
     * household boundaries) and the bars the children hang from, which only the parents' lines
     * cross: a lane just over the symbols would cross every child's line of the row, and one at
     * the height of the bars would run along them.
     */
    private static double[] lanes(Placement p) {
        if (p.row() == 0) {
            return new double[] {p.y() - EXIT - 8, p.y() - EXIT - 8 - LANE};
        }
        return new double[] {p.y() - CORRIDOR + LANE / 3, p.y() - CORRIDOR - LANE / 3};
    }

    /**
     * Up to {@link #GUTTERS} free columns between the channels above the two rows, nearest the
     * middle: the middles of the gaps between the obstacles in that band, and beyond its ends.
     */
    private List<Double> gutters(Placement upper, Placement lower, double top, double bottom) {
        double[] gaps = bands.computeIfAbsent(new Band(top, bottom), k -> gaps(top, bottom)).clone();
        double middle = (upper.x() + lower.x()) / 2;
        // Nearest the middle first; of two as near, the one further left (a stable insertion sort).
        for (int i = 1; i < gaps.length; i++) {
            double gap = gaps[i];
            int j = i;
            for (; j > 0 && Double.compare(Math.abs(gaps[j - 1] - middle), Math.abs(gap - middle)) > 0; j--) {
                gaps[j] = gaps[j - 1];
            }
            gaps[j] = gap;
        }
        List<Double> nearest = new ArrayList<>(GUTTERS);
        for (int i = 0; i < Math.min(GUTTERS, gaps.length); i++) {
            nearest.add(gaps[i]);
        }
        return nearest;
    }

    /** A band between two heights, in which {@link #gaps} finds the free columns. */
    private record Band(double top, double bottom) {
    }

    /** The free columns of a band from left to right: the middles of the gaps between the obstacles in it, and beyond its ends. */
    private double[] gaps(double top, double bottom) {
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
        return gaps.stream().mapToDouble(Double::doubleValue).toArray();
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
        double d = Math.max(distance(x - p.x(), y - p.y()), 1e-9);
        return new double[] {p.x() + (x - p.x()) / d * EXIT, p.y() + (y - p.y()) / d * EXIT};
    }

    /**
     * A square route from the top of {@code a} through the turns to the top of {@code b}, corners
     * rounded; it leaves {@code a} {@code shift} pixels right of its middle and enters {@code b} as far left.
     */
    private static Course square(Placement a, Placement b, double shift, List<double[]> turns) {
        List<double[]> corners = new ArrayList<>();
        corners.add(new double[] {a.x() + shift, a.y() - EXIT});
        corners.addAll(turns);
        corners.add(new double[] {b.x() - shift, b.y() - EXIT});
        return rounded(corners);
    }

    /** The square route through the corners: judged by its corners, drawn with each rounded. */
    private static Course rounded(List<double[]> corners) {
        return new Course(course(corners), () -> roundedCourse(corners), true);
    }

    /** The course through the corners, each rounded. */
    private static double[] roundedCourse(List<double[]> corners) {
        Points points = new Points(2 + 5 * (corners.size() - 2));
        points.add(corners.get(0)[0], corners.get(0)[1]);
        for (int i = 1; i + 1 < corners.size(); i++) {
            double[] p = corners.get(i - 1);
            double[] c = corners.get(i);
            double[] n = corners.get(i + 1);
            double in = Math.min(CORNER, distance(c[0] - p[0], c[1] - p[1]) / 2);
            double out = Math.min(CORNER, distance(n[0] - c[0], n[1] - c[1]) / 2);
            double[] from = along(c, p, in);
            double[] to = along(c, n, out);
            for (int s = 0; s <= 4; s++) {
                double t = s / 4.0;
                double u = 1 - t;
                points.add(u * u * from[0] + 2 * u * t * c[0] + t * t * to[0],
                    u * u * from[1] + 2 * u * t * c[1] + t * t * to[1]);
            }
        }
        double[] last = corners.get(corners.size() - 1);
        points.add(last[0], last[1]);
        return points.toArray();
    }

    private static double[] along(double[] from, double[] to, double distance) {
        double d = Math.max(distance(to[0] - from[0], to[1] - from[1]), 1e-9);
        return new double[] {from[0] + (to[0] - from[0]) / d * distance, from[1] + (to[1] - from[1]) / d * distance};
    }

    /** A cubic curve leaving {@code a} in direction {@code leave} and entering {@code b} against {@code enter}. */
    private static Course cubic(Placement a, double[] leave, Placement b, double[] enter, double reach) {
        double x1 = a.x() + leave[0] * EXIT;
        double y1 = a.y() + leave[1] * EXIT;
        double x2 = b.x() + enter[0] * EXIT;
        double y2 = b.y() + enter[1] * EXIT;
        double c1x = x1 + leave[0] * reach;
        double c1y = y1 + leave[1] * reach;
        double c2x = x2 + enter[0] * reach;
        double c2y = y2 + enter[1] * reach;
        int steps = Math.max(10, Math.min(40, (int) ((distance(x2 - x1, y2 - y1) + reach) / 12)));
        double[] x = {x1, c1x, c2x, x2};
        double[] y = {y1, c1y, c2y, y2};
        return new Course(bezier(x, y, coarse(steps, x, y)), () -> bezier(x, y, steps), false);
    }

    /**
     * How many chords a course judged rather than drawn takes for a curve drawn in {@code steps}:
     * a third as many, but enough that none is much longer than {@link #CHORD}.
     */
    private static int coarse(int steps, double[] x, double[] y) {
        double polygon = 0;
        for (int i = 1; i < x.length; i++) {
            polygon += distance(x[i] - x[i - 1], y[i] - y[i - 1]);
        }
        return Math.min(steps, Math.max(steps / 3, (int) Math.ceil(polygon / CHORD)));
    }

    /** The Bezier curve of the control points (x[i], y[i]), quadratic or cubic, in {@code steps} chords. */
    private static double[] bezier(double[] x, double[] y, int steps) {
        Points points = new Points(steps + 1);
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double u = 1 - t;
            if (x.length == 3) {
                points.add(u * u * x[0] + 2 * u * t * x[1] + t * t * x[2], u * u * y[0] + 2 * u * t * y[1] + t * t * y[2]);
            } else {
                points.add(u * u * u * x[0] + 3 * u * u * t * x[1] + 3 * u * t * t * x[2] + t * t * t * x[3],
                    u * u * u * y[0] + 3 * u * u * t * y[1] + 3 * u * t * t * y[2] + t * t * t * y[3]);
            }
        }
        return points.toArray();
    }

    private static Course quadratic(double x1, double y1, double cx, double cy, double x2, double y2) {
        int steps = Math.max(8, Math.min(64, (int) (distance(x2 - x1, y2 - y1) / 6)));
        double[] x = {x1, cx, x2};
        double[] y = {y1, cy, y2};
        return new Course(bezier(x, y, coarse(steps, x, y)), () -> bezier(x, y, steps), false);
    }

    /**
     * A candidate's course, a corner or turn a point: the points {x, y} in turn. Only the course
     * chosen gets its normals ({@link #withNormals}).
     */
    private static double[] course(List<double[]> raw) {
        Points points = new Points(raw.size());
        for (double[] p : raw) {
            points.add(p[0], p[1]);
        }
        return points.toArray();
    }

    /**
     * The points of a course, {x, y} in one array, as the form of a candidate's points: a course
     * judged takes no array a point. A point closer than half a pixel to the one before is dropped.
     */
    private static final class Points {
        private double[] xy;
        private int size;

        Points(int capacity) {
            xy = new double[2 * Math.max(1, capacity)];
        }

        void add(double x, double y) {
            if (size == 0 || distance(x - xy[size - 2], y - xy[size - 1]) > 0.5) {
                if (size == xy.length) {
                    xy = java.util.Arrays.copyOf(xy, 2 * size);
                }
                xy[size++] = x;
                xy[size++] = y;
            }
        }

        double[] toArray() {
            return size == xy.length ? xy : java.util.Arrays.copyOf(xy, size);
        }
    }

    /** The points of a course ({@link Points}), each with the unit normal (left of the direction of travel): {x, y, nx, ny}. */
    private static double[][] withNormals(double[] points) {
        int n = points.length / 2;
        double[][] result = new double[n][];
        for (int i = 0; i < n; i++) {
            int prev = 2 * Math.max(0, i - 1);
            int next = 2 * Math.min(n - 1, i + 1);
            double tx = points[next] - points[prev];
            double ty = points[next + 1] - points[prev + 1];
            double tl = Math.max(distance(tx, ty), 1e-9);
            result[i] = new double[] {points[2 * i], points[2 * i + 1], ty / tl, -tx / tl};
        }
        return result;
    }

    /**
     * The number of obstacles the course passes through (the ends' own symbols do not count), and
     * one more if it leaves the picture; counting stops at {@code enough}.
     */
    private int hits(double[] course, int[] ends, int enough) {
        int hits = 0;
        for (int i = 0; i < course.length; i += 2) {
            double x = course[i];
            double y = course[i + 1];
            if (x < 10 || y < 10 || x > layout.width() - 10 || y > layout.height() - ABOVE_LEGEND) {
                hits = 1;
                break;
            }
        }
        int a1 = ends[0];
        int b1 = ends[1];
        if (enough == 1 && hits == 0) {
            // A point inside an obstacle's box: the segments on either side pass through it.
            for (int i = 0; i < course.length; i += 2) {
                int cx = (int) (course[i] / INSIDE_CELL);
                int cy = (int) (course[i + 1] / INSIDE_CELL);
                if (cx < insideColumns && cy < insideRows) {
                    short mark = inside[cy * insideColumns + cx];
                    if (mark == INSIDE_TEXT || mark >= 0 && mark != a1 && mark != b1) {
                        return 1;
                    }
                }
            }
        }
        stamp++;
        for (int i = 2; i < course.length && hits < enough; i += 2) {
            double ax = course[i - 2];
            double ay = course[i - 1];
            double bx = course[i];
            double by = course[i + 1];
            for (int c = 0, cells = cells(ax, ay, bx, by); c < cells; c++) {
                int[] here = obstacleCells.items[walk[c]];
                for (int j = obstacleCells.sizes[walk[c]] - 1; j >= 0; j--) {
                    int k = here[j];
                    if (obstacleStamp[k] == stamp || symbolOf[k] == a1 || symbolOf[k] == b1) {
                        continue;
                    }
                    if (segmentHitsBox(ax, ay, bx, by, boxes[4 * k], boxes[4 * k + 1], boxes[4 * k + 2],
                        boxes[4 * k + 3])) {
                        obstacleStamp[k] = stamp;
                        hits++;
                    }
                }
            }
        }
        return hits;
    }

    /**
     * Puts into {@link #walk} the cells of the look-up grids that the box of the segment from
     * (ax, ay) to (bx, by) touches, row by row, and tells how many.
     */
    private int cells(double ax, double ay, double bx, double by) {
        int n = 0;
        for (int cy = cellY(Math.min(ay, by)); cy <= cellY(Math.max(ay, by)); cy++) {
            for (int cx = cellX(Math.min(ax, bx)); cx <= cellX(Math.max(ax, bx)); cx++) {
                if (n == walk.length) {
                    walk = java.util.Arrays.copyOf(walk, 2 * n);
                }
                walk[n++] = cy * cellColumns + cx;
            }
        }
        return n;
    }

    /** The length of the vector (x, y); {@link Math#hypot} guards against overflow, which these sizes never reach. */
    private static double distance(double x, double y) {
        return Math.sqrt(x * x + y * y);
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
        return segmentHitsBox(a[0], a[1], b[0], b[1], left, top, right, bottom);
    }

    /** Liang-Barsky clipping: whether the segment from (ax, ay) to (bx, by) has a part inside the box. */
    private static boolean segmentHitsBox(double ax, double ay, double bx, double by, double left, double top,
                                          double right, double bottom) {
        if (Math.max(ax, bx) <= left || Math.min(ax, bx) >= right || Math.max(ay, by) <= top
            || Math.min(ay, by) >= bottom) {
            return false;
        }
        return clip(ax, ay, bx, by, left, top, right, bottom) != null;
    }

    /**
     * Liang-Barsky clipping: the part {t0, t1} (0 at a, 1 at b) of the segment from a to b inside
     * the box, or null when none is (touching an edge is not inside).
     */
    static double[] clip(double[] a, double[] b, double left, double top, double right, double bottom) {
        return clip(a[0], a[1], b[0], b[1], left, top, right, bottom);
    }

    private static double[] clip(double ax, double ay, double bx, double by, double left, double top, double right,
                                 double bottom) {
        double t0 = 0;
        double t1 = 1;
        double dx = bx - ax;
        double dy = by - ay;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - left, right - ax, ay - top, bottom - ay};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return null;
                }
            } else if (p[i] < 0) {
                t0 = Math.max(t0, q[i] / p[i]);
            } else {
                t1 = Math.min(t1, q[i] / p[i]);
            }
        }
        return t0 < t1 ? new double[] {t0, t1} : null;
    }

    /**
     * The weighted number of drawn segments the candidate crosses, counting stopped at
     * {@code enough}: those of the lines other than ties kept with the candidate, the ties'
     * counted anew.
     */
    private int crossings(Course candidate, int enough) {
        if (candidate.linesVersion != linesVersion
            || candidate.lineCrossings >= candidate.linesLimit && candidate.linesLimit < enough) {
            candidate.lineCrossings = crossings(lineCells, candidate.points, enough);
            candidate.linesLimit = enough;
            candidate.linesVersion = linesVersion;
        }
        return candidate.lineCrossings >= enough ? candidate.lineCrossings
            : candidate.lineCrossings + crossings(tieCells, candidate.points, enough - candidate.lineCrossings);
    }

    /** The weighted number of the segments filed in {@code cells} that the course crosses, counting stopped at {@code enough}. */
    private int crossings(Cells cells, double[] course, int enough) {
        int count = 0;
        stamp++;
        for (int i = 2; i < course.length && count < enough; i += 2) {
            double ax = course[i - 2];
            double ay = course[i - 1];
            double bx = course[i];
            double by = course[i + 1];
            for (int c = 0, touched = cells(ax, ay, bx, by); c < touched; c++) {
                int[] here = cells.items[walk[c]];
                for (int j = cells.sizes[walk[c]] - 1; j >= 0; j--) {
                    int k = here[j];
                    if (drawnStamp[k] != stamp && cross(ax, ay, bx, by, drawn, k * SEGMENT)) {
                        drawnStamp[k] = stamp;
                        count += crossingWeight(ax, ay, bx, by, drawn, k * SEGMENT);
                    }
                }
            }
        }
        return count;
    }

    /**
     * What one crossing of the segment from (ax, ay) to (bx, by) with the drawn segment s counts: a
     * tie is drawn as two or three strokes or a zigzag, so a crossing with another tie shows as
     * several, and a crossing at a shallow angle runs along the other line for a while; both count three.
     */
    private static int crossingWeight(double ax, double ay, double bx, double by, double[] s, int at) {
        if (s[at + 8] == 0) {
            return 0;
        }
        double ux = bx - ax;
        double uy = by - ay;
        double vx = s[at + 6] - s[at + 4];
        double vy = s[at + 7] - s[at + 5];
        double sine = Math.abs(ux * vy - uy * vx) / Math.max(distance(ux, uy) * distance(vx, vy), 1e-9);
        return (s[at + 8] > 1 ? 3 : 1) * (sine < 0.4 ? 3 : 1);
    }

    /** Whether the segment from (ax, ay) to (bx, by) properly crosses the drawn segment at {@code at} in {@code s}. */
    private static boolean cross(double ax, double ay, double bx, double by, double[] s, int at) {
        if (Math.max(ax, bx) < s[at] || Math.min(ax, bx) > s[at + 2] || Math.max(ay, by) < s[at + 1]
            || Math.min(ay, by) > s[at + 3]) {
            return false;
        }
        double d1 = side(s[at + 4], s[at + 5], s[at + 6], s[at + 7], ax, ay);
        double d2 = side(s[at + 4], s[at + 5], s[at + 6], s[at + 7], bx, by);
        double d3 = side(ax, ay, bx, by, s[at + 4], s[at + 5]);
        double d4 = side(ax, ay, bx, by, s[at + 6], s[at + 7]);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double side(double x1, double y1, double x2, double y2, double x, double y) {
        return (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1);
    }

    /** The length of a course ({@link Points}). */
    private static double length(double[] course) {
        double length = 0;
        for (int i = 2; i < course.length; i += 2) {
            length += distance(course[i] - course[i - 2], course[i + 1] - course[i - 1]);
        }
        return length;
    }

    /** Whether two courses ({@link Points}) run close together: their middles within 16 pixels. */
    private static boolean closeTogether(double[] a, double[] b) {
        int p = a.length / 4 * 2;
        int q = b.length / 4 * 2;
        return distance(a[p] - b[q], a[p + 1] - b[q + 1]) < 16;
    }
}
