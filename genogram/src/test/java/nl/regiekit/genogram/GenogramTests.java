package nl.regiekit.genogram;

import static nl.regiekit.genogram.SampleGenograms.HENK;
import static nl.regiekit.genogram.SampleGenograms.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

class GenogramTests {

    @Test
    void refusesAPersonTwiceAtTheSecondOccurrence() {
        Genogram g = Genogram.empty().with(person(HENK, "H", "V", Gender.MALE, 1950));
        assertThatThrownBy(() -> g.with(person(HENK, "H", "V", Gender.MALE, 1950)))
            .isInstanceOfSatisfying(ModelViolation.class, v -> {
                assertThat(v.code()).isEqualTo(ModelCodes.DUPLICATE_ID);
                assertThat(v.pointer()).isEqualTo("/people/1/id");
            });
    }

    @Test
    void replacesAPersonInPlaceAndRefusesAnUnknownOne() {
        Genogram g = SampleGenograms.threeGenerations();
        Genogram corrected = g.replace(person(HENK, "Henk", "Visser", Gender.MALE, 1949));
        assertThat(corrected.people().get(0).birthYear()).contains(1949);
        assertThat(corrected.people()).hasSameSizeAs(g.people());
        assertThatThrownBy(() -> g.replace(person(nl.regiekit.casemodel.PersonId.of("nobody"), "N", "B", Gender.MALE,
            1950))).isInstanceOfSatisfying(ModelViolation.class,
                v -> assertThat(v.code()).isEqualTo(ModelCodes.DANGLING_REFERENCE));
    }

    @Test
    void refusesACoupleOfOnePersonAndAnEndBeforeTheStart() {
        assertThatThrownBy(() -> Couple.of(HENK, HENK, CoupleStatus.MARRIED, 1970))
            .isInstanceOfSatisfying(ModelViolation.class, v -> assertThat(v.pointer()).isEqualTo("/second"));
        assertThatThrownBy(() -> Couple.of(HENK, SampleGenograms.RIET, CoupleStatus.MARRIED, 1970)
            .ended(CoupleStatus.DIVORCED, 1960))
            .isInstanceOfSatisfying(ModelViolation.class, v -> assertThat(v.code()).isEqualTo(ModelCodes.DATE_ORDER));
    }

    @Test
    void aYearOfDeathMakesAPersonDeceasedAndLabelsAreUnique() {
        assertThat(person(HENK, "H", "V", Gender.MALE, 1950).diedIn(2000).deceased()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> person(HENK, "H", "V", Gender.MALE, 1950)
            .labelled(ConditionLabel.DEBT, ConditionLabel.DEBT));
    }

    @Test
    void abuseAndNeglectAlwaysHaveADirection() {
        assertThat(new EmotionalTie(HENK, SampleGenograms.MARK, EmotionalKind.NEGLECT, false).directed()).isTrue();
        assertThat(EmotionalTie.of(HENK, SampleGenograms.MARK, EmotionalKind.CLOSE).directed()).isFalse();
    }

    @Test
    void toStringShowsNoNames() {
        assertThat(person(HENK, "Geheim", "Naam", Gender.MALE, 1950).toString()).doesNotContain("Geheim");
        assertThat(SampleGenograms.sociogram().toString()).doesNotContain("Fatima");
        assertThat(SampleGenograms.sociogram().ties().get(0).toString()).doesNotContain("Fatima");
        assertThat(SampleGenograms.ecogram().toString()).doesNotContain("El Amrani");
        assertThat(SampleGenograms.ecogram().systems().get(0).toString()).doesNotContain("Regenboog");
    }

    @Test
    void refusesTiesOutsideTheThreeCircles() {
        assertThatThrownBy(() -> new SocialTie("X", Optional.empty(), TieKind.FRIEND, 4, TieQuality.POSITIVE,
            java.util.List.of())).isInstanceOfSatisfying(ModelViolation.class,
                v -> assertThat(v.pointer()).isEqualTo("/circle"));
    }

    @Test
    void theCatalogueIsFoundThroughTheServiceLoaderWithUniqueCodes() {
        assertThat(FindingCatalog.all()).extracting(FindingCode::code)
            .contains("GENOGRAM-OWN-ANCESTOR", "GENOGRAM-SOCIOGRAM-ISOLATION").doesNotHaveDuplicates();
    }

    @Test
    void conditionMarksAreUnique() {
        assertThat(java.util.Arrays.stream(ConditionLabel.values()).map(ConditionLabel::mark)).doesNotHaveDuplicates();
    }
}
