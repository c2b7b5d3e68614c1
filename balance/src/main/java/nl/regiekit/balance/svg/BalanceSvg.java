package nl.regiekit.balance.svg;

import static nl.regiekit.markup.MarkupWriter.number;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import nl.regiekit.balance.Balance;
import nl.regiekit.balance.BalancePolicy;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.balance.Side;
import nl.regiekit.balance.Trend;
import nl.regiekit.balance.Verdict;
import nl.regiekit.balance.internal.Labels;
import nl.regiekit.balance.internal.Svg;
import nl.regiekit.markup.Attributes;

/**
 * Draws the balance model as SVG, with nothing but the JDK: the scale of one assessment, tipping
 * towards the heavier side with its main weights named under each pan, and the trend of the
 * balance index across assessments as a small chart over the verdict bands. Labels are Dutch
 * unless the locale's language is English; all text is escaped and any script may appear in
 * factor names. The same input gives the same bytes. The pictures hold no identifiers, so several
 * share a page without an id prefix. Thread-safe: no state.
 */
public final class BalanceSvg {

    /** Width of every picture, in user units. */
    public static final int WIDTH = 640;
    /** Height of the scale. */
    public static final int SCALE_HEIGHT = 420;
    /** Height of the trend chart. */
    public static final int TREND_HEIGHT = 250;

    private static final String CAPACITY_COLOUR = "#2a7f62";
    private static final String BURDEN_COLOUR = "#b5472f";
    private static final double PIVOT_X = WIDTH / 2.0;
    private static final double PIVOT_Y = 150;
    private static final double HALF_BEAM = 190;
    private static final double MAX_TILT_DEGREES = 15;
    private static final int NAME_LENGTH = 34;

    private BalanceSvg() {
    }

    /**
     * The scale of one balance as a complete SVG document.
     *
     * @param balance the scored assessment
     * @param names the name to show for a factor, such as {@code FactorCatalogs#name}
     * @param locale the language of the labels
     * @throws NullPointerException if an argument is null
     */
    public static String scale(Balance balance, Function<FactorId, String> names, Locale locale) {
        Svg svg = new Svg(WIDTH, SCALE_HEIGHT, title(locale, balance));
        drawScale(svg, balance, names, locale);
        return svg.finish();
    }

    /**
     * The trend as a complete SVG document.
     *
     * @param trend the trend
     * @param policy the policy whose verdict bands are drawn behind the line
     * @param locale the language of the labels
     * @throws NullPointerException if an argument is null
     */
    public static String trend(Trend trend, BalancePolicy policy, Locale locale) {
        Objects.requireNonNull(trend, "trend");
        Svg svg = new Svg(WIDTH, TREND_HEIGHT, Labels.text("svg.trend.title", locale));
        drawTrend(svg, trend, policy, locale);
        return svg.finish();
    }

    /**
     * The scale of the latest balance above the trend chart, as one SVG document: the picture to show
     * a family.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String picture(Balance latest, Trend trend, BalancePolicy policy, Function<FactorId, String> names,
                                 Locale locale) {
        Objects.requireNonNull(trend, "trend");
        Svg svg = new Svg(WIDTH, SCALE_HEIGHT + TREND_HEIGHT, title(locale, latest));
        drawScale(svg, latest, names, locale);
        svg.groupBelow(SCALE_HEIGHT);
        drawTrend(svg, trend, policy, locale);
        svg.end();
        return svg.finish();
    }

    private static String title(Locale locale, Balance balance) {
        return Labels.text("svg.balance", locale) + ": " + balance.verdict().label(locale);
    }

    private static void drawScale(Svg svg, Balance balance, Function<FactorId, String> names, Locale locale) {
        Objects.requireNonNull(names, "names");
        svg.text(PIVOT_X, 32, "middle", Attributes.of("font-size", 22).and("font-weight", "bold")
            .and("fill", colour(balance.verdict())), title(locale, balance));
        svg.text(PIVOT_X, 56, "middle", Attributes.of("font-size", 14).and("fill", "#555555"), balance.date() + " · "
            + Labels.text("svg.index", locale) + " " + index(balance.index(), locale));

        double tilt = Math.toRadians(balance.index() * MAX_TILT_DEGREES);
        double dx = HALF_BEAM * Math.cos(tilt);
        double dy = HALF_BEAM * Math.sin(tilt);
        // Capacity hangs on the left: it goes down (greater y) when capacity is heavier.
        double leftY = PIVOT_Y + dy;
        double rightY = PIVOT_Y - dy;

        svg.path("M" + number(PIVOT_X) + " " + number(PIVOT_Y) + " L" + number(PIVOT_X - 28) + " 340 L"
            + number(PIVOT_X + 28) + " 340 Z", Attributes.of("fill", "#8a8a8a"));
        svg.rect(PIVOT_X - 70, 340, 140, 10, Attributes.of("rx", 3).and("fill", "#6b6b6b"));
        svg.line(PIVOT_X - dx, leftY, PIVOT_X + dx, rightY, Attributes.of("stroke", "#444444").and("stroke-width", 8)
            .and("stroke-linecap", "round"));
        svg.circle(PIVOT_X, PIVOT_Y, 9, Attributes.of("fill", "#444444"));

        int heavier = Math.max(1, Math.max(balance.capacity(), balance.burden()));
        pan(svg, PIVOT_X - dx, leftY, Side.CAPACITY, balance.capacity(), heavier, balance.strongestProtections(),
            names, locale, CAPACITY_COLOUR);
        pan(svg, PIVOT_X + dx, rightY, Side.BURDEN, balance.burden(), heavier, balance.heaviestBurdens(), names,
            locale, BURDEN_COLOUR);
    }

    private static void pan(Svg svg, double x, double y, Side side, int total, int heavier, List<FactorScore> weights,
                            Function<FactorId, String> names, Locale locale, String colour) {
        double rim = y + 70;
        svg.line(x, y, x - 62, rim, Attributes.of("stroke", "#666666").and("stroke-width", 1.5));
        svg.line(x, y, x + 62, rim, Attributes.of("stroke", "#666666").and("stroke-width", 1.5));
        double height = 6 + 40.0 * total / heavier;
        svg.rect(x - 32, rim - height, 64, height, Attributes.of("rx", 4).and("fill", colour));
        // The total inside a block tall enough to hold it, else just above it, clear of the strings.
        boolean inside = height >= 22;
        svg.text(x, inside ? rim - height / 2 + 5 : rim - height - 5, "middle",
            Attributes.of("font-size", 15).and("font-weight", "bold").and("fill", inside ? "#ffffff" : colour),
            Integer.toString(total));
        svg.path("M" + number(x - 75) + " " + number(rim) + " Q" + number(x) + " " + number(rim + 34) + " "
            + number(x + 75) + " " + number(rim) + " Z", Attributes.of("fill", "#d9d9d9").and("stroke", "#666666")
                .and("stroke-width", 1.5));
        double line = rim + 46;
        svg.text(x, line, "middle", Attributes.of("font-size", 16).and("font-weight", "bold").and("fill", colour),
            side.label(locale));
        for (FactorScore weight : weights) {
            line += 19;
            svg.text(x, line, "middle", Attributes.of("font-size", 13).and("fill", "#222222"),
                Svg.shorten(names.apply(weight.factor()), NAME_LENGTH) + " (" + weight.weighted() + ")");
        }
    }

    private static void drawTrend(Svg svg, Trend trend, BalancePolicy policy, Locale locale) {
        Objects.requireNonNull(policy, "policy");
        double left = 70;
        double right = WIDTH - 30;
        svg.text(WIDTH / 2.0, 24, "middle", Attributes.of("font-size", 16).and("font-weight", "bold")
            .and("fill", "#333333"),
            Labels.text("svg.trend.title", locale));
        band(svg, left, right, 1, policy.inBalanceFrom(), "#e3f1ea", Verdict.IN_BALANCE, locale);
        band(svg, left, right, policy.inBalanceFrom(), policy.strainedFrom(), "#fbefd5", Verdict.STRAINED, locale);
        band(svg, left, right, policy.strainedFrom(), -1, "#f6ddd6", Verdict.OVERLOADED, locale);
        svg.line(left, y(0), right, y(0), Attributes.of("stroke", "#999999").and("stroke-dasharray", "4 3"));
        svg.text(left - 8, y(1) + 4, "end", Attributes.of("font-size", 11).and("fill", "#555555"), "+1");
        svg.text(left - 8, y(0) + 4, "end", Attributes.of("font-size", 11).and("fill", "#555555"), "0");
        svg.text(left - 8, y(-1) + 4, "end", Attributes.of("font-size", 11).and("fill", "#555555"), "\u22121");
        List<Trend.Point> points = trend.points();
        StringBuilder polyline = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = x(i, points.size(), left + 40, right - 40);
            polyline.append(i == 0 ? "M" : " L").append(number(x)).append(' ').append(number(y(points.get(i).index())));
        }
        if (points.size() > 1) {
            svg.path(polyline.toString(), Attributes.of("fill", "none").and("stroke", "#333333")
                .and("stroke-width", 2.5));
        }
        for (int i = 0; i < points.size(); i++) {
            Trend.Point point = points.get(i);
            double x = x(i, points.size(), left + 40, right - 40);
            svg.circle(x, y(point.index()), 6, Attributes.of("fill", colour(point.verdict())).and("stroke", "#ffffff")
                .and("stroke-width", 2));
            svg.text(x, y(point.index()) - 11, "middle", Attributes.of("font-size", 12).and("font-weight", "bold")
                .and("fill", "#222222"),
                index(point.index(), locale));
            svg.text(x, 222, "middle", Attributes.of("font-size", 12).and("fill", "#333333"), point.date().toString());
            point.phase().ifPresent(phase -> svg.text(x, 238, "middle", Attributes.of("font-size", 11)
                .and("fill", "#666666"),
                Labels.text("svg.phase", locale) + " " + (phase.ordinal() + 1)));
        }
    }

    private static void band(Svg svg, double left, double right, double top, double bottom, String fill,
                             Verdict verdict, Locale locale) {
        if (top <= bottom) {
            return;
        }
        svg.rect(left, y(top), right - left, y(bottom) - y(top), Attributes.of("fill", fill));
        if (y(bottom) - y(top) >= 14) {
            svg.text(right - 6, y(top) + 13, "end", Attributes.of("font-size", 11).and("fill", colour(verdict)),
                verdict.label(locale));
        }
    }

    /** The vertical position of an index in the trend chart: {@code +1} at 40, {@code -1} at 200. */
    private static double y(double index) {
        return 120 - 80 * index;
    }

    private static double x(int i, int count, double from, double to) {
        return count == 1 ? (from + to) / 2 : from + i * (to - from) / (count - 1);
    }

    private static String colour(Verdict verdict) {
        return switch (verdict) {
            case IN_BALANCE -> CAPACITY_COLOUR;
            case STRAINED -> "#a8660f";
            case OVERLOADED -> BURDEN_COLOUR;
        };
    }

    private static String index(double value, Locale locale) {
        String text = String.format(locale, "%+.2f", value);
        return text.replace('-', '\u2212');
    }

}
