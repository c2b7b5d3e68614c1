package nl.regiekit.plan.rules;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.FindingMessages;
import nl.regiekit.casemodel.finding.Severity;

/** The codes of the plan rules; each is documented in {@code docs/rules.md}. */
public final class PlanCodes {

    /** A goal that is not SMART (method §7). */
    public static final FindingCode GOAL_NOT_SMART = FindingCode.of("PLAN-GOAL-NOT-SMART", Severity.WARNING);
    /** A problem on a life domain that the plan does not take up (method §7). */
    public static final FindingCode DOMAIN_PROBLEM_UNADDRESSED = FindingCode.of("PLAN-DOMAIN-PROBLEM-UNADDRESSED", Severity.WARNING);
    /** Two providers on the same member and life domain (method §7: overlap). */
    public static final FindingCode PROVIDER_OVERLAP = FindingCode.of("PLAN-PROVIDER-OVERLAP", Severity.WARNING);
    /** A goal no one works on (method §7: gap). */
    public static final FindingCode GAP = FindingCode.of("PLAN-GAP", Severity.WARNING);
    /** Goals brought forward only by professionals (method §2, §7: demand-led). */
    public static final FindingCode GOALS_ONLY_PROFESSIONAL = FindingCode.of("PLAN-GOALS-ONLY-PROFESSIONAL", Severity.WARNING);
    /** An agreement without who, what or when (method §10). */
    public static final FindingCode AGREEMENT_INCOMPLETE = FindingCode.of("PLAN-AGREEMENT-INCOMPLETE", Severity.WARNING);
    /** An agreement past its due date and not kept: a signal to escalate (method §7). */
    public static final FindingCode AGREEMENT_OVERDUE = FindingCode.of("PLAN-AGREEMENT-OVERDUE", Severity.WARNING);
    /** A trajectory waiting longer than the policy allows (method §4). */
    public static final FindingCode TRAJECTORY_WAITING_TOO_LONG = FindingCode.of("PLAN-TRAJECTORY-WAITING-TOO-LONG", Severity.WARNING);
    /** An organisation contributing without consent or lawful basis (method §11). */
    public static final FindingCode CONTRIBUTION_WITHOUT_CONSENT = FindingCode.of("PLAN-CONTRIBUTION-WITHOUT-CONSENT", Severity.ERROR);
    /** An organisation contributing that is not involved in the case (method §5). */
    public static final FindingCode CONTRIBUTOR_NOT_INVOLVED = FindingCode.of("PLAN-CONTRIBUTOR-NOT-INVOLVED", Severity.ERROR);
    /** A plan naming someone who is not a member of the case's family. */
    public static final FindingCode UNKNOWN_MEMBER = FindingCode.of("PLAN-UNKNOWN-MEMBER", Severity.ERROR);
    /** A plan filed with another case. */
    public static final FindingCode CASE_MISMATCH = FindingCode.of("PLAN-CASE-MISMATCH", Severity.ERROR);
    /** A youth plan for someone outside the policy's age range (method §5). */
    public static final FindingCode YOUTH_PLAN_AGE = FindingCode.of("PLAN-YOUTH-PLAN-AGE", Severity.ERROR);
    /** A youth plan domain not aligned with the family plan (method §5, §7). */
    public static final FindingCode YOUTH_PLAN_NOT_ALIGNED = FindingCode.of("PLAN-YOUTH-PLAN-NOT-ALIGNED", Severity.WARNING);
    /** A plan not ready within the policy period after the contact phase began (method §4, §7). */
    public static final FindingCode NOT_READY_IN_TIME = FindingCode.of("PLAN-NOT-READY-IN-TIME", Severity.WARNING);
    /** An interim evaluation not held within the policy period after the plan (method §4). */
    public static final FindingCode INTERIM_EVALUATION_LATE = FindingCode.of("PLAN-INTERIM-EVALUATION-LATE", Severity.WARNING);
    /** A final evaluation that leaves an end term unscored (method §7). */
    public static final FindingCode END_TERM_UNSCORED = FindingCode.of("PLAN-END-TERM-UNSCORED", Severity.ERROR);
    /** An evaluation that does not score a goal of the version it evaluates (method §4). */
    public static final FindingCode EVALUATION_GOAL_UNSCORED = FindingCode.of("PLAN-EVALUATION-GOAL-UNSCORED", Severity.WARNING);

    private PlanCodes() {
    }

    /** The catalogue of these codes, for {@link FindingCatalog#all()}. */
    public static final class Catalog implements FindingCatalog {
        /** Called by {@link java.util.ServiceLoader}. */
        public Catalog() {
        }

        /** The messages beside this class: {@code findings.properties} (Dutch) and {@code findings_en.properties}. */
        @Override
        public InputStream messages(String language) {
            return Catalog.class.getResourceAsStream(FindingMessages.file(language));
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
