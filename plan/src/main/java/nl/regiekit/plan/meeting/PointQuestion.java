package nl.regiekit.plan.meeting;

/** The four questions asked of every point raised at a family council, in order (method §10). */
public enum PointQuestion {
    /** How does it feel? */
    FEELING,
    /** What caused it? */
    CAUSE,
    /** What does it lead to? */
    CONSEQUENCE,
    /** What would solve it? */
    SOLUTION
}
