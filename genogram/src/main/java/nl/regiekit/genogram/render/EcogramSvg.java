package nl.regiekit.genogram.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import nl.regiekit.genogram.EcoSystem;
import nl.regiekit.genogram.Ecogram;
import nl.regiekit.genogram.EnergyFlow;
import nl.regiekit.genogram.SystemKind;
import nl.regiekit.genogram.TieStrength;
import nl.regiekit.genogram.internal.Svg;
import nl.regiekit.markup.Attributes;

/**
 * Draws an ecogram (ecomap) as SVG: the family in the centre, the systems on a circle around
 * it, each tie in the standard style (thick strong, plain moderate, dashed weak, hatched
 * stressful) with arrows for the direction of energy, and a legend of what the picture uses.
 * Deterministic. Immutable and thread-safe.
 */
public final class EcogramSvg {

    /** The characters a system's name may have on a line at the normal font size. */
    private static final int NAME_WIDTH = 14;
    private static final double CX = 400;
    private static final double CY = 400;
    private static final double RING = 280;
    private static final double CENTRE = 70;
    private static final double SYSTEM = 58;
    private static final Attributes INK = Attributes.of("stroke", "#333333").and("fill", "none");

    private final Locale locale;
    private final String idPrefix;

    /**
     * @param locale the language of the legend and kinds: Dutch unless English
     * @throws NullPointerException if {@code locale} is null
     */
    public EcogramSvg(Locale locale) {
        this(Objects.requireNonNull(locale, "locale"), "");
    }

    private EcogramSvg(Locale locale, String idPrefix) {
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
    public EcogramSvg withIdPrefix(String prefix) {
        return new EcogramSvg(locale, Svg.checkedIdPrefix(prefix));
    }

    /**
     * The SVG document of {@code ecogram}.
     *
     * @throws NullPointerException if {@code ecogram} is null
     */
    public String render(Ecogram ecogram) {
        Objects.requireNonNull(ecogram, "ecogram");
        Svg svg = new Svg(1100, 800, "Ecogram", 16 * 1024, idPrefix);
        List<EcoSystem> systems = ecogram.systems();
        Set<String> keys = new LinkedHashSet<>();
        svg.group("ties");
        for (int i = 0; i < systems.size(); i++) {
            EcoSystem system = systems.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / systems.size();
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            svg.group("tie");
            tie(svg, CX + cos * (CENTRE + 4), CY + sin * (CENTRE + 4), CX + cos * (RING - SYSTEM - 4),
                CY + sin * (RING - SYSTEM - 4), system.strength(), system.energy());
            svg.end();
            keys.add("strength:" + system.strength().name());
            if (system.energy() != EnergyFlow.NONE) {
                keys.add("energy:" + system.energy().name());
            }
        }
        svg.end();
        svg.group("systems");
        for (int i = 0; i < systems.size(); i++) {
            EcoSystem system = systems.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / systems.size();
            double x = CX + Math.cos(angle) * RING;
            double y = CY + Math.sin(angle) * RING;
            svg.group("node");
            svg.circle(x, y, SYSTEM, Attributes.of("stroke", "#333333").and("stroke-width", 1.8)
                .and("fill", "#f5f9ff"));
            List<String> lines = Svg.wrap(system.name(), NAME_WIDTH);
            // A word longer than a line (a long compound such as "Schuldhulpverlening") gets a smaller
            // font, so that the name stays inside its circle.
            int longest = lines.stream().mapToInt(String::length).max().orElse(0);
            double size = longest > NAME_WIDTH ? 11.0 * NAME_WIDTH / longest : 11;
            for (int l = 0; l < lines.size(); l++) {
                svg.text(x, y - 4 + (l - (lines.size() - 1) / 2.0) * 13, size, lines.get(l),
                    Attributes.of("fill", "#111111"));
            }
            // The caption sits where the circle is still wide enough for a word like "gezondheidszorg".
            svg.text(x, y + SYSTEM - 20, 9.5, Legend.caption(kindKey(system.kind()), locale),
                Attributes.of("fill", "#666666"));
            svg.end();
        }
        svg.end();
        svg.group("node");
        svg.circle(CX, CY, CENTRE, Attributes.of("stroke", "#222222").and("stroke-width", 2.5).and("fill", "#fff8e1"));
        List<String> centre = Svg.wrap(ecogram.centre(), 16);
        for (int l = 0; l < centre.size(); l++) {
            svg.text(CX, CY + 5 + (l - (centre.size() - 1) / 2.0) * 15, 13, centre.get(l),
                Attributes.of("fill", "#111111").and("font-weight", "bold"));
        }
        svg.end();
        List<String> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparing((String k) -> k.startsWith("energy:"))
            .thenComparing(k -> k.startsWith("strength:") ? TieStrength.valueOf(k.substring(9)).ordinal()
                : EnergyFlow.valueOf(k.substring(7)).ordinal()));
        Legend.draw(svg, ordered, 790, 40, 300, 1, locale, (key, at) -> sample(svg, key, at[0], at[1]));
        return svg.finish();
    }

    private static String kindKey(SystemKind kind) {
        return kind == SystemKind.OTHER ? "OTHER_SYSTEM" : kind.name();
    }

    /** A tie from the family (first point) to a system (second point). */
    private static void tie(Svg svg, double x1, double y1, double x2, double y2, TieStrength strength,
                            EnergyFlow energy) {
        Attributes arrows = switch (energy) {
            case TO_FAMILY -> Svg.ARROW_START;
            case FROM_FAMILY -> Svg.ARROW_END;
            case BOTH -> Svg.ARROW_START.and(Svg.ARROW_END);
            case NONE -> Attributes.none();
        };
        switch (strength) {
            case STRONG -> svg.line(x1, y1, x2, y2, INK.and("stroke-width", 5).and(arrows));
            case MODERATE -> svg.line(x1, y1, x2, y2, INK.and("stroke-width", 2).and(arrows));
            case WEAK -> svg.line(x1, y1, x2, y2, INK.and("stroke-width", 2).and("stroke-dasharray", "8 6")
                .and(arrows));
            case STRESSFUL -> {
                svg.line(x1, y1, x2, y2, Attributes.of("stroke", "#c62828").and("fill", "none").and("stroke-width", 2)
                    .and(arrows));
                double length = Math.max(Math.hypot(x2 - x1, y2 - y1), 1);
                double ux = (x2 - x1) / length;
                double uy = (y2 - y1) / length;
                for (double along = 14; along < length - 14; along += 12) {
                    double mx = x1 + ux * along;
                    double my = y1 + uy * along;
                    svg.line(mx - uy * 7 - ux * 4, my + ux * 7 - uy * 4, mx + uy * 7 + ux * 4, my - ux * 7 + uy * 4,
                        Attributes.of("stroke", "#c62828").and("stroke-width", 1.6));
                }
            }
        }
    }

    private static void sample(Svg svg, String key, double x, double y) {
        if (key.startsWith("strength:")) {
            tie(svg, x, y, x + 46, y, TieStrength.valueOf(key.substring(9)), EnergyFlow.NONE);
        } else {
            tie(svg, x + 2, y, x + 44, y, TieStrength.MODERATE, EnergyFlow.valueOf(key.substring(7)));
        }
    }
}
