package nl.regiekit.plan;

/** Whether an agreement was kept (status van een afspraak). */
public enum AgreementStatus {
    /** Not yet due or not yet settled. */
    OPEN,
    /** Kept (nagekomen). */
    KEPT,
    /** Broken (niet nagekomen): a reason to escalate (opschalen, method §7). */
    BROKEN
}
