package nl.regiekit.plan;

/** Where an agreement was made (herkomst van een afspraak, method §7 and §10). */
public enum AgreementSource {
    /** In the help plan itself. */
    PLAN,
    /** At a family council (familieberaad). */
    FAMILY_COUNCIL,
    /** At a care conference or round table (zorgconferentie, rondetafelgesprek). */
    CARE_CONFERENCE
}
