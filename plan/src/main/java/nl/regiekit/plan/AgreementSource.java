package nl.regiekit.plan;

/** Where an agreement was made (herkomst van een afspraak, method §7 and §10). */
public enum AgreementSource {
    /** In the help plan itself. */
    PLAN,
    /** At a family council (familieberaad). */
    FAMILY_COUNCIL,
    /** At a care conference or round table (zorgconferentie, rondetafelgesprek). */
    CARE_CONFERENCE,
    /**
     * Elsewhere, in another provider's treatment (afspraak uit een behandeling elders): the plan takes it
     * over so that it is monitored with the rest (method §4 phase 5: agreements are recorded and monitored).
     */
    OTHER_PROVIDER,
    /** Elsewhere, as a condition of a justice framework such as a police or probation release condition (§3). */
    JUSTICE_CONDITION
}
