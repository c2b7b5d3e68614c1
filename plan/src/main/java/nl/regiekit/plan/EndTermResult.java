package nl.regiekit.plan;

/** How an end term was scored at the final evaluation. */
public enum EndTermResult {
    /** Met. */
    MET,
    /** Partly met. */
    PARTLY_MET,
    /** Not met. */
    NOT_MET,
    /** Does not apply to this family (for example no nuisance or justice contacts to begin with). */
    NOT_APPLICABLE
}
