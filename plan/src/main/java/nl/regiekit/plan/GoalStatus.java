package nl.regiekit.plan;

/** The status of a goal (status van een doel). */
public enum GoalStatus {
    /** Agreed, work has not begun. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Reached (behaald): a critical moment to tell all partners (method §7). */
    REACHED,
    /** Closed without being reached. */
    NOT_REACHED;

    /** Whether the goal is still being pursued. */
    public boolean isActive() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
