package nl.regiekit.genogram;

/** How a tie in a sociogram is experienced (kwaliteit van het contact). */
public enum TieQuality {
    /** Positive (positief). */
    POSITIVE,
    /** Negative (negatief). */
    NEGATIVE,
    /** Ambivalent (wisselend). */
    AMBIVALENT
}
