package nl.regiekit.casemodel;

import java.util.Set;

/**
 * A phase of active case management (fase, method §4). The first four form the intensive
 * period; the fifth, coordination of care, lasts at most eighteen months by default.
 */
public enum Phase {
    /** Introduction into the family through someone it knows (introductie). */
    INTRODUCTION,
    /** Making contact and motivating; the help plan and consent statement (contact leggen en motiveren). */
    CONTACT_AND_MOTIVATION,
    /** Execution of the plan's trajectories (uitvoering). */
    EXECUTION,
    /** Closing and final evaluation of the intensive period (afsluiting en evaluatie). */
    CLOSING_AND_EVALUATION,
    /** Coordination of care, the case manager as care coordinator (coördinatie van zorg). */
    CARE_COORDINATION;

    /**
     * The phases a case may move to from this one: the next phase, and from coordination of
     * care back to execution when the family relapses (method §4, phase 5).
     */
    public Set<Phase> allowedNext() {
        return switch (this) {
            case INTRODUCTION -> Set.of(CONTACT_AND_MOTIVATION);
            case CONTACT_AND_MOTIVATION -> Set.of(EXECUTION);
            case EXECUTION -> Set.of(CLOSING_AND_EVALUATION);
            case CLOSING_AND_EVALUATION -> Set.of(CARE_COORDINATION);
            case CARE_COORDINATION -> Set.of(EXECUTION);
        };
    }

    /** Whether this phase belongs to the intensive period (phases 1 to 4). */
    public boolean isIntensive() {
        return this != CARE_COORDINATION;
    }
}
