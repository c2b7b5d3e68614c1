package nl.regiekit.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.Authority;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.CaseManagementModel;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ConsentScope;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.Criterion;
import nl.regiekit.casemodel.Family;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.Household;
import nl.regiekit.casemodel.HouseholdId;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.Introducer;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.Person;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.Referral;
import nl.regiekit.casemodel.Referrer;
import nl.regiekit.casemodel.ReferrerKind;
import nl.regiekit.casemodel.Role;

/**
 * Fixture catalogue of the plan module: the fictional Hendriks-Kaya family and a first help plan
 * that the plan rules find nothing in on {@link #TODAY}. Every person, organisation and number is
 * invented.
 *
 * <p>The story: Yasmin Kaya and Erik Hendriks live together with their son Sem (15) and daughter
 * Lina (7). Rent arrears and debts, Sem dropping out of school and Erik's gambling brought three
 * organisations in: debt counselling for Yasmin, youth care for the children and addiction care for
 * Erik. The contact phase began on 3 February 2025; the plan was ready on 1 May 2025.
 */
public final class SamplePlans {

    /** The case. */
    public static final CaseId CASE_ID = CaseId.of("case-2025-0108");
    /** The plan. */
    public static final HelpPlanId PLAN_ID = HelpPlanId.of("plan-0108");

    /** Yasmin Kaya, mother. */
    public static final PersonId MOTHER = PersonId.of("p-yasmin");
    /** Erik Hendriks, father. */
    public static final PersonId FATHER = PersonId.of("p-erik");
    /** Sem Hendriks, 15 at the plan date, a young person with a youth worker. */
    public static final PersonId YOUTH = PersonId.of("p-sem");
    /** Lina Hendriks, 7 at the plan date. */
    public static final PersonId CHILD = PersonId.of("p-lina");

    /** Debt counselling, for the mother. */
    public static final OrganisationId DEBT = OrganisationId.of("org-debt");
    /** Youth care, for the children. */
    public static final OrganisationId YOUTH_CARE = OrganisationId.of("org-youth-care");
    /** Addiction care, for the father. */
    public static final OrganisationId ADDICTION = OrganisationId.of("org-addiction");

    /** The case manager. */
    public static final ProfessionalId CASE_MANAGER = ProfessionalId.of("cm-017");
    /** The youth worker. */
    public static final ProfessionalId YOUTH_WORKER = ProfessionalId.of("yw-004");

    /** Financial situation. */
    public static final LifeDomainCode FINANCES = LifeDomainCode.of("financial-situation");
    /** Housing. */
    public static final LifeDomainCode HOUSING = LifeDomainCode.of("housing");
    /** Daytime activities. */
    public static final LifeDomainCode DAYTIME = LifeDomainCode.of("daytime-activities");
    /** Children. */
    public static final LifeDomainCode CHILDREN = LifeDomainCode.of("children");
    /** Well-being. */
    public static final LifeDomainCode WELL_BEING = LifeDomainCode.of("well-being");

    /** The goal of reducing the debts. */
    public static final GoalId DEBTS = GoalId.of("g-debts");
    /** Sem's goal of going back to school. */
    public static final GoalId SCHOOL = GoalId.of("g-school");
    /** Erik's goal of stopping gambling. */
    public static final GoalId GAMBLING = GoalId.of("g-gambling");
    /** The family's goal of a weekly family evening. */
    public static final GoalId FAMILY_EVENING = GoalId.of("g-family-evening");

    /** The contact phase begins. */
    public static final LocalDate CONTACT_DATE = LocalDate.of(2025, 2, 3);
    /** The first plan is ready. */
    public static final LocalDate PLAN_DATE = LocalDate.of(2025, 5, 1);
    /** The day the rules are run on: before any due date. */
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private SamplePlans() {
    }

    /** A clock standing at nine in the morning (UTC) of {@code date}. */
    public static Clock clockAt(LocalDate date) {
        return Clock.fixed(date.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** The case, in execution, with three organisations and their consents. */
    public static Case caseInExecution() {
        Family family = new Family(List.of(
            member(MOTHER, "Yasmin", "Kaya", LocalDate.of(1988, 2, 11), Gender.FEMALE, Role.PARENT),
            member(FATHER, "Erik", "Hendriks", LocalDate.of(1984, 9, 30), Gender.MALE, Role.PARENT),
            member(YOUTH, "Sem", "Hendriks", LocalDate.of(2010, 3, 4), Gender.MALE, Role.YOUNG_PERSON),
            member(CHILD, "Lina", "Hendriks", LocalDate.of(2017, 12, 1), Gender.FEMALE, Role.CHILD)),
            List.of(new Household(HouseholdId.of("hh-kaya"), List.of(MOTHER, FATHER, YOUTH, CHILD))),
            List.of(new Authority(YOUTH, List.of(MOTHER, FATHER), LocalDate.of(2010, 3, 4), Optional.empty()),
                new Authority(CHILD, List.of(MOTHER, FATHER), LocalDate.of(2017, 12, 1), Optional.empty())),
            List.of(), List.of());
        Referral referral = new Referral(LocalDate.of(2025, 1, 6),
            Optional.of(new Referrer(ReferrerKind.HOUSING_CORPORATION, "Woonstichting West", Optional.empty())),
            Optional.of(new Introducer("Buurtteam West", Optional.empty(), true)),
            List.of("Huurachterstand"), List.of("Meerdere problemen"),
            List.of(Criterion.THREATENED_EVICTION, Criterion.PROBLEMS_IN_TWO_OR_MORE_DOMAINS), List.of());
        return Case.refer(CASE_ID, LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(), family, referral)
            .decide(new IntakeDecision.Accepted(LocalDate.of(2025, 1, 13)))
            .withModel(CaseManagementModel.INTENSIVE)
            .withTeam(team -> team.withCaseManager(new Professional(CASE_MANAGER, "Anouk Visser"))
                .withYouthWorker(new Professional(YOUTH_WORKER, "Bram de Boer")))
            .advanceTo(Phase.INTRODUCTION, LocalDate.of(2025, 1, 20))
            .involve(organisation(DEBT, List.of(MOTHER), List.of(FINANCES, HOUSING)))
            .involve(organisation(YOUTH_CARE, List.of(YOUTH, CHILD), List.of(DAYTIME, CHILDREN)))
            .involve(organisation(ADDICTION, List.of(FATHER), List.of(WELL_BEING)))
            .advanceTo(Phase.CONTACT_AND_MOTIVATION, CONTACT_DATE)
            // Each adult consents for their own data; Sem, 15, consents with his mother, who holds authority.
            .recordConsent(consent("c-debt", DEBT, MOTHER, List.of(MOTHER), List.of(FINANCES, HOUSING)))
            .recordConsent(consent("c-debt-father", DEBT, FATHER, List.of(FATHER), List.of(FINANCES, HOUSING)))
            .recordConsent(consent("c-youth-care", YOUTH_CARE, MOTHER, List.of(YOUTH, CHILD), List.of()))
            .recordConsent(consent("c-youth-care-sem", YOUTH_CARE, YOUTH, List.of(YOUTH), List.of()))
            .recordConsent(consent("c-addiction", ADDICTION, FATHER, List.of(FATHER), List.of(WELL_BEING)))
            .advanceTo(Phase.EXECUTION, LocalDate.of(2025, 5, 12));
    }

    /** The goal of reducing the debts: the family's own, SMART, with debt counselling responsible. */
    public static Goal debts() {
        return new Goal(DEBTS, "Schulden onder controle", Term.LONG_TERM, List.of(MOTHER, FATHER),
            List.of(FINANCES, HOUSING), GoalSource.FAMILY, Optional.empty(),
            Smart.of("Een schuldregeling loopt", "Maandelijkse aflossing volgens plan", "Inkomen is stabiel",
                "Ontruiming wordt voorkomen", LocalDate.of(2025, 12, 1)),
            GoalStatus.IN_PROGRESS, Optional.of(Responsible.organisation(DEBT)), Optional.of(DEBT));
    }

    /** Sem's own goal of going back to school, with youth care responsible. */
    public static Goal school() {
        return new Goal(SCHOOL, "Weer naar school", Term.SHORT_TERM, List.of(YOUTH), List.of(DAYTIME),
            GoalSource.MEMBER, Optional.of(YOUTH),
            Smart.of("Sem gaat elke dag naar school", "Verzuim onder 5 procent", "Sem wil zelf",
                "Zonder diploma geen werk", LocalDate.of(2025, 9, 1)),
            GoalStatus.IN_PROGRESS, Optional.of(Responsible.organisation(YOUTH_CARE)), Optional.of(YOUTH_CARE));
    }

    /** Erik's gambling, brought forward by the addiction counsellor. */
    public static Goal gambling() {
        return new Goal(GAMBLING, "Stoppen met gokken", Term.LONG_TERM, List.of(FATHER), List.of(WELL_BEING),
            GoalSource.PROFESSIONAL, Optional.empty(),
            Smart.of("Erik gokt niet meer", "Geen gokuitgaven op het bankafschrift", "Erik volgt behandeling",
                "Gokken houdt de schulden in stand", LocalDate.of(2026, 2, 1)),
            GoalStatus.OPEN, Optional.of(Responsible.organisation(ADDICTION)), Optional.of(ADDICTION));
    }

    /** The family's goal of a weekly family evening, for the system, kept by the mother. */
    public static Goal familyEvening() {
        return new Goal(FAMILY_EVENING, "Wekelijkse gezinsavond", Term.SHORT_TERM, List.of(), List.of(CHILDREN),
            GoalSource.FAMILY, Optional.empty(),
            Smart.of("Elke week een gezinsavond", "Vier avonden per maand", "Iedereen wil meedoen",
                "Meer rust thuis", LocalDate.of(2025, 8, 1)),
            GoalStatus.IN_PROGRESS, Optional.of(Responsible.member(MOTHER)), Optional.empty());
    }

    /** The sections of the first plan. */
    public static PlanContent firstContent() {
        return new PlanContent(Optional.of("Na ontslag van vader ontstonden schulden."),
            new ProblemCore(List.of("Ouders willen samen verder"), List.of("Wantrouwen in instanties"),
                List.of("Schulden", "Schoolverzuim", "Gokken")),
            List.of(
                new DomainSituation(FINANCES, Optional.of("Schulden van ongeveer 20.000 euro."), true, Optional.empty()),
                new DomainSituation(HOUSING, Optional.of("Dreigende ontruiming."), true, Optional.empty()),
                new DomainSituation(DAYTIME, Optional.of("Sem verzuimt."), true, Optional.empty()),
                new DomainSituation(CHILDREN, Optional.of("Weinig rust thuis."), true, Optional.empty()),
                new DomainSituation(WELL_BEING, Optional.of("Vader gokt."), true, Optional.empty())),
            List.of(debts(), school(), gambling(), familyEvening()),
            List.of(
                new Trajectory(TrajectoryId.of("t-debt"), MOTHER, FINANCES, DEBT, Optional.of(LocalDate.of(2025, 5, 5)),
                    Optional.of(LocalDate.of(2026, 5, 5)), TrajectoryStatus.RUNNING, Optional.empty(), List.of(DEBTS)),
                new Trajectory(TrajectoryId.of("t-school"), YOUTH, DAYTIME, YOUTH_CARE,
                    Optional.of(LocalDate.of(2025, 5, 8)), Optional.of(LocalDate.of(2025, 11, 8)),
                    TrajectoryStatus.RUNNING, Optional.empty(), List.of(SCHOOL)),
                new Trajectory(TrajectoryId.of("t-gambling"), FATHER, WELL_BEING, ADDICTION, Optional.empty(),
                    Optional.empty(), TrajectoryStatus.WAITING, Optional.of(LocalDate.of(2025, 5, 1)),
                    List.of(GAMBLING))),
            List.of(new Agreement(AgreementId.of("a-papers"), Optional.of(Responsible.member(MOTHER)),
                    Optional.of("Alle post over schulden in één map"), Optional.of(LocalDate.of(2025, 5, 15)),
                    AgreementSource.PLAN, PLAN_DATE, AgreementStatus.KEPT),
                new Agreement(AgreementId.of("a-intake"), Optional.of(Responsible.organisation(DEBT)),
                    Optional.of("Intake schuldregeling"), Optional.of(LocalDate.of(2025, 7, 1)),
                    AgreementSource.CARE_CONFERENCE, PLAN_DATE, AgreementStatus.OPEN)),
            List.of(new Task(Responsible.professional(CASE_MANAGER), "Regie en overleg elke drie maanden",
                Optional.empty())),
            Optional.of("Een vaste schuldhulpverlener en een school die meedenkt."));
    }

    /** Sem's youth plan, aligned with his school goal. */
    public static YouthPlan youthPlan() {
        return new YouthPlan(YouthPlanId.of("yp-sem"), YOUTH, YOUTH_WORKER, LocalDate.of(2025, 5, 20),
            List.of(new YouthPlanDomain(DAYTIME, Optional.of("Verzuimt veel."), List.of("Diploma halen"),
                List.of(SCHOOL))));
    }

    /** The first plan, with Sem's youth plan. The rules find nothing in it on {@link #TODAY}. */
    public static HelpPlan firstPlan() {
        return HelpPlan.draft(PLAN_ID, CASE_ID, PLAN_DATE, CASE_MANAGER, firstContent()).withYouthPlan(youthPlan());
    }

    private static FamilyMember member(PersonId id, String given, String family, LocalDate born, Gender gender,
                                       Role role) {
        return new FamilyMember(new Person(id, PersonName.of(given, family), Optional.of(born), gender,
            Optional.empty()), role);
    }

    private static InvolvedOrganisation organisation(OrganisationId id, List<PersonId> members,
                                                     List<LifeDomainCode> domains) {
        return new InvolvedOrganisation(id, "Organisatie " + id.value(), Optional.empty(), "Betrokken", members,
            domains, LocalDate.of(2024, 11, 1), Optional.empty());
    }

    private static Consent consent(String id, OrganisationId organisation, PersonId givenBy, List<PersonId> about,
                                   List<LifeDomainCode> domains) {
        return new Consent(ConsentId.of(id), organisation, givenBy, new ConsentScope(about, domains),
            LawfulBasis.CONSENT, List.of(new ConsentChange(CONTACT_DATE, ConsentStatus.GRANTED)), Optional.empty());
    }
}
