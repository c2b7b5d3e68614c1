package nl.regiekit.genogram;

/**
 * The profession's standard vocabulary of emotional relationships in a genogram
 * (emotionele relatie), each with its line style.
 */
public enum EmotionalKind {
    /** Close (hecht): two parallel lines. */
    CLOSE(false),
    /** Very close or fused (versmolten): three parallel lines. */
    FUSED(false),
    /** Distant (afstandelijk): a dotted line. */
    DISTANT(false),
    /** Conflict (conflictueus): a zigzag line. */
    CONFLICT(false),
    /** Hostile (vijandig): a zigzag between two lines. */
    HOSTILE(false),
    /** Cut-off (verbroken contact): a line broken in the middle. */
    CUT_OFF(false),
    /** Physical abuse (lichamelijke mishandeling): a heavy zigzag with an arrow. */
    PHYSICAL_ABUSE(true),
    /** Emotional abuse (emotionele mishandeling): a dashed zigzag with an arrow. */
    EMOTIONAL_ABUSE(true),
    /** Sexual abuse (seksueel misbruik): a double zigzag with an arrow. */
    SEXUAL_ABUSE(true),
    /** Neglect (verwaarlozing): a dashed line with an arrow. */
    NEGLECT(true);

    private final boolean harm;

    EmotionalKind(boolean harm) {
        this.harm = harm;
    }

    /** Whether the relationship is abuse or neglect, done by one person to another. */
    public boolean harm() {
        return harm;
    }

    /** Whether the relationship is negative: conflict, hostility, cut-off, abuse or neglect. */
    public boolean negative() {
        return harm || this == CONFLICT || this == HOSTILE || this == CUT_OFF;
    }
}
