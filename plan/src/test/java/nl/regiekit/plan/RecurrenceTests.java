package nl.regiekit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelViolation;
import org.junit.jupiter.api.Test;

class RecurrenceTests {

    private static final LocalDate MONDAY = LocalDate.of(2025, 5, 5);

    @Test
    void countsMonthlyOccurrencesFromTheFirstSoThatTheEndOfAMonthIsKept() {
        Recurrence monthly = Recurrence.of(LocalDate.of(2025, 1, 31), Period.ofMonths(1));

        assertThat(monthly.occurrencesUntil(LocalDate.of(2025, 4, 30))).containsExactly(LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 30));
        assertThat(monthly.occursOn(LocalDate.of(2025, 3, 28))).isFalse();
    }

    @Test
    void stopsAtItsEndAndHasNoOccurrenceBeforeItsFirst() {
        Recurrence fortnightly = new Recurrence(MONDAY, Period.ofWeeks(2), Optional.of(LocalDate.of(2025, 6, 10)),
            List.of());

        assertThat(fortnightly.occurrencesUntil(LocalDate.of(2025, 12, 31))).containsExactly(MONDAY,
            LocalDate.of(2025, 5, 19), LocalDate.of(2025, 6, 2));
        assertThat(fortnightly.occurrencesUntil(MONDAY.minusDays(1))).isEmpty();
        assertThat(fortnightly.occursOn(LocalDate.of(2025, 6, 16))).isFalse();
    }

    @Test
    void recordsAKeptOccurrenceByTheDateItWasDue() {
        Recurrence weekly = Recurrence.of(MONDAY, Period.ofWeeks(1)).withKept(LocalDate.of(2025, 5, 12));

        assertThat(weekly.keptOn(LocalDate.of(2025, 5, 12))).isTrue();
        assertThat(weekly.keptOn(MONDAY)).isFalse();
        assertThat(weekly.withKept(LocalDate.of(2025, 5, 12))).isSameAs(weekly);
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> weekly.withKept(LocalDate.of(2025, 5, 13)))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/kept/1"));
    }

    @Test
    void refusesAPeriodThatDoesNotMoveForward() {
        for (Period period : List.of(Period.ZERO, Period.ofDays(-7), Period.of(0, 1, -3))) {
            assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> Recurrence.of(MONDAY, period))
                .satisfies(e -> assertThat(e.pointer()).isEqualTo("/every"));
        }
    }

    @Test
    void refusesAnEndBeforeTheFirstAndAKeptDateTwice() {
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new Recurrence(MONDAY, Period.ofWeeks(1),
            Optional.of(MONDAY.minusDays(1)), List.of())).satisfies(e -> assertThat(e.pointer()).isEqualTo("/until"));
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new Recurrence(MONDAY, Period.ofWeeks(1),
            Optional.empty(), List.of(MONDAY, MONDAY))).satisfies(e -> assertThat(e.pointer()).startsWith("/kept/"));
    }

    @Test
    void anAgreementRecursNotBeforeItWasMadeAndRecordsItsOccurrences() {
        Agreement once = new Agreement(AgreementId.of("a-talks"), Optional.empty(), Optional.of("Gesprek"),
            Optional.empty(), AgreementSource.FAMILY_COUNCIL, MONDAY, AgreementStatus.OPEN);
        assertThatIllegalStateException().isThrownBy(() -> once.withOccurrenceKept(MONDAY));
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new Agreement(once.id(), once.who(),
            once.what(), once.due(), once.source(), once.made(), once.status(),
            Optional.of(Recurrence.of(MONDAY.minusWeeks(1), Period.ofWeeks(1)))))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/recurs/first"));

        Agreement weekly = new Agreement(once.id(), once.who(), once.what(), once.due(), once.source(), once.made(),
            once.status(), Optional.of(Recurrence.of(MONDAY, Period.ofWeeks(1))));
        assertThat(weekly.withOccurrenceKept(MONDAY).withStatus(AgreementStatus.KEPT).recurs().orElseThrow().kept())
            .containsExactly(MONDAY);
    }
}
