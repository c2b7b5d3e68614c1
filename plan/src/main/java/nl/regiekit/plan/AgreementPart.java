package nl.regiekit.plan;

/** A part of an agreement: who, what and when (wie, wat, wanneer; method §10). */
public enum AgreementPart {
    /** Who keeps it. */
    WHO,
    /** What is agreed. */
    WHAT,
    /** When it is due. */
    WHEN
}
