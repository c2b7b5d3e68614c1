package nl.regiekit.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ResponseClockTests {

    /** Friday 7 March 2025. */
    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 7);

    @Test
    void countsWorkingDaysNotCalendarDays() {
        ResponseClock clock = ResponseClock.DEFAULTS;

        assertThat(clock.plusWorkingDays(FRIDAY, 2)).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(clock.plusWorkingDays(FRIDAY, 3)).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(clock.plusWorkingDays(FRIDAY.plusDays(1), 1)).as("a report on Saturday").isEqualTo(
            LocalDate.of(2025, 3, 10));
        assertThat(clock.plusWorkingDays(FRIDAY, 0)).isEqualTo(FRIDAY);
    }

    @Test
    void skipsTheOrganisationsHolidays() {
        // Easter Monday was 21 April 2025.
        ResponseClock clock = ResponseClock.DEFAULTS.withHolidays(Set.of(LocalDate.of(2025, 4, 21)));

        assertThat(clock.isWorkingDay(LocalDate.of(2025, 4, 21))).isFalse();
        assertThat(clock.plusWorkingDays(LocalDate.of(2025, 4, 18), 2)).isEqualTo(LocalDate.of(2025, 4, 23));
    }

    @Test
    void holdsTheDefaultsOfDomesticViolenceCaseManagement() {
        assertThat(ResponseClock.DEFAULTS.contactWorkingDays()).isEqualTo(2);
        assertThat(ResponseClock.DEFAULTS.helpWorkingDays()).isEqualTo(3);
        assertThat(ResponseClock.DEFAULTS.firstHelpMax()).isEqualTo(Period.ofMonths(3));
        assertThat(CriteriaSet.DOMESTIC_VIOLENCE.clock()).contains(ResponseClock.DEFAULTS);
        assertThat(CriteriaSet.DOMESTIC_VIOLENCE.admits(Criterion.PROBLEMS_IN_FOUR_OR_MORE_DOMAINS)).isTrue();
        assertThat(CriteriaSet.DOMESTIC_VIOLENCE.admits(Criterion.PROBLEMS_IN_TWO_OR_MORE_DOMAINS)).isFalse();
        assertThat(CriteriaSet.REGIONAL.clock()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponseClock(-1, 3, Period.ofMonths(3), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new CriteriaSet(CriteriaSetId.of("x"), Set.of(), 0, 2, 4,
            java.util.Optional.empty()));
    }
}
