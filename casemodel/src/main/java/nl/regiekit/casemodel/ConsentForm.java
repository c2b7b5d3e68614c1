package nl.regiekit.casemodel;

/**
 * How a consent was given (method §11): the method asks for a signed consent statement
 * (toestemmingsverklaring); an oral consent is recorded, and the case rules ask for the signature.
 */
public enum ConsentForm {
    /** Given orally (mondeling), not yet signed. */
    ORAL,
    /** A signed, written statement (schriftelijk). */
    WRITTEN
}
