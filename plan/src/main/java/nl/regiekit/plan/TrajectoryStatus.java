package nl.regiekit.plan;

/** The status of a trajectory (status van een traject). */
public enum TrajectoryStatus {
    /** On the provider's waiting list (wachtlijst). */
    WAITING,
    /** Running. */
    RUNNING,
    /** Ended as planned. */
    COMPLETED,
    /** Ended early. */
    STOPPED;

    /** Whether help is waiting or running. */
    public boolean isOpen() {
        return this == WAITING || this == RUNNING;
    }
}
