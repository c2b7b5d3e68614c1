package nl.regiekit.balance.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import nl.regiekit.balance.Balance;
import nl.regiekit.balance.BalancePolicy;
import nl.regiekit.balance.BalanceScoring;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.SampleAssessments;
import nl.regiekit.balance.Trend;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.balance.selfreliance.SelfRelianceMeasurement;
import nl.regiekit.balance.selfreliance.SelfRelianceScore;
import nl.regiekit.casemodel.PersonId;

/**
 * The pictures are golden files under {@code src/test/resources/golden}. When a picture changes on
 * purpose, regenerate with
 * {@code mvn -pl balance -am test -Dtest=BalanceSvgTests -Dsurefire.failIfNoSpecifiedTests=false -Dregiekit.regenerate=true},
 * open the SVGs in a browser, and review the diff.
 */
class BalanceSvgTests {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final BalanceScoring SCORING = BalanceScoring.defaults();

    private static Function<FactorId, String> names(Locale locale) {
        return id -> FactorCatalogs.builtIn().name(FactorCatalogs.DEFAULT.id(), id, locale);
    }

    private static Trend trend() {
        return SCORING.trend(List.of(SampleAssessments.first(), SampleAssessments.second(), SampleAssessments.third()),
            SampleAssessments::phaseOn);
    }

    @Test
    void drawsTheOverloadedFamilyTippingTowardsBurden() throws IOException {
        String svg = BalanceSvg.scale(SCORING.score(SampleAssessments.first()), names(DUTCH), DUTCH);

        assertGolden("scale-overloaded-nl.svg", svg);
        assertThat(svg).contains("Balans: Overbelast", "Draagkracht", "Draaglast", "Schulden (12)",
            "Dreigende uithuiszetting (9)", "Steunende grootouder (6)");
        // the beam's right end (burden) is lower on the page than its left end
        assertThat(beamLeftY(svg)).isLessThan(beamRightY(svg));
    }

    @Test
    void drawsTheFamilyInBalanceTippingTowardsCapacityInEnglish() throws IOException {
        String svg = BalanceSvg.scale(SCORING.score(SampleAssessments.third()), names(Locale.ENGLISH), Locale.ENGLISH);

        assertGolden("scale-in-balance-en.svg", svg);
        assertThat(svg).contains("Balance: In balance", "Capacity", "Burden", "Supportive grandparent (6)");
        assertThat(beamLeftY(svg)).isGreaterThan(beamRightY(svg));
    }

    @Test
    void drawsTheTrendAcrossThreeAssessments() throws IOException {
        String svg = BalanceSvg.trend(trend(), BalancePolicy.DEFAULTS, DUTCH);

        assertGolden("trend-nl.svg", svg);
        assertThat(svg).contains("Verloop van de balans", "2025-10-20", "2026-05-18", "fase 2", "fase 4",
            "\u22120,65", "+0,39");
    }

    @Test
    void drawsThePictureForTheFamily() throws IOException {
        String svg = BalanceSvg.picture(SCORING.score(SampleAssessments.third()), trend(), BalancePolicy.DEFAULTS,
            names(DUTCH), DUTCH);

        assertGolden("picture-nl.svg", svg);
        assertThat(svg).contains("height=\"670\"", "translate(0,420)");
    }

    @Test
    void escapesNamesAndKeepsAnyScript() throws IOException {
        Function<FactorId, String> names = id -> switch (id.value()) {
            case "debts" -> "ديون <العائلة> & \"rent\"";
            case "threatened-eviction" -> "驱逐威胁";
            case "supportive-grandparent" -> "Бабушка помогает\u0007";
            default -> "Ÿ'ê " + id.value() + " with a name far too long to fit under the pan of the scale";
        };
        String svg = BalanceSvg.scale(SCORING.score(SampleAssessments.first()), names, Locale.ENGLISH);

        assertGolden("scale-scripts-en.svg", svg);
        assertThat(svg).contains("ديون &lt;العائلة&gt; &amp; &quot;rent&quot; (12)", "驱逐威胁 (9)",
            "Бабушка помогает (6)", "&apos;", "…").doesNotContain("\u0007");
        assertThat(parses(svg)).isTrue();
    }

    @Test
    void drawsTheSameBytesEveryTime() {
        Balance balance = SCORING.score(SampleAssessments.second());

        assertThat(BalanceSvg.scale(balance, names(DUTCH), DUTCH))
            .isEqualTo(BalanceSvg.scale(SCORING.score(SampleAssessments.second()), names(DUTCH), DUTCH));
    }

    @Test
    void drawsASingleAssessmentAsOnePoint() {
        String svg = BalanceSvg.trend(SCORING.trend(List.of(SampleAssessments.second()), d -> java.util.Optional.empty()),
            BalancePolicy.DEFAULTS, Locale.ENGLISH);

        assertThat(svg).contains("<circle").doesNotContain("stroke-width=\"2.5\"").contains("Balance over time");
        assertThat(parses(svg)).isTrue();
    }

    /** The mother and her son on three dates, and the family as a whole once; one measurement after the report's day. */
    private static SelfRelianceHistory selfReliance() {
        PersonId mother = PersonId.of("m-mother");
        PersonId son = PersonId.of("m-son");
        return SelfRelianceHistory.of(Instruments.SELF_RELIANCE_MATRIX_13)
            .with(measurement(SampleAssessments.FIRST, Optional.of(mother), "finances", 1, "housing", 2,
                "mental-health", 3))
            .with(measurement(SampleAssessments.SECOND, Optional.of(mother), "finances", 2, "housing", 2,
                "mental-health", 3))
            .with(measurement(SampleAssessments.THIRD, Optional.of(mother), "finances", 4, "housing", 3))
            .with(measurement(SampleAssessments.FIRST, Optional.of(son), "finances", 3, "mental-health", 2))
            .with(measurement(SampleAssessments.THIRD, Optional.of(son), "finances", 3, "mental-health", 1))
            .with(measurement(SampleAssessments.SECOND, Optional.empty(), "housing", 2))
            .with(measurement(SampleAssessments.THIRD.plusDays(1), Optional.of(son), "finances", 5));
    }

    private static SelfRelianceMeasurement measurement(LocalDate date, Optional<PersonId> member, Object... scores) {
        List<SelfRelianceScore> list = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i += 2) {
            list.add(SelfRelianceScore.of((String) scores[i], (Integer) scores[i + 1]));
        }
        return new SelfRelianceMeasurement(date, SampleAssessments.ASSESSOR, member, list);
    }

    private static String subject(Optional<PersonId> member) {
        return member.map(m -> m.value().equals("m-mother") ? "Samira" : "Daan").orElse("Gezin");
    }

    @Test
    void drawsTheSelfRelianceOfEachMemberPerDomainOverTime() throws IOException {
        String svg = SelfRelianceSvg.chart(selfReliance(), Instruments.SELF_RELIANCE_MATRIX_13,
            BalanceSvgTests::subject, SampleAssessments.THIRD, DUTCH);

        assertGolden("self-reliance-nl.svg", svg);
        assertThat(svg).contains("Zelfredzaamheid-Matrix (13 domeinen)", "Samira", "Daan", "Gezin", "Financiën",
            "Huisvesting", "2025-10-20", "2026-05-18", ">+3<", "\u22121", "Acute problematiek");
        // the measurement after the day is left out
        assertThat(svg).doesNotContain("2026-05-19");
    }

    @Test
    void drawsTheSelfRelianceChartInEnglishWithTheSameNumbers() throws IOException {
        String svg = SelfRelianceSvg.chart(selfReliance(), Instruments.SELF_RELIANCE_MATRIX_13,
            BalanceSvgTests::subject, SampleAssessments.THIRD, Locale.ENGLISH);

        assertGolden("self-reliance-en.svg", svg);
        assertThat(svg).contains("Self-reliance matrix (13 domains)", "Finances", "Levels", ">+3<");
        assertThat(numbers(svg)).isEqualTo(numbers(SelfRelianceSvg.chart(selfReliance(),
            Instruments.SELF_RELIANCE_MATRIX_13, BalanceSvgTests::subject, SampleAssessments.THIRD, DUTCH)));
    }

    /** The texts of the chart that are numbers: its levels and changes. */
    private static List<String> numbers(String svg) {
        return java.util.regex.Pattern.compile(">([+\u2212]?\\d+)</text>").matcher(svg).results()
            .map(m -> m.group(1)).toList();
    }

    private static double beamLeftY(String svg) {
        return beamAttribute(svg, "y1");
    }

    private static double beamRightY(String svg) {
        return beamAttribute(svg, "y2");
    }

    private static double beamAttribute(String svg, String name) {
        String beam = svg.lines().filter(l -> l.contains("stroke-width=\"8\"")).findFirst().orElseThrow();
        int at = beam.indexOf(name + "=\"") + name.length() + 2;
        return Double.parseDouble(beam.substring(at, beam.indexOf('"', at)));
    }

    private static boolean parses(String svg) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static void assertGolden(String name, String svg) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("regiekit.regenerate")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, svg, StandardCharsets.UTF_8);
        }
        assertThat(parses(svg)).as("%s is well-formed XML", name).isTrue();
        assertThat(file).exists();
        assertThat(svg).as("golden %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
