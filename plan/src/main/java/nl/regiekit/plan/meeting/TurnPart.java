package nl.regiekit.plan.meeting;

/** The fixed parts of each turn at a family council, in order (method §10). */
public enum TurnPart {
    /** What went well or makes the member proud. */
    WENT_WELL,
    /** What was unpleasant or irritating. */
    UNPLEASANT,
    /** Proposals for improvement. */
    PROPOSALS
}
