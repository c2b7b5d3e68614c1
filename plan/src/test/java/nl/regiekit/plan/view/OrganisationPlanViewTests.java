package nl.regiekit.plan.view;

import static nl.regiekit.plan.SamplePlans.ADDICTION;
import static nl.regiekit.plan.SamplePlans.DEBT;
import static nl.regiekit.plan.SamplePlans.TODAY;
import static nl.regiekit.plan.SamplePlans.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ConsentScope;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.Attainment;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.EvaluationId;
import nl.regiekit.plan.EvaluationKind;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.GoalScore;
import nl.regiekit.plan.GoalSource;
import nl.regiekit.plan.GoalStatus;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.ProblemCore;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.SamplePlans;
import nl.regiekit.plan.Smart;
import nl.regiekit.plan.Task;
import nl.regiekit.plan.Term;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.TrajectoryStatus;
import nl.regiekit.plan.VersionReason;
import nl.regiekit.plan.YouthPlan;
import nl.regiekit.plan.YouthPlanDomain;
import nl.regiekit.plan.YouthPlanId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan as one organisation may see it. The property test runs over seeded, generated cases
 * and plans: for every organisation and date, nothing in the view concerns a member and life
 * domain outside that organisation's consents. A failure names its seed.
 */
class OrganisationPlanViewTests {

    private static final Case CASE = SamplePlans.caseInExecution();

    @Test
    void showsAnOrganisationOnlyWhatItsConsentCovers() {
        OrganisationPlanView view = firstPlanFor(ADDICTION, TODAY);

        assertThat(view.goals()).extracting(Goal::id).containsExactly(SamplePlans.GAMBLING);
        assertThat(view.trajectories()).extracting(Trajectory::id).containsExactly(TrajectoryId.of("t-gambling"));
        assertThat(view.situation()).isEmpty();
        assertThat(view.agreements()).isEmpty();
        assertThat(view.youthPlans()).isEmpty();
    }

    @Test
    void showsYouthCareTheChildrensPartsAndItsOwnAgreementsOnly() {
        OrganisationPlanView youthCare = firstPlanFor(YOUTH_CARE, TODAY);
        OrganisationPlanView debt = firstPlanFor(DEBT, TODAY);

        assertThat(youthCare.goals()).extracting(Goal::id).containsExactly(SamplePlans.SCHOOL);
        assertThat(youthCare.youthPlans()).extracting(YouthPlan::id).containsExactly(YouthPlanId.of("yp-sem"));
        // The family evening is for the whole system; youth care may not see the parents' part.
        assertThat(youthCare.goals()).extracting(Goal::id).doesNotContain(SamplePlans.FAMILY_EVENING);
        assertThat(debt.agreements()).extracting(Agreement::id).containsExactly(AgreementId.of("a-intake"));
        assertThat(debt.situation()).isEmpty();
    }

    @Test
    void showsNothingBeforeThePlanWasWrittenOrToAnUninvolvedOrganisation() {
        Optional<OrganisationPlanView> early = OrganisationPlanView.of(CASE, SamplePlans.firstPlan(), DEBT,
            SamplePlans.CONTACT_DATE.minusDays(1), ConsentPolicy.DEFAULTS);
        OrganisationPlanView stranger = OrganisationPlanView.of(CASE, SamplePlans.firstPlan(),
            OrganisationId.of("org-stranger"), TODAY, ConsentPolicy.DEFAULTS).orElseThrow();

        assertThat(early).as("a plan first written after the date").isEmpty();
        assertThat(stranger.goals()).isEmpty();
        assertThat(stranger.trajectories()).isEmpty();
        assertThat(stranger.evaluations()).isEmpty();
    }

    @Test
    void refusesAPlanOfAnotherCase() {
        HelpPlan other = new HelpPlan(SamplePlans.PLAN_ID, CaseId.of("case-other"),
            SamplePlans.firstPlan().versions(), List.of(), List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> OrganisationPlanView.of(CASE, other, DEBT, TODAY, ConsentPolicy.DEFAULTS));
    }

    /** What {@code organisation} sees of the first plan on {@code date}, under the default consent policy. */
    private static OrganisationPlanView firstPlanFor(OrganisationId organisation, LocalDate date) {
        return OrganisationPlanView.of(CASE, SamplePlans.firstPlan(), organisation, date, ConsentPolicy.DEFAULTS)
            .orElseThrow();
    }

    // --- the property ---------------------------------------------------------------------------

    private static final List<LifeDomainCode> DOMAINS = List.of(SamplePlans.FINANCES, SamplePlans.HOUSING,
        SamplePlans.DAYTIME, SamplePlans.CHILDREN, SamplePlans.WELL_BEING);
    private static final List<PersonId> MEMBERS = CASE.family().members().stream().map(FamilyMember::id).toList();
    private static final List<OrganisationId> ORGANISATIONS = CASE.organisations().stream()
        .map(InvolvedOrganisation::id).toList();

    static Stream<Long> seeds() {
        return Stream.iterate(20_251_123L, seed -> seed + 1).limit(300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverShowsDataOutsideTheConsents(long seed) {
        Random random = new Random(seed);
        Case subject = withConsents(random);
        HelpPlan plan = plan(random);
        for (OrganisationId organisation : ORGANISATIONS) {
            LocalDate date = SamplePlans.CONTACT_DATE.plusDays(random.nextInt(300));
            Optional<OrganisationPlanView> found = OrganisationPlanView.of(subject, plan, organisation, date,
                ConsentPolicy.DEFAULTS);
            if (found.isEmpty()) {
                assertThat(plan.versionOn(date)).as("seed %d: only a plan not yet written has no view", seed).isEmpty();
                continue;
            }
            OrganisationPlanView view = found.get();
            Set<GoalId> visible = new HashSet<>();
            for (Goal goal : view.goals()) {
                visible.add(goal.id());
                List<PersonId> about = new ArrayList<>(goal.isForSystem() ? MEMBERS : goal.members());
                goal.proposer().ifPresent(about::add);
                goal.responsible().flatMap(Responsible::member).ifPresent(about::add);
                about.forEach(m -> goal.domains().forEach(d -> assertPermitted(subject, organisation, m, d, date, seed)));
                assertThat(plan.versionOn(date).orElseThrow().content().goals()).as("seed %d", seed)
                    .contains(goal);
            }
            for (Trajectory t : view.trajectories()) {
                assertPermitted(subject, organisation, t.member(), t.domain(), date, seed);
                assertThat(visible).as("seed %d", seed).containsAll(t.goals());
            }
            for (DomainSituation s : view.situation()) {
                MEMBERS.forEach(m -> assertPermitted(subject, organisation, m, s.domain(), date, seed));
            }
            for (YouthPlan youth : view.youthPlans()) {
                for (YouthPlanDomain d : youth.domains()) {
                    assertPermitted(subject, organisation, youth.youngPerson(), d.domain(), date, seed);
                    assertThat(visible).as("seed %d", seed).containsAll(d.familyGoals());
                }
            }
            for (Evaluation evaluation : view.evaluations()) {
                assertThat(evaluation.endTerms()).as("seed %d", seed).isEmpty();
                assertThat(evaluation.date()).as("seed %d", seed).isBeforeOrEqualTo(date);
                // A score is judged on the goal as the version evaluated had it.
                for (var score : evaluation.scores()) {
                    Goal evaluated = plan.version(evaluation.planVersion()).content().goal(score.goal()).orElseThrow();
                    List<PersonId> about = new ArrayList<>(evaluated.isForSystem() ? MEMBERS : evaluated.members());
                    about.forEach(m -> evaluated.domains().forEach(d -> assertPermitted(subject, organisation, m, d,
                        date, seed)));
                }
            }
            Responsible self = Responsible.organisation(organisation);
            assertThat(view.agreements()).as("seed %d", seed).allSatisfy(a -> assertThat(a.who()).contains(self));
            assertThat(view.roles()).as("seed %d", seed).allSatisfy(t -> assertThat(t.who()).isEqualTo(self));
        }
    }

    @Test
    void generatedViewsShowSomethingAndHoldSomethingBack() {
        int shown = 0;
        int held = 0;
        for (long seed : seeds().toList()) {
            Random random = new Random(seed);
            Case subject = withConsents(random);
            HelpPlan plan = plan(random);
            OrganisationPlanView view = OrganisationPlanView.of(subject, plan, ORGANISATIONS.get(0), TODAY,
                ConsentPolicy.DEFAULTS).orElseThrow();
            shown += view.goals().size() + view.trajectories().size();
            held += plan.versionOn(TODAY).orElseThrow().content().goals().size() - view.goals().size();
        }
        // The property above is not vacuous: views hold data, and plans hold data views leave out.
        assertThat(shown).isGreaterThan(100);
        assertThat(held).isGreaterThan(100);
    }

    private static void assertPermitted(Case subject, OrganisationId organisation, PersonId member,
                                        LifeDomainCode domain, LocalDate date, long seed) {
        assertThat(subject.mayExchange(organisation, member, domain, date))
            .as("seed %d: %s sees %s on %s on %s", seed, organisation, member, domain, date).isTrue();
    }

    private static Case withConsents(Random random) {
        List<Consent> consents = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(10); i++) {
            LawfulBasis basis = random.nextInt(8) == 0 ? LawfulBasis.PUBLIC_TASK : LawfulBasis.CONSENT;
            List<ConsentChange> changes = new ArrayList<>();
            LocalDate date = SamplePlans.CONTACT_DATE;
            for (int j = 0; j < random.nextInt(3) + (basis == LawfulBasis.CONSENT ? 1 : 0); j++) {
                date = date.plusDays(random.nextInt(90));
                changes.add(new ConsentChange(date, ConsentStatus.values()[random.nextInt(3)]));
            }
            // Half the consents are given by a member for their own data, as most consents are.
            List<PersonId> about = some(random, MEMBERS);
            PersonId givenBy = !about.isEmpty() && random.nextBoolean() ? about.get(0) : pick(random, MEMBERS);
            consents.add(new Consent(ConsentId.of("c-" + i), pick(random, ORGANISATIONS), givenBy,
                new ConsentScope(about, some(random, DOMAINS)), basis, changes,
                random.nextInt(5) == 0 ? Optional.of(date.plusDays(random.nextInt(200))) : Optional.empty()));
        }
        // In one case of two, one organisation holds every member's own consent, and a parent's for the children.
        if (random.nextBoolean()) {
            OrganisationId organisation = pick(random, ORGANISATIONS);
            for (PersonId member : MEMBERS) {
                consents.add(new Consent(ConsentId.of("c-own-" + member.value()), organisation, member,
                    new ConsentScope(List.of(member), some(random, DOMAINS)), LawfulBasis.CONSENT,
                    List.of(new ConsentChange(SamplePlans.CONTACT_DATE, ConsentStatus.GRANTED)), Optional.empty()));
            }
            consents.add(new Consent(ConsentId.of("c-children"), organisation, SamplePlans.MOTHER,
                new ConsentScope(List.of(SamplePlans.YOUTH, SamplePlans.CHILD), List.of()), LawfulBasis.CONSENT,
                List.of(new ConsentChange(SamplePlans.CONTACT_DATE, ConsentStatus.GRANTED)), Optional.empty()));
        }
        return new Case(CASE.id(), CASE.catalog(), CASE.family(), CASE.referral(), CASE.decisions(), CASE.phases(),
            CASE.model(), CASE.team(), CASE.organisations(), consents, List.of());
    }

    private static HelpPlan plan(Random random) {
        HelpPlan plan = HelpPlan.draft(SamplePlans.PLAN_ID, SamplePlans.CASE_ID, SamplePlans.PLAN_DATE,
            SamplePlans.CASE_MANAGER, content(random, 0));
        for (int v = 1; v <= random.nextInt(3); v++) {
            plan = plan.revise(SamplePlans.PLAN_DATE.plusDays(60L * v), SamplePlans.CASE_MANAGER,
                VersionReason.CHANGE_OF_SITUATION, content(random, v));
        }
        List<GoalId> goals = plan.current().content().goals().stream().map(Goal::id).toList();
        for (int i = 0; i < random.nextInt(3); i++) {
            plan = plan.withYouthPlan(new YouthPlan(YouthPlanId.of("yp-" + i), pick(random, MEMBERS),
                SamplePlans.YOUTH_WORKER, TODAY, distinct(random, DOMAINS).stream()
                    .map(d -> new YouthPlanDomain(d, Optional.of("situatie"), List.of("doel"), some(random, goals)))
                    .toList()));
        }
        List<GoalScore> scores = plan.current().content().goals().stream()
            .map(g -> new GoalScore(g.id(), Attainment.values()[random.nextInt(4)])).toList();
        return plan.evaluate(new Evaluation(EvaluationId.of("ev-1"), EvaluationKind.INTERIM,
            plan.current().date().plusDays(1), plan.current().number(), scores, List.of()));
    }

    private static PlanContent content(Random random, int version) {
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < random.nextInt(9); i++) {
            GoalSource source = GoalSource.values()[random.nextInt(3)];
            goals.add(new Goal(GoalId.of("g-" + version + "-" + i), "doel", Term.values()[random.nextInt(2)],
                random.nextBoolean() ? List.of() : distinct(random, MEMBERS), distinct(random, DOMAINS), source,
                source == GoalSource.MEMBER ? Optional.of(pick(random, MEMBERS)) : Optional.empty(), Smart.EMPTY,
                GoalStatus.values()[random.nextInt(4)], Optional.ofNullable(responsible(random)),
                random.nextBoolean() ? Optional.of(pick(random, ORGANISATIONS)) : Optional.empty()));
        }
        List<Trajectory> trajectories = new ArrayList<>();
        for (int i = 0; i < random.nextInt(9); i++) {
            trajectories.add(new Trajectory(TrajectoryId.of("t-" + i), pick(random, MEMBERS), pick(random, DOMAINS),
                pick(random, ORGANISATIONS), Optional.empty(), Optional.empty(), TrajectoryStatus.RUNNING,
                Optional.empty(), some(random, goals.stream().map(Goal::id).toList())));
        }
        List<Agreement> agreements = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            agreements.add(new Agreement(AgreementId.of("a-" + i), Optional.ofNullable(responsible(random)),
                Optional.of("afspraak"), Optional.empty(), AgreementSource.PLAN, TODAY, AgreementStatus.OPEN));
        }
        List<Task> roles = new ArrayList<>();
        Responsible who = responsible(random);
        if (who != null) {
            roles.add(new Task(who, "taak", Optional.empty()));
        }
        List<DomainSituation> situation = distinct(random, DOMAINS).stream()
            .map(d -> new DomainSituation(d, Optional.of("situatie"), random.nextBoolean(), Optional.empty())).toList();
        return new PlanContent(Optional.of("geschiedenis"), ProblemCore.EMPTY, situation, goals, trajectories,
            agreements, roles, Optional.of("slotvraag"));
    }

    private static Responsible responsible(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Responsible.organisation(pick(random, ORGANISATIONS));
            case 1 -> Responsible.member(pick(random, MEMBERS));
            case 2 -> Responsible.professional(SamplePlans.CASE_MANAGER);
            default -> null;
        };
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A random subset, possibly empty, in list order. */
    private static <T> List<T> some(Random random, List<T> items) {
        return items.stream().filter(i -> random.nextInt(3) == 0).toList();
    }

    /** A random non-empty subset in list order. */
    private static <T> List<T> distinct(Random random, List<T> items) {
        List<T> chosen = new ArrayList<>(some(random, items));
        if (chosen.isEmpty()) {
            chosen.add(pick(random, items));
        }
        return chosen;
    }
}
