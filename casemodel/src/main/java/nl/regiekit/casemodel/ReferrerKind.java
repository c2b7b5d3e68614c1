package nl.regiekit.casemodel;

/**
 * The kind of professional who refers a family: the "external care structure" of method §3.
 * There is no self-referral in outreaching case management. Domestic-violence work adds the police
 * report, the women's shelter and the advice and reporting centre (Veilig Thuis).
 */
public enum ReferrerKind {
    /** A school or teacher. */
    SCHOOL,
    /** A school social worker (schoolmaatschappelijk werk). */
    SCHOOL_SOCIAL_WORK,
    /** A neighbourhood police officer (wijkagent). */
    POLICE,
    /** A general practitioner (huisarts). */
    GENERAL_PRACTITIONER,
    /** A youth doctor (jeugdarts). */
    YOUTH_DOCTOR,
    /** A child health clinic (consultatiebureau). */
    CHILD_HEALTH_CLINIC,
    /** A housing corporation (woningcorporatie). */
    HOUSING_CORPORATION,
    /** The municipal health service (GGD). */
    MUNICIPAL_HEALTH_SERVICE,
    /** A multidisciplinary team or case consultation (signaal uit casusoverleg). */
    MULTIDISCIPLINARY_TEAM,
    /** A police report after domestic violence (zorgmelding of politiemelding huiselijk geweld). */
    POLICE_REPORT,
    /** A women's shelter (vrouwenopvang). */
    WOMENS_SHELTER,
    /**
     * The advice and reporting centre for domestic violence and child abuse (Veilig Thuis, formerly
     * Advies- en Meldpunt Huiselijk Geweld en Kindermishandeling).
     */
    ADVICE_AND_REPORTING_CENTRE,
    /** Another professional organisation. */
    OTHER
}
