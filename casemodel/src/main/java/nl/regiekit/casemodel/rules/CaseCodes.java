package nl.regiekit.casemodel.rules;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.FindingMessages;
import nl.regiekit.casemodel.finding.Severity;

/** The codes of the case rules; each is documented in {@code docs/rules.md}. */
public final class CaseCodes {

    /** A referral without referrer (method §3: self-referral is not possible). */
    public static final FindingCode REFERRAL_NO_REFERRER = FindingCode.of("CASE-REFERRAL-NO-REFERRER", Severity.ERROR);
    /** Accepted while a contra-indication has no documented exception (method §3). */
    public static final FindingCode ACCEPTED_DESPITE_CONTRA_INDICATION = FindingCode.of("CASE-ACCEPTED-DESPITE-CONTRA-INDICATION", Severity.ERROR);
    /** Accepted with none of the admission criteria recorded (method §3). */
    public static final FindingCode ACCEPTED_WITHOUT_CRITERIA = FindingCode.of("CASE-ACCEPTED-WITHOUT-CRITERIA", Severity.WARNING);
    /** Accepted without an introducer committed to aftercare (method §3). */
    public static final FindingCode INTRODUCER_NO_AFTERCARE = FindingCode.of("CASE-INTRODUCER-NO-AFTERCARE", Severity.WARNING);
    /** Declined without a warm handover (method §3: where possible). */
    public static final FindingCode DECLINED_WITHOUT_HANDOVER = FindingCode.of("CASE-DECLINED-WITHOUT-HANDOVER", Severity.INFO);
    /** A phase history that skips a phase (method §4). */
    public static final FindingCode PHASE_SKIPPED = FindingCode.of("CASE-PHASE-SKIPPED", Severity.ERROR);
    /** A phase history that does not start with the introduction (method §4). */
    public static final FindingCode PHASE_FIRST_NOT_INTRODUCTION = FindingCode.of("CASE-PHASE-FIRST-NOT-INTRODUCTION", Severity.ERROR);
    /** A phase history with a transition the method does not allow (method §4). */
    public static final FindingCode PHASE_TRANSITION_NOT_ALLOWED = FindingCode.of("CASE-PHASE-TRANSITION-NOT-ALLOWED", Severity.ERROR);
    /** Phases recorded before the case was accepted (method §3, §4). */
    public static final FindingCode PHASE_BEFORE_ACCEPTANCE = FindingCode.of("CASE-PHASE-BEFORE-ACCEPTANCE", Severity.ERROR);
    /** An accepted case without a case manager (method §5). */
    public static final FindingCode NO_CASE_MANAGER = FindingCode.of("CASE-NO-CASE-MANAGER", Severity.ERROR);
    /** A youth worker on a family without a young person (method §5). */
    public static final FindingCode YOUTH_WORKER_WITHOUT_YOUNG_PERSON = FindingCode.of("CASE-YOUTH-WORKER-WITHOUT-YOUNG-PERSON", Severity.WARNING);
    /** A member in the young-person role outside the policy's age range (method §5). */
    public static final FindingCode YOUNG_PERSON_AGE = FindingCode.of("CASE-YOUNG-PERSON-AGE", Severity.ERROR);
    /** A family without a parent (method §1). */
    public static final FindingCode FAMILY_NO_PARENT = FindingCode.of("CASE-FAMILY-NO-PARENT", Severity.WARNING);
    /** A family without a child (method §1). */
    public static final FindingCode FAMILY_NO_CHILD = FindingCode.of("CASE-FAMILY-NO-CHILD", Severity.WARNING);
    /** A life-domain catalogue that is not known (method §6). */
    public static final FindingCode UNKNOWN_CATALOG = FindingCode.of("CASE-UNKNOWN-CATALOG", Severity.ERROR);
    /** A life domain that is not in the case's catalogue (method §6). */
    public static final FindingCode UNKNOWN_LIFE_DOMAIN = FindingCode.of("CASE-UNKNOWN-LIFE-DOMAIN", Severity.ERROR);
    /** Information exchanged without consent or other lawful basis (method §11). */
    public static final FindingCode EXCHANGE_WITHOUT_CONSENT = FindingCode.of("CASE-EXCHANGE-WITHOUT-CONSENT", Severity.ERROR);
    /** The contact phase ended without a problem inventory (method §4 phase 2). */
    public static final FindingCode INVENTORY_MISSING = FindingCode.of("CASE-INVENTORY-MISSING", Severity.WARNING);
    /** The contact phase ended with a life domain left out of the problem inventory (method §4 phase 2). */
    public static final FindingCode INVENTORY_INCOMPLETE = FindingCode.of("CASE-INVENTORY-INCOMPLETE", Severity.WARNING);
    /** The contact phase ended before the family agreed on the problem inventory (method §4 phase 2). */
    public static final FindingCode INVENTORY_NOT_AGREED = FindingCode.of("CASE-INVENTORY-NOT-AGREED", Severity.WARNING);
    /** A problem the case's catalogue does not name on that life domain (method §1, §6). */
    public static final FindingCode UNKNOWN_PROBLEM = FindingCode.of("CASE-UNKNOWN-PROBLEM", Severity.ERROR);
    /** A consent given orally only: the method asks for a signed statement (method §11). */
    public static final FindingCode CONSENT_NOT_SIGNED = FindingCode.of("CASE-CONSENT-NOT-SIGNED", Severity.WARNING);
    /** A consent naming a member its giver may not consent for (method §11). */
    public static final FindingCode CONSENT_NOT_ENTITLED = FindingCode.of("CASE-CONSENT-NOT-ENTITLED", Severity.WARNING);
    /** A member who holds authority over a child while a minor themselves (method §11). */
    public static final FindingCode AUTHORITY_HOLDER_MINOR = FindingCode.of("CASE-AUTHORITY-HOLDER-MINOR", Severity.WARNING);
    /** A recorded admission criterion the case does not meet (method §3). */
    public static final FindingCode CRITERION_NOT_MET = FindingCode.of("CASE-CRITERION-NOT-MET", Severity.WARNING);
    /** A recorded admission criterion the organisation's criteria set does not admit on (method §3). */
    public static final FindingCode CRITERION_OUTSIDE_SET = FindingCode.of("CASE-CRITERION-OUTSIDE-SET", Severity.INFO);

    private CaseCodes() {
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
            return List.of(REFERRAL_NO_REFERRER, ACCEPTED_DESPITE_CONTRA_INDICATION, ACCEPTED_WITHOUT_CRITERIA,
                INTRODUCER_NO_AFTERCARE, DECLINED_WITHOUT_HANDOVER, PHASE_SKIPPED, PHASE_FIRST_NOT_INTRODUCTION,
                PHASE_TRANSITION_NOT_ALLOWED,
                PHASE_BEFORE_ACCEPTANCE, NO_CASE_MANAGER, YOUTH_WORKER_WITHOUT_YOUNG_PERSON, YOUNG_PERSON_AGE,
                FAMILY_NO_PARENT, FAMILY_NO_CHILD, UNKNOWN_CATALOG, UNKNOWN_LIFE_DOMAIN, EXCHANGE_WITHOUT_CONSENT,
                INVENTORY_MISSING, INVENTORY_INCOMPLETE, INVENTORY_NOT_AGREED, UNKNOWN_PROBLEM,
                CONSENT_NOT_SIGNED, CONSENT_NOT_ENTITLED, AUTHORITY_HOLDER_MINOR, CRITERION_NOT_MET,
                CRITERION_OUTSIDE_SET);
        }
    }
}
