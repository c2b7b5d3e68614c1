package nl.regiekit.casefile;

import static nl.regiekit.casefile.SampleCaseFiles.PLAN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.balance.Assessment;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.VersionReason;
import nl.regiekit.plan.meeting.Meetings;

/** The case file bundle: what it holds, its unique identifiers, and its with-ers. */
class CaseFileTests {

    @Test
    void ofHoldsTheCaseAndNothingElse() {
        CaseFile file = CaseFile.of(SampleCaseFiles.subject());

        assertThat(file.subject().id()).isEqualTo(SampleCaseFiles.CASE_ID);
        assertThat(file.plans()).isEmpty();
        assertThat(file.assessments()).isEmpty();
        assertThat(file.selfReliance()).isEmpty();
        assertThat(file.genogram()).isEmpty();
        assertThat(file.sociogram()).isEmpty();
        assertThat(file.ecogram()).isEmpty();
        assertThat(file.meetings()).isEmpty();
    }

    @Test
    void readsAbsentPartsAsEmpty() {
        CaseFile file = new CaseFile(SampleCaseFiles.subject(), null, null, null, null, null, null, null);

        assertThat(file).isEqualTo(CaseFile.of(SampleCaseFiles.subject()));
    }

    @Test
    void rejectsACaseFileWithoutItsCase() {
        assertThatNullPointerException().isThrownBy(() -> CaseFile.of(null)).withMessage("subject");
    }

    @Test
    void holdsNoMeetingsWhenTheMeetingsGivenAreNone() {
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withMeetings(Meetings.NONE);

        assertThat(file.meetings()).isEmpty();
    }

    @Test
    void rejectsASecondPlanWithTheSameIdentifier() {
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withPlan(SampleCaseFiles.plan());
        HelpPlan again = SampleCaseFiles.plan().revise(SampleCaseFiles.TODAY, SampleCaseFiles.CASE_MANAGER,
            VersionReason.CHANGE_OF_SITUATION, SampleCaseFiles.plan().current().content());

        assertThatThrownBy(() -> file.withPlan(again)).isInstanceOfSatisfying(ModelViolation.class, e -> {
            assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID);
            assertThat(e.pointer()).isEqualTo("/plans/1/id");
        });
    }

    @Test
    void rejectsADuplicatePlanIdentifierGivenToTheConstructor() {
        List<HelpPlan> plans = List.of(SampleCaseFiles.plan(HelpPlanId.of("plan-a")),
            SampleCaseFiles.plan(HelpPlanId.of("plan-b")), SampleCaseFiles.plan(HelpPlanId.of("plan-a")));

        assertThatThrownBy(() -> new CaseFile(SampleCaseFiles.subject(), plans, List.of(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty()))
            .isInstanceOfSatisfying(ModelViolation.class, e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID);
                assertThat(e.pointer()).isEqualTo("/plans/2/id");
            });
    }

    @Test
    void rejectsASecondAssessmentWithTheSameIdentifier() {
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withAssessment(SampleCaseFiles.assessment("as-1"))
            .withAssessment(SampleCaseFiles.assessment("as-2"));

        assertThatThrownBy(() -> file.withAssessment(SampleCaseFiles.assessment("as-1")))
            .isInstanceOfSatisfying(ModelViolation.class, e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID);
                assertThat(e.pointer()).isEqualTo("/assessments/2/id");
            });
    }

    @Test
    void allowsTheSameIdentifierForAPlanAndAnAssessment() {
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withPlan(SampleCaseFiles.plan(HelpPlanId.of("x-1"))).withAssessment(SampleCaseFiles.assessment("x-1"));

        assertThat(file.plans()).hasSize(1);
        assertThat(file.assessments()).hasSize(1);
    }

    @Test
    void rejectsASecondMeetingWithTheSameIdentifier() {
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withFamilyCouncil(SampleCaseFiles.unfinishedCouncil());

        assertThatThrownBy(() -> file.withFamilyCouncil(SampleCaseFiles.unfinishedCouncil()))
            .isInstanceOf(ModelViolation.class);
    }

    @Test
    void withersAddToACopyAndLeaveTheOriginalAsItWas() {
        CaseFile bare = CaseFile.of(SampleCaseFiles.subject());

        CaseFile full = bare.withPlan(SampleCaseFiles.plan()).withAssessment(SampleCaseFiles.assessment("as-1"))
            .withSelfReliance(SampleCaseFiles.selfReliance()).withGenogram(SampleCaseFiles.genogram())
            .withSociogram(SampleCaseFiles.sociogram()).withFamilyCouncil(SampleCaseFiles.unfinishedCouncil());

        assertThat(bare).isEqualTo(CaseFile.of(SampleCaseFiles.subject()));
        assertThat(full.subject()).isEqualTo(bare.subject());
        assertThat(full.plans()).containsExactly(SampleCaseFiles.plan());
        assertThat(full.assessments()).containsExactly(SampleCaseFiles.assessment("as-1"));
        assertThat(full.selfReliance()).containsExactly(SampleCaseFiles.selfReliance());
        assertThat(full.genogram()).contains(SampleCaseFiles.genogram());
        assertThat(full.sociogram()).contains(SampleCaseFiles.sociogram());
        assertThat(full.meetings()).hasValueSatisfying(m ->
            assertThat(m.familyCouncils()).containsExactly(SampleCaseFiles.unfinishedCouncil()));
    }

    @Test
    void withersKeepEveryOtherPart() {
        CaseFile full = SampleCaseFiles.full();

        CaseFile changed = full.withAssessment(SampleCaseFiles.assessment("as-2"));

        assertThat(changed.assessments()).extracting(a -> a.id().value()).containsExactly("as-1", "as-2");
        assertThat(changed).usingRecursiveComparison().ignoringFields("assessments").isEqualTo(full);
    }

    @Test
    void aGenogramGivenReplacesTheOneBefore() {
        Genogram other = Genogram.empty();

        CaseFile file = SampleCaseFiles.full().withGenogram(other);

        assertThat(file.genogram()).contains(other);
    }

    @Test
    void addsPlansInOrder() {
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withPlan(SampleCaseFiles.plan())
            .withPlan(SampleCaseFiles.plan(HelpPlanId.of("plan-later")));

        assertThat(file.plans()).extracting(HelpPlan::id).containsExactly(PLAN_ID, HelpPlanId.of("plan-later"));
    }

    @Test
    void copiesTheListsItIsGiven() {
        List<Assessment> assessments = new ArrayList<>(List.of(SampleCaseFiles.assessment("as-1")));
        CaseFile file = new CaseFile(SampleCaseFiles.subject(), List.of(), assessments, List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

        assessments.add(SampleCaseFiles.assessment("as-1"));

        assertThat(file.assessments()).hasSize(1);
        assertThatThrownBy(() -> file.assessments().add(SampleCaseFiles.assessment("as-2")))
            .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsANullPart() {
        CaseFile file = CaseFile.of(SampleCaseFiles.subject());

        assertThatNullPointerException().isThrownBy(() -> file.withPlan(null));
        assertThatNullPointerException().isThrownBy(() -> file.withAssessment(null));
    }
}
