package nl.regiekit.plan.meeting;

/** The kinds of meeting with professionals (method §10). */
public enum ConferenceKind {
    /** A care conference (zorgconferentie), chaired by the case manager. */
    CARE_CONFERENCE,
    /** A round table (rondetafelgesprek) with the client system. */
    ROUND_TABLE,
    /** The periodic partner meeting, quarterly in coordination of care (partneroverleg). */
    PARTNER_MEETING,
    /** A case consultation (casusoverleg). */
    CASE_CONSULTATION,
    /** A crisis meeting when help is stuck (crisisoverleg). */
    CRISIS_MEETING
}
