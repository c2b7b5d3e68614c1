package nl.regiekit.casemodel;

/**
 * Why a {@link SafetyRestriction} is recorded, as a code: the circumstances themselves are personal
 * and stay out of the model, its findings and its logs (method §11).
 */
public enum SafetyReason {
    /** The member threatened another member or a professional (bedreiging). */
    THREAT,
    /** Domestic violence or child abuse by the member (huiselijk geweld, kindermishandeling). */
    DOMESTIC_VIOLENCE,
    /** A restraining order against the member: a temporary house ban or a contact ban (huisverbod, contactverbod). */
    RESTRAINING_ORDER,
    /** Another member lives at a secret address, such as a women's shelter (geheim adres, vrouwenopvang). */
    SECRET_ADDRESS,
    /** The family's safety plan says so (veiligheidsplan). */
    SAFETY_PLAN
}
