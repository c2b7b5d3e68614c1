package nl.regiekit.genogram;

/** Who a tie in a sociogram is with (soort contact). */
public enum TieKind {
    /** Family (familie). */
    FAMILY,
    /** Friends (vrienden). */
    FRIEND,
    /** Neighbours (buren). */
    NEIGHBOUR,
    /** School or work (school, werk). */
    SCHOOL_OR_WORK,
    /** Professionals (hulpverleners). */
    PROFESSIONAL;

    /** Whether the tie is informal: anyone but a professional. */
    public boolean informal() {
        return this != PROFESSIONAL;
    }
}
