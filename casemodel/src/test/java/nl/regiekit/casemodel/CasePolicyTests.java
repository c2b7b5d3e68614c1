package nl.regiekit.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import org.junit.jupiter.api.Test;

class CasePolicyTests {

    @Test
    void defaultsMatchTheMethod() {
        CasePolicy defaults = CasePolicy.DEFAULTS;

        assertThat(defaults.youngPersonMinAge()).as("§5: 12 to 24").isEqualTo(12);
        assertThat(defaults.youngPersonMaxAge()).as("§5: 12 to 24").isEqualTo(24);
        assertThat(defaults.intensivePeriodMax()).as("§4: six to nine months").isEqualTo(Period.parse("P9M"));
        assertThat(defaults.intensiveHours()).as("§4: about 200 hours").isEqualTo(200);
        assertThat(defaults.careCoordinationMax()).as("§4: at most eighteen months").isEqualTo(Period.parse("P18M"));
        assertThat(defaults.caseManagerCaseload()).as("§5: about six families a year").isEqualTo(6);
        assertThat(defaults.youthWorkerCaseload()).as("§5: about twelve young people a year").isEqualTo(12);
    }

    @Test
    void eachWithChangesOnlyWhatItNames() {
        CasePolicy ages = CasePolicy.DEFAULTS.withYoungPersonAges(16, 23);
        CasePolicy intensive = CasePolicy.DEFAULTS.withIntensivePeriod(Period.ofMonths(6), 150);
        CasePolicy coordination = CasePolicy.DEFAULTS.withCareCoordinationMax(Period.ofMonths(12));
        CasePolicy caseloads = CasePolicy.DEFAULTS.withCaseloads(8, 14);

        assertThat(ages).isEqualTo(new CasePolicy(16, 23, Period.ofMonths(9), 200, Period.ofMonths(18), 6, 12));
        assertThat(intensive).isEqualTo(new CasePolicy(12, 24, Period.ofMonths(6), 150, Period.ofMonths(18), 6, 12));
        assertThat(coordination).isEqualTo(new CasePolicy(12, 24, Period.ofMonths(9), 200, Period.ofMonths(12), 6,
            12));
        assertThat(caseloads).isEqualTo(new CasePolicy(12, 24, Period.ofMonths(9), 200, Period.ofMonths(18), 8, 14));
        assertThat(CasePolicy.DEFAULTS.youngPersonMinAge()).isEqualTo(12);
    }

    @Test
    void acceptsAOneYearAgeRangeAndZeroPeriods() {
        CasePolicy edge = new CasePolicy(16, 16, Period.ZERO, 0, Period.ZERO, 1, 1);

        assertThat(edge.youngPersonMaxAge()).isEqualTo(16);
        assertThat(edge.intensiveHours()).isZero();
    }

    @Test
    void refusesEachBadNumberAtItsComponent() {
        assertRefusedAt(() -> CasePolicy.DEFAULTS.withYoungPersonAges(25, 24), "/youngPersonMaxAge");
        assertRefusedAt(() -> CasePolicy.DEFAULTS.withYoungPersonAges(-1, 24), "/youngPersonMinAge");
        assertRefusedAt(() -> CasePolicy.DEFAULTS.withIntensivePeriod(Period.ofMonths(9), -1), "/intensiveHours");
        assertRefusedAt(() -> CasePolicy.DEFAULTS.withIntensivePeriod(Period.of(0, 1, -1), 200),
            "/intensivePeriodMax");
        assertRefusedAt(() -> CasePolicy.DEFAULTS.withCareCoordinationMax(Period.ofMonths(-1)),
            "/careCoordinationMax");
        assertRefusedAt(() -> CasePolicy.DEFAULTS.withCaseloads(0, 12), "/caseManagerCaseload");
        assertRefusedAt(() -> CasePolicy.DEFAULTS.withCaseloads(6, 0), "/youthWorkerCaseload");
    }

    @Test
    void refusesAMissingPeriodByName() {
        assertThatNullPointerException().isThrownBy(() -> CasePolicy.DEFAULTS.withCareCoordinationMax(null))
            .withMessage("careCoordinationMax");
    }

    private static void assertRefusedAt(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String pointer) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ModelViolation.class, v -> {
            assertThat(v.code()).isEqualTo(ModelCodes.VALUE_INVALID);
            assertThat(v.pointer()).isEqualTo(pointer);
        });
    }
}
