package nl.regiekit.balance.selfreliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.finding.ModelViolation;

class InstrumentsTests {

    private static final ProfessionalId ASSESSOR = ProfessionalId.of("cm-1");

    @Test
    void shipsTheSelfRelianceMatrixInElevenAndThirteenDomainsOnAFivePointScale() {
        assertThat(Instruments.SELF_RELIANCE_MATRIX_11.domains()).hasSize(11);
        assertThat(Instruments.SELF_RELIANCE_MATRIX_13.domains()).hasSize(13);
        assertThat(Instruments.SELF_RELIANCE_MATRIX_13.levels()).extracting(ScaleLevel::value)
            .containsExactly(1, 2, 3, 4, 5);
        Instrument zrm = Instruments.SELF_RELIANCE_MATRIX_13;
        assertThat(zrm.levelName(zrm.lowest(), Locale.forLanguageTag("nl"))).isEqualTo("Acute problematiek");
        assertThat(zrm.levelName(zrm.highest(), Locale.ENGLISH)).isEqualTo("Fully self-reliant");
        assertThat(Instruments.builtIn().all()).extracting(i -> i.id().value())
            .containsExactly("regiekit:zrm-11", "regiekit:zrm-13");
    }

    @Test
    void acceptsAnOrganisationsOwnInstrument() {
        Instrument own = new Instrument(InstrumentId.of("acme:matrix"), "3", "Eigen", "Own",
            List.of(LifeDomain.of("school", "School", "School")),
            List.of(new ScaleLevel(0, "Slecht", "Poor"), new ScaleLevel(10, "Goed", "Good")));

        Instruments instruments = Instruments.builtIn().with(own);

        assertThat(instruments.find(own.id())).contains(own);
        assertThat(own.level(10)).isPresent();
        assertThat(own.level(5)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> instruments.with(own));
    }

    @Test
    void refusesAScaleThatDoesNotRise() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Instrument(InstrumentId.of("x"), "1", "x", "x",
            List.of(LifeDomain.of("school", "School", "School")),
            List.of(new ScaleLevel(2, "a", "a"), new ScaleLevel(2, "b", "b"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new Instrument(InstrumentId.of("x"), "1", "x", "x",
            List.of(LifeDomain.of("school", "School", "School")), List.of(new ScaleLevel(1, "a", "a"))));
    }

    @Test
    void followsADomainOverTimePerSubject() {
        PersonId mother = PersonId.of("p-mother");
        SelfRelianceHistory history = SelfRelianceHistory.of(Instruments.SELF_RELIANCE_MATRIX_11)
            .with(measurement(LocalDate.of(2026, 4, 1), Optional.of(mother), 3))
            .with(measurement(LocalDate.of(2025, 10, 1), Optional.of(mother), 1))
            .with(measurement(LocalDate.of(2025, 10, 1), Optional.empty(), 2));

        assertThat(history.series(Optional.of(mother), LifeDomainCode.of("finances")))
            .containsExactly(new SelfRelianceHistory.Point(LocalDate.of(2025, 10, 1), 1),
                new SelfRelianceHistory.Point(LocalDate.of(2026, 4, 1), 3));
        assertThat(history.series(Optional.empty(), LifeDomainCode.of("housing"))).isEmpty();
        assertThat(history.subjects()).containsExactly(Optional.of(mother), Optional.empty());
    }

    @Test
    void refusesADomainScoredTwiceInOneMeasurement() {
        assertThatThrownBy(() -> new SelfRelianceMeasurement(LocalDate.of(2026, 1, 1), ASSESSOR, Optional.empty(),
            List.of(SelfRelianceScore.of("finances", 1), SelfRelianceScore.of("finances", 2))))
            .isInstanceOfSatisfying(ModelViolation.class, e -> assertThat(e.pointer()).isEqualTo("/scores/1/domain"));
        assertThatThrownBy(() -> SelfRelianceScore.of("finances", 100)).isInstanceOf(ModelViolation.class);
    }

    private static SelfRelianceMeasurement measurement(LocalDate date, Optional<PersonId> member, int finances) {
        return new SelfRelianceMeasurement(date, ASSESSOR, member, List.of(SelfRelianceScore.of("finances", finances)));
    }
}
