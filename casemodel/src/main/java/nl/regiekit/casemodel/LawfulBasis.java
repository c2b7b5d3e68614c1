package nl.regiekit.casemodel;

/**
 * The lawful basis on which information about a family is exchanged with a party
 * (grondslag). Consent is the rule in the method (§11); the others are recorded when
 * information is exchanged without it.
 */
public enum LawfulBasis {
    /** The person's consent (toestemming): the consent statement of method §11. */
    CONSENT,
    /** A legal obligation, such as a report to the child protection board (wettelijke plicht). */
    LEGAL_OBLIGATION,
    /** A child protection measure or court order (maatregel van kinderbescherming). */
    CHILD_PROTECTION_MEASURE,
    /** Vital interests, in an acute unsafe situation (vitaal belang). */
    VITAL_INTEREST,
    /** A public task laid down in law (publieke taak). */
    PUBLIC_TASK
}
