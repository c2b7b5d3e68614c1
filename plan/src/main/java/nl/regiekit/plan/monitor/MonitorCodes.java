package nl.regiekit.plan.monitor;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.ProfessionalId;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.FindingMessages;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.TrajectoryId;

/**
 * The codes of the monitoring {@link Signal}s; each is documented in {@code docs/rules.md}. The
 * severity is the one a signal has once its due date is reached; before that it is information.
 */
public final class MonitorCodes {

    /** The help plan is due (method §4, §7). */
    public static final FindingCode PLAN_DUE = FindingCode.of("SIGNAL-PLAN-DUE", Severity.WARNING);
    /** The interim evaluation is due (method §4). */
    public static final FindingCode INTERIM_EVALUATION_DUE = FindingCode.of("SIGNAL-INTERIM-EVALUATION-DUE", Severity.WARNING);
    /** A partner meeting is due in coordination of care (method §4, §10). */
    public static final FindingCode PARTNER_MEETING_DUE = FindingCode.of("SIGNAL-PARTNER-MEETING-DUE", Severity.WARNING);
    /** The intensive period is past its policy length (method §4). */
    public static final FindingCode INTENSIVE_PERIOD_OVER = FindingCode.of("SIGNAL-INTENSIVE-PERIOD-OVER", Severity.WARNING);
    /** The intensive period is past its hour budget (method §4). */
    public static final FindingCode INTENSIVE_HOURS_OVER = FindingCode.of("SIGNAL-INTENSIVE-HOURS-OVER", Severity.WARNING);
    /** Coordination of care is past its policy length (method §4). */
    public static final FindingCode CARE_COORDINATION_OVER = FindingCode.of("SIGNAL-CARE-COORDINATION-OVER", Severity.WARNING);
    /** An agreement overdue or broken: escalate (method §7). */
    public static final FindingCode AGREEMENT_OVERDUE = FindingCode.of("SIGNAL-AGREEMENT-OVERDUE", Severity.WARNING);
    /** A trajectory waiting too long (method §4). */
    public static final FindingCode TRAJECTORY_WAITING = FindingCode.of("SIGNAL-TRAJECTORY-WAITING", Severity.WARNING);
    /** A consent expiring or expired while the organisation is still involved (method §11). */
    public static final FindingCode CONSENT_EXPIRING = FindingCode.of("SIGNAL-CONSENT-EXPIRING", Severity.WARNING);
    /** A consent withdrawn or refused while information still flows (method §11). */
    public static final FindingCode CONSENT_WITHDRAWN = FindingCode.of("SIGNAL-CONSENT-WITHDRAWN", Severity.ERROR);
    /** A professional's caseload over policy (method §5). */
    public static final FindingCode CASELOAD_OVER = FindingCode.of("SIGNAL-CASELOAD-OVER", Severity.WARNING);
    /** The number of organisations not falling in coordination of care (method §4). */
    public static final FindingCode ORGANISATIONS_NOT_FALLING = FindingCode.of("SIGNAL-ORGANISATIONS-NOT-FALLING", Severity.WARNING);
    /** No contact made with the family within the policy period (method §1, §4 phase 1). */
    public static final FindingCode NO_CONTACT = FindingCode.of("SIGNAL-NO-CONTACT", Severity.WARNING);
    /** Contact attempts stopped before contact was made (method §1: keep coming back). */
    public static final FindingCode CONTACT_ATTEMPTS_STOPPED = FindingCode.of("SIGNAL-CONTACT-ATTEMPTS-STOPPED", Severity.WARNING);
    /** Domestic violence: contact within the clock's working days of the report (method §3). */
    public static final FindingCode VIOLENCE_CONTACT_DUE = FindingCode.of("SIGNAL-VIOLENCE-CONTACT-DUE", Severity.ERROR);
    /** Domestic violence: adequate help started within the clock's working days of the report (method §3). */
    public static final FindingCode VIOLENCE_HELP_DUE = FindingCode.of("SIGNAL-VIOLENCE-HELP-DUE", Severity.ERROR);
    /** Domestic violence: first help by the case manager past the clock's period (method §3). */
    public static final FindingCode VIOLENCE_FIRST_HELP_OVER = FindingCode.of("SIGNAL-VIOLENCE-FIRST-HELP-OVER", Severity.WARNING);
    /** An occurrence of a recurring agreement not recorded as kept within the grace period (method §7). */
    public static final FindingCode AGREEMENT_OCCURRENCE_MISSED = FindingCode.of("SIGNAL-AGREEMENT-OCCURRENCE-MISSED",
        Severity.WARNING);
    /** An occurrence of a recurring task not recorded as kept within the grace period (method §7). */
    public static final FindingCode TASK_OCCURRENCE_MISSED = FindingCode.of("SIGNAL-TASK-OCCURRENCE-MISSED",
        Severity.WARNING);

    /** What each code's signals are about: the type of their subject. */
    private static final Map<String, Function<String, Identifier>> SUBJECTS = Map.ofEntries(
        Map.entry(PLAN_DUE.code(), CaseId::of),
        Map.entry(INTERIM_EVALUATION_DUE.code(), HelpPlanId::of),
        Map.entry(PARTNER_MEETING_DUE.code(), CaseId::of),
        Map.entry(INTENSIVE_PERIOD_OVER.code(), CaseId::of),
        Map.entry(INTENSIVE_HOURS_OVER.code(), CaseId::of),
        Map.entry(CARE_COORDINATION_OVER.code(), CaseId::of),
        Map.entry(AGREEMENT_OVERDUE.code(), AgreementId::of),
        Map.entry(TRAJECTORY_WAITING.code(), TrajectoryId::of),
        Map.entry(CONSENT_EXPIRING.code(), ConsentId::of),
        Map.entry(CONSENT_WITHDRAWN.code(), ConsentId::of),
        Map.entry(CASELOAD_OVER.code(), ProfessionalId::of),
        Map.entry(ORGANISATIONS_NOT_FALLING.code(), CaseId::of),
        Map.entry(NO_CONTACT.code(), CaseId::of),
        Map.entry(CONTACT_ATTEMPTS_STOPPED.code(), CaseId::of),
        Map.entry(VIOLENCE_CONTACT_DUE.code(), CaseId::of),
        Map.entry(VIOLENCE_HELP_DUE.code(), CaseId::of),
        Map.entry(VIOLENCE_FIRST_HELP_OVER.code(), CaseId::of),
        Map.entry(AGREEMENT_OCCURRENCE_MISSED.code(), AgreementId::of),
        Map.entry(TASK_OCCURRENCE_MISSED.code(), HelpPlanId::of));

    private MonitorCodes() {
    }

    /**
     * The subject of a signal of {@code code} whose identifier reads {@code text}, with the type that the
     * code's signals are about: a case, a plan, an agreement, a trajectory, a consent or a professional.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code code} is not one of these codes
     * @throws nl.regiekit.casemodel.finding.ModelViolation if {@code text} is not an identifier
     */
    public static Identifier subject(String code, String text) {
        Function<String, Identifier> type = SUBJECTS.get(Objects.requireNonNull(code, "code"));
        if (type == null) {
            throw new IllegalArgumentException("not a monitoring code");
        }
        return type.apply(Objects.requireNonNull(text, "text"));
    }

    /** Every monitoring code, in the order of the rules catalogue. */
    public static List<FindingCode> all() {
        return List.of(PLAN_DUE, INTERIM_EVALUATION_DUE, PARTNER_MEETING_DUE, INTENSIVE_PERIOD_OVER,
            INTENSIVE_HOURS_OVER, CARE_COORDINATION_OVER, AGREEMENT_OVERDUE, TRAJECTORY_WAITING, CONSENT_EXPIRING,
            CONSENT_WITHDRAWN, CASELOAD_OVER, ORGANISATIONS_NOT_FALLING, NO_CONTACT, CONTACT_ATTEMPTS_STOPPED,
            VIOLENCE_CONTACT_DUE, VIOLENCE_HELP_DUE, VIOLENCE_FIRST_HELP_OVER, AGREEMENT_OCCURRENCE_MISSED,
            TASK_OCCURRENCE_MISSED);
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
            return all();
        }
    }
}
