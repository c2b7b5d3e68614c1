package nl.regiekit.genogram;

/** A system around a family in an ecogram (systeem, instantie), as the method lists them (§9). */
public enum SystemKind {
    /** School or childcare (school, kinderopvang). */
    SCHOOL,
    /** Work or day activities (werk, dagbesteding). */
    WORK,
    /** Health care (gezondheidszorg). */
    HEALTH_CARE,
    /** Youth care or child protection (jeugdzorg, jeugdbescherming). */
    YOUTH_CARE,
    /** Social work, debt counselling, the municipality (maatschappelijk werk, schuldhulp, gemeente). */
    SOCIAL_SERVICES,
    /** Police (politie). */
    POLICE,
    /** Justice: courts, probation, lawyers (justitie, reclassering). */
    JUSTICE,
    /** Church, mosque or another faith community (kerk, moskee, geloofsgemeenschap). */
    FAITH,
    /** Clubs and leisure (vereniging, vrije tijd). */
    CLUB,
    /** Extended family (familie). */
    EXTENDED_FAMILY,
    /** Friends and neighbours (vrienden, buren). */
    FRIENDS,
    /** Housing (wonen, woningcorporatie). */
    HOUSING,
    /** Income and benefits (inkomen, uitkering). */
    INCOME,
    /** Any other system. */
    OTHER
}
