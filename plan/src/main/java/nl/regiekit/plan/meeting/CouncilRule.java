package nl.regiekit.plan.meeting;

/**
 * The rules of a family council (spelregels van het familieberaad, method §10), stated for the family
 * by the agenda in plain language.
 */
public enum CouncilRule {
    /** Everyone is equal. */
    EVERYONE_EQUAL,
    /** Everyone gets a turn. */
    EVERYONE_A_TURN,
    /** While one speaks, the others listen. */
    OTHERS_LISTEN,
    /** No interrupting; react only when the other has finished. */
    NO_INTERRUPTING,
    /** Every point is discussed as feeling, cause, consequence and solution. */
    FOUR_QUESTIONS,
    /** Whoever has the turn brings proposals for improvement. */
    BRING_PROPOSALS,
    /** The talk ends when every member has a satisfactory solution. */
    END_WHEN_EVERYONE_SATISFIED,
    /** New agreements are made: who, what and when. */
    NEW_AGREEMENTS
}
