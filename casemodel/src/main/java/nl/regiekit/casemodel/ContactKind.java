package nl.regiekit.casemodel;

/**
 * How the case manager tried to reach a family that does not ask for help (method §1, §4 phase 1):
 * outreaching work keeps coming back with visits, letters and calls.
 */
public enum ContactKind {
    /** A visit at the family's home (huisbezoek). */
    HOME_VISIT,
    /** A letter (brief). */
    LETTER,
    /** A telephone call (telefoongesprek). */
    PHONE_CALL,
    /** A text or other written message (bericht). */
    MESSAGE,
    /** Through the introducer, someone the family knows (via de introducerende instantie). */
    THROUGH_INTRODUCER
}
