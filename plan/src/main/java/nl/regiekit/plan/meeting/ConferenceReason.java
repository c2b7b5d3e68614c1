package nl.regiekit.plan.meeting;

/** Why a care conference is called (aanleiding, method §10). */
public enum ConferenceReason {
    /** The situation threatens to get stuck. */
    SITUATION_STUCK,
    /** More than two parties must contribute. */
    MORE_THAN_TWO_PARTIES,
    /** The current agreements no longer suffice. */
    AGREEMENTS_INSUFFICIENT,
    /** Perspectives must be discussed together. */
    SHARED_PERSPECTIVE,
    /** Creativity is needed. */
    CREATIVITY_NEEDED,
    /** The periodic partner meeting of coordination of care (method §4, phase 5). */
    PERIODIC
}
