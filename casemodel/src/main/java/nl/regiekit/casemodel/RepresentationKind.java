package nl.regiekit.casemodel;

/** The kind of a {@link Representation} of an adult. */
public enum RepresentationKind {
    /** Curatorship (curatele): the representative decides on the adult's personal and financial affairs. */
    CURATOR,
    /** Mentorship (mentorschap): the representative decides on the adult's care and treatment. */
    MENTOR
}
