package nl.regiekit.casemodel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Fixture catalogue of the casemodel module: one fictional family, the Jansen-de Vries family,
 * and a ready-made case for it. Every person, organisation and number here is invented; the
 * BSNs are test numbers that pass the eleven-test. Public static members only, so that the
 * tests of other modules can copy the style (or the family) without a test-jar.
 *
 * <p>The story: Sanne de Vries and Mark Jansen are divorced. Sanne lives with her new partner
 * Ruben Bakker, her daughter Noor (8) and her son Daan (15); Noor stays with her father every
 * other week, so she belongs to both households. Grandmother Els de Vries lives elsewhere and
 * helps out. The school social worker of Noor's school referred the family on 3 February 2025
 * because of rent arrears, Noor's absences and Mark's drinking. The team put the family on the
 * waiting list, accepted it three weeks later, and the case is now in execution.
 */
public final class SampleFamilies {

    /** The case of the Jansen-de Vries family. */
    public static final CaseId CASE_ID = CaseId.of("case-2025-0042");

    /** Sanne de Vries, mother, born 14 May 1986. */
    public static final PersonId MOTHER = PersonId.of("p-sanne");
    /** Mark Jansen, father, divorced from Sanne, born 2 November 1983. */
    public static final PersonId FATHER = PersonId.of("p-mark");
    /** Ruben Bakker, Sanne's new partner, living in her household. */
    public static final PersonId NEW_PARTNER = PersonId.of("p-ruben");
    /** Noor Jansen, 8 at referral, living in both households. */
    public static final PersonId CHILD = PersonId.of("p-noor");
    /** Daan Jansen, 15 at referral, a young person with a youth worker. */
    public static final PersonId YOUNG_PERSON = PersonId.of("p-daan");
    /** Els de Vries, Sanne's mother, extended family outside both households. */
    public static final PersonId GRANDMOTHER = PersonId.of("p-els");

    /** Sanne's household: Sanne, Ruben, Noor and Daan. */
    public static final HouseholdId MOTHERS_HOUSEHOLD = HouseholdId.of("hh-de-vries");
    /** Mark's household: Mark, and Noor every other week. */
    public static final HouseholdId FATHERS_HOUSEHOLD = HouseholdId.of("hh-jansen");

    /** The school social work of Noor's school; also the referrer. */
    public static final OrganisationId SCHOOL_SOCIAL_WORK = OrganisationId.of("org-school-social-work");
    /** Mark's addiction counsellor. */
    public static final OrganisationId ADDICTION_CARE = OrganisationId.of("org-addiction-care");
    /** The housing corporation that threatens eviction over the rent arrears. */
    public static final OrganisationId HOUSING_CORPORATION = OrganisationId.of("org-housing");
    /** The youth protection service that carries out Daan's supervision order. */
    public static final OrganisationId YOUTH_PROTECTION = OrganisationId.of("org-youth-protection");

    /** Sanne's consent for school social work about Noor. */
    public static final ConsentId SCHOOL_CONSENT = ConsentId.of("consent-school");
    /** Sanne's consent for the addiction counsellor about Noor: refused first, granted later (method §11). */
    public static final ConsentId ADDICTION_CONSENT = ConsentId.of("consent-addiction-noor");
    /** Sanne's consent for the housing corporation, limited in time. */
    public static final ConsentId HOUSING_CONSENT = ConsentId.of("consent-housing");
    /** Exchange with youth protection about Daan, on the basis of a child protection measure. */
    public static final ConsentId YOUTH_PROTECTION_BASIS = ConsentId.of("basis-youth-protection");

    /** The case manager's identifier. */
    public static final ProfessionalId CASE_MANAGER = ProfessionalId.of("prof-cm-017");
    /** The youth worker's identifier. */
    public static final ProfessionalId YOUTH_WORKER = ProfessionalId.of("prof-yw-004");
    /** The team leader who documented the exception to a contra-indication. */
    public static final ProfessionalId TEAM_LEADER = ProfessionalId.of("prof-tl-001");

    /** Financial situation, in the active case management catalogue. */
    public static final LifeDomainCode FINANCES = LifeDomainCode.of("financial-situation");
    /** Housing. */
    public static final LifeDomainCode HOUSING = LifeDomainCode.of("housing");
    /** Children. */
    public static final LifeDomainCode CHILDREN = LifeDomainCode.of("children");
    /** Well-being. */
    public static final LifeDomainCode WELL_BEING = LifeDomainCode.of("well-being");
    /** Daytime activities. */
    public static final LifeDomainCode DAYTIME_ACTIVITIES = LifeDomainCode.of("daytime-activities");
    /** Relationships. */
    public static final LifeDomainCode RELATIONSHIPS = LifeDomainCode.of("relationships");

    /** The day school social work referred the family. */
    public static final LocalDate REFERRAL_DATE = LocalDate.of(2025, 2, 3);
    /** The day the team put the family on the waiting list. */
    public static final LocalDate WAITING_LIST_DATE = LocalDate.of(2025, 2, 17);
    /** The day the team accepted the family, when an opening appeared. */
    public static final LocalDate ACCEPTED_DATE = LocalDate.of(2025, 3, 10);
    /** The introduction through the neighbourhood team. */
    public static final LocalDate INTRODUCTION_DATE = LocalDate.of(2025, 3, 17);
    /** Making contact and motivating begins; the first consents are signed. */
    public static final LocalDate CONTACT_DATE = LocalDate.of(2025, 3, 31);
    /** Sanne refuses contact with Mark's addiction counsellor about Noor. */
    public static final LocalDate ADDICTION_CONSENT_REFUSED = LocalDate.of(2025, 4, 7);
    /** Sanne grants it after all. */
    public static final LocalDate ADDICTION_CONSENT_GRANTED = LocalDate.of(2025, 6, 2);
    /** Execution of the plan begins. */
    public static final LocalDate EXECUTION_DATE = LocalDate.of(2025, 7, 1);

    private SampleFamilies() {
    }

    /** Sanne de Vries: mother. */
    public static Person mother() {
        return new Person(MOTHER, new PersonName("Sanne", Optional.of("de"), "Vries"),
            Optional.of(LocalDate.of(1986, 5, 14)), Gender.FEMALE, Optional.of(Bsn.parse("111222333")));
    }

    /** Mark Jansen: father, divorced. */
    public static Person father() {
        return new Person(FATHER, PersonName.of("Mark", "Jansen"), Optional.of(LocalDate.of(1983, 11, 2)),
            Gender.MALE, Optional.of(Bsn.parse("123456782")));
    }

    /** Ruben Bakker: the mother's new partner. */
    public static Person newPartner() {
        return new Person(NEW_PARTNER, PersonName.of("Ruben", "Bakker"), Optional.of(LocalDate.of(1985, 1, 23)),
            Gender.MALE, Optional.of(Bsn.parse("234567892")));
    }

    /** Noor Jansen: 8 on the referral date. */
    public static Person child() {
        return new Person(CHILD, PersonName.of("Noor", "Jansen"), Optional.of(LocalDate.of(2016, 6, 10)),
            Gender.FEMALE, Optional.of(Bsn.parse("314159265")));
    }

    /** Daan Jansen: 15 on the referral date. */
    public static Person youngPerson() {
        return new Person(YOUNG_PERSON, PersonName.of("Daan", "Jansen"), Optional.of(LocalDate.of(2009, 8, 15)),
            Gender.MALE, Optional.of(Bsn.parse("271828183")));
    }

    /** Els de Vries: grandmother, birth date and BSN not recorded. */
    public static Person grandmother() {
        return new Person(GRANDMOTHER, new PersonName("Els", Optional.of("de"), "Vries"), Optional.empty(),
            Gender.FEMALE, Optional.empty());
    }

    /**
     * The Jansen-de Vries family: members in the order mother, father, new partner, child,
     * young person, grandmother (indexes 0 to 5), two households, authority and parenthood.
     */
    public static Family family() {
        return new Family(List.of(
            new FamilyMember(mother(), Role.PARENT),
            new FamilyMember(father(), Role.PARENT),
            new FamilyMember(newPartner(), Role.OTHER_HOUSEHOLD_MEMBER),
            new FamilyMember(child(), Role.CHILD),
            new FamilyMember(youngPerson(), Role.YOUNG_PERSON),
            new FamilyMember(grandmother(), Role.EXTENDED_FAMILY)), List.of(
            new Household(MOTHERS_HOUSEHOLD, List.of(MOTHER, NEW_PARTNER, CHILD, YOUNG_PERSON)),
            new Household(FATHERS_HOUSEHOLD, List.of(FATHER, CHILD))), authorities(), List.of(), parenthoods());
    }

    /** Mother and father are the legal and biological parents of both children; the new partner is Noor's step-parent. */
    public static List<Parenthood> parenthoods() {
        return List.of(Parenthood.legalAndBiological(MOTHER, CHILD), Parenthood.legalAndBiological(FATHER, CHILD),
            Parenthood.legalAndBiological(MOTHER, YOUNG_PERSON), Parenthood.legalAndBiological(FATHER, YOUNG_PERSON),
            Parenthood.notLegal(NEW_PARTNER, CHILD, ParenthoodKind.STEP));
    }

    /** Both parents hold authority over both children, from their births, as after a divorce by default. */
    public static List<Authority> authorities() {
        return List.of(
            new Authority(CHILD, List.of(MOTHER, FATHER), child().birthDate().orElseThrow(), Optional.empty()),
            new Authority(YOUNG_PERSON, List.of(MOTHER, FATHER), youngPerson().birthDate().orElseThrow(),
                Optional.empty()));
    }

    /** The family with the member {@code id} given another role. */
    public static Family familyWithRole(PersonId id, Role role) {
        Family family = family();
        List<FamilyMember> members = family.members().stream()
            .map(m -> m.id().equals(id) ? new FamilyMember(m.person(), role) : m)
            .toList();
        return new Family(members, family.households(), family.authorities(), family.representations(),
            family.parenthoods());
    }

    /** The referrer: school social work of Noor's school. */
    public static Referrer referrer() {
        return new Referrer(ReferrerKind.SCHOOL_SOCIAL_WORK, "Schoolmaatschappelijk werk De Regenboog",
            Optional.of("W. Kuipers"));
    }

    /** The introducer: the neighbourhood team, committed to aftercare. */
    public static Introducer introducer() {
        return new Introducer("Buurtteam Oost", Optional.of("F. Haddou"), true);
    }

    /** Mark's addiction, a contra-indication overridden by a documented exception. */
    public static ContraIndicationFound overriddenContraIndication() {
        return new ContraIndicationFound(ContraIndication.SINGLE_UNDERLYING_PROBLEM, Optional.of(
            new DocumentedException(ACCEPTED_DATE, TEAM_LEADER,
                "De verslaving van vader is één component; schulden en opvoeding staan daar los van.")));
    }

    /** The referral: referrer, introducer, signals, four criteria and one overridden contra-indication. */
    public static Referral referral() {
        return new Referral(REFERRAL_DATE, Optional.of(referrer()), Optional.of(introducer()),
            List.of("Noor komt vaak te laat en zonder ontbijt op school.", "Huurachterstand van vier maanden."),
            List.of("Meerdere instanties betrokken zonder regie.", "Gezin houdt hulp af."),
            List.of(Criterion.THREE_OR_MORE_ORGANISATIONS, Criterion.PROBLEMS_IN_TWO_OR_MORE_DOMAINS,
                Criterion.RESISTANCE_TO_HELP, Criterion.THREATENED_EVICTION),
            List.of(overriddenContraIndication()));
    }

    /** The case manager. */
    public static Professional caseManager() {
        return new Professional(CASE_MANAGER, "Karin Smit");
    }

    /** Daan's youth worker. */
    public static Professional youthWorker() {
        return new Professional(YOUTH_WORKER, "Youssef El Amrani");
    }

    /** The four involved organisations, in the order school, addiction care, housing, youth protection. */
    public static List<InvolvedOrganisation> organisations() {
        return List.of(
            new InvolvedOrganisation(SCHOOL_SOCIAL_WORK, "Schoolmaatschappelijk werk De Regenboog",
                Optional.of("W. Kuipers"), "Verzuim en verzorging van Noor.", List.of(CHILD), List.of(CHILDREN),
                LocalDate.of(2024, 9, 2), Optional.empty()),
            new InvolvedOrganisation(ADDICTION_CARE, "Verslavingszorg Noord", Optional.of("P. de Graaf"),
                "Ambulante behandeling van het alcoholgebruik van vader.", List.of(FATHER), List.of(WELL_BEING),
                LocalDate.of(2024, 11, 18), Optional.empty()),
            new InvolvedOrganisation(HOUSING_CORPORATION, "Woonstichting Oost", Optional.empty(),
                "Huurachterstand en dreigende ontruiming.", List.of(MOTHER), List.of(HOUSING, FINANCES),
                LocalDate.of(2025, 1, 6), Optional.empty()),
            new InvolvedOrganisation(YOUTH_PROTECTION, "Jeugdbescherming Regio", Optional.of("L. Mulder"),
                "Ondertoezichtstelling van Daan.", List.of(YOUNG_PERSON), List.of(DAYTIME_ACTIVITIES, RELATIONSHIPS),
                LocalDate.of(2024, 10, 1), Optional.empty()));
    }

    /** A new referral of the family: no decision, no phase, no team. */
    public static Case referredCase() {
        return Case.refer(CASE_ID, LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(), family(), referral());
    }

    /**
     * The case accepted after the waiting list, with case manager and youth worker, the four
     * organisations, four consents (the addiction counsellor's refused, then granted) and four
     * information exchanges, each covered; now in {@link Phase#EXECUTION}. The case rules find
     * nothing in it.
     */
    public static Case acceptedCaseInExecution() {
        return referredCase()
            .decide(new IntakeDecision.WaitingList(WAITING_LIST_DATE, 2))
            .decide(new IntakeDecision.Accepted(ACCEPTED_DATE))
            .withModel(CaseManagementModel.INTENSIVE)
            .withTeam(team -> team.withCaseManager(caseManager()).withYouthWorker(youthWorker()))
            .advanceTo(Phase.INTRODUCTION, INTRODUCTION_DATE)
            .involve(organisations().get(0))
            .involve(organisations().get(1))
            .involve(organisations().get(2))
            .involve(organisations().get(3))
            .advanceTo(Phase.CONTACT_AND_MOTIVATION, CONTACT_DATE)
            .recordConsent(new Consent(SCHOOL_CONSENT, SCHOOL_SOCIAL_WORK, MOTHER,
                new ConsentScope(List.of(CHILD), List.of(CHILDREN)), LawfulBasis.CONSENT,
                List.of(new ConsentChange(CONTACT_DATE, ConsentStatus.GRANTED)), Optional.empty()))
            .recordConsent(new Consent(HOUSING_CONSENT, HOUSING_CORPORATION, MOTHER,
                new ConsentScope(List.of(MOTHER), List.of(HOUSING, FINANCES)), LawfulBasis.CONSENT,
                List.of(new ConsentChange(CONTACT_DATE, ConsentStatus.GRANTED)),
                Optional.of(LocalDate.of(2026, 3, 30))))
            .recordConsent(new Consent(YOUTH_PROTECTION_BASIS, YOUTH_PROTECTION, MOTHER,
                new ConsentScope(List.of(YOUNG_PERSON), List.of()), LawfulBasis.CHILD_PROTECTION_MEASURE,
                List.of(), Optional.empty()))
            .recordConsent(new Consent(ADDICTION_CONSENT, ADDICTION_CARE, MOTHER,
                new ConsentScope(List.of(CHILD), List.of(CHILDREN)), LawfulBasis.CONSENT,
                List.of(new ConsentChange(ADDICTION_CONSENT_REFUSED, ConsentStatus.REFUSED)), Optional.empty()))
            .recordExchange(new InformationExchange(LocalDate.of(2025, 4, 14), HOUSING_CORPORATION,
                List.of(MOTHER), List.of(HOUSING, FINANCES)))
            .recordExchange(new InformationExchange(LocalDate.of(2025, 4, 22), SCHOOL_SOCIAL_WORK,
                List.of(CHILD), List.of(CHILDREN)))
            .recordExchange(new InformationExchange(LocalDate.of(2025, 5, 6), YOUTH_PROTECTION,
                List.of(YOUNG_PERSON), List.of(DAYTIME_ACTIVITIES)))
            .changeConsent(ADDICTION_CONSENT, new ConsentChange(ADDICTION_CONSENT_GRANTED, ConsentStatus.GRANTED))
            .recordExchange(new InformationExchange(LocalDate.of(2025, 6, 10), ADDICTION_CARE,
                List.of(CHILD), List.of(CHILDREN)))
            .advanceTo(Phase.EXECUTION, EXECUTION_DATE);
    }
}
