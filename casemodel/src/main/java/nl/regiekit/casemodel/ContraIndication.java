package nl.regiekit.casemodel;

/** A contra-indication for outreaching case management (contra-indicatie, method §3). */
public enum ContraIndication {
    /**
     * One specific problem explains the family's situation and the rest derives from it, such
     * as a parent's severe addiction (addiction as one component is not a contra-indication).
     */
    SINGLE_UNDERLYING_PROBLEM,
    /** Parents with severe psychiatric problems who can no longer be led to any help. */
    SEVERE_PSYCHIATRIC_PROBLEMS,
    /** A homeless family. */
    HOMELESS,
    /** A family already motivated for help: it belongs in regular care. */
    ALREADY_MOTIVATED
}
