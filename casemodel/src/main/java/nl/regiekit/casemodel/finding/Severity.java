package nl.regiekit.casemodel.finding;

/** How much a {@link Finding} matters; ordered from most to least severe. */
public enum Severity {
    /** The data is wrong or breaks a rule of the method; a document with one is not valid. */
    ERROR,
    /** The data is allowed but a team leader would ask about it. */
    WARNING,
    /** A suggestion or observation; a vendor may hide these. */
    INFO
}
