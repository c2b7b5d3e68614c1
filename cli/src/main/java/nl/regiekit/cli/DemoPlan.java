package nl.regiekit.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;
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
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.ProblemCore;
import nl.regiekit.plan.Responsible;
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

/**
 * The help plan of the demo family (see {@link DemoCase}), built with the public API the way a
 * vendor would: the first plan of January 2026 with five goals from the family, a member and a
 * professional, four organisations' trajectories (youth care's on a waiting list) and the
 * agreements of the family council and care conference of {@link DemoMeetings}; the interim
 * evaluation of April, after which the plan was
 * revised (Noor's school goal reached, the rent goal given more time, the family evening replaced
 * by a family council, the partner's own budget goal added); and Noor's youth plan. The rules find
 * nothing in it, on any date after the demo's. All people, texts and numbers are invented.
 */
final class DemoPlan {

    private static final CaseId CASE = CaseId.of("case-2025-017");
    private static final ProfessionalId CASE_MANAGER = ProfessionalId.of("cm-jansen");

    private static final OrganisationId SCHOOL_SOCIAL_WORK = OrganisationId.of("org-school-social-work");
    private static final OrganisationId YOUTH_CARE = OrganisationId.of("org-youth-care");
    private static final OrganisationId DEBT_COUNSELLING = OrganisationId.of("org-debt-counselling");
    private static final OrganisationId ADDICTION_CARE = OrganisationId.of("org-addiction-care");

    private static final LifeDomainCode FINANCES = LifeDomainCode.of("financial-situation");
    private static final LifeDomainCode HOUSING = LifeDomainCode.of("housing");
    private static final LifeDomainCode DAYTIME = LifeDomainCode.of("daytime-activities");
    private static final LifeDomainCode CHILDREN = LifeDomainCode.of("children");
    private static final LifeDomainCode RELATIONSHIPS = LifeDomainCode.of("relationships");
    private static final LifeDomainCode WELL_BEING = LifeDomainCode.of("well-being");
    private static final LifeDomainCode NETWORK = LifeDomainCode.of("network");

    private static final GoalId RENT = GoalId.of("g-rent");
    private static final GoalId SCHOOL = GoalId.of("g-school");
    private static final GoalId PARENTING = GoalId.of("g-parenting");
    private static final GoalId DRINKING = GoalId.of("g-drinking");
    private static final GoalId FAMILY_EVENING = GoalId.of("g-family-evening");
    private static final GoalId FAMILY_COUNCIL = GoalId.of("g-family-council");
    private static final GoalId BUDGET = GoalId.of("g-budget");

    private static final LocalDate FIRST_PLAN = LocalDate.of(2026, 1, 9);
    private static final LocalDate INTERIM = LocalDate.of(2026, 4, 7);

    private DemoPlan() {
    }

    /** The demo family's plan: two versions, the interim evaluation between them, and Noor's youth plan. */
    static HelpPlan build() {
        PlanContent first = firstContent();
        PlanContent second = first
            .withGoalChanged(SCHOOL, g -> g.withStatus(GoalStatus.REACHED))
            .withGoalChanged(RENT, g -> g.withSmart(g.smart().withTargetDate(LocalDate.of(2026, 10, 1))))
            .withoutGoal(FAMILY_EVENING)
            .withGoal(goal(FAMILY_COUNCIL, "Maandelijks familieberaad", Term.SHORT_TERM, List.of(),
                List.of(RELATIONSHIPS), GoalSource.FAMILY, null, Smart.of("Het gezin houdt elke maand een familieberaad",
                    "Een verslag met afspraken per beraad", "De oma zit het beraad voor",
                    "Ruzies worden besproken in plaats van uitgevochten", LocalDate.of(2026, 9, 1)),
                Responsible.member(DemoCase.MOTHER), null))
            .withGoal(goal(BUDGET, "Eigen budgetoverzicht", Term.SHORT_TERM, List.of(DemoCase.PARTNER),
                List.of(FINANCES), GoalSource.MEMBER, DemoCase.PARTNER, Smart.of("Ruben houdt zelf een kasboek bij",
                    "Elke week bijgewerkt", "Ruben heeft een budgetcursus gevolgd", "Nieuwe schulden voorkomen",
                    LocalDate.of(2026, 7, 1)), Responsible.organisation(DEBT_COUNSELLING), DEBT_COUNSELLING));
        second = second.withTrajectories(List.of(
            trajectory("t-debt", DemoCase.MOTHER, FINANCES, DEBT_COUNSELLING, LocalDate.of(2025, 11, 3),
                TrajectoryStatus.RUNNING, null, RENT, BUDGET),
            trajectory("t-school", DemoCase.DAUGHTER, DAYTIME, SCHOOL_SOCIAL_WORK, LocalDate.of(2025, 10, 27),
                TrajectoryStatus.COMPLETED, null, SCHOOL),
            trajectory("t-parenting", DemoCase.MOTHER, CHILDREN, YOUTH_CARE, LocalDate.of(2026, 2, 2),
                TrajectoryStatus.RUNNING, LocalDate.of(2025, 12, 15), PARENTING),
            trajectory("t-addiction", DemoCase.FATHER, WELL_BEING, ADDICTION_CARE, LocalDate.of(2025, 4, 1),
                TrajectoryStatus.RUNNING, null, DRINKING)));
        return HelpPlan.draft(HelpPlanId.of("plan-2025-017"), CASE, FIRST_PLAN, CASE_MANAGER, first)
            .evaluate(new Evaluation(EvaluationId.of("ev-interim-1"), EvaluationKind.INTERIM, INTERIM, 1, List.of(
                new GoalScore(RENT, Attainment.PARTLY_REACHED),
                new GoalScore(SCHOOL, Attainment.REACHED),
                new GoalScore(PARENTING, Attainment.PARTLY_REACHED),
                new GoalScore(DRINKING, Attainment.LARGELY_REACHED),
                new GoalScore(FAMILY_EVENING, Attainment.NOT_REACHED)), List.of()))
            .revise(INTERIM, CASE_MANAGER, VersionReason.INTERIM_EVALUATION, second)
            .withYouthPlan(new YouthPlan(YouthPlanId.of("yp-noor"), DemoCase.DAUGHTER,
                ProfessionalId.of("yw-de-groot"), LocalDate.of(2026, 4, 14), List.of(
                    new YouthPlanDomain(DAYTIME, Optional.of("Noor gaat weer elke dag naar school."),
                        List.of("Een bijbaan naast school vinden"), List.of(SCHOOL)),
                    new YouthPlanDomain(RELATIONSHIPS, Optional.of("Noor wil minder ruzie met haar moeder."),
                        List.of("Zelf een punt inbrengen op het familieberaad"), List.of(FAMILY_COUNCIL)))));
    }

    private static PlanContent firstContent() {
        List<Goal> goals = List.of(
            goal(RENT, "Huurachterstand ingelopen", Term.LONG_TERM, List.of(DemoCase.MOTHER, DemoCase.PARTNER),
                List.of(FINANCES, HOUSING), GoalSource.FAMILY, null, Smart.of("De huurachterstand is afbetaald",
                    "Huurachterstand nul euro volgens de woningcorporatie", "Er is een betalingsregeling",
                    "Ontruiming wordt voorkomen", LocalDate.of(2026, 7, 1)),
                Responsible.organisation(DEBT_COUNSELLING), DEBT_COUNSELLING),
            goal(SCHOOL, "Noor gaat elke dag naar school", Term.SHORT_TERM, List.of(DemoCase.DAUGHTER),
                List.of(DAYTIME), GoalSource.MEMBER, DemoCase.DAUGHTER, Smart.of("Noor is elke schooldag op school",
                    "Verzuim onder vijf procent per maand", "Noor wil haar diploma halen",
                    "Zonder diploma geen vervolgopleiding", LocalDate.of(2026, 4, 1)),
                Responsible.organisation(SCHOOL_SOCIAL_WORK), SCHOOL_SOCIAL_WORK),
            goal(PARENTING, "Rust en regelmaat in de opvoeding", Term.LONG_TERM, List.of(DemoCase.MOTHER),
                List.of(CHILDREN), GoalSource.FAMILY, null, Smart.of("Vaste bedtijden en afspraken in huis",
                    "Vijf van de zeven avonden volgens het weekschema", "Moeder krijgt opvoedondersteuning",
                    "De kinderen hebben houvast nodig", LocalDate.of(2026, 9, 1)),
                Responsible.organisation(YOUTH_CARE), YOUTH_CARE),
            goal(DRINKING, "Vader drinkt niet meer als de kinderen bij hem zijn", Term.LONG_TERM,
                List.of(DemoCase.FATHER), List.of(WELL_BEING), GoalSource.PROFESSIONAL, null, Smart.of(
                    "Geen alcohol tijdens omgangsweekenden", "Geen meldingen van de kinderen of de moeder",
                    "Vader is in behandeling", "De omgang met de kinderen kan doorgaan", LocalDate.of(2026, 6, 1)),
                Responsible.organisation(ADDICTION_CARE), ADDICTION_CARE),
            goal(FAMILY_EVENING, "Wekelijkse gezinsavond", Term.SHORT_TERM, List.of(), List.of(RELATIONSHIPS),
                GoalSource.FAMILY, null, Smart.of("Elke week een avond samen", "Vier avonden per maand",
                    "Iedereen wil meedoen", "Meer rust thuis", LocalDate.of(2026, 3, 1)),
                Responsible.member(DemoCase.MOTHER), null));
        List<Trajectory> trajectories = List.of(
            trajectory("t-debt", DemoCase.MOTHER, FINANCES, DEBT_COUNSELLING, LocalDate.of(2025, 11, 3),
                TrajectoryStatus.RUNNING, null, RENT),
            trajectory("t-school", DemoCase.DAUGHTER, DAYTIME, SCHOOL_SOCIAL_WORK, LocalDate.of(2025, 10, 27),
                TrajectoryStatus.RUNNING, null, SCHOOL),
            trajectory("t-parenting", DemoCase.MOTHER, CHILDREN, YOUTH_CARE, null, TrajectoryStatus.WAITING,
                LocalDate.of(2025, 12, 15), PARENTING),
            trajectory("t-addiction", DemoCase.FATHER, WELL_BEING, ADDICTION_CARE, LocalDate.of(2025, 4, 1),
                TrajectoryStatus.RUNNING, null, DRINKING));
        return new PlanContent(
            Optional.of("Na de scheiding in 2023 raakte moeder haar baan kwijt; de huur bleef liggen en Noor "
                + "begon school te verzuimen. Vader drinkt sinds zijn ontslag."),
            new ProblemCore(List.of("Moeder is zeer betrokken bij de kinderen", "Oma helpt elke week"),
                List.of("Wantrouwen tegenover instanties na eerdere hulp"),
                List.of("Huurachterstand en schulden", "Schoolverzuim van Noor", "Alcoholgebruik van vader",
                    "Spanningen tussen moeder en Noor")),
            List.of(
                situation(FINANCES, "Schulden van ongeveer 14.000 euro, waarvan vier maanden huur.", true, null),
                situation(HOUSING, "De woningcorporatie dreigt met ontruiming.", true, null),
                situation(DAYTIME, "Noor verzuimt twee dagen per week.", true, null),
                situation(CHILDREN, "Weinig vaste regels in huis.", true, null),
                situation(RELATIONSHIPS, "Veel ruzie tussen moeder en Noor.", true, null),
                situation(WELL_BEING, "Vader drinkt, ook als de kinderen bij hem zijn.", true, null),
                situation(NETWORK, "Alleen oma helpt; weinig andere contacten.", true,
                    "Oma helpt al; het gezin wil hier nu niet aan werken.")),
            goals, trajectories,
            // The agreements of the family council and the care conference held before the plan.
            DemoMeetings.planAgreements(),
            List.of(
                new Task(Responsible.professional(CASE_MANAGER), "Regie, contact met alle partners, elke drie "
                    + "maanden een zorgconferentie", Optional.empty()),
                new Task(Responsible.member(DemoCase.GRANDMOTHER), "Haalt Milan op woensdag uit school",
                    Optional.empty())),
            Optional.of("Een vaste schuldhulpverlener en een school die meedenkt, zodat het gezin over een jaar "
                + "met gewone hulp in de wijk verder kan."));
    }

    private static Goal goal(GoalId id, String title, Term term, List<PersonId> members, List<LifeDomainCode> domains,
                             GoalSource source, PersonId proposer, Smart smart, Responsible responsible,
                             OrganisationId contributor) {
        return new Goal(id, title, term, members, domains, source, Optional.ofNullable(proposer), smart,
            GoalStatus.IN_PROGRESS, Optional.of(responsible), Optional.ofNullable(contributor));
    }

    private static Trajectory trajectory(String id, PersonId member, LifeDomainCode domain, OrganisationId provider,
                                         LocalDate start, TrajectoryStatus status, LocalDate waitingSince,
                                         GoalId... goals) {
        return new Trajectory(TrajectoryId.of(id), member, domain, provider, Optional.ofNullable(start),
            Optional.empty(), status, Optional.ofNullable(waitingSince), List.of(goals));
    }

    private static DomainSituation situation(LifeDomainCode domain, String description, boolean problem,
                                             String reason) {
        return new DomainSituation(domain, Optional.of(description), problem, Optional.ofNullable(reason));
    }
}
