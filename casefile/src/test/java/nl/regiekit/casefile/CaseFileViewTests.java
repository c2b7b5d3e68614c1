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
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.Case;
import nl.regiekit.plan.Attainment;
import nl.regiekit.plan.GoalScore;
import nl.regiekit.plan.EvaluationKind;
import nl.regiekit.plan.EvaluationId;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.monitor.Signal;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ContactAttempt;
import nl.regiekit.casemodel.ContactKind;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ContactOutcome;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.casemodel.ProblemInventory;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.HelpPlan;
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
    private static final RegiekitConfig CONFIG = RegiekitConfig.defaults();

    private static CaseFileView forOrganisation(OrganisationId organisation, LocalDate date) {
        return CaseFileView.forOrganisation(FILE, organisation, date, CONFIG);
    }

    @Test
    void theFullViewNamesEveryoneAndShowsEverything() {
        CaseFileView view = CaseFileView.full(FILE, TODAY);

        assertThat(view.isFull()).isTrue();
        assertThat(view.organisation()).isEmpty();
        assertThat(view.whole()).containsSame(FILE);
        assertThat(view.date()).isEqualTo(TODAY);
        assertThat(view.namedMembers()).containsExactly(MOTHER, FATHER, SON);
        assertThat(view.mayShowFamily()).isTrue();
        assertThat(view.mayShow(List.of(FATHER), List.of(FINANCES))).isTrue();
    }

    @Test
    void theFullViewsSignalsAreThoseOfTheConfigurationsMonitor() {
        OrganisationPolicy early = OrganisationPolicy.DEFAULTS.withMonitoring(
            OrganisationPolicy.DEFAULTS.monitoring().withNotice(Period.ofYears(1), Period.ofYears(1)));
        RegiekitConfig config = CONFIG.withPolicy(early);

        List<Signal> signals = CaseFileView.full(FILE, TODAY, config).signals();

        // A year's notice warns of every due date ahead: more signals than the defaults' two weeks give.
        assertThat(signals).isEqualTo(early.monitor().signals(FILE.monitored(), TODAY))
            .hasSizeGreaterThan(CaseFileView.full(FILE, TODAY).signals().size());
        assertThat(CaseFileView.full(FILE, TODAY).signals())
            .isEqualTo(OrganisationPolicy.DEFAULTS.monitor().signals(FILE.monitored(), TODAY));
    }

    @Test
    void theFullViewShowsTheWholePlanWithItsNarrativeSections() {
        HelpPlan plan = SampleCaseFiles.plan();
        PlanContent content = plan.current().content();

        PlanShown shown = CaseFileView.full(FILE, TODAY).plans().get(0);

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
        CaseFileView youthCare = CaseFileView.forOrganisation(file, YOUTH_CARE, TODAY, CONFIG);

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

        PlanShown shown = view.plans().get(0);

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
        assertThat(view.plans().get(0).whole()).isEmpty();
        assertThat(view.plans().get(0).goals()).extracting(Goal::id).contains(TOGETHER);
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
    void aPlanWrittenAfterTheViewsDateIsNotShownAtAll() {
        assertThat(forOrganisation(DEBT_HELP, DEBT_REFUSED.plusDays(20)).plans()).isEmpty();
        assertThat(CaseFileView.full(FILE, SampleCaseFiles.PLAN_DATE.minusDays(1)).plans()).isEmpty();
        assertThat(forOrganisation(DEBT_HELP, TODAY).plans()).hasSize(1);
    }

    @Test
    void aWithdrawalHidesThePlanPartsAndTheOrganisationsOwnAgreementsAboutTheMember() {
        LocalDate withdrawn = TODAY.minusDays(10);
        CaseFile file = new CaseFile(FILE.subject().changeConsent(ConsentId.of("c-debt-help"),
                new ConsentChange(withdrawn, ConsentStatus.WITHDRAWN)), FILE.plans(), FILE.assessments(),
            FILE.selfReliance(), FILE.genogram(), FILE.sociogram(), FILE.ecogram(), FILE.meetings());

        PlanShown granted = CaseFileView.forOrganisation(file, DEBT_HELP, withdrawn.minusDays(1), CONFIG)
            .plans().get(0);
        PlanShown after = CaseFileView.forOrganisation(file, DEBT_HELP, withdrawn, CONFIG).plans().get(0);

        assertThat(granted.goals()).extracting(Goal::id).containsExactly(DEBTS);
        assertThat(granted.trajectories()).extracting(t -> t.id().value()).containsExactly("t-debt-help");
        assertThat(granted.agreements()).extracting(a -> a.id().value()).containsExactly("a-intake");
        assertThat(after.goals()).isEmpty();
        assertThat(after.trajectories()).isEmpty();
        // Its own agreement "Intake schuldregeling" is about the mother's debts: withheld with her consent.
        assertThat(after.agreements()).isEmpty();
        assertThat(after.roles()).isEmpty();
    }

    @Test
    void showsThePlanVersionInForceOnTheViewsDate() {
        LocalDate revised = LocalDate.of(2025, 6, 20);
        PlanContent first = SampleCaseFiles.plan().current().content();
        HelpPlan plan = SampleCaseFiles.plan().revise(revised, SampleCaseFiles.CASE_MANAGER,
            VersionReason.CHANGE_OF_SITUATION, first.withoutGoal(TOGETHER));
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withPlan(plan);

        List<PlanShown> beforePlan = CaseFileView.full(file, SampleCaseFiles.PLAN_DATE.minusDays(1)).plans();
        PlanShown beforeRevision = CaseFileView.full(file, revised.minusDays(1)).plans().get(0);
        PlanShown after = CaseFileView.full(file, revised).plans().get(0);

        assertThat(beforePlan).as("a plan first written after the date").isEmpty();
        assertThat(beforeRevision.version()).isEqualTo(1);
        assertThat(beforeRevision.goals()).extracting(Goal::id).contains(TOGETHER);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.goals()).extracting(Goal::id).doesNotContain(TOGETHER);
    }

    @Test
    void aLimitedViewGivesNoWayToTheWholeCaseFile() {
        CaseFileView view = forOrganisation(YOUTH_CARE, TODAY);

        assertThat(view.whole()).isEmpty();
        assertThat(view.members()).extracting(m -> m.id()).containsExactly(SON);
        assertThat(view.consents()).allSatisfy(c -> assertThat(c.organisation()).isEqualTo(YOUTH_CARE));
        assertThat(view.referral()).as("names the family").isEmpty();
        assertThat(view.households()).isEmpty();
        assertThat(view.familyAssessments()).isEmpty();
        assertThat(view.toString()).doesNotContain("Jesse", "Iris");
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
            .withMessage("config");
        assertThatNullPointerException().isThrownBy(() -> forOrganisation(YOUTH_CARE, TODAY).mayName(null));
    }

    @Test
    void agreementsShownToAnOrganisationAreItsOwn() {
        assertThat(forOrganisation(DEBT_HELP, TODAY).plans().get(0).agreements()).isNotEmpty()
            .extracting(Agreement::who).allSatisfy(who -> assertThat(who).contains(Responsible.organisation(DEBT_HELP)));
        assertThat(forOrganisation(FAMILY_COACH, TODAY).plans().get(0).agreements()).isEmpty();
    }

    @Test
    void theOrganisationsOwnConsentPolicyDecidesWhoMayConsentForWhom() {
        // Jesse is 10: under the defaults his mother consents for him alone; from 10 he must consent too.
        RegiekitConfig joint = CONFIG.withPolicy(OrganisationPolicy.DEFAULTS.withConsent(new ConsentPolicy(10, 16, 18)));

        CaseFileView defaults = forOrganisation(FAMILY_COACH, TODAY);
        CaseFileView own = CaseFileView.forOrganisation(FILE, FAMILY_COACH, TODAY, joint);

        assertThat(defaults.namedMembers()).contains(SON);
        assertThat(own.namedMembers()).containsExactly(MOTHER, FATHER);
        assertThat(own.plans().get(0).goals()).extracting(Goal::id).doesNotContain(SLEEP, TOGETHER);
        assertThat(defaults.plans().get(0).goals()).extracting(Goal::id).contains(SLEEP);
    }

    @Test
    void anEvaluationHeldAfterTheViewsDateIsNotShown() {
        LocalDate held = TODAY.plusDays(30);
        HelpPlan plan = SampleCaseFiles.plan().evaluate(new Evaluation(EvaluationId.of("e-later"),
            EvaluationKind.INTERIM, held, 1, List.of(new GoalScore(SLEEP, Attainment.REACHED)), List.of()));
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withPlan(plan);

        assertThat(CaseFileView.forOrganisation(file, YOUTH_CARE, TODAY, CONFIG).plans().get(0).evaluations())
            .isEmpty();
        assertThat(CaseFileView.full(file, TODAY).plans().get(0).evaluations()).isEmpty();
        assertThat(CaseFileView.forOrganisation(file, YOUTH_CARE, held, CONFIG).plans().get(0).evaluations())
            .singleElement().satisfies(e -> assertThat(e.evaluation().scores()).hasSize(1));
    }

    @Test
    void aGoalIdentifierReusedByALaterVersionIsJudgedOnTheVersionEvaluated() {
        // Version 1 had g-sleep as the mother's own goal; version 2 reuses the identifier for Jesse's sleep.
        Goal mothers = new Goal(SLEEP, "Iris zoekt werk", nl.regiekit.plan.Term.SHORT_TERM, List.of(MOTHER),
            List.of(FINANCES), nl.regiekit.plan.GoalSource.FAMILY, Optional.empty(), SampleCaseFiles.sleep().smart(),
            nl.regiekit.plan.GoalStatus.IN_PROGRESS, Optional.of(Responsible.member(MOTHER)), Optional.empty());
        PlanContent first = SampleCaseFiles.content(List.of(SampleCaseFiles.debts(), mothers))
            .withTrajectories(List.of());
        LocalDate revised = SampleCaseFiles.PLAN_DATE.plusDays(14);
        HelpPlan plan = HelpPlan.draft(SampleCaseFiles.PLAN_ID, SampleCaseFiles.CASE_ID, SampleCaseFiles.PLAN_DATE,
                SampleCaseFiles.CASE_MANAGER, first)
            .evaluate(new Evaluation(EvaluationId.of("e-1"), EvaluationKind.INTERIM, revised.minusDays(1), 1,
                List.of(new GoalScore(SLEEP, Attainment.PARTLY_REACHED)), List.of()))
            .revise(revised, SampleCaseFiles.CASE_MANAGER, VersionReason.CHANGE_OF_SITUATION,
                SampleCaseFiles.plan().current().content());
        CaseFile file = CaseFile.of(SampleCaseFiles.subject()).withPlan(plan);

        PlanShown youthCare = CaseFileView.forOrganisation(file, YOUTH_CARE, TODAY, CONFIG).plans().get(0);
        PlanShown full = CaseFileView.full(file, TODAY).plans().get(0);

        assertThat(youthCare.goals()).extracting(Goal::id).contains(SLEEP);
        assertThat(youthCare.evaluations()).singleElement().satisfies(e -> {
            assertThat(e.evaluation().scores()).as("the mother's goal, scored in version 1").isEmpty();
            assertThat(e.goals()).isEmpty();
        });
        assertThat(full.evaluations()).singleElement().satisfies(e -> assertThat(e.goal(SLEEP))
            .hasValueSatisfying(g -> assertThat(g.title()).isEqualTo("Iris zoekt werk")));
    }
}
