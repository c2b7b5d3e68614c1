package nl.regiekit.balance.svg;

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
import nl.regiekit.balance.internal.Svg;
import nl.regiekit.markup.Xml;

/**
 * Draws the balance model as SVG, with nothing but the JDK: the scale of one assessment, tipping
 * towards the heavier side with its main weights named under each pan, and the trend of the
 * balance index across assessments as a small chart over the verdict bands. Labels are Dutch
 * unless the locale's language is English; all text is escaped and any script may appear in
 * factor names. The same input gives the same bytes. Thread-safe: no state.
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
        Svg svg = new Svg();
        drawScale(svg, balance, names, locale);
        return document(SCALE_HEIGHT, title(locale, balance), svg);
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
        Svg svg = new Svg();
        drawTrend(svg, trend, policy, locale);
        return document(TREND_HEIGHT, label(locale, "Verloop van de balans", "Balance over time"), svg);
    }

    /**
     * The scale of the latest balance above the trend chart, as one SVG document: the picture to show
     * a family.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String picture(Balance latest, Trend trend, BalancePolicy policy, Function<FactorId, String> names,
                                 Locale locale) {
        Svg svg = new Svg();
        drawScale(svg, latest, names, locale);
        svg.raw("<g transform=\"translate(0," + SCALE_HEIGHT + ")\">\n");
        drawTrend(svg, trend, policy, locale);
        svg.raw("</g>\n");
        return document(SCALE_HEIGHT + TREND_HEIGHT, title(locale, latest), svg);
    }

    private static String document(int height, String title, Svg body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
            + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" font-family=\"sans-serif\" role=\"img\">\n"
            + "<title>" + Xml.escape(title) + "</title>\n"
            + "<rect width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n"
            + body
            + "</svg>\n";
    }

    private static String title(Locale locale, Balance balance) {
        return label(locale, "Balans", "Balance") + ": " + balance.verdict().label(locale);
    }

    private static void drawScale(Svg svg, Balance balance, Function<FactorId, String> names, Locale locale) {
        Objects.requireNonNull(names, "names");
        svg.text(PIVOT_X, 32, "middle", "font-size=\"22\" font-weight=\"bold\" fill=\"" + colour(balance.verdict())
            + "\"", title(locale, balance));
        svg.text(PIVOT_X, 56, "middle", "font-size=\"14\" fill=\"#555555\"", balance.date() + " · "
            + label(locale, "balansindex ", "balance index ") + index(balance.index(), locale));

        double tilt = Math.toRadians(balance.index() * MAX_TILT_DEGREES);
        double dx = HALF_BEAM * Math.cos(tilt);
        double dy = HALF_BEAM * Math.sin(tilt);
        // Capacity hangs on the left: it goes down (greater y) when capacity is heavier.
        double leftY = PIVOT_Y + dy;
        double rightY = PIVOT_Y - dy;

        svg.path("M" + Xml.num(PIVOT_X) + " " + Xml.num(PIVOT_Y) + " L" + Xml.num(PIVOT_X - 28) + " 340 L"
            + Xml.num(PIVOT_X + 28) + " 340 Z", "fill=\"#8a8a8a\"");
        svg.rect(PIVOT_X - 70, 340, 140, 10, "rx=\"3\" fill=\"#6b6b6b\"");
        svg.line(PIVOT_X - dx, leftY, PIVOT_X + dx, rightY, "stroke=\"#444444\" stroke-width=\"8\" stroke-linecap=\"round\"");
        svg.circle(PIVOT_X, PIVOT_Y, 9, "fill=\"#444444\"");

        int heavier = Math.max(1, Math.max(balance.capacity(), balance.burden()));
        pan(svg, PIVOT_X - dx, leftY, Side.CAPACITY, balance.capacity(), heavier, balance.strongestProtections(),
            names, locale, CAPACITY_COLOUR);
        pan(svg, PIVOT_X + dx, rightY, Side.BURDEN, balance.burden(), heavier, balance.heaviestBurdens(), names,
            locale, BURDEN_COLOUR);
    }

    private static void pan(Svg svg, double x, double y, Side side, int total, int heavier, List<FactorScore> weights,
                            Function<FactorId, String> names, Locale locale, String colour) {
        double rim = y + 70;
        svg.line(x, y, x - 62, rim, "stroke=\"#666666\" stroke-width=\"1.5\"");
        svg.line(x, y, x + 62, rim, "stroke=\"#666666\" stroke-width=\"1.5\"");
        double height = 6 + 40.0 * total / heavier;
        svg.rect(x - 32, rim - height, 64, height, "rx=\"4\" fill=\"" + colour + "\"");
        // The total inside a block tall enough to hold it, else just above it, clear of the strings.
        boolean inside = height >= 22;
        svg.text(x, inside ? rim - height / 2 + 5 : rim - height - 5, "middle",
            "font-size=\"15\" font-weight=\"bold\" fill=\"" + (inside ? "#ffffff" : colour) + "\"",
            Integer.toString(total));
        svg.path("M" + Xml.num(x - 75) + " " + Xml.num(rim) + " Q" + Xml.num(x) + " " + Xml.num(rim + 34) + " "
            + Xml.num(x + 75) + " " + Xml.num(rim) + " Z", "fill=\"#d9d9d9\" stroke=\"#666666\" stroke-width=\"1.5\"");
        double line = rim + 46;
        svg.text(x, line, "middle", "font-size=\"16\" font-weight=\"bold\" fill=\"" + colour + "\"", side.label(locale));
        for (FactorScore weight : weights) {
            line += 19;
            svg.text(x, line, "middle", "font-size=\"13\" fill=\"#222222\"",
                Svg.shorten(names.apply(weight.factor()), NAME_LENGTH) + " (" + weight.weighted() + ")");
        }
    }

    private static void drawTrend(Svg svg, Trend trend, BalancePolicy policy, Locale locale) {
        Objects.requireNonNull(policy, "policy");
        double left = 70;
        double right = WIDTH - 30;
        svg.text(WIDTH / 2.0, 24, "middle", "font-size=\"16\" font-weight=\"bold\" fill=\"#333333\"",
            label(locale, "Verloop van de balans", "Balance over time"));
        band(svg, left, right, 1, policy.inBalanceFrom(), "#e3f1ea", Verdict.IN_BALANCE, locale);
        band(svg, left, right, policy.inBalanceFrom(), policy.strainedFrom(), "#fbefd5", Verdict.STRAINED, locale);
        band(svg, left, right, policy.strainedFrom(), -1, "#f6ddd6", Verdict.OVERLOADED, locale);
        svg.line(left, y(0), right, y(0), "stroke=\"#999999\" stroke-dasharray=\"4 3\"");
        svg.text(left - 8, y(1) + 4, "end", "font-size=\"11\" fill=\"#555555\"", "+1");
        svg.text(left - 8, y(0) + 4, "end", "font-size=\"11\" fill=\"#555555\"", "0");
        svg.text(left - 8, y(-1) + 4, "end", "font-size=\"11\" fill=\"#555555\"", "\u22121");
        List<Trend.Point> points = trend.points();
        StringBuilder polyline = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = x(i, points.size(), left + 40, right - 40);
            polyline.append(i == 0 ? "M" : " L").append(Xml.num(x)).append(' ').append(Xml.num(y(points.get(i).index())));
        }
        if (points.size() > 1) {
            svg.path(polyline.toString(), "fill=\"none\" stroke=\"#333333\" stroke-width=\"2.5\"");
        }
        for (int i = 0; i < points.size(); i++) {
            Trend.Point point = points.get(i);
            double x = x(i, points.size(), left + 40, right - 40);
            svg.circle(x, y(point.index()), 6, "fill=\"" + colour(point.verdict()) + "\" stroke=\"#ffffff\" stroke-width=\"2\"");
            svg.text(x, y(point.index()) - 11, "middle", "font-size=\"12\" font-weight=\"bold\" fill=\"#222222\"",
                index(point.index(), locale));
            svg.text(x, 222, "middle", "font-size=\"12\" fill=\"#333333\"", point.date().toString());
            point.phase().ifPresent(phase -> svg.text(x, 238, "middle", "font-size=\"11\" fill=\"#666666\"",
                label(locale, "fase ", "phase ") + (phase.ordinal() + 1)));
        }
    }

    private static void band(Svg svg, double left, double right, double top, double bottom, String fill,
                             Verdict verdict, Locale locale) {
        if (top <= bottom) {
            return;
        }
        svg.rect(left, y(top), right - left, y(bottom) - y(top), "fill=\"" + fill + "\"");
        if (y(bottom) - y(top) >= 14) {
            svg.text(right - 6, y(top) + 13, "end", "font-size=\"11\" fill=\"" + colour(verdict) + "\"",
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

    private static String label(Locale locale, String nl, String en) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }
}
