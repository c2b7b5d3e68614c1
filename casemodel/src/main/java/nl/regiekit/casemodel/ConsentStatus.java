package nl.regiekit.casemodel;

/** What a party said about exchanging information (toestemming gegeven, geweigerd, ingetrokken). */
public enum ConsentStatus {
    /** Consent given. */
    GRANTED,
    /** Consent refused. */
    REFUSED,
    /** Consent given earlier and withdrawn. */
    WITHDRAWN
}
