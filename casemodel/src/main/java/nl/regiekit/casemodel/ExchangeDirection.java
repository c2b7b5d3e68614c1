package nl.regiekit.casemodel;

/** Which way information went in a recorded exchange (method §11): both need a lawful basis. */
public enum ExchangeDirection {
    /** Information was received from the organisation (informatie ontvangen van). */
    RECEIVED_FROM,
    /** Information was given to the organisation (informatie verstrekt aan). */
    GIVEN_TO
}
