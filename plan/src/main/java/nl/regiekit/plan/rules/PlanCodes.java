package nl.regiekit.plan.rules;

import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Severity;

/** The codes of the plan rules; each is documented in {@code docs/rules.md}. */
public final class PlanCodes {

    /** A goal that is not SMART (method §7). */
    public static final FindingCode GOAL_NOT_SMART = FindingCode.of("PLAN-GOAL-NOT-SMART", Severity.WARNING,
        "Doel {0} is niet SMART: het onderdeel {1} ontbreekt.",
        "Goal {0} is not SMART: the part {1} is missing.");
    /** A problem on a life domain that the plan does not take up (method §7). */
    public static final FindingCode DOMAIN_PROBLEM_UNADDRESSED = FindingCode.of("PLAN-DOMAIN-PROBLEM-UNADDRESSED",
        Severity.WARNING,
        "Op leefgebied {0} is een probleem beschreven, maar er is geen doel, traject of vastgelegde reden.",
        "Life domain {0} has a problem in the current situation, but no goal, trajectory or recorded reason.");
    /** Two providers on the same member and life domain (method §7: overlap). */
    public static final FindingCode PROVIDER_OVERLAP = FindingCode.of("PLAN-PROVIDER-OVERLAP", Severity.WARNING,
        "Gezinslid {0} krijgt op leefgebied {1} hulp van zowel instantie {2} als instantie {3}.",
        "Member {0} gets help on life domain {1} from both organisation {2} and organisation {3}.");
    /** A goal no one works on (method §7: gap). */
    public static final FindingCode GAP = FindingCode.of("PLAN-GAP", Severity.WARNING,
        "Aan doel {0} werkt niemand: er is geen verantwoordelijke en geen lopend traject.",
        "No one works on goal {0}: it has no one responsible and no open trajectory.");
    /** Goals brought forward only by professionals (method §2, §7: demand-led). */
    public static final FindingCode GOALS_ONLY_PROFESSIONAL = FindingCode.of("PLAN-GOALS-ONLY-PROFESSIONAL",
        Severity.WARNING,
        "Alle {0} doelen zijn ingebracht door hulpverleners; het gezin brengt zelf zijn doelen in.",
        "All {0} goals were brought forward by professionals; the family brings forward its own goals.");
    /** An agreement without who, what or when (method §10). */
    public static final FindingCode AGREEMENT_INCOMPLETE = FindingCode.of("PLAN-AGREEMENT-INCOMPLETE",
        Severity.WARNING,
        "Afspraak {0} zegt niet {1}: een afspraak legt vast wie wat wanneer doet.",
        "Agreement {0} does not say {1}: an agreement records who does what and when.");
    /** An agreement past its due date and not kept: a signal to escalate (method §7). */
    public static final FindingCode AGREEMENT_OVERDUE = FindingCode.of("PLAN-AGREEMENT-OVERDUE", Severity.WARNING,
        "Afspraak {0} is {1} dagen over de datum en niet nagekomen ({2}); schaal op.",
        "Agreement {0} is {1} days past its due date and not kept ({2}); escalate.");
    /** A trajectory waiting longer than the policy allows (method §4). */
    public static final FindingCode TRAJECTORY_WAITING_TOO_LONG = FindingCode.of("PLAN-TRAJECTORY-WAITING-TOO-LONG",
        Severity.WARNING,
        "Traject {0} staat {1} dagen op de wachtlijst; het beleid staat {2} toe.",
        "Trajectory {0} has been on the waiting list for {1} days; the policy allows {2}.");
    /** An organisation contributing without consent or lawful basis (method §11). */
    public static final FindingCode CONTRIBUTION_WITHOUT_CONSENT = FindingCode.of(
        "PLAN-CONTRIBUTION-WITHOUT-CONSENT", Severity.ERROR,
        "Instantie {0} draagt bij over gezinslid {1} op leefgebied {2} zonder toestemming of andere grondslag.",
        "Organisation {0} contributes about member {1} on life domain {2} without consent or another lawful "
            + "basis.");
    /** An organisation contributing that is not involved in the case (method §5). */
    public static final FindingCode CONTRIBUTOR_NOT_INVOLVED = FindingCode.of("PLAN-CONTRIBUTOR-NOT-INVOLVED",
        Severity.ERROR,
        "Instantie {0} draagt bij aan het plan maar staat niet bij de betrokken instanties van de casus.",
        "Organisation {0} contributes to the plan but is not among the case's involved organisations.");
    /** A plan naming someone who is not a member of the case's family. */
    public static final FindingCode UNKNOWN_MEMBER = FindingCode.of("PLAN-UNKNOWN-MEMBER", Severity.ERROR,
        "Gezinslid {0} hoort niet bij het gezin van de casus.",
        "Member {0} is not in the case's family.");
    /** A plan filed with another case. */
    public static final FindingCode CASE_MISMATCH = FindingCode.of("PLAN-CASE-MISMATCH", Severity.ERROR,
        "Het plan hoort bij casus {0}, niet bij casus {1}.",
        "The plan belongs to case {0}, not to case {1}.");
    /** A youth plan for someone outside the policy's age range (method §5). */
    public static final FindingCode YOUTH_PLAN_AGE = FindingCode.of("PLAN-YOUTH-PLAN-AGE", Severity.ERROR,
        "Jeugdplan {0} is voor gezinslid {1}, die op de plandatum {2} jaar was; het beleid vraagt {3} tot en met {4}.",
        "Youth plan {0} is for member {1}, who was {2} on the plan's date; the policy asks {3} to {4}.");
    /** A youth plan domain not aligned with the family plan (method §5, §7). */
    public static final FindingCode YOUTH_PLAN_NOT_ALIGNED = FindingCode.of("PLAN-YOUTH-PLAN-NOT-ALIGNED",
        Severity.WARNING,
        "Leefgebied {1} van jeugdplan {0} sluit niet aan op een doel van het gezinsplan voor deze jongere.",
        "Life domain {1} of youth plan {0} is not aligned with a goal of the family plan for this young person.");
    /** A plan not ready within the policy period after the contact phase began (method §4, §7). */
    public static final FindingCode NOT_READY_IN_TIME = FindingCode.of("PLAN-NOT-READY-IN-TIME", Severity.WARNING,
        "Het hulpverleningsplan was {0} dagen na het begin van de contactfase niet klaar; het beleid vraagt {1}.",
        "The help plan was not ready {0} days after the contact phase began; the policy asks {1}.");
    /** An interim evaluation not held within the policy period after the plan (method §4). */
    public static final FindingCode INTERIM_EVALUATION_LATE = FindingCode.of("PLAN-INTERIM-EVALUATION-LATE",
        Severity.WARNING,
        "Er was {0} dagen na het plan geen tussenevaluatie; het beleid vraagt er een binnen {1}.",
        "There was no interim evaluation {0} days after the plan; the policy asks for one within {1}.");
    /** A final evaluation that leaves an end term unscored (method §7). */
    public static final FindingCode END_TERM_UNSCORED = FindingCode.of("PLAN-END-TERM-UNSCORED", Severity.ERROR,
        "De eindevaluatie scoort eindterm {0} niet.",
        "The final evaluation does not score end term {0}.");
    /** An evaluation that does not score a goal of the version it evaluates (method §4). */
    public static final FindingCode EVALUATION_GOAL_UNSCORED = FindingCode.of("PLAN-EVALUATION-GOAL-UNSCORED",
        Severity.WARNING,
        "Evaluatie {0} scoort doel {1} niet.",
        "Evaluation {0} does not score goal {1}.");

    private PlanCodes() {
    }

    /** The catalogue of these codes, for {@link FindingCatalog#all()}. */
    public static final class Catalog implements FindingCatalog {
        /** Called by {@link java.util.ServiceLoader}. */
        public Catalog() {
        }

        @Override
        public Collection<FindingCode> codes() {
            return List.of(GOAL_NOT_SMART, DOMAIN_PROBLEM_UNADDRESSED, PROVIDER_OVERLAP, GAP, GOALS_ONLY_PROFESSIONAL,
                AGREEMENT_INCOMPLETE, AGREEMENT_OVERDUE, TRAJECTORY_WAITING_TOO_LONG, CONTRIBUTION_WITHOUT_CONSENT,
                CONTRIBUTOR_NOT_INVOLVED, UNKNOWN_MEMBER, CASE_MISMATCH, YOUTH_PLAN_AGE, YOUTH_PLAN_NOT_ALIGNED,
                NOT_READY_IN_TIME, INTERIM_EVALUATION_LATE, END_TERM_UNSCORED, EVALUATION_GOAL_UNSCORED);
        }
    }
}
