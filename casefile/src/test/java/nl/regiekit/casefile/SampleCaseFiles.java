package nl.regiekit.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.AssessmentId;
import nl.regiekit.balance.Factor;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.balance.selfreliance.SelfRelianceMeasurement;
import nl.regiekit.balance.selfreliance.SelfRelianceScore;
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
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.ParentKind;
import nl.regiekit.genogram.Relative;
import nl.regiekit.genogram.SocialTie;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.genogram.TieKind;
import nl.regiekit.genogram.TieQuality;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
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
import nl.regiekit.plan.meeting.FamilyCouncil;
import nl.regiekit.plan.meeting.MeetingId;

/**
 * Fixture catalogue of the casefile module: the fictional De Wit-Ramdin family, small on purpose.
 * Every person, organisation and number is invented.
 *
 * <p>The story: Iris de Wit and Sunil Ramdin live with their son Jesse (10). Debts brought debt help
 * in for Iris, Jesse's restless nights brought youth care in, and a family coach works with all
 * three. Iris first refused debt help any exchange about her, on {@link #DEBT_REFUSED}, and granted
 * it on {@link #DEBT_GRANTED}. Youth care may hear about Jesse only; the family coach about everyone
 * on every domain.
 */
final class SampleCaseFiles {

    static final CaseId CASE_ID = CaseId.of("case-2025-0311");
    static final HelpPlanId PLAN_ID = HelpPlanId.of("plan-0311");

    static final PersonId MOTHER = PersonId.of("p-iris");
    static final PersonId FATHER = PersonId.of("p-sunil");
    static final PersonId SON = PersonId.of("p-jesse");

    static final OrganisationId DEBT_HELP = OrganisationId.of("org-debt-help");
    static final OrganisationId YOUTH_CARE = OrganisationId.of("org-youth-care");
    static final OrganisationId FAMILY_COACH = OrganisationId.of("org-family-coach");
    /** An organisation the case does not involve. */
    static final OrganisationId STRANGER = OrganisationId.of("org-stranger");

    static final ProfessionalId CASE_MANAGER = ProfessionalId.of("cm-042");

    static final LifeDomainCode FINANCES = LifeDomainCode.of("financial-situation");
    static final LifeDomainCode CHILDREN = LifeDomainCode.of("children");
    static final LifeDomainCode RELATIONSHIPS = LifeDomainCode.of("relationships");

    static final GoalId DEBTS = GoalId.of("g-debts");
    static final GoalId SLEEP = GoalId.of("g-sleep");
    static final GoalId TOGETHER = GoalId.of("g-together");

    static final LocalDate CONTACT_DATE = LocalDate.of(2025, 3, 3);
    /** Iris refuses debt help any exchange about her. */
    static final LocalDate DEBT_REFUSED = LocalDate.of(2025, 3, 10);
    /** Iris grants it after all. */
    static final LocalDate DEBT_GRANTED = LocalDate.of(2025, 5, 19);
    static final LocalDate PLAN_DATE = LocalDate.of(2025, 5, 26);
    /** The day the views and rules are run on. */
    static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    private SampleCaseFiles() {
    }

    /** A clock standing at noon (UTC) of {@code date}. */
    static Clock clockAt(LocalDate date) {
        return Clock.fixed(date.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** The case, in execution since June 2025, with three organisations and their consents. */
    static Case subject() {
        Family family = new Family(List.of(
            member(MOTHER, "Iris", "de Wit", LocalDate.of(1989, 4, 2), Gender.FEMALE, Role.PARENT),
            member(FATHER, "Sunil", "Ramdin", LocalDate.of(1987, 8, 19), Gender.MALE, Role.PARENT),
            member(SON, "Jesse", "Ramdin", LocalDate.of(2014, 11, 7), Gender.MALE, Role.CHILD)),
            List.of(new Household(HouseholdId.of("hh-de-wit"), List.of(MOTHER, FATHER, SON))),
            List.of(new Authority(SON, List.of(MOTHER, FATHER), LocalDate.of(2014, 11, 7), Optional.empty())),
            List.of(), List.of());
        Referral referral = new Referral(LocalDate.of(2025, 2, 3),
            Optional.of(new Referrer(ReferrerKind.SCHOOL_SOCIAL_WORK, "Basisschool De Linde", Optional.empty())),
            Optional.empty(), List.of("Jesse slaapt slecht en is moe op school"), List.of("Schulden"),
            List.of(Criterion.PROBLEMS_IN_TWO_OR_MORE_DOMAINS, Criterion.THREE_OR_MORE_ORGANISATIONS), List.of());
        return Case.refer(CASE_ID, LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(), family, referral)
            .decide(new IntakeDecision.Accepted(LocalDate.of(2025, 2, 17)))
            .withModel(CaseManagementModel.INTENSIVE)
            .withTeam(team -> team.withCaseManager(new Professional(CASE_MANAGER, "Mila Hoekstra")))
            .advanceTo(Phase.INTRODUCTION, LocalDate.of(2025, 2, 24))
            .involve(organisation(DEBT_HELP, "Schuldhulp Zuid", List.of(MOTHER), List.of(FINANCES)))
            .involve(organisation(YOUTH_CARE, "Jeugdhulp Zuid", List.of(SON), List.of(CHILDREN)))
            .involve(organisation(FAMILY_COACH, "Gezinscoach Zuid", List.of(MOTHER, FATHER, SON),
                List.of(RELATIONSHIPS)))
            .advanceTo(Phase.CONTACT_AND_MOTIVATION, CONTACT_DATE)
            // Iris consents for herself and, holding authority, for Jesse; Sunil for himself.
            .recordConsent(consent("c-debt-help", DEBT_HELP, MOTHER, List.of(MOTHER), DEBT_REFUSED,
                ConsentStatus.REFUSED))
            .recordConsent(consent("c-youth-care", YOUTH_CARE, MOTHER, List.of(SON), CONTACT_DATE,
                ConsentStatus.GRANTED))
            .recordConsent(consent("c-family-coach", FAMILY_COACH, MOTHER, List.of(), CONTACT_DATE,
                ConsentStatus.GRANTED))
            .recordConsent(consent("c-family-coach-sunil", FAMILY_COACH, FATHER, List.of(FATHER), CONTACT_DATE,
                ConsentStatus.GRANTED))
            // From his twelfth birthday (7 November 2026) Jesse consents together with his mother.
            .recordConsent(consent("c-youth-care-jesse", YOUTH_CARE, SON, List.of(SON), CONTACT_DATE,
                ConsentStatus.GRANTED))
            .changeConsent(ConsentId.of("c-debt-help"), new ConsentChange(DEBT_GRANTED, ConsentStatus.GRANTED))
            .advanceTo(Phase.EXECUTION, LocalDate.of(2025, 6, 2));
    }

    /** Iris's own goal: the debts under control, with debt help responsible. */
    static Goal debts() {
        return goal(DEBTS, "Schulden onder controle", List.of(MOTHER), FINANCES, Responsible.organisation(DEBT_HELP),
            DEBT_HELP, Smart.of("Een schuldregeling loopt", "Elke maand afgelost", "Iris opent haar post",
                "Rust over geld", LocalDate.of(2025, 12, 1)));
    }

    /** Jesse sleeps better, with youth care responsible. */
    static Goal sleep() {
        return goal(SLEEP, "Jesse slaapt op tijd", List.of(SON), CHILDREN, Responsible.organisation(YOUTH_CARE),
            YOUTH_CARE, Smart.of("Jesse ligt om half negen in bed", "Vijf avonden per week", "Vast avondritueel",
                "Jesse is uitgerust op school", LocalDate.of(2025, 10, 1)));
    }

    /** The family's own goal for the whole system, kept by the mother. */
    static Goal together() {
        return goal(TOGETHER, "Samen eten op zondag", List.of(), RELATIONSHIPS, Responsible.member(MOTHER), null,
            Smart.of("Elke zondag samen eten", "Vier keer per maand", "Iedereen wil het",
                "Minder ruzie", LocalDate.of(2025, 9, 1)));
    }

    /** The sections of the plan, with {@code goals} in place of the usual three. */
    static PlanContent content(List<Goal> goals) {
        return new PlanContent(Optional.of("Na een verhuizing liepen de rekeningen op."),
            new ProblemCore(List.of("Ouders willen het samen oplossen"), List.of("Weinig tijd"),
                List.of("Schulden", "Slaapproblemen van Jesse")),
            List.of(situation(FINANCES, "Schulden van ongeveer 6.000 euro."),
                situation(CHILDREN, "Jesse gaat laat slapen."),
                situation(RELATIONSHIPS, "Veel spanning in huis.")),
            goals,
            List.of(new Trajectory(TrajectoryId.of("t-debt-help"), MOTHER, FINANCES, DEBT_HELP,
                    Optional.of(LocalDate.of(2025, 5, 28)), Optional.empty(), TrajectoryStatus.RUNNING,
                    Optional.empty(), List.of(DEBTS)),
                new Trajectory(TrajectoryId.of("t-youth-care"), SON, CHILDREN, YOUTH_CARE,
                    Optional.of(LocalDate.of(2025, 6, 4)), Optional.empty(), TrajectoryStatus.RUNNING,
                    Optional.empty(), List.of(SLEEP))),
            List.of(new Agreement(AgreementId.of("a-letters"), Optional.of(Responsible.member(MOTHER)),
                    Optional.of("Brieven van schuldeisers in een map"), Optional.of(LocalDate.of(2025, 6, 9)),
                    AgreementSource.PLAN, PLAN_DATE, AgreementStatus.KEPT),
                new Agreement(AgreementId.of("a-intake"), Optional.of(Responsible.organisation(DEBT_HELP)),
                    Optional.of("Intake schuldregeling"), Optional.of(LocalDate.of(2025, 8, 1)),
                    AgreementSource.PLAN, PLAN_DATE, AgreementStatus.OPEN)),
            List.of(new Task(Responsible.professional(CASE_MANAGER), "Regie en overleg", Optional.empty())),
            Optional.of("Over een jaar redt het gezin het met gewone hulp."));
    }

    /** The first plan, with the three goals. */
    static HelpPlan plan() {
        return plan(PLAN_ID);
    }

    /** A first plan {@code id} of this case, with the three goals. */
    static HelpPlan plan(HelpPlanId id) {
        return plan(id, List.of(debts(), sleep(), together()));
    }

    /** A first plan of this case with these goals, which must include those the trajectories name. */
    static HelpPlan plan(HelpPlanId id, List<Goal> goals) {
        return HelpPlan.draft(id, CASE_ID, PLAN_DATE, CASE_MANAGER, content(goals));
    }

    /** A balance-model assessment of the family as a whole. */
    static Assessment assessment(String id) {
        return Assessment.start(AssessmentId.of(id), LocalDate.of(2025, 3, 17), CASE_MANAGER, FactorCatalogs.DEFAULT)
            .score(FactorScore.of(factor("debts"), 4, "financial-situation"))
            .score(FactorScore.of(factor("supportive-grandparent"), 2, "network"));
    }

    /** A self-reliance history with one measurement of the family. */
    static SelfRelianceHistory selfReliance() {
        return SelfRelianceHistory.of(Instruments.SELF_RELIANCE_MATRIX_13).with(new SelfRelianceMeasurement(
            LocalDate.of(2025, 3, 17), CASE_MANAGER, Optional.empty(),
            List.of(new SelfRelianceScore(LifeDomainCode.of("finances"), 2))));
    }

    /** The three members and Jesse's parents, with Jesse as the index person. */
    static Genogram genogram() {
        return Genogram.empty()
            .with(Relative.of(MOTHER, PersonName.of("Iris", "de Wit"), Gender.FEMALE, 1989))
            .with(Relative.of(FATHER, PersonName.of("Sunil", "Ramdin"), Gender.MALE, 1987))
            .with(Relative.of(SON, PersonName.of("Jesse", "Ramdin"), Gender.MALE, 2014))
            .withChild(SON, ParentKind.BIOLOGICAL, MOTHER, FATHER)
            .withIndex(SON);
    }

    /** Jesse's sociogram. */
    static Sociogram sociogram() {
        return new Sociogram("Jesse", Optional.of(SON), List.of(
            new SocialTie("Iris (moeder)", Optional.of(MOTHER), TieKind.FAMILY, 1, TieQuality.POSITIVE, List.of()),
            SocialTie.of("Buurjongen Tim", TieKind.FRIEND, 2, TieQuality.POSITIVE)));
    }

    /** A family council that was not closed and in which the father had no turn. */
    static FamilyCouncil unfinishedCouncil() {
        return new FamilyCouncil(MeetingId.of("m-council-1"), CASE_ID, LocalDate.of(2025, 6, 15),
            List.of(MOTHER, FATHER), List.of(), List.of(), List.of(), false);
    }

    /** The case file with everything in it. */
    static CaseFile full() {
        return CaseFile.of(subject()).withPlan(plan()).withAssessment(assessment("as-1"))
            .withSelfReliance(selfReliance()).withGenogram(genogram()).withSociogram(sociogram())
            .withFamilyCouncil(unfinishedCouncil());
    }

    private static Factor factor(String id) {
        return FactorCatalogs.DEFAULT.factor(FactorId.of(id)).orElseThrow();
    }

    private static Goal goal(GoalId id, String title, List<PersonId> members, LifeDomainCode domain,
                             Responsible responsible, OrganisationId contributor, Smart smart) {
        return new Goal(id, title, Term.SHORT_TERM, members, List.of(domain), GoalSource.FAMILY, Optional.empty(), smart,
            GoalStatus.IN_PROGRESS, Optional.of(responsible), Optional.ofNullable(contributor));
    }

    private static DomainSituation situation(LifeDomainCode domain, String text) {
        return new DomainSituation(domain, Optional.of(text), true, Optional.empty());
    }

    private static FamilyMember member(PersonId id, String given, String family, LocalDate born, Gender gender,
                                       Role role) {
        return new FamilyMember(new Person(id, PersonName.of(given, family), Optional.of(born), gender,
            Optional.empty()), role);
    }

    private static InvolvedOrganisation organisation(OrganisationId id, String name, List<PersonId> members,
                                                     List<LifeDomainCode> domains) {
        return new InvolvedOrganisation(id, name, Optional.empty(), "Betrokken", members, domains,
            LocalDate.of(2025, 1, 15), Optional.empty());
    }

    private static Consent consent(String id, OrganisationId organisation, PersonId givenBy, List<PersonId> about,
                                   LocalDate date, ConsentStatus status) {
        return new Consent(ConsentId.of(id), organisation, givenBy, new ConsentScope(about, List.of()),
            LawfulBasis.CONSENT, List.of(new ConsentChange(date, status)), Optional.empty());
    }
}
