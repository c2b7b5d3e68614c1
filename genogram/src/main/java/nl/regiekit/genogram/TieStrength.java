package nl.regiekit.genogram;

/** The strength and quality of a family's tie with a system in an ecogram (band). */
public enum TieStrength {
    /** Strong (sterk): a thick line. */
    STRONG,
    /** Moderate (gewoon): a normal line. */
    MODERATE,
    /** Weak (zwak): a dashed line. */
    WEAK,
    /** Stressful (belastend): a hatched line. */
    STRESSFUL
}
