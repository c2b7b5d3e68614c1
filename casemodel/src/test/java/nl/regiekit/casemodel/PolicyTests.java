package nl.regiekit.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Period;

import org.junit.jupiter.api.Test;

class PolicyTests {

    private static final Period ZERO = Period.ZERO;

    @Test
    void defaultsMatchTheMethod() {
        Policy defaults = Policy.DEFAULTS;

        assertThat(defaults.youngPersonMinAge()).as("§5: 12 to 24").isEqualTo(12);
        assertThat(defaults.youngPersonMaxAge()).as("§5: 12 to 24").isEqualTo(24);
        assertThat(defaults.planDue()).as("§4: plan ready three to four months after start")
            .isEqualTo(Period.parse("P4M"));
        assertThat(defaults.interimEvaluationAfter()).as("§4: three months after the plan")
            .isEqualTo(Period.parse("P3M"));
        assertThat(defaults.intensivePeriodMax()).as("§4: six to nine months").isEqualTo(Period.parse("P9M"));
        assertThat(defaults.intensiveHours()).as("§4: about 200 hours").isEqualTo(200);
        assertThat(defaults.careCoordinationMax()).as("§4: at most eighteen months").isEqualTo(Period.parse("P18M"));
        assertThat(defaults.partnerMeetingInterval()).as("§4: once every three months")
            .isEqualTo(Period.parse("P3M"));
        assertThat(defaults.caseManagerCaseload()).as("§5: about six families a year").isEqualTo(6);
        assertThat(defaults.youthWorkerCaseload()).as("§5: about twelve young people a year").isEqualTo(12);
    }

    @Test
    void withYoungPersonAgesChangesOnlyTheAgeRange() {
        Policy changed = Policy.DEFAULTS.withYoungPersonAges(16, 23);

        assertThat(changed.youngPersonMinAge()).isEqualTo(16);
        assertThat(changed.youngPersonMaxAge()).isEqualTo(23);
        assertThat(changed).isEqualTo(new Policy(16, 23, Period.ofMonths(4), Period.ofMonths(3), Period.ofMonths(9),
            200, Period.ofMonths(18), Period.ofMonths(3), 6, 12));
        assertThat(Policy.DEFAULTS.youngPersonMinAge()).isEqualTo(12);
    }

    @Test
    void acceptsAOneYearAgeRangeAndZeroPeriods() {
        Policy edge = new Policy(16, 16, ZERO, ZERO, ZERO, 0, ZERO, ZERO, 1, 1);

        assertThat(edge.youngPersonMaxAge()).isEqualTo(16);
        assertThat(edge.intensiveHours()).isZero();
    }

    @Test
    void rejectsAnEmptyOrNegativeAgeRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Policy.DEFAULTS.withYoungPersonAges(25, 24));
        assertThatIllegalArgumentException().isThrownBy(() -> Policy.DEFAULTS.withYoungPersonAges(-1, 24));
    }

    @Test
    void rejectsNegativeHoursAndCaseloadsBelowOne() {
        Period p = Period.ofMonths(3);
        assertThatIllegalArgumentException().isThrownBy(() -> new Policy(12, 24, p, p, p, -1, p, p, 6, 12));
        assertThatIllegalArgumentException().isThrownBy(() -> new Policy(12, 24, p, p, p, 200, p, p, 0, 12));
        assertThatIllegalArgumentException().isThrownBy(() -> new Policy(12, 24, p, p, p, 200, p, p, 6, 0));
    }

    @Test
    void rejectsNegativePeriods() {
        Period p = Period.ofMonths(3);
        Period negative = Period.ofMonths(-1);
        Period mixed = Period.of(0, 1, -1);

        assertThatIllegalArgumentException().isThrownBy(() -> new Policy(12, 24, negative, p, p, 200, p, p, 6, 12));
        assertThatIllegalArgumentException().isThrownBy(() -> new Policy(12, 24, p, negative, p, 200, p, p, 6, 12));
        assertThatIllegalArgumentException().isThrownBy(() -> new Policy(12, 24, p, p, negative, 200, p, p, 6, 12));
        assertThatIllegalArgumentException().isThrownBy(() -> new Policy(12, 24, p, p, p, 200, negative, p, 6, 12));
        assertThatIllegalArgumentException().isThrownBy(() -> new Policy(12, 24, p, p, p, 200, p, mixed, 6, 12));
    }

    @Test
    void rejectsMissingPeriods() {
        Period p = Period.ofMonths(3);

        assertThatNullPointerException().isThrownBy(() -> new Policy(12, 24, null, p, p, 200, p, p, 6, 12))
            .withMessage("planDue");
        assertThatNullPointerException().isThrownBy(() -> new Policy(12, 24, p, p, p, 200, p, null, 6, 12))
            .withMessage("partnerMeetingInterval");
    }
}
