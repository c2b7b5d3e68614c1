package nl.regiekit.genogram.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import nl.regiekit.markup.Xml;
import nl.regiekit.genogram.GenogramPolicy;
import nl.regiekit.genogram.NetworkMeasures;
import nl.regiekit.genogram.SocialTie;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.genogram.SupportType;
import nl.regiekit.genogram.TieKind;
import nl.regiekit.genogram.TieQuality;
import nl.regiekit.genogram.internal.Svg;

/**
 * Draws a sociogram as SVG: the centre in the middle, three concentric circles by closeness,
 * each tie on its circle, grouped by kind (a colour per kind, a square for professionals), its
 * line by quality (solid green positive, red zigzag negative, dashed orange ambivalent), the
 * support it gives as letters (P, E, I), and the network's measures with the isolation signal
 * under the policy. Deterministic. Immutable and thread-safe.
 */
public final class SociogramSvg {

    private static final double CX = 400;
    private static final double CY = 410;
    private static final double[] RADII = {115, 200, 285};
    private static final String[] KIND_COLOURS = {"#1f77b4", "#2ca02c", "#17becf", "#ff7f0e", "#7b5ea7"};

    private final GenogramPolicy policy;
    private final Locale locale;

    /**
     * @param policy the policy for the isolation signal
     * @param locale the language of the measures and legend: Dutch unless English
     * @throws NullPointerException if an argument is null
     */
    public SociogramSvg(GenogramPolicy policy, Locale locale) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.locale = Objects.requireNonNull(locale, "locale");
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
        Svg svg = new Svg(1100, 800, "Sociogram");
        svg.group("circles");
        for (double r : RADII) {
            svg.circle(CX, CY, r, "stroke=\"#bbbbbb\" stroke-width=\"1.2\" fill=\"none\"");
        }
        svg.end();
        sectors(svg, ties);
        Set<String> keys = new LinkedHashSet<>();
        svg.group("ties");
        for (int i = 0; i < ties.size(); i++) {
            SocialTie tie = ties.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * (i + 0.5) / ties.size();
            double r = RADII[tie.circle() - 1];
            double x = CX + Math.cos(angle) * r;
            double y = CY + Math.sin(angle) * r;
            qualityLine(svg, CX + Math.cos(angle) * 42, CY + Math.sin(angle) * 42, x - Math.cos(angle) * 17,
                y - Math.sin(angle) * 17, tie.quality());
            node(svg, x, y, tie.kind());
            svg.text(x, y + 31, 11.5, tie.name(), "fill=\"#111111\"");
            StringBuilder support = new StringBuilder();
            tie.support().stream().sorted().forEach(s -> support.append(s.name().charAt(0)));
            if (support.length() > 0) {
                svg.text(x, y + 44, 10, support.toString(), "fill=\"#444444\" font-weight=\"bold\"");
            }
            keys.add("kind:" + tie.kind().name());
            keys.add("quality:" + tie.quality().name());
            tie.support().forEach(s -> keys.add("support:" + s.name()));
        }
        svg.end();
        svg.circle(CX, CY, 40, "stroke=\"#222222\" stroke-width=\"2.5\" fill=\"#fff8e1\"");
        svg.text(CX, CY + 4, 12, sociogram.centre(), "fill=\"#111111\" font-weight=\"bold\"");
        measures(svg, sociogram.measures(policy));
        List<String> ordered = keys.stream().sorted(Comparator.comparing(SociogramSvg::rank)).toList();
        Legend.draw(svg, ordered, 780, 180, 300, 1, locale, (key, at) -> sample(svg, key, at[0], at[1]));
        return svg.finish();
    }

    /**
     * The sectors of the kinds (familie, vrienden, ...): a light line from the centre to beyond the
     * outer circle where one kind ends and the next begins, and each kind's name at its middle.
     */
    private void sectors(Svg svg, List<SocialTie> ties) {
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
            svg.line(CX + Math.cos(from) * 40, CY + Math.sin(from) * 40, CX + Math.cos(from) * outer,
                CY + Math.sin(from) * outer, "stroke=\"#dddddd\" stroke-width=\"1.2\" stroke-dasharray=\"4 4\"");
            svg.text(CX + Math.cos(middle) * (outer + 38), CY + Math.sin(middle) * (outer + 38) + 4, 12,
                Legend.caption(kind.name(), locale), "fill=\"" + KIND_COLOURS[kind.ordinal()] + "\" font-style=\"italic\"");
            start += count;
        }
        svg.end();
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
        svg.textStart(780, 40, 13, Legend.caption("size", locale, measures.size()), "fill=\"#222222\"");
        svg.textStart(780, 62, 13, Legend.caption("professionals", locale,
            Math.round(measures.professionalShare() * 100)), "fill=\"#222222\"");
        svg.textStart(780, 84, 13, Legend.caption("informal", locale, measures.informalSupport()), "fill=\"#222222\"");
        if (measures.isolated()) {
            svg.rect(776, 96, 200, 26, 6, "fill=\"#ffebee\" stroke=\"#c62828\" stroke-width=\"1.5\"");
            svg.textStart(786, 114, 13, Legend.caption("isolated", locale), "fill=\"#c62828\" font-weight=\"bold\"");
        }
        svg.end();
    }

    private static void node(Svg svg, double x, double y, TieKind kind) {
        String style = "fill=\"" + KIND_COLOURS[kind.ordinal()] + "\" stroke=\"#222222\" stroke-width=\"1.5\"";
        if (kind == TieKind.PROFESSIONAL) {
            svg.rect(x - 15, y - 15, 30, 30, 3, style);
        } else {
            svg.circle(x, y, 16, style);
        }
    }

    private static void qualityLine(Svg svg, double x1, double y1, double x2, double y2, TieQuality quality) {
        switch (quality) {
            case POSITIVE -> svg.line(x1, y1, x2, y2, "stroke=\"#2e7d32\" stroke-width=\"2.5\"");
            case NEGATIVE -> svg.path(Svg.zigzag(Svg.curve(x1, y1, x2, y2, 0), 4, 9),
                "stroke=\"#c62828\" stroke-width=\"2\" fill=\"none\"");
            case AMBIVALENT -> svg.line(x1, y1, x2, y2, "stroke=\"#ef6c00\" stroke-width=\"2.2\" stroke-dasharray=\"7 4\"");
        }
    }

    private static void sample(Svg svg, String key, double x, double y) {
        String value = key.substring(key.indexOf(':') + 1);
        if (key.startsWith("kind:")) {
            svg.group("sample\" transform=\"translate(" + Xml.num(x + 23) + "," + Xml.num(y) + ") scale(0.5)");
            node(svg, 0, 0, TieKind.valueOf(value));
            svg.end();
        } else if (key.startsWith("quality:")) {
            qualityLine(svg, x, y, x + 46, y, TieQuality.valueOf(value));
        } else {
            svg.text(x + 23, y + 4, 12, value.substring(0, 1), "fill=\"#444444\" font-weight=\"bold\"");
        }
    }
}
