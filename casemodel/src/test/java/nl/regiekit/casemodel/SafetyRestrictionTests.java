package nl.regiekit.casemodel;

import static nl.regiekit.casemodel.SampleFamilies.FATHER;
import static nl.regiekit.casemodel.SampleFamilies.MOTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

/**
 * A threatening ex-partner (method §10, §11): from the day of a restraining order the father is not
 * invited to meetings, and until it ends he is not informed of them either.
 */
class SafetyRestrictionTests {

    private static final LocalDate ORDER = LocalDate.of(2025, 5, 1);
    private static final LocalDate ENDS = LocalDate.of(2025, 10, 31);

    private static SafetyRestriction notInvitedNorInformed() {
        return new SafetyRestriction(FATHER, List.of(SafetyMeasure.NOT_INVITED, SafetyMeasure.NOT_INFORMED),
            SafetyReason.RESTRAINING_ORDER, ORDER, Optional.of(ENDS));
    }

    @Test
    void restrictsTheMemberOnlyWhileTheRestrictionHoldsAndOnlyInWhatItForbids() {
        Family family = SampleFamilies.family().withRestrictions(List.of(notInvitedNorInformed(),
            new SafetyRestriction(MOTHER, List.of(SafetyMeasure.NOT_INFORMED), SafetyReason.SAFETY_PLAN, ORDER,
                Optional.empty())));

        assertThat(family.restricts(FATHER, SafetyMeasure.NOT_INVITED, ORDER.minusDays(1))).isFalse();
        assertThat(family.restricts(FATHER, SafetyMeasure.NOT_INVITED, ORDER)).isTrue();
        assertThat(family.restricts(FATHER, SafetyMeasure.NOT_INFORMED, ENDS)).isTrue();
        assertThat(family.restricts(FATHER, SafetyMeasure.NOT_INVITED, ENDS.plusDays(1))).isFalse();
        assertThat(family.restricts(MOTHER, SafetyMeasure.NOT_INFORMED, ENDS.plusYears(1))).isTrue();
        assertThat(family.restricts(MOTHER, SafetyMeasure.NOT_INVITED, ORDER)).isFalse();
        assertThat(family.restricts(SampleFamilies.CHILD, SafetyMeasure.NOT_INVITED, ORDER)).isFalse();
        assertThat(SampleFamilies.family().restrictions()).isEmpty();
    }

    @Test
    void refusesARestrictionOnAStrangerWithThePointerOfTheMember() {
        SafetyRestriction stranger = new SafetyRestriction(PersonId.of("p-stranger"), List.of(SafetyMeasure.NOT_INVITED),
            SafetyReason.THREAT, ORDER, Optional.empty());

        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> SampleFamilies.family().withRestrictions(List.of(notInvitedNorInformed(), stranger)))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DANGLING_REFERENCE))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/restrictions/1/member"));
    }

    @Test
    void refusesDatesOutOfOrderNoMeasureAndAMeasureTwice() {
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new SafetyRestriction(FATHER, List.of(SafetyMeasure.NOT_INVITED), SafetyReason.THREAT,
                ORDER, Optional.of(ORDER.minusDays(1))))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DATE_ORDER))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/until"));
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new SafetyRestriction(FATHER, List.of(), SafetyReason.THREAT, ORDER, Optional.empty()))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.VALUE_INVALID))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/measures"));
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new SafetyRestriction(FATHER, List.of(SafetyMeasure.NOT_INVITED, SafetyMeasure.NOT_INVITED),
                SafetyReason.THREAT, ORDER, Optional.empty()))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID));
        assertThat(new SafetyRestriction(FATHER, List.of(SafetyMeasure.NOT_INVITED), SafetyReason.THREAT, ORDER,
            Optional.of(ORDER)).forbids(SafetyMeasure.NOT_INVITED, ORDER)).isTrue();
    }
}
