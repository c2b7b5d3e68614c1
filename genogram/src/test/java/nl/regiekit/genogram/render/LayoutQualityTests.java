package nl.regiekit.genogram.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.EmotionalKind;
import nl.regiekit.genogram.EmotionalTie;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.SampleGenograms;
import nl.regiekit.genogram.render.PictureGeometry.Figures;

/**
 * The layout's targets under the geometry checker: no label over another label or a symbol, no
 * line through a label or through a symbol that is not its end, no household boundary over
 * another or through a label, on every fixture, every seeded family up to 60 people and one of
 * 200. The line crossings against Graphviz and the speed are measured in bench
 * ({@code GenogramGeometry}).
 */
class LayoutQualityTests {

    private static final GenogramSvg SVG = new GenogramSvg(Year.of(2026), Locale.forLanguageTag("nl"));

    static Stream<Map.Entry<String, Genogram>> families() {
        Stream<Map.Entry<String, Genogram>> fixtures = Stream.of(
            Map.entry("three generations", SampleGenograms.threeGenerations()),
            Map.entry("adoption and foster care", SampleGenograms.adoptionAndFoster()),
            Map.entry("generated 60", SampleGenograms.generated(7, 60)),
            // A crowded family whose longest child's line (1,100 pixels) ran through a household's number.
            Map.entry("seeded 200/3", SampleGenograms.family(3, 200)));
        Stream<Map.Entry<String, Genogram>> seeded = IntStream.of(10, 20, 30, 40, 50, 60).boxed()
            .flatMap(size -> IntStream.rangeClosed(1, 3)
                .mapToObj(seed -> Map.entry("seeded " + size + "/" + seed, SampleGenograms.family(seed, size))));
        return Stream.concat(fixtures, seeded);
    }

    @ParameterizedTest
    @MethodSource("families")
    void nothingOverlapsAndNoLineRunsThroughALabelOrAnotherPerson(Map.Entry<String, Genogram> family) {
        Figures figures = PictureGeometry.of(SVG.render(family.getValue()));

        assertThat(figures.people()).isEqualTo(family.getValue().people().size());
        assertThat(figures.defectsFound()).as(family.getKey()).isEmpty();
        assertThat(figures.defects()).isZero();
    }

    @Test
    void theSeededFamiliesHaveWhatTheCheckerLooksAt() {
        Genogram family = SampleGenograms.family(2, 60);
        assertThat(family.people()).hasSize(60);
        assertThat(family.ties()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(family.people().stream().filter(p -> p.household().isPresent())).hasSizeGreaterThan(6);
        assertThat(family.couples()).hasSizeGreaterThan(SampleGenograms.generated(2, 60).couples().size());
    }

    @Test
    void twoTiesBetweenOnePairTakeSeparateCourses() {
        Genogram base = SampleGenograms.threeGenerations();
        PersonId noor = PersonId.of("g-noor");
        PersonId fatima = PersonId.of("g-fatima");
        Genogram twice = base.with(EmotionalTie.of(fatima, noor, EmotionalKind.EMOTIONAL_ABUSE));

        String svg = SVG.render(twice);
        List<String> ties = groups(svg, "tie");

        assertThat(ties).hasSize(base.ties().size() + 1);
        String close = ties.get(1);
        String abuse = ties.get(ties.size() - 1);
        assertThat(firstPoint(close)).isNotEqualTo(firstPoint(abuse));
        assertThat(PictureGeometry.of(svg).defectsFound()).isEmpty();
    }

    @Test
    void tiesBetweenPeopleOfTheBottomRowRunUnderItAboveTheLegend() {
        // The one seeded family that had more crossings than Graphviz: its bottom row's ties ran
        // over the row, across its children's lines and the bars they hang from.
        Genogram family = SampleGenograms.family(2, 60);
        GenogramLayout layout = GenogramLayout.of(family);
        double bottom = layout.placements().stream().mapToDouble(GenogramLayout.Placement::y).max().orElseThrow();

        String svg = SVG.render(family);
        long under = groups(svg, "tie").stream().map(LayoutQualityTests::lowest)
            .filter(y -> y > bottom + GenogramLayout.SYMBOL / 2 + 56).peek(y -> assertThat(y).isLessThan(layout.height()))
            .count();

        assertThat(under).isGreaterThanOrEqualTo(3);
        // Graphviz's dot draws this family with 64 crossings (bench/RESULTS.md, section 12).
        assertThat(PictureGeometry.of(svg).lineCrossings()).isLessThanOrEqualTo(64);
        assertThat(PictureGeometry.of(svg).defectsFound()).isEmpty();
    }

    /** The lowest point (the greatest y) of a tie's paths. */
    private static double lowest(String group) {
        Matcher m = Pattern.compile("[ML](-?[\\d.]+),(-?[\\d.]+)").matcher(group);
        double lowest = -Double.MAX_VALUE;
        while (m.find()) {
            lowest = Math.max(lowest, Double.parseDouble(m.group(2)));
        }
        return lowest;
    }

    private static List<String> groups(String svg, String cls) {
        Matcher m = Pattern.compile("<g class=\"" + cls + "\">\n(.*?)</g>", Pattern.DOTALL).matcher(svg);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The middle point of the first path of a tie's group. */
    private static String firstPoint(String group) {
        Matcher m = Pattern.compile("d=\"([^\"]*)\"").matcher(group);
        assertThat(m.find()).isTrue();
        String[] points = m.group(1).split(" L");
        return points[points.length / 2];
    }
}
