package nl.regiekit.plan.monitor;

import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Severity;

/**
 * The codes of the monitoring {@link Signal}s; each is documented in {@code docs/rules.md}. The
 * severity is the one a signal has once its due date is reached; before that it is information.
 */
public final class MonitorCodes {

    /** The help plan is due (method §4, §7). */
    public static final FindingCode PLAN_DUE = FindingCode.of("SIGNAL-PLAN-DUE", Severity.WARNING,
        "Het hulpverleningsplan van casus {0} moet klaar zijn {1} na het begin van de contactfase.",
        "The help plan of case {0} is due {1} after the contact phase began.");
    /** The interim evaluation is due (method §4). */
    public static final FindingCode INTERIM_EVALUATION_DUE = FindingCode.of("SIGNAL-INTERIM-EVALUATION-DUE",
        Severity.WARNING,
        "De tussenevaluatie van plan {0} met team en gezin is {1} na het plan aan de beurt.",
        "The interim evaluation of plan {0} with the team and the family is due {1} after the plan.");
    /** A partner meeting is due in coordination of care (method §4, §10). */
    public static final FindingCode PARTNER_MEETING_DUE = FindingCode.of("SIGNAL-PARTNER-MEETING-DUE",
        Severity.WARNING,
        "In casus {0} is het partneroverleg aan de beurt: de partners komen elke {1} bijeen over de voortgang.",
        "In case {0} a partner meeting is due: the partners meet every {1} on the progress.");
    /** The intensive period is past its policy length (method §4). */
    public static final FindingCode INTENSIVE_PERIOD_OVER = FindingCode.of("SIGNAL-INTENSIVE-PERIOD-OVER",
        Severity.WARNING,
        "De intensieve periode van casus {0} duurt langer dan {1}: het gezin heeft meer blijvende hulp nodig; "
            + "verwijs door.",
        "The intensive period of case {0} lasts longer than {1}: the family needs more permanent help; refer it "
            + "onward.");
    /** The intensive period is past its hour budget (method §4). */
    public static final FindingCode INTENSIVE_HOURS_OVER = FindingCode.of("SIGNAL-INTENSIVE-HOURS-OVER",
        Severity.WARNING,
        "Casus {0} kostte {1} uur in de intensieve periode; het beleid rekent met {2}: overweeg meer blijvende "
            + "hulp.",
        "Case {0} took {1} hours in the intensive period; the policy counts on {2}: consider more permanent help.");
    /** Coordination of care is past its policy length (method §4). */
    public static final FindingCode CARE_COORDINATION_OVER = FindingCode.of("SIGNAL-CARE-COORDINATION-OVER",
        Severity.WARNING,
        "De coördinatie van zorg in casus {0} duurt langer dan {1}: draag over aan het netwerk of sluit af.",
        "Coordination of care in case {0} lasts longer than {1}: hand over to the network or close.");
    /** An agreement overdue or broken: escalate (method §7). */
    public static final FindingCode AGREEMENT_OVERDUE = FindingCode.of("SIGNAL-AGREEMENT-OVERDUE", Severity.WARNING,
        "Afspraak {0} is op de datum en niet nagekomen ({1}); schaal op.",
        "Agreement {0} is due and not kept ({1}); escalate.");
    /** A trajectory waiting too long (method §4). */
    public static final FindingCode TRAJECTORY_WAITING = FindingCode.of("SIGNAL-TRAJECTORY-WAITING",
        Severity.WARNING,
        "Traject {0} staat op de wachtlijst; het beleid staat {1} wachten toe.",
        "Trajectory {0} is on the waiting list; the policy allows {1} of waiting.");
    /** A consent expiring or expired while the organisation is still involved (method §11). */
    public static final FindingCode CONSENT_EXPIRING = FindingCode.of("SIGNAL-CONSENT-EXPIRING", Severity.WARNING,
        "Toestemming {0} voor instantie {1} verloopt terwijl de instantie nog betrokken is; vraag nieuwe toestemming.",
        "Consent {0} for organisation {1} expires while the organisation is still involved; ask for new consent.");
    /** A consent withdrawn or refused while information still flows (method §11). */
    public static final FindingCode CONSENT_WITHDRAWN = FindingCode.of("SIGNAL-CONSENT-WITHDRAWN", Severity.ERROR,
        "Toestemming {0} voor instantie {1} is ingetrokken ({2}) terwijl de instantie nog betrokken is; stop de uitwisseling.",
        "Consent {0} for organisation {1} is {2} while the organisation is still involved; stop the exchange.");
    /** A professional's caseload over policy (method §5). */
    public static final FindingCode CASELOAD_OVER = FindingCode.of("SIGNAL-CASELOAD-OVER", Severity.WARNING,
        "{0} {1} nam het afgelopen jaar {2} gezinnen aan; het beleid staat {3} toe.",
        "{0} {1} took on {2} families in the past year; the policy allows {3}.");
    /** The number of organisations not falling in coordination of care (method §4). */
    public static final FindingCode ORGANISATIONS_NOT_FALLING = FindingCode.of("SIGNAL-ORGANISATIONS-NOT-FALLING",
        Severity.WARNING,
        "In casus {0} zijn {1} instanties betrokken, {2} bij het begin van de laatste {3}: het aantal daalt niet.",
        "Case {0} has {1} organisations involved, {2} at the start of the last {3}: the number does not fall.");
    /** No contact made with the family within the policy period (method §1, §4 phase 1). */
    public static final FindingCode NO_CONTACT = FindingCode.of("SIGNAL-NO-CONTACT", Severity.WARNING,
        "In casus {0} is {1} na het begin van de introductie nog geen contact met het gezin gelegd; {2} pogingen "
            + "bleven zonder contact.",
        "In case {0} no contact has been made with the family {1} after the introduction began; {2} attempts made "
            + "no contact.");
    /** Contact attempts stopped before contact was made (method §1: keep coming back). */
    public static final FindingCode CONTACT_ATTEMPTS_STOPPED = FindingCode.of("SIGNAL-CONTACT-ATTEMPTS-STOPPED",
        Severity.WARNING,
        "In casus {0} is al {1} geen contactpoging gedaan, terwijl er nog geen contact is; blijf terugkomen.",
        "In case {0} no contact attempt has been made for {1} while there is no contact yet; keep coming back.");
    /** Domestic violence: contact within the clock's working days of the report (method §3). */
    public static final FindingCode VIOLENCE_CONTACT_DUE = FindingCode.of("SIGNAL-VIOLENCE-CONTACT-DUE",
        Severity.ERROR,
        "In casus {0} moet binnen {1} werkdagen na de melding contact met het gezin zijn; dat is er nog niet.",
        "In case {0} contact with the family is due within {1} working days of the report; there is none yet.");
    /** Domestic violence: adequate help started within the clock's working days of the report (method §3). */
    public static final FindingCode VIOLENCE_HELP_DUE = FindingCode.of("SIGNAL-VIOLENCE-HELP-DUE", Severity.ERROR,
        "In casus {0} moet binnen {1} werkdagen na de melding passende hulp zijn ingezet; die is er nog niet.",
        "In case {0} adequate help is due to start within {1} working days of the report; none has started yet.");
    /** Domestic violence: first help by the case manager past the clock's period (method §3). */
    public static final FindingCode VIOLENCE_FIRST_HELP_OVER = FindingCode.of("SIGNAL-VIOLENCE-FIRST-HELP-OVER",
        Severity.WARNING,
        "De eerste hulp door de casemanager in casus {0} duurt langer dan {1}: draag over of sluit af.",
        "First help by the case manager in case {0} lasts longer than {1}: hand over or close.");

    private MonitorCodes() {
    }

    /** Every monitoring code, in the order of the rules catalogue. */
    public static List<FindingCode> all() {
        return List.of(PLAN_DUE, INTERIM_EVALUATION_DUE, PARTNER_MEETING_DUE, INTENSIVE_PERIOD_OVER,
            INTENSIVE_HOURS_OVER, CARE_COORDINATION_OVER, AGREEMENT_OVERDUE, TRAJECTORY_WAITING, CONSENT_EXPIRING,
            CONSENT_WITHDRAWN, CASELOAD_OVER, ORGANISATIONS_NOT_FALLING, NO_CONTACT, CONTACT_ATTEMPTS_STOPPED,
            VIOLENCE_CONTACT_DUE, VIOLENCE_HELP_DUE, VIOLENCE_FIRST_HELP_OVER);
    }

    /** The catalogue of these codes, for {@link FindingCatalog#all()}. */
    public static final class Catalog implements FindingCatalog {
        /** Called by {@link java.util.ServiceLoader}. */
        public Catalog() {
        }

        @Override
        public Collection<FindingCode> codes() {
            return all();
        }
    }
}
