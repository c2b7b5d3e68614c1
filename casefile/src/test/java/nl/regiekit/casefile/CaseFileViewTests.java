package nl.regiekit.casefile;

import static nl.regiekit.casefile.SampleCaseFiles.CHILDREN;
import static nl.regiekit.casefile.SampleCaseFiles.DEBT_GRANTED;
import static nl.regiekit.casefile.SampleCaseFiles.DEBT_HELP;
import static nl.regiekit.casefile.SampleCaseFiles.DEBT_REFUSED;
import static nl.regiekit.casefile.SampleCaseFiles.DEBTS;
import static nl.regiekit.casefile.SampleCaseFiles.FAMILY_COACH;
import static nl.regiekit.casefile.SampleCaseFiles.FATHER;
import static nl.regiekit.casefile.SampleCaseFiles.FINANCES;
import static nl.regiekit.casefile.SampleCaseFiles.MOTHER;
import static nl.regiekit.casefile.SampleCaseFiles.SLEEP;
import static nl.regiekit.casefile.SampleCaseFiles.SON;
import static nl.regiekit.casefile.SampleCaseFiles.TODAY;
import static nl.regiekit.casefile.SampleCaseFiles.TOGETHER;
import static nl.regiekit.casefile.SampleCaseFiles.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.ContactAttempt;
import nl.regiekit.casemodel.ContactKind;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ContactOutcome;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.casemodel.ProblemInventory;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.VersionReason;

/**
 * The case file as one reader sees it: the case manager everything, an organisation what the consents
 * in force on the view's date cover, and never a plan's narrative sections.
 */
class CaseFileViewTests {

    private static final CaseFile FILE = SampleCaseFiles.full();
    private static final LifeDomainCatalogs CATALOGS = LifeDomainCatalogs.builtIn();

    private static CaseFileView forOrganisation(OrganisationId organisation, LocalDate date) {
        return CaseFileView.forOrganisation(FILE, organisation, date, CATALOGS);
    }

    @Test
    void theFullViewNamesEveryoneAndShowsEverything() {
        CaseFileView view = CaseFileView.full(FILE, TODAY);

        assertThat(view.isFull()).isTrue();
        assertThat(view.organisation()).isEmpty();
        assertThat(view.file()).isSameAs(FILE);
        assertThat(view.date()).isEqualTo(TODAY);
        assertThat(view.namedMembers()).containsExactly(MOTHER, FATHER, SON);
        assertThat(view.mayShowFamily()).isTrue();
        assertThat(view.mayShow(List.of(FATHER), List.of(FINANCES))).isTrue();
    }

    @Test
    void theFullViewShowsTheWholePlanWithItsNarrativeSections() {
        HelpPlan plan = SampleCaseFiles.plan();
        PlanContent content = plan.current().content();

        PlanShown shown = CaseFileView.full(FILE, TODAY).plan(plan);

        assertThat(shown.plan()).isEqualTo(plan.id());
        assertThat(shown.version()).isEqualTo(1);
        assertThat(shown.whole()).contains(content);
        assertThat(shown.whole().orElseThrow().history()).isPresent();
        assertThat(shown.goals()).isEqualTo(content.goals());
        assertThat(shown.trajectories()).isEqualTo(content.trajectories());
        assertThat(shown.agreements()).isEqualTo(content.agreements());
        assertThat(shown.roles()).isEqualTo(content.roles());
        assertThat(shown.situation()).isEqualTo(content.situation());
        assertThat(CaseFileView.full(FILE, TODAY).shownPlanParts())
            .contains(GoalId.of("g-debts"), GoalId.of("g-sleep"), GoalId.of("g-together"), TrajectoryId.of("t-debt-help"),
                TrajectoryId.of("t-youth-care"), AgreementId.of("a-letters"), AgreementId.of("a-intake"))
            .doesNotContain(ConsentId.of("g-sleep"));
    }

    @Test
    void aLimitedViewNamesOnlyTheMembersTheConsentsCover() {
        CaseFileView view = forOrganisation(YOUTH_CARE, TODAY);

        assertThat(view.isFull()).isFalse();
        assertThat(view.organisation()).contains(YOUTH_CARE);
        assertThat(view.namedMembers()).containsExactly(SON);
        assertThat(view.mayName(SON)).isTrue();
        assertThat(view.mayName(MOTHER)).isFalse();
        assertThat(view.mayName(FATHER)).isFalse();
        assertThat(view.mayShowFamily()).isFalse();
        assertThat(view.mayShow(List.of(SON), List.of(CHILDREN))).isTrue();
        assertThat(view.mayShow(List.of(SON, MOTHER), List.of(CHILDREN))).isFalse();
    }

    @Test
    void aLimitedViewShowsOnlyTheOutreachItsConsentsCover() {
        PracticalHelp forSon = new PracticalHelp(TODAY.minusMonths(3), CHILDREN, List.of(SON), Optional.empty(),
            "Bed geregeld");
        PracticalHelp forMother = new PracticalHelp(TODAY.minusMonths(3), FINANCES, List.of(MOTHER), Optional.empty(),
            "Voedselpakket");
        Case subject = FILE.subject()
            .recordContactAttempt(ContactAttempt.of(TODAY.minusMonths(4), ContactKind.HOME_VISIT,
                ContactOutcome.NO_RESPONSE))
            .recordPracticalHelp(forSon).recordPracticalHelp(forMother)
            .withInventory(new ProblemInventory(List.of(new InventoryEntry(CHILDREN, true, Optional.empty()),
                new InventoryEntry(FINANCES, true, Optional.empty())), Optional.empty()));
        CaseFile file = new CaseFile(subject, FILE.plans(), FILE.assessments(), FILE.selfReliance(),
            FILE.genogram(), FILE.sociogram(), FILE.ecogram(), FILE.meetings());

        CaseFileView full = CaseFileView.full(file, TODAY);
        CaseFileView youthCare = CaseFileView.forOrganisation(file, YOUTH_CARE, TODAY, CATALOGS);

        assertThat(full.practicalHelp()).containsExactly(forSon, forMother);
        assertThat(full.contactAttempts()).hasSize(1);
        assertThat(full.inventory()).hasSize(2);
        assertThat(youthCare.practicalHelp()).containsExactly(forSon);
        assertThat(youthCare.contactAttempts()).as("about the whole family").isEmpty();
        assertThat(youthCare.inventory()).as("about the whole family on each domain").isEmpty();
    }

    @Test
    void aLimitedViewShowsOnlyThePlanPartsTheConsentsCoverAndNeverTheWholePlan() {
        CaseFileView view = forOrganisation(YOUTH_CARE, TODAY);

        PlanShown shown = view.plan(SampleCaseFiles.plan());

        assertThat(shown.whole()).isEmpty();
        assertThat(shown.goals()).extracting(Goal::id).containsExactly(SLEEP);
        assertThat(shown.agreements()).isEmpty();
        assertThat(view.shownPlanParts()).containsExactlyInAnyOrder(SLEEP, TrajectoryId.of("t-youth-care"));
    }

    @Test
    void aViewCoveringEveryoneOnEveryDomainStillNeverShowsTheWholePlan() {
        CaseFileView view = forOrganisation(FAMILY_COACH, TODAY);

        assertThat(view.mayShowFamily()).isTrue();
        assertThat(view.namedMembers()).containsExactly(MOTHER, FATHER, SON);
        assertThat(view.plan(SampleCaseFiles.plan()).whole()).isEmpty();
        assertThat(view.plan(SampleCaseFiles.plan()).goals()).extracting(Goal::id).contains(TOGETHER);
    }

    @Test
    void readsTheConsentsOnTheViewsDate() {
        CaseFileView beforeAny = forOrganisation(DEBT_HELP, DEBT_REFUSED.minusDays(1));
        CaseFileView refused = forOrganisation(DEBT_HELP, DEBT_REFUSED.plusDays(20));
        CaseFileView granted = forOrganisation(DEBT_HELP, DEBT_GRANTED);

        assertThat(beforeAny.namedMembers()).isEmpty();
        assertThat(refused.namedMembers()).isEmpty();
        assertThat(refused.mayName(MOTHER)).isFalse();
        assertThat(refused.mayShow(List.of(MOTHER), List.of(FINANCES))).isFalse();
        assertThat(granted.namedMembers()).containsExactly(MOTHER);
        assertThat(granted.mayShow(List.of(MOTHER), List.of(FINANCES))).isTrue();
    }

    @Test
    void aRefusalInForceHidesThePlanPartsALaterGrantShows() {
        HelpPlan plan = SampleCaseFiles.plan();

        PlanShown refused = forOrganisation(DEBT_HELP, DEBT_REFUSED.plusDays(20)).plan(plan);
        PlanShown granted = forOrganisation(DEBT_HELP, TODAY).plan(plan);

        assertThat(refused.goals()).isEmpty();
        assertThat(refused.trajectories()).isEmpty();
        assertThat(granted.goals()).extracting(Goal::id).containsExactly(DEBTS);
        assertThat(granted.trajectories()).extracting(t -> t.id().value()).containsExactly("t-debt-help");
        // The organisation's own agreement is its own task, shown whatever the consents (OrganisationPlanView).
        assertThat(refused.agreements()).extracting(a -> a.id().value()).containsExactly("a-intake");
    }

    @Test
    void showsThePlanVersionInForceOnTheViewsDate() {
        LocalDate revised = LocalDate.of(2025, 6, 20);
        PlanContent first = SampleCaseFiles.plan().current().content();
        HelpPlan plan = SampleCaseFiles.plan().revise(revised, SampleCaseFiles.CASE_MANAGER,
            VersionReason.CHANGE_OF_SITUATION, first.withoutGoal(TOGETHER));
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withPlan(plan);

        PlanShown beforePlan = CaseFileView.full(file, SampleCaseFiles.PLAN_DATE.minusDays(1)).plan(plan);
        PlanShown beforeRevision = CaseFileView.full(file, revised.minusDays(1)).plan(plan);
        PlanShown after = CaseFileView.full(file, revised).plan(plan);

        assertThat(beforePlan.version()).isEqualTo(1);
        assertThat(beforeRevision.version()).isEqualTo(1);
        assertThat(beforeRevision.goals()).extracting(Goal::id).contains(TOGETHER);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.goals()).extracting(Goal::id).doesNotContain(TOGETHER);
    }

    @Test
    void refusesAPlanThatIsNotInTheCaseFile() {
        HelpPlan other = SampleCaseFiles.plan(HelpPlanId.of("plan-elsewhere"));

        assertThatIllegalArgumentException().isThrownBy(() -> CaseFileView.full(FILE, TODAY).plan(other))
            .withMessageContaining("plan-elsewhere");
        assertThatIllegalArgumentException().isThrownBy(() -> forOrganisation(YOUTH_CARE, TODAY).plan(other));
    }

    @Test
    void refusesAnOrganisationTheCaseDoesNotInvolve() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> forOrganisation(SampleCaseFiles.STRANGER, TODAY))
            .withMessageContaining("org-stranger");
    }

    @Test
    void rejectsMissingArguments() {
        assertThatNullPointerException().isThrownBy(() -> CaseFileView.full(null, TODAY)).withMessage("file");
        assertThatNullPointerException().isThrownBy(() -> CaseFileView.full(FILE, null)).withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> CaseFileView.forOrganisation(FILE, YOUTH_CARE, TODAY, null))
            .withMessage("catalogs");
        assertThatNullPointerException().isThrownBy(() -> forOrganisation(YOUTH_CARE, TODAY).mayName(null));
    }

    @Test
    void agreementsShownToAnOrganisationAreItsOwn() {
        assertThat(forOrganisation(DEBT_HELP, TODAY).plan(SampleCaseFiles.plan()).agreements()).isNotEmpty()
            .extracting(Agreement::who).allSatisfy(who -> assertThat(who).contains(Responsible.organisation(DEBT_HELP)));
        assertThat(forOrganisation(FAMILY_COACH, TODAY).plan(SampleCaseFiles.plan()).agreements()).isEmpty();
    }
}
