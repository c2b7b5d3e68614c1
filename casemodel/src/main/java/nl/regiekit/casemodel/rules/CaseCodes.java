package nl.regiekit.casemodel.rules;

import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Severity;

/** The codes of the case rules; each is documented in {@code docs/rules.md}. */
public final class CaseCodes {

    /** A referral without referrer (method §3: self-referral is not possible). */
    public static final FindingCode REFERRAL_NO_REFERRER = FindingCode.of("CASE-REFERRAL-NO-REFERRER", Severity.ERROR,
        "De aanmelding heeft geen aanmelder; zelfaanmelding is niet mogelijk bij outreachend casemanagement.",
        "The referral has no referrer; self-referral is not possible in outreaching case management.");
    /** Accepted while a contra-indication has no documented exception (method §3). */
    public static final FindingCode ACCEPTED_DESPITE_CONTRA_INDICATION = FindingCode.of(
        "CASE-ACCEPTED-DESPITE-CONTRA-INDICATION", Severity.ERROR,
        "De casus is aangenomen ondanks contra-indicatie {0} zonder gedocumenteerde uitzondering.",
        "The case was accepted despite contra-indication {0} without a documented exception.");
    /** Accepted with none of the admission criteria recorded (method §3). */
    public static final FindingCode ACCEPTED_WITHOUT_CRITERIA = FindingCode.of("CASE-ACCEPTED-WITHOUT-CRITERIA",
        Severity.WARNING,
        "De casus is aangenomen zonder dat een aanmeldcriterium is vastgelegd.",
        "The case was accepted with no admission criterion recorded.");
    /** Accepted without an introducer committed to aftercare (method §3). */
    public static final FindingCode INTRODUCER_NO_AFTERCARE = FindingCode.of("CASE-INTRODUCER-NO-AFTERCARE",
        Severity.WARNING,
        "Er is geen introducerende instantie die laagdrempelige nazorg in de wijk toezegt.",
        "No introducing organisation has committed to low-threshold aftercare in the neighbourhood.");
    /** Declined without a warm handover (method §3: where possible). */
    public static final FindingCode DECLINED_WITHOUT_HANDOVER = FindingCode.of("CASE-DECLINED-WITHOUT-HANDOVER",
        Severity.INFO,
        "De aanmelding is afgewezen zonder warme overdracht naar een andere organisatie.",
        "The referral was declined without a warm handover to another organisation.");
    /** A phase history that skips a phase (method §4). */
    public static final FindingCode PHASE_SKIPPED = FindingCode.of("CASE-PHASE-SKIPPED", Severity.ERROR,
        "Fase {0} volgt op {1}; daartussen is een fase overgeslagen.",
        "Phase {0} follows {1}; a phase in between was skipped.");
    /** A phase history that does not start with the introduction (method §4). */
    public static final FindingCode PHASE_FIRST_NOT_INTRODUCTION = FindingCode.of("CASE-PHASE-FIRST-NOT-INTRODUCTION",
        Severity.ERROR,
        "De fasegeschiedenis begint met {0} in plaats van met de introductie.",
        "The phase history starts with {0} instead of the introduction.");
    /** A phase history with a transition the method does not allow (method §4). */
    public static final FindingCode PHASE_TRANSITION_NOT_ALLOWED = FindingCode.of("CASE-PHASE-TRANSITION-NOT-ALLOWED",
        Severity.ERROR,
        "De overgang van fase {1} naar fase {0} is niet toegestaan.",
        "The transition from phase {1} to phase {0} is not allowed.");
    /** Phases recorded before the case was accepted (method §3, §4). */
    public static final FindingCode PHASE_BEFORE_ACCEPTANCE = FindingCode.of("CASE-PHASE-BEFORE-ACCEPTANCE",
        Severity.ERROR,
        "De casus is een fase ingegaan voordat hij was aangenomen.",
        "The case entered a phase before it was accepted.");
    /** An accepted case without a case manager (method §5). */
    public static final FindingCode NO_CASE_MANAGER = FindingCode.of("CASE-NO-CASE-MANAGER", Severity.ERROR,
        "De casus is aangenomen maar heeft geen casemanager.",
        "The case is accepted but has no case manager.");
    /** A youth worker on a family without a young person (method §5). */
    public static final FindingCode YOUTH_WORKER_WITHOUT_YOUNG_PERSON = FindingCode.of(
        "CASE-YOUTH-WORKER-WITHOUT-YOUNG-PERSON", Severity.WARNING,
        "Er is een jeugdhulpverlener, maar het gezin heeft geen jongere.",
        "There is a youth worker, but the family has no young person.");
    /** A member in the young-person role outside the policy's age range (method §5). */
    public static final FindingCode YOUNG_PERSON_AGE = FindingCode.of("CASE-YOUNG-PERSON-AGE", Severity.ERROR,
        "Gezinslid {0} heeft de rol jongere maar was op de aanmelddatum {1} jaar; het beleid vraagt {2} tot en met {3}.",
        "Member {0} has the young-person role but was {1} at the referral date; the policy asks {2} to {3}.");
    /** A family without a parent (method §1). */
    public static final FindingCode FAMILY_NO_PARENT = FindingCode.of("CASE-FAMILY-NO-PARENT", Severity.WARNING,
        "Het gezin heeft geen ouder; een multiprobleemgezin heeft ten minste één ouder en één kind.",
        "The family has no parent; a multiproblem family has at least one parent and one child.");
    /** A family without a child (method §1). */
    public static final FindingCode FAMILY_NO_CHILD = FindingCode.of("CASE-FAMILY-NO-CHILD", Severity.WARNING,
        "Het gezin heeft geen kind; een multiprobleemgezin heeft ten minste één ouder en één kind.",
        "The family has no child; a multiproblem family has at least one parent and one child.");
    /** A life-domain catalogue that is not known (method §6). */
    public static final FindingCode UNKNOWN_CATALOG = FindingCode.of("CASE-UNKNOWN-CATALOG", Severity.ERROR,
        "Leefgebiedenlijst {0} is niet bekend.",
        "Life-domain catalogue {0} is not known.");
    /** A life domain that is not in the case's catalogue (method §6). */
    public static final FindingCode UNKNOWN_LIFE_DOMAIN = FindingCode.of("CASE-UNKNOWN-LIFE-DOMAIN", Severity.ERROR,
        "Leefgebied {0} staat niet in leefgebiedenlijst {1}.",
        "Life domain {0} is not in life-domain catalogue {1}.");
    /** Information exchanged without consent or other lawful basis (method §11). */
    public static final FindingCode EXCHANGE_WITHOUT_CONSENT = FindingCode.of("CASE-EXCHANGE-WITHOUT-CONSENT",
        Severity.ERROR,
        "Informatie over gezinslid {0} op leefgebied {1} is uitgewisseld met instantie {2} zonder toestemming of "
            + "andere grondslag.",
        "Information about member {0} on life domain {1} was exchanged with organisation {2} without consent or "
            + "another lawful basis.");
    /** The contact phase ended without a problem inventory (method §4 phase 2). */
    public static final FindingCode INVENTORY_MISSING = FindingCode.of("CASE-INVENTORY-MISSING", Severity.WARNING,
        "Casus {0} ging de uitvoering in zonder probleeminventarisatie per leefgebied.",
        "Case {0} entered execution without a problem inventory per life domain.");
    /** The contact phase ended with a life domain left out of the problem inventory (method §4 phase 2). */
    public static final FindingCode INVENTORY_INCOMPLETE = FindingCode.of("CASE-INVENTORY-INCOMPLETE",
        Severity.WARNING,
        "Leefgebied {0} ontbreekt in de probleeminventarisatie, terwijl de contactfase is afgesloten.",
        "Life domain {0} is missing from the problem inventory, while the contact phase has ended.");
    /** The contact phase ended before the family agreed on the problem inventory (method §4 phase 2). */
    public static final FindingCode INVENTORY_NOT_AGREED = FindingCode.of("CASE-INVENTORY-NOT-AGREED",
        Severity.WARNING,
        "Casus {0} ging de uitvoering in voordat casemanager en gezin het eens waren over de probleeminventarisatie.",
        "Case {0} entered execution before the case manager and the family agreed on the problem inventory.");
    /** A problem the case's catalogue does not name on that life domain (method §1, §6). */
    public static final FindingCode UNKNOWN_PROBLEM = FindingCode.of("CASE-UNKNOWN-PROBLEM", Severity.ERROR,
        "Probleem {0} staat in leefgebiedenlijst {2} niet bij leefgebied {1}.",
        "Problem {0} is not listed on life domain {1} in life-domain catalogue {2}.");
    /** A consent given orally only: the method asks for a signed statement (method §11). */
    public static final FindingCode CONSENT_NOT_SIGNED = FindingCode.of("CASE-CONSENT-NOT-SIGNED", Severity.WARNING,
        "Toestemming {0} voor instantie {1} is mondeling gegeven; laat de toestemmingsverklaring ondertekenen.",
        "Consent {0} for organisation {1} was given orally; have the consent statement signed.");
    /** A recorded admission criterion the case does not meet (method §3). */
    public static final FindingCode CRITERION_NOT_MET = FindingCode.of("CASE-CRITERION-NOT-MET", Severity.WARNING,
        "Aanmeldcriterium {0} is vastgelegd, maar de casus voldoet er niet aan volgens criteriaset {1}.",
        "Admission criterion {0} is recorded, but the case does not meet it under criteria set {1}.");
    /** A recorded admission criterion the organisation's criteria set does not admit on (method §3). */
    public static final FindingCode CRITERION_OUTSIDE_SET = FindingCode.of("CASE-CRITERION-OUTSIDE-SET", Severity.INFO,
        "Aanmeldcriterium {0} hoort niet bij criteriaset {1} van de organisatie.",
        "Admission criterion {0} is not one of the organisation's criteria set {1}.");

    private CaseCodes() {
    }

    /** The catalogue of these codes, for {@link FindingCatalog#all()}. */
    public static final class Catalog implements FindingCatalog {
        /** Called by {@link java.util.ServiceLoader}. */
        public Catalog() {
        }

        @Override
        public Collection<FindingCode> codes() {
            return List.of(REFERRAL_NO_REFERRER, ACCEPTED_DESPITE_CONTRA_INDICATION, ACCEPTED_WITHOUT_CRITERIA,
                INTRODUCER_NO_AFTERCARE, DECLINED_WITHOUT_HANDOVER, PHASE_SKIPPED, PHASE_FIRST_NOT_INTRODUCTION,
                PHASE_TRANSITION_NOT_ALLOWED,
                PHASE_BEFORE_ACCEPTANCE, NO_CASE_MANAGER, YOUTH_WORKER_WITHOUT_YOUNG_PERSON, YOUNG_PERSON_AGE,
                FAMILY_NO_PARENT, FAMILY_NO_CHILD, UNKNOWN_CATALOG, UNKNOWN_LIFE_DOMAIN, EXCHANGE_WITHOUT_CONSENT,
                INVENTORY_MISSING, INVENTORY_INCOMPLETE, INVENTORY_NOT_AGREED, UNKNOWN_PROBLEM,
                CONSENT_NOT_SIGNED, CRITERION_NOT_MET, CRITERION_OUTSIDE_SET);
        }
    }
}
