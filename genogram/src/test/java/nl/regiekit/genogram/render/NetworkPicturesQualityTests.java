package nl.regiekit.genogram.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.genogram.Ecogram;
import nl.regiekit.genogram.GenogramPolicy;
import nl.regiekit.genogram.SampleGenograms;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.genogram.render.PictureGeometry.Figures;

/**
 * The sociogram and the ecogram under the genogram's geometry checker: no text over another text
 * or over a circle, no line through a text or through a circle that is not its end, for the
 * fixtures and seeded pictures of 1 to 16 ties.
 */
class NetworkPicturesQualityTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    static Stream<Map.Entry<String, Sociogram>> sociograms() {
        return Stream.concat(Stream.of(Map.entry("fixture", SampleGenograms.sociogram())),
            IntStream.of(1, 2, 5, 8, 12, 16).boxed().flatMap(size -> IntStream.rangeClosed(1, 3)
                .mapToObj(seed -> Map.entry("seeded " + size + "/" + seed, SampleGenograms.sociogram(seed, size)))));
    }

    static Stream<Map.Entry<String, Ecogram>> ecograms() {
        return Stream.concat(Stream.of(Map.entry("fixture", SampleGenograms.ecogram())),
            IntStream.of(1, 2, 5, 8, 12, 16).boxed().flatMap(size -> IntStream.rangeClosed(1, 3)
                .mapToObj(seed -> Map.entry("seeded " + size + "/" + seed, SampleGenograms.ecogram(seed, size)))));
    }

    @ParameterizedTest
    @MethodSource("sociograms")
    void theSociogramHasNoOverlapAndNoLineThroughATextOrAnotherCircle(Map.Entry<String, Sociogram> sociogram) {
        for (Locale locale : new Locale[] {DUTCH, Locale.ENGLISH}) {
            Figures figures = PictureGeometry.of(new SociogramSvg(GenogramPolicy.DEFAULTS, locale)
                .render(sociogram.getValue()));

            assertThat(figures.people()).isEqualTo(sociogram.getValue().ties().size() + 1);
            assertThat(figures.defectsFound()).as(sociogram.getKey()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("ecograms")
    void theEcogramHasNoOverlapAndNoLineThroughATextOrAnotherCircle(Map.Entry<String, Ecogram> ecogram) {
        for (Locale locale : new Locale[] {DUTCH, Locale.ENGLISH}) {
            Figures figures = PictureGeometry.of(new EcogramSvg(locale).render(ecogram.getValue()));

            assertThat(figures.people()).isEqualTo(ecogram.getValue().systems().size() + 1);
            assertThat(figures.defectsFound()).as(ecogram.getKey()).isEmpty();
        }
    }
}
