package nl.regiekit.genogram.render;

import static nl.regiekit.markup.MarkupWriter.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import nl.regiekit.genogram.GenogramPolicy;
import nl.regiekit.genogram.NetworkMeasures;
import nl.regiekit.genogram.SocialTie;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.genogram.SupportType;
import nl.regiekit.genogram.TieKind;
import nl.regiekit.genogram.TieQuality;
import nl.regiekit.genogram.internal.Svg;
import nl.regiekit.markup.Attributes;

/**
 * Draws a sociogram as SVG: the centre in the middle, three concentric circles by closeness,
 * each tie on its circle, grouped by kind (a colour per kind, a square for professionals), its
 * line by quality (solid green positive, red zigzag negative, dashed orange ambivalent), the
 * support it gives as letters (P, E, I), and the network's measures with the isolation signal
 * under the policy. Deterministic. Immutable and thread-safe.
 */
public final class SociogramSvg {

    private static final double CX = 480;
    private static final double CY = 450;
    /** Where the measures and the legend begin, right of the circles and their names. */
    private static final double PANEL = 960;
    /** How far from the centre the name of each sector stands: beyond the names of the people. */
    private static final double SECTOR_NAMES = 415;
    private static final double[] RADII = {115, 200, 285};
    /** A name is broken into lines of about this many characters. */
    private static final int NAME_WIDTH = 14;
    /** How far beyond the middle of a symbol its text begins, and the height of a line of text. */
    private static final double LABEL_GAP = 22;
    private static final double LINE = 13;
    /** Beyond this sine or cosine of its angle, a person stands to a side of the centre, or above or below it. */
    private static final double SIDE = 0.38;
    private static final String[] KIND_COLOURS = {"#1f77b4", "#2ca02c", "#17becf", "#ff7f0e", "#7b5ea7"};

    private final GenogramPolicy policy;
    private final Locale locale;
    private final String idPrefix;

    /**
     * @param policy the policy for the isolation signal
     * @param locale the language of the measures and legend: Dutch unless English
     * @throws NullPointerException if an argument is null
     */
    public SociogramSvg(GenogramPolicy policy, Locale locale) {
        this(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(locale, "locale"), "");
    }

    private SociogramSvg(GenogramPolicy policy, Locale locale, String idPrefix) {
        this.policy = policy;
        this.locale = locale;
        this.idPrefix = idPrefix;
    }

    /**
     * This renderer with its pictures' identifiers under {@code prefix}, as
     * {@link GenogramSvg#withIdPrefix(String)} has it; never null.
     *
     * @throws IllegalArgumentException if {@code prefix} is not an id prefix
     * @throws NullPointerException if {@code prefix} is null
     */
    public SociogramSvg withIdPrefix(String prefix) {
        return new SociogramSvg(policy, locale, Svg.checkedIdPrefix(prefix));
    }

    /**
     * The SVG document of {@code sociogram}.
     *
     * @throws NullPointerException if {@code sociogram} is null
     */
    public String render(Sociogram sociogram) {
        Objects.requireNonNull(sociogram, "sociogram");
        List<SocialTie> ties = new ArrayList<>(sociogram.ties());
        ties.sort(Comparator.comparing(SocialTie::kind));
        Svg svg = new Svg(PANEL + 340, 2 * CY, "Sociogram", 16 * 1024, idPrefix);
        svg.group("circles");
        for (double r : RADII) {
            svg.circle(CX, CY, r, Attributes.of("stroke", "#bbbbbb").and("stroke-width", 1.2).and("fill", "none"));
        }
        svg.end();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < ties.size(); i++) {
            SocialTie tie = ties.get(i);
            double angle = angle(i, ties.size());
            double r = RADII[tie.circle() - 1];
            StringBuilder support = new StringBuilder();
            tie.support().stream().sorted().forEach(s -> support.append(s.name().charAt(0)));
            // A name that would cover a name before it moves further out.
            Label label = null;
            for (int step = 0; step < 4 && (label == null || overlaps(label, labels)); step++) {
                label = Label.of(CX + Math.cos(angle) * r, CY + Math.sin(angle) * r, angle,
                    LABEL_GAP + step * LINE, Svg.wrap(tie.name(), NAME_WIDTH), support.toString());
            }
            labels.add(label);
        }
        sectors(svg, ties, labels);
        Set<String> keys = new LinkedHashSet<>();
        svg.group("ties");
        for (int i = 0; i < ties.size(); i++) {
            SocialTie tie = ties.get(i);
            double angle = angle(i, ties.size());
            double r = RADII[tie.circle() - 1];
            double x = CX + Math.cos(angle) * r;
            double y = CY + Math.sin(angle) * r;
            svg.group("tie");
            qualityLine(svg, CX + Math.cos(angle) * 42, CY + Math.sin(angle) * 42, x - Math.cos(angle) * 17,
                y - Math.sin(angle) * 17, tie.quality());
            svg.end();
            svg.group("node");
            node(svg, x, y, tie.kind());
            labels.get(i).draw(svg);
            svg.end();
            keys.add("kind:" + tie.kind().name());
            keys.add("quality:" + tie.quality().name());
            tie.support().forEach(s -> keys.add("support:" + s.name()));
        }
        svg.end();
        svg.group("node");
        svg.circle(CX, CY, 40, Attributes.of("stroke", "#222222").and("stroke-width", 2.5).and("fill", "#fff8e1"));
        svg.text(CX, CY + 4, 12, sociogram.centre(), Attributes.of("fill", "#111111").and("font-weight", "bold"));
        svg.end();
        measures(svg, sociogram.measures(policy));
        List<String> ordered = keys.stream().sorted(Comparator.comparing(SociogramSvg::rank)).toList();
        Legend.draw(svg, ordered, PANEL, 180, 300, 1, locale, (key, at) -> sample(svg, key, at[0], at[1]));
        return svg.finish();
    }

    /**
     * The sectors of the kinds (familie, vrienden, ...): a light line from the centre to beyond the
     * outer circle where one kind ends and the next begins, and each kind's name at its middle.
     */
    private void sectors(Svg svg, List<SocialTie> ties, List<Label> labels) {
        Set<TieKind> kinds = new LinkedHashSet<>();
        ties.forEach(t -> kinds.add(t.kind()));
        if (kinds.size() < 2) {
            return;
        }
        svg.group("sectors");
        int start = 0;
        for (TieKind kind : kinds) {
            int count = (int) ties.stream().filter(t -> t.kind() == kind).count();
            double from = -Math.PI / 2 + 2 * Math.PI * start / ties.size();
            double middle = -Math.PI / 2 + 2 * Math.PI * (start + count / 2.0) / ties.size();
            double outer = RADII[RADII.length - 1] + 20;
            // The boundary breaks where a name stands on it.
            double[] a = {CX + Math.cos(from) * 40, CY + Math.sin(from) * 40};
            double[] b = {CX + Math.cos(from) * outer, CY + Math.sin(from) * outer};
            svg.group("sector");
            for (double[] piece : pieces(a, b, labels)) {
                svg.line(a[0] + (b[0] - a[0]) * piece[0], a[1] + (b[1] - a[1]) * piece[0],
                    a[0] + (b[0] - a[0]) * piece[1], a[1] + (b[1] - a[1]) * piece[1],
                    Attributes.of("stroke", "#dddddd").and("stroke-width", 1.2).and("stroke-dasharray", "4 4"));
            }
            svg.end();
            svg.text(CX + Math.cos(middle) * SECTOR_NAMES, CY + Math.sin(middle) * SECTOR_NAMES + 4, 12,
                Legend.caption(kind.name(), locale), Attributes.of("fill", KIND_COLOURS[kind.ordinal()])
                    .and("font-style", "italic"));
            start += count;
        }
        svg.end();
    }

    /** The parts {from, to} (0 to 1) of the segment from a to b outside every label, with a margin. */
    private static List<double[]> pieces(double[] a, double[] b, List<Label> labels) {
        List<double[]> cuts = new ArrayList<>();
        for (Label label : labels) {
            double[] cut = TieRouter.clip(a, b, label.box()[0] - 4, label.box()[1] - 4, label.box()[2] + 4, label.box()[3] + 4);
            if (cut != null) {
                cuts.add(cut);
            }
        }
        cuts.sort(Comparator.comparingDouble((double[] c) -> c[0]));
        List<double[]> pieces = new ArrayList<>();
        double at = 0;
        for (double[] cut : cuts) {
            if (cut[0] > at) {
                pieces.add(new double[] {at, cut[0]});
            }
            at = Math.max(at, cut[1]);
        }
        if (at < 1) {
            pieces.add(new double[] {at, 1});
        }
        return pieces;
    }

    private static boolean overlaps(Label label, List<Label> others) {
        double[] a = label.box();
        for (Label other : others) {
            double[] b = other.box();
            if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) {
                return true;
            }
        }
        return false;
    }

    /** Where the {@code i}th of {@code count} people stands around the centre: clockwise from the top. */
    private static double angle(int i, int count) {
        return -Math.PI / 2 + 2 * Math.PI * (i + 0.5) / count;
    }

    /**
     * A person's name (in lines) and support letters beyond the symbol, seen from the centre: so
     * that the person's own line, which comes from the centre, never runs through them. On the
     * right the text starts there, on the left it ends there, above and below it is centred; above,
     * the lines stack upwards. {@code align} is -1 (end), 0 (middle) or 1 (start); {@code box}
     * {left, top, right, bottom} is a generous estimate of where the text lies.
     */
    private record Label(double x, double top, int align, List<String> name, String support, double[] box) {

        static Label of(double x, double y, double angle, double gap, List<String> name, String support) {
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double ax = x + cos * gap;
            double ay = y + sin * gap;
            double height = (name.size() + (support.isEmpty() ? 0 : 1)) * LINE;
            double top = sin < -SIDE ? ay - height : sin > SIDE ? ay : ay - height / 2;
            int align = cos > SIDE ? 1 : cos < -SIDE ? -1 : 0;
            double width = TieRouter.textWidth(support, 10);
            for (String line : name) {
                width = Math.max(width, TieRouter.textWidth(line, 11.5));
            }
            double left = align == 1 ? ax : align == -1 ? ax - width : ax - width / 2;
            return new Label(ax, top, align, name, support, new double[] {left, top, left + width, top + height});
        }

        void draw(Svg svg) {
            int count = name.size() + (support.isEmpty() ? 0 : 1);
            for (int i = 0; i < count; i++) {
                boolean letters = i == name.size();
                String text = letters ? support : name.get(i);
                double size = letters ? 10 : 11.5;
                double baseline = top + i * LINE + LINE - 3;
                Attributes style = letters ? Attributes.of("fill", "#444444").and("font-weight", "bold")
                    : Attributes.of("fill", "#111111");
                if (align == 1) {
                    svg.textStart(x, baseline, size, text, style);
                } else if (align == -1) {
                    svg.textEnd(x, baseline, size, text, style);
                } else {
                    svg.text(x, baseline, size, text, style);
                }
            }
        }
    }

    private static int rank(String key) {
        String value = key.substring(key.indexOf(':') + 1);
        if (key.startsWith("kind:")) {
            return TieKind.valueOf(value).ordinal();
        }
        if (key.startsWith("quality:")) {
            return 10 + TieQuality.valueOf(value).ordinal();
        }
        return 20 + SupportType.valueOf(value).ordinal();
    }

    private void measures(Svg svg, NetworkMeasures measures) {
        svg.group("measures");
        svg.textStart(PANEL, 40, 13, Legend.caption("size", locale, measures.size()), Attributes.of("fill", "#222222"));
        svg.textStart(PANEL, 62, 13, Legend.caption("professionals", locale,
            Math.round(measures.professionalShare() * 100)), Attributes.of("fill", "#222222"));
        svg.textStart(PANEL, 84, 13, Legend.caption("informal", locale, measures.informalSupport()),
            Attributes.of("fill", "#222222"));
        if (measures.isolated()) {
            svg.rect(PANEL - 4, 96, 200, 26, 6, Attributes.of("fill", "#ffebee").and("stroke", "#c62828")
                .and("stroke-width", 1.5));
            svg.textStart(PANEL + 6, 114, 13, Legend.caption("isolated", locale), Attributes.of("fill", "#c62828")
                .and("font-weight", "bold"));
        }
        svg.end();
    }

    private static void node(Svg svg, double x, double y, TieKind kind) {
        Attributes style = Attributes.of("fill", KIND_COLOURS[kind.ordinal()]).and("stroke", "#222222")
            .and("stroke-width", 1.5);
        if (kind == TieKind.PROFESSIONAL) {
            svg.rect(x - 15, y - 15, 30, 30, 3, style);
        } else {
            svg.circle(x, y, 16, style);
        }
    }

    private static void qualityLine(Svg svg, double x1, double y1, double x2, double y2, TieQuality quality) {
        switch (quality) {
            case POSITIVE -> svg.line(x1, y1, x2, y2, Attributes.of("stroke", "#2e7d32").and("stroke-width", 2.5));
            case NEGATIVE -> svg.path(Svg.zigzag(Svg.curve(x1, y1, x2, y2, 0), 4, 9),
                Attributes.of("stroke", "#c62828").and("stroke-width", 2).and("fill", "none"));
            case AMBIVALENT -> svg.line(x1, y1, x2, y2, Attributes.of("stroke", "#ef6c00").and("stroke-width", 2.2)
                .and("stroke-dasharray", "7 4"));
        }
    }

    private static void sample(Svg svg, String key, double x, double y) {
        String value = key.substring(key.indexOf(':') + 1);
        if (key.startsWith("kind:")) {
            svg.group("sample",
                Attributes.of("transform", "translate(" + number(x + 23) + "," + number(y) + ") scale(0.5)"));
            node(svg, 0, 0, TieKind.valueOf(value));
            svg.end();
        } else if (key.startsWith("quality:")) {
            qualityLine(svg, x, y, x + 46, y, TieQuality.valueOf(value));
        } else {
            svg.text(x + 23, y + 4, 12, value.substring(0, 1), Attributes.of("fill", "#444444")
                .and("font-weight", "bold"));
        }
    }
}
