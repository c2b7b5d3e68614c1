package nl.regiekit.genogram;

/** The state of a couple relationship (relatievorm), each drawn in its own line style. */
public enum CoupleStatus {
    /** Married or in a registered partnership (gehuwd): a solid line. */
    MARRIED,
    /** Living together without marriage (samenwonend): a dashed line. */
    COHABITING,
    /** In a relationship, not living together (relatie): a dotted line. */
    RELATIONSHIP,
    /** Separated (gescheiden van tafel en bed, uit elkaar): one slash. */
    SEPARATED,
    /** Divorced (gescheiden): two slashes. */
    DIVORCED,
    /** The relationship ended with a partner's death (weduwe, weduwnaar): a solid line. */
    WIDOWED;

    /** Whether the relationship has ended. */
    public boolean ended() {
        return this == SEPARATED || this == DIVORCED || this == WIDOWED;
    }
}
