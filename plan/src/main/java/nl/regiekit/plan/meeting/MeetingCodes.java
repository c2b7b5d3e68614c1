package nl.regiekit.plan.meeting;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.FindingMessages;
import nl.regiekit.casemodel.finding.Severity;

/** The codes of the meeting checks of {@link MeetingRules}; each is documented in {@code docs/rules.md}. */
public final class MeetingCodes {

    /** A member present at a family council who had no turn (method §10: everyone gets a turn). */
    public static final FindingCode MEMBER_NO_TURN = FindingCode.of("MEETING-MEMBER-NO-TURN", Severity.WARNING);
    /** A point raised without a solution (method §10: feeling, cause, consequence, solution). */
    public static final FindingCode POINT_NO_SOLUTION = FindingCode.of("MEETING-POINT-NO-SOLUTION", Severity.WARNING);
    /** An agreement of a meeting without who, what or when (method §10). */
    public static final FindingCode AGREEMENT_INCOMPLETE = FindingCode.of("MEETING-AGREEMENT-INCOMPLETE", Severity.WARNING);
    /** A family council closed while a member has no satisfactory solution (method §10). */
    public static final FindingCode CLOSED_UNSATISFIED = FindingCode.of("MEETING-CLOSED-UNSATISFIED", Severity.WARNING);
    /** A meeting naming someone who is not a member of the case's family. */
    public static final FindingCode UNKNOWN_MEMBER = FindingCode.of("MEETING-UNKNOWN-MEMBER", Severity.ERROR);
    /** A meeting filed with another case. */
    public static final FindingCode CASE_MISMATCH = FindingCode.of("MEETING-CASE-MISMATCH", Severity.ERROR);
    /** An organisation on the distribution list that is not involved in the case (method §10, §11). */
    public static final FindingCode RECIPIENT_NOT_INVOLVED = FindingCode.of("MEETING-RECIPIENT-NOT-INVOLVED", Severity.ERROR);
    /** Minutes sent about a member without consent (method §11). */
    public static final FindingCode DISTRIBUTION_WITHOUT_CONSENT = FindingCode.of("MEETING-DISTRIBUTION-WITHOUT-CONSENT", Severity.ERROR);
    /** A member at a meeting whom a safety restriction keeps from being invited on its date (method §10, §11). */
    public static final FindingCode RESTRICTED_MEMBER_INVITED = FindingCode.of("MEETING-RESTRICTED-MEMBER-INVITED", Severity.ERROR);
    /** Minutes sent to a member whom a safety restriction keeps from being informed on their date (method §10, §11). */
    public static final FindingCode RESTRICTED_MEMBER_INFORMED = FindingCode.of("MEETING-RESTRICTED-MEMBER-INFORMED", Severity.ERROR);
    /** An organisation present while a point was discussed that it may not hear about (method §11). */
    public static final FindingCode POINT_WITHOUT_CONSENT = FindingCode.of("MEETING-POINT-WITHOUT-CONSENT", Severity.ERROR);

    private MeetingCodes() {
    }

    /** Every meeting code, in the order of the rules catalogue. */
    public static List<FindingCode> all() {
        return List.of(MEMBER_NO_TURN, POINT_NO_SOLUTION, AGREEMENT_INCOMPLETE, CLOSED_UNSATISFIED, UNKNOWN_MEMBER,
            CASE_MISMATCH, RECIPIENT_NOT_INVOLVED, DISTRIBUTION_WITHOUT_CONSENT, RESTRICTED_MEMBER_INVITED,
            RESTRICTED_MEMBER_INFORMED, POINT_WITHOUT_CONSENT);
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
