package nl.regiekit.plan;

/** Why a version of the help plan was written (aanleiding voor een versie, method §4 and §7). */
public enum VersionReason {
    /** The first plan, drawn up in the contact phase. */
    FIRST_PLAN,
    /** Goals adjusted at the interim evaluation. */
    INTERIM_EVALUATION,
    /** A change in the family's situation: a critical moment (method §7). */
    CHANGE_OF_SITUATION,
    /** A change of professional: a critical moment (method §7). */
    CHANGE_OF_PROFESSIONAL,
    /** Recorded at the final evaluation. */
    FINAL_EVALUATION,
    /** Another reason. */
    OTHER
}
