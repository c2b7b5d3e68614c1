package nl.regiekit.plan;

/** The end terms (eindtermen) checked at the final evaluation (method §7), in the method's order. */
public enum EndTerm {
    /** The living situation has stabilised. */
    LIVING_SITUATION_STABILISED,
    /** The family takes responsibility for its situation as far as it can. */
    FAMILY_TAKES_RESPONSIBILITY,
    /** Tailored support is arranged where the family is not yet self-reliant. */
    TAILORED_SUPPORT_ARRANGED,
    /** Trust in society is restored in part. */
    TRUST_IN_SOCIETY_RESTORED,
    /** Social isolation is broken and participation resumed. */
    ISOLATION_BROKEN,
    /** Nuisance and justice contacts are reduced. */
    NUISANCE_AND_JUSTICE_REDUCED,
    /** The financial position has improved (debts reduced). */
    FINANCES_IMPROVED,
    /** Parenting support is realised. */
    PARENTING_SUPPORT_REALISED
}
