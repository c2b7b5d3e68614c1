package nl.regiekit.plan.monitor;

/** The roles whose caseload the policy limits (method §5). */
public enum CaseloadRole {
    /** The case manager (casemanager): about six families a year. */
    CASE_MANAGER,
    /** The youth worker (jeugdhulpverlener): about twelve young people a year. */
    YOUTH_WORKER
}
