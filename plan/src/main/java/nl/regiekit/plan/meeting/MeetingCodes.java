package nl.regiekit.plan.meeting;

import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Severity;

/** The codes of the meeting checks of {@link MeetingRules}; each is documented in {@code docs/rules.md}. */
public final class MeetingCodes {

    /** A member present at a family council who had no turn (method §10: everyone gets a turn). */
    public static final FindingCode MEMBER_NO_TURN = FindingCode.of("MEETING-MEMBER-NO-TURN", Severity.WARNING,
        "Gezinslid {0} was bij familieberaad {1} maar had geen beurt; iedereen krijgt een beurt.",
        "Member {0} was present at family council {1} but had no turn; everyone gets a turn.");
    /** A point raised without a solution (method §10: feeling, cause, consequence, solution). */
    public static final FindingCode POINT_NO_SOLUTION = FindingCode.of("MEETING-POINT-NO-SOLUTION", Severity.WARNING,
        "Punt {2} in beurt {1} van familieberaad {0} heeft geen oplossing.",
        "Point {2} in turn {1} of family council {0} has no solution.");
    /** An agreement of a meeting without who, what or when (method §10). */
    public static final FindingCode AGREEMENT_INCOMPLETE = FindingCode.of("MEETING-AGREEMENT-INCOMPLETE",
        Severity.WARNING,
        "Afspraak {0} van overleg {1} zegt niet {2}: een afspraak legt vast wie wat wanneer doet.",
        "Agreement {0} of meeting {1} does not say {2}: an agreement records who does what and when.");
    /** A family council closed while a member has no satisfactory solution (method §10). */
    public static final FindingCode CLOSED_UNSATISFIED = FindingCode.of("MEETING-CLOSED-UNSATISFIED",
        Severity.WARNING,
        "Familieberaad {0} is gesloten terwijl gezinslid {1} geen bevredigende oplossing heeft.",
        "Family council {0} was closed while member {1} has no satisfactory solution.");
    /** A meeting naming someone who is not a member of the case's family. */
    public static final FindingCode UNKNOWN_MEMBER = FindingCode.of("MEETING-UNKNOWN-MEMBER", Severity.ERROR,
        "Gezinslid {0} in overleg {1} hoort niet bij het gezin van de casus.",
        "Member {0} in meeting {1} is not in the case's family.");
    /** A meeting filed with another case. */
    public static final FindingCode CASE_MISMATCH = FindingCode.of("MEETING-CASE-MISMATCH", Severity.ERROR,
        "Overleg {0} hoort bij casus {1}, niet bij casus {2}.",
        "Meeting {0} belongs to case {1}, not to case {2}.");
    /** An organisation on the distribution list that is not involved in the case (method §10, §11). */
    public static final FindingCode RECIPIENT_NOT_INVOLVED = FindingCode.of("MEETING-RECIPIENT-NOT-INVOLVED",
        Severity.ERROR,
        "Instantie {0} staat op de verzendlijst van overleg {1} maar is op die datum niet betrokken bij de casus.",
        "Organisation {0} is on the distribution list of meeting {1} but is not involved in the case on that date.");
    /** Minutes sent about a member without consent (method §11). */
    public static final FindingCode DISTRIBUTION_WITHOUT_CONSENT = FindingCode.of(
        "MEETING-DISTRIBUTION-WITHOUT-CONSENT", Severity.ERROR,
        "Instantie {0} krijgt het verslag van overleg {1} over gezinslid {2} zonder toestemming of andere grondslag.",
        "Organisation {0} receives the minutes of meeting {1} about member {2} without consent or another lawful "
            + "basis.");

    private MeetingCodes() {
    }

    /** Every meeting code, in the order of the rules catalogue. */
    public static List<FindingCode> all() {
        return List.of(MEMBER_NO_TURN, POINT_NO_SOLUTION, AGREEMENT_INCOMPLETE, CLOSED_UNSATISFIED, UNKNOWN_MEMBER,
            CASE_MISMATCH, RECIPIENT_NOT_INVOLVED, DISTRIBUTION_WITHOUT_CONSENT);
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
