package nl.regiekit.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.regiekit.balance.svg.BalanceSvg;

/**
 * The balance module's labels come from bundles: every constant of its enums has a Dutch and an English
 * label, and a vendor's bundle gives another language on the class path
 * ({@code regiekit/balance_fy.properties} in the test resources), the rest falling back to Dutch.
 */
class LabelsTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Locale FRISIAN = Locale.forLanguageTag("fy");

    /** Each constant's label, as a function of the locale. */
    private static List<Function<Locale, String>> labels() {
        return Stream.of(Stream.of(FactorCategory.values()).map(c -> (Function<Locale, String>) c::label),
            Stream.of(Level.values()).map(c -> (Function<Locale, String>) c::label),
            Stream.of(Verdict.values()).map(c -> (Function<Locale, String>) c::label),
            Stream.of(InterventionRoute.values()).map(c -> (Function<Locale, String>) c::label),
            Stream.of(Side.values()).map(c -> (Function<Locale, String>) c::label)).flatMap(s -> s).toList();
    }

    @Test
    void everyConstantHasADutchAndAnEnglishLabel() {
        assertThat(labels()).hasSize(12 + 3 + 3 + 5 + 2).allSatisfy(label -> {
            assertThat(label.apply(DUTCH)).isNotBlank();
            assertThat(label.apply(Locale.ENGLISH)).isNotBlank();
        });
        assertThat(Verdict.OVERLOADED.label(DUTCH)).isEqualTo("Overbelast");
        assertThat(Verdict.OVERLOADED.label(Locale.ENGLISH)).isEqualTo("Overloaded");
        assertThat(Side.BURDEN.label(Locale.forLanguageTag("nl-BE"))).isEqualTo("Draaglast");
    }

    @Test
    void aVendorsBundleGivesAnotherLanguageAndTheRestReadsDutch() {
        assertThat(Verdict.STRAINED.label(FRISIAN)).isEqualTo("Under druk");
        assertThat(Verdict.OVERLOADED.label(FRISIAN)).isEqualTo("Overbelast");
        assertThat(Side.CAPACITY.label(Locale.GERMAN)).isEqualTo("Draagkracht");
    }

    @Test
    void thePictureSpeaksTheVendorsLanguage() {
        Balance balance = BalanceScoring.defaults().score(SampleAssessments.first());

        String svg = BalanceSvg.scale(balance, factor -> factor.value(), FRISIAN);

        assertThat(svg).contains("Lykwicht").doesNotContain(">Balans");
    }
}
