package nl.regiekit.casemodel;

/** An admission criterion seen in regional practice; organisations combine them (method §3). */
public enum Criterion {
    /** Indicated youth care (geïndiceerde jeugdzorg). */
    INDICATED_YOUTH_CARE,
    /** A child protection measure (kinderbeschermingsmaatregel). */
    CHILD_PROTECTION_MEASURE,
    /** Three or more organisations involved. */
    THREE_OR_MORE_ORGANISATIONS,
    /** Nuisance caused by the family (overlast). */
    NUISANCE,
    /** Resistance to help (zorgmijding). */
    RESISTANCE_TO_HELP,
    /** Openness to help. */
    OPENNESS_TO_HELP,
    /** Problems in at least two life domains. */
    PROBLEMS_IN_TWO_OR_MORE_DOMAINS,
    /** Problems in at least four life domains, as in domestic-violence case management. */
    PROBLEMS_IN_FOUR_OR_MORE_DOMAINS,
    /** Threatened eviction (dreigende huisuitzetting). */
    THREATENED_EVICTION,
    /** A justice framework such as probation (justitieel kader). */
    JUSTICE_FRAMEWORK
}
