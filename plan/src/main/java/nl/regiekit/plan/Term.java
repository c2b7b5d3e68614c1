package nl.regiekit.plan;

/** The horizon of a goal (doel op korte of lange termijn, method §7). */
public enum Term {
    /** A short-term goal (korte termijn). */
    SHORT_TERM,
    /** A long-term goal (lange termijn). */
    LONG_TERM
}
