package nl.regiekit.casemodel;

/** Sex or gender as the person states it (geslacht). */
public enum Gender {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE,
    /** Another gender, or non-binary (the X of Dutch documents). */
    OTHER,
    /** Not stated or not known. */
    UNKNOWN
}
