package nl.regiekit.plan;

/** The kind of evaluation (method §4 and §12). */
public enum EvaluationKind {
    /** The interim evaluation (tussenevaluatie), about three months after the plan; goals may be adjusted. */
    INTERIM,
    /** The final evaluation (eindevaluatie) at the end of the intensive period, with the end terms. */
    FINAL
}
