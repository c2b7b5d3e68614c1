package nl.regiekit.casemodel;

/** What came of one contact attempt (method §1, §4 phases 1 and 2). */
public enum ContactOutcome {
    /** Nobody answered: no one at home, a letter or call without reply (geen reactie). */
    NO_RESPONSE,
    /** The family refused contact: the door stayed closed (afgewezen). */
    REFUSED,
    /** Contact was made: the door opened and a talk took place (contact gelegd). */
    CONTACT_MADE;

    /** Whether the attempt reached the family. */
    public boolean isContact() {
        return this == CONTACT_MADE;
    }
}
