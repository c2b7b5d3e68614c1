package nl.regiekit.plan;

/** A part of a SMART goal (method §7: goals should be SMART). */
public enum SmartPart {
    /** Specific: the outcome, stated concretely. */
    SPECIFIC,
    /** Measurable: the indicator that shows the outcome. */
    MEASURABLE,
    /** Achievable: why the family can reach it. */
    ACHIEVABLE,
    /** Relevant: why it matters for the family. */
    RELEVANT,
    /** Time-bound: the target date. */
    TIME_BOUND
}
