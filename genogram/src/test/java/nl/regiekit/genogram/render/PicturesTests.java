package nl.regiekit.genogram.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.GenogramPolicy;
import nl.regiekit.genogram.Relative;
import nl.regiekit.genogram.SampleGenograms;

/**
 * The pictures as golden files under {@code src/test/resources/golden}. When a picture changes on
 * purpose, regenerate with
 * {@code mvn -pl genogram -am test -Dtest=PicturesTests -Dsurefire.failIfNoSpecifiedTests=false -Dregiekit.regenerate=true},
 * open the SVGs in a browser and read the diff.
 */
class PicturesTests {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final GenogramSvg GENOGRAM = new GenogramSvg(Year.of(2026), DUTCH);

    static Stream<Map.Entry<String, Supplier<String>>> pictures() {
        return Stream.of(
            Map.entry("three-generations.svg", () -> GENOGRAM.render(SampleGenograms.threeGenerations())),
            Map.entry("adoption-and-foster.svg", () -> GENOGRAM.render(SampleGenograms.adoptionAndFoster())),
            Map.entry("generated-60.svg", () -> GENOGRAM.render(SampleGenograms.generated(7, 60))),
            Map.entry("three-generations-en.svg",
                () -> new GenogramSvg(Year.of(2026), Locale.ENGLISH).render(SampleGenograms.threeGenerations())),
            Map.entry("three-generations.dot", () -> GenogramDot.export(SampleGenograms.threeGenerations())),
            Map.entry("sociogram.svg",
                () -> new SociogramSvg(GenogramPolicy.DEFAULTS, DUTCH).render(SampleGenograms.sociogram())),
            Map.entry("ecogram.svg", () -> new EcogramSvg(DUTCH).render(SampleGenograms.ecogram())));
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void pictureMatchesItsGoldenFile(Map.Entry<String, Supplier<String>> picture) throws IOException {
        String text = picture.getValue().get();
        Path golden = GOLDEN.resolve(picture.getKey());
        if (Boolean.getBoolean("regiekit.regenerate")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(picture.getValue().get());
        assertThat(golden).exists();
        assertThat(text).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void anIdPrefixChangesEveryIdentifierAndItsReferencesAndNothingElse() {
        Map<String, String[]> pictures = Map.of(
            "genogram", new String[] {GENOGRAM.render(SampleGenograms.threeGenerations()),
                GENOGRAM.withIdPrefix("genogram-").render(SampleGenograms.threeGenerations())},
            "ecogram", new String[] {new EcogramSvg(DUTCH).render(SampleGenograms.ecogram()),
                new EcogramSvg(DUTCH).withIdPrefix("ecogram-").render(SampleGenograms.ecogram())},
            "sociogram", new String[] {
                new SociogramSvg(GenogramPolicy.DEFAULTS, DUTCH).render(SampleGenograms.sociogram()),
                new SociogramSvg(GenogramPolicy.DEFAULTS, DUTCH).withIdPrefix("sociogram-")
                    .render(SampleGenograms.sociogram())});
        pictures.forEach((name, plainAndPrefixed) -> {
            String prefixed = plainAndPrefixed[1];
            assertThat(prefixed).contains("id=\"" + name + "-arrow\"").doesNotContain("id=\"arrow\"")
                .doesNotContain("url(#arrow)");
            assertThat(prefixed.replace(name + "-arrow", "arrow")).isEqualTo(plainAndPrefixed[0]);
        });
        assertThat(GENOGRAM.withIdPrefix("g-").render(SampleGenograms.threeGenerations()))
            .contains("marker-end=\"url(#g-arrow)\"");
        assertThat(new EcogramSvg(DUTCH).withIdPrefix("e-").render(SampleGenograms.ecogram()))
            .contains("marker-start=\"url(#e-arrow)\"");
    }

    @Test
    void refusesAnIdPrefixThatIsNoPrefixOfAName() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> GENOGRAM.withIdPrefix("1\" onload=\"x"));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new EcogramSvg(DUTCH).withIdPrefix("a b"));
    }

    @Test
    void namesAreEscapedAndKeptInTheirOwnScript() {
        Genogram g = Genogram.empty()
            .with(Relative.of(PersonId.of("x1"), nl.regiekit.casemodel.PersonName.of("Zoë <b>&\"'", "Ελένη"),
                Gender.FEMALE, 1990))
            .with(Relative.of(PersonId.of("x2"), nl.regiekit.casemodel.PersonName.of("王伟", "أحمد"), Gender.MALE, 1988));

        String svg = GENOGRAM.render(g);

        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            .contains("Zoë &lt;b&gt;&amp;&quot;&apos;").contains("Ελένη").contains("王伟").contains("أحمد")
            .doesNotContain("<b>");
        assertThat(GenogramDot.export(g)).contains("\"Zoë <b>&\\\"'\\n1990\"");
    }

    @Test
    void emptyGraphsGiveAPictureWithoutLegend() {
        assertThat(GENOGRAM.render(Genogram.empty())).endsWith("</svg>\n").doesNotContain("Legenda");
        assertThat(new SociogramSvg(GenogramPolicy.DEFAULTS, DUTCH).render(new nl.regiekit.genogram.Sociogram("X",
            java.util.Optional.empty(), java.util.List.of()))).contains("Netwerkomvang: 0").doesNotContain("Legenda");
        assertThat(new EcogramSvg(DUTCH).render(new nl.regiekit.genogram.Ecogram("X", java.util.List.of())))
            .endsWith("</svg>\n").doesNotContain("Legenda");
    }

    @Test
    void theLegendListsOnlyWhatThePictureUses() {
        String plain = GENOGRAM.render(Genogram.empty()
            .with(Relative.of(PersonId.of("x1"), nl.regiekit.casemodel.PersonName.of("A", "B"), Gender.FEMALE, 1990)));
        assertThat(plain).contains(">vrouw<").doesNotContain(">man<").doesNotContain(">gescheiden<")
            .doesNotContain(">indexpersoon<").doesNotContain(">huishouden<");

        String full = GENOGRAM.render(SampleGenograms.threeGenerations());
        assertThat(full).contains(">gescheiden<").contains(">samenwonend<").contains(">indexpersoon<")
            .contains(">contact verbroken<").contains(">verslaving<").doesNotContain(">pleegkind<")
            .doesNotContain(">adoptiekind<").doesNotContain(">tweeling<");
        assertThat(GENOGRAM.render(SampleGenograms.adoptionAndFoster())).contains(">pleegkind<")
            .contains(">adoptiekind<").contains(">eeneiige tweeling<").contains(">ander gender<");
    }

    @Test
    void theSociogramShowsItsMeasuresAndTheIsolationSignal() {
        String svg = new SociogramSvg(GenogramPolicy.DEFAULTS, Locale.ENGLISH).render(SampleGenograms.sociogram());
        assertThat(svg).contains("Network size: 8").contains("Professionals: 38%").contains("Informal support: 2")
            .contains("Sign of isolation").contains(">Collega&apos;s</text>").contains(">&lt;schoonmaak&gt; &amp;</text>");
        assertThat(new SociogramSvg(new GenogramPolicy(13, 1), Locale.ENGLISH).render(SampleGenograms.sociogram()))
            .doesNotContain("Sign of isolation");
    }

    @Test
    void theEcogramDrawsEachSystemWithItsEnergy() {
        String svg = new EcogramSvg(Locale.ENGLISH).render(SampleGenograms.ecogram());
        assertThat(svg).contains("Voetbalclub").contains(">stressful<").contains(">energy both ways<")
            .contains("marker-start=\"url(#arrow)\" marker-end=\"url(#arrow)\"");
    }
}
