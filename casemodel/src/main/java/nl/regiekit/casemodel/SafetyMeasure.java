package nl.regiekit.casemodel;

/**
 * What a {@link SafetyRestriction} forbids for a member (method §10, §11: safety can require that a
 * member is not invited to a meeting or informed of another member's whereabouts).
 */
public enum SafetyMeasure {
    /** The member is not invited to a meeting (niet uitnodigen): no family council, no care conference. */
    NOT_INVITED,
    /** The member is not informed (niet informeren): the minutes of a meeting are not sent to them. */
    NOT_INFORMED
}
