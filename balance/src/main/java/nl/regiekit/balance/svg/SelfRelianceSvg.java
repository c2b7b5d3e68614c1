package nl.regiekit.balance.svg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import nl.regiekit.balance.internal.Labels;
import nl.regiekit.balance.internal.Svg;
import nl.regiekit.balance.selfreliance.Instrument;
import nl.regiekit.balance.selfreliance.ScaleLevel;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.markup.Attributes;

/**
 * Draws the self-reliance of a family over time (zelfredzaamheid in de tijd) as SVG: for each
 * subject (the family as a whole or a member) a small heat map, a row per domain scored and a
 * column per measurement, each cell holding its level as a number, shaded from dark (the lowest
 * level) to light (the highest), and the change from the first to the last measurement at the
 * end of the row; under it the instrument's levels with their names. The numbers carry the
 * levels, so the chart reads the same in print and without colour; the shades only help the
 * eye. Labels are Dutch unless the locale's language is English; all text is escaped. The same
 * input gives the same bytes, and the picture holds no identifiers, so it shares a page with
 * others. Thread-safe: no state.
 */
public final class SelfRelianceSvg {

    private static final double LEFT = 210;
    private static final double CHANGE_WIDTH = 44;
    private static final double CELL_HEIGHT = 22;
    private static final double MAX_CELL_WIDTH = 70;
    private static final int DOMAIN_LENGTH = 30;
    private static final double LEGEND_COLUMN = 205;

    private SelfRelianceSvg() {
    }

    /**
     * The chart of one instrument's history up to a date, as a complete SVG document.
     *
     * @param history the measurements
     * @param instrument the instrument they were scored with, for its domains and levels
     * @param subject the name to show for a subject: empty for the family as a whole, else a member
     * @param until the last day whose measurements are shown
     * @param locale the language of the labels
     * @throws NullPointerException if an argument is null
     */
    public static String chart(SelfRelianceHistory history, Instrument instrument,
                               Function<Optional<PersonId>, String> subject, LocalDate until, Locale locale) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(locale, "locale");
        List<Block> blocks = new ArrayList<>();
        for (Optional<PersonId> member : history.subjects()) {
            List<Row> rows = new ArrayList<>();
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (LifeDomain domain : instrument.domains()) {
                List<SelfRelianceHistory.Point> series = history.series(member, domain.code()).stream()
                    .filter(p -> !p.date().isAfter(until)).toList();
                if (!series.isEmpty()) {
                    rows.add(new Row(domain.name(locale), series));
                    series.forEach(p -> dates.add(p.date()));
                }
            }
            if (!rows.isEmpty()) {
                blocks.add(new Block(subject.apply(member), List.copyOf(dates), rows));
            }
        }
        int legendRows = (int) Math.ceil(instrument.levels().size() / 3.0);
        double height = 44 + blocks.stream().mapToDouble(b -> 60 + b.rows().size() * CELL_HEIGHT).sum()
            + 40 + legendRows * 20;
        String name = instrument.name(locale);
        Svg svg = new Svg(BalanceSvg.WIDTH, (int) Math.ceil(height), Labels.text("svg.selfReliance", locale)
            + ": " + name);
        svg.text(BalanceSvg.WIDTH / 2.0, 26, "middle", Attributes.of("font-size", 16).and("font-weight", "bold")
            .and("fill", "#333333"), Labels.text("svg.selfReliance", locale) + " \u00b7 " + name);
        double y = 44;
        for (Block block : blocks) {
            y = block(svg, block, instrument, y, locale);
        }
        legend(svg, instrument, y + 14, locale);
        return svg.finish();
    }

    /** One subject's rows and the dates of its measurements. */
    private record Block(String subject, List<LocalDate> dates, List<Row> rows) {
    }

    /** One domain's levels over time. */
    private record Row(String domain, List<SelfRelianceHistory.Point> points) {
    }

    private static double block(Svg svg, Block block, Instrument instrument, double top, Locale locale) {
        double cell = Math.min(MAX_CELL_WIDTH, (BalanceSvg.WIDTH - LEFT - CHANGE_WIDTH - 12) / block.dates().size());
        double dateSize = Math.min(10, cell / 6.2);
        svg.text(12, top + 18, "start", Attributes.of("font-size", 14).and("font-weight", "bold").and("fill", "#222222"),
            Svg.shorten(block.subject(), 60));
        double header = top + 40;
        for (int j = 0; j < block.dates().size(); j++) {
            svg.text(LEFT + j * cell + cell / 2, header, "middle", Attributes.of("font-size", dateSize)
                .and("fill", "#555555"), block.dates().get(j).toString());
        }
        svg.text(LEFT + block.dates().size() * cell + CHANGE_WIDTH / 2, header, "middle",
            Attributes.of("font-size", 10).and("fill", "#555555"), "\u0394");
        double y = header + 6;
        for (Row row : block.rows()) {
            svg.text(12, y + 15, "start", Attributes.of("font-size", 12).and("fill", "#222222"),
                Svg.shorten(row.domain(), DOMAIN_LENGTH));
            for (int j = 0; j < block.dates().size(); j++) {
                LocalDate date = block.dates().get(j);
                Optional<Integer> level = row.points().stream().filter(p -> p.date().equals(date))
                    .map(SelfRelianceHistory.Point::level).findFirst();
                double x = LEFT + j * cell;
                if (level.isPresent()) {
                    double share = share(instrument, level.get());
                    svg.rect(x + 2, y + 1, cell - 4, CELL_HEIGHT - 2, Attributes.of("fill", shade(share))
                        .and("stroke", "#666666").and("stroke-width", 0.8));
                    svg.text(x + cell / 2, y + 15.5, "middle", Attributes.of("font-size", 12).and("font-weight", "bold")
                        .and("fill", share < 0.5 ? "#ffffff" : "#111111"), String.valueOf(level.get()));
                } else {
                    svg.text(x + cell / 2, y + 15.5, "middle", Attributes.of("font-size", 12).and("fill", "#999999"),
                        "\u2013");
                }
            }
            int change = row.points().get(row.points().size() - 1).level() - row.points().get(0).level();
            svg.text(LEFT + block.dates().size() * cell + CHANGE_WIDTH / 2, y + 15.5, "middle",
                Attributes.of("font-size", 12).and("font-weight", "bold").and("fill", "#222222"),
                change > 0 ? "+" + change : change < 0 ? "\u2212" + -change : "0");
            y += CELL_HEIGHT;
        }
        svg.line(12, y + 8, BalanceSvg.WIDTH - 12, y + 8, Attributes.of("stroke", "#dddddd").and("stroke-width", 1));
        return y + 14;
    }

    private static void legend(Svg svg, Instrument instrument, double top, Locale locale) {
        svg.text(12, top, "start", Attributes.of("font-size", 12).and("font-weight", "bold").and("fill", "#333333"),
            Labels.text("svg.levels", locale) + " (\u0394 " + Labels.text("svg.levels.span", locale) + ")");
        List<ScaleLevel> levels = instrument.levels();
        for (int i = 0; i < levels.size(); i++) {
            double x = 12 + (i % 3) * LEGEND_COLUMN;
            double y = top + 10 + (i / 3) * 20;
            double share = share(instrument, levels.get(i).value());
            svg.rect(x, y, 24, 16, Attributes.of("fill", shade(share)).and("stroke", "#666666").and("stroke-width", 0.8));
            svg.text(x + 12, y + 12, "middle", Attributes.of("font-size", 11).and("font-weight", "bold")
                .and("fill", share < 0.5 ? "#ffffff" : "#111111"), String.valueOf(levels.get(i).value()));
            svg.text(x + 30, y + 12, "start", Attributes.of("font-size", 11).and("fill", "#222222"),
                Svg.shorten(instrument.levelName(levels.get(i), locale), 26));
        }
    }

    /** Where a level lies on the instrument's scale: 0 for the lowest, 1 for the highest. */
    private static double share(Instrument instrument, int level) {
        int low = instrument.lowest().value();
        int high = instrument.highest().value();
        return Math.max(0, Math.min(1, (level - low) / (double) Math.max(1, high - low)));
    }

    /** A grey from dark (0) to light (1): dark enough for white text below a half, light enough for black above. */
    private static String shade(double share) {
        int grey = (int) Math.round(70 + share * 170);
        String hex = String.format(Locale.ROOT, "%02x", grey);
        return "#" + hex + hex + hex;
    }
}
