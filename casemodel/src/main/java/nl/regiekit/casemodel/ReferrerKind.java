package nl.regiekit.casemodel;

/**
 * The kind of professional who refers a family: the "external care structure" of method §3.
 * There is no self-referral in outreaching case management.
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
    /** Another professional organisation. */
    OTHER
}
