package nl.regiekit.plan;

/**
 * Who brought a goal forward (ingebracht door). The method is demand-led (§2, §7): goals come
 * from the family itself; a plan whose goals all come from professionals is a warning.
 */
public enum GoalSource {
    /** The family as a whole (het gezin). */
    FAMILY,
    /** One family member (een gezinslid). */
    MEMBER,
    /** A professional (een hulpverlener). */
    PROFESSIONAL;

    /** Whether the goal came from the family or one of its members. */
    public boolean isFamily() {
        return this != PROFESSIONAL;
    }
}
