package nl.regiekit.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.regiekit.casemodel.Authority;
import nl.regiekit.casemodel.Bsn;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.CaseManagementModel;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ConsentScope;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.ContactAttempt;
import nl.regiekit.casemodel.ContactKind;
import nl.regiekit.casemodel.ContactOutcome;
import nl.regiekit.casemodel.Criterion;
import nl.regiekit.casemodel.Family;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.Household;
import nl.regiekit.casemodel.HouseholdId;
import nl.regiekit.casemodel.ExchangeDirection;
import nl.regiekit.casemodel.InformationExchange;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.Introducer;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.Parenthood;
import nl.regiekit.casemodel.Person;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.casemodel.ProblemInventory;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.Referral;
import nl.regiekit.casemodel.Referrer;
import nl.regiekit.casemodel.ReferrerKind;
import nl.regiekit.casemodel.Role;

/**
 * The fictional family of the demo: the Bakker-El Amrani family, built with the public API the
 * way a vendor would. Three generations (a grandmother in the extended family), parents who
 * divorced and a mother with a new partner in two households, a young person of fifteen and a
 * child of eight; four involved organisations; a consent for addiction care about the children that
 * the mother first refused and later granted. The first phase is told too: visits, a letter and a
 * call that went unanswered or were refused until the introducer opened the door, practical help on
 * the spot before there was a plan, and the problem inventory agreed before execution. All people and
 * numbers are invented.
 */
final class DemoCase {

    static final PersonId MOTHER = PersonId.of("p-mother");
    static final PersonId FATHER = PersonId.of("p-father");
    static final PersonId PARTNER = PersonId.of("p-partner");
    static final PersonId DAUGHTER = PersonId.of("p-daughter");
    static final PersonId SON = PersonId.of("p-son");
    static final PersonId GRANDMOTHER = PersonId.of("p-grandmother");

    private static final OrganisationId SCHOOL_SOCIAL_WORK = OrganisationId.of("org-school-social-work");
    private static final OrganisationId YOUTH_CARE = OrganisationId.of("org-youth-care");
    private static final OrganisationId DEBT_COUNSELLING = OrganisationId.of("org-debt-counselling");
    private static final OrganisationId ADDICTION_CARE = OrganisationId.of("org-addiction-care");

    /** The problems of the inventory per life domain; the other domains were gone through without problems. */
    private static final Map<String, String> PROBLEMS = Map.of(
        "financial-situation", "Schulden en een huurachterstand van vier maanden",
        "housing", "Dreigende huisuitzetting; de stroom was afgesloten",
        "children", "Noor verzuimt vaak school; de kinderen sliepen zonder eigen bed",
        "relationships", "Spanningen tussen de ouders na de scheiding",
        "well-being", "Alcoholgebruik van de vader",
        "daytime-activities", "Noor gaat nauwelijks naar school");

    private DemoCase() {
    }

    /** The demo case as it stands after three months of execution. */
    static Case build() {
        Family family = new Family(List.of(
            member(MOTHER, "Samira", "El Amrani", LocalDate.of(1986, 3, 14), Gender.FEMALE, "111222333", Role.PARENT),
            member(FATHER, "Dennis", "Bakker", LocalDate.of(1983, 11, 2), Gender.MALE, null, Role.PARENT),
            member(PARTNER, "Ruben", "Visser", LocalDate.of(1985, 6, 21), Gender.MALE, null,
                Role.OTHER_HOUSEHOLD_MEMBER),
            member(DAUGHTER, "Noor", "Bakker", LocalDate.of(2010, 9, 5), Gender.FEMALE, null, Role.YOUNG_PERSON),
            member(SON, "Milan", "Bakker", LocalDate.of(2017, 1, 30), Gender.MALE, null, Role.CHILD),
            member(GRANDMOTHER, "Fatima", "El Amrani", LocalDate.of(1961, 7, 8), Gender.FEMALE, null,
                Role.EXTENDED_FAMILY)),
            List.of(new Household(HouseholdId.of("h-mother"), List.of(MOTHER, PARTNER, DAUGHTER, SON)),
                new Household(HouseholdId.of("h-father"), List.of(FATHER))),
            // After the divorce both parents kept authority over the children, as Dutch law has it by default.
            List.of(new Authority(DAUGHTER, List.of(MOTHER, FATHER), LocalDate.of(2010, 9, 5), Optional.empty()),
                new Authority(SON, List.of(MOTHER, FATHER), LocalDate.of(2017, 1, 30), Optional.empty())),
            List.of(),
            // Both are the children's legal and biological parents; Ruben, the mother's partner, is neither.
            List.of(Parenthood.legalAndBiological(MOTHER, DAUGHTER), Parenthood.legalAndBiological(FATHER, DAUGHTER),
                Parenthood.legalAndBiological(MOTHER, SON), Parenthood.legalAndBiological(FATHER, SON)));

        Referral referral = new Referral(LocalDate.of(2025, 9, 1),
            Optional.of(new Referrer(ReferrerKind.SCHOOL_SOCIAL_WORK, "Basisschool De Regenboog",
                Optional.of("M. de Wit"))),
            Optional.of(new Introducer("Wijkteam Noord", Optional.of("A. Yilmaz"), true)),
            List.of("Noor verzuimt vaak school", "Huurachterstand van vier maanden"),
            List.of("Problemen op meerdere leefgebieden; hulpverlening komt niet van de grond"),
            List.of(Criterion.PROBLEMS_IN_TWO_OR_MORE_DOMAINS, Criterion.THREE_OR_MORE_ORGANISATIONS,
                Criterion.RESISTANCE_TO_HELP, Criterion.THREATENED_EVICTION),
            List.of());

        Case subject = Case.refer(CaseId.of("case-2025-017"), LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(),
                family, referral)
            .decide(new IntakeDecision.WaitingList(LocalDate.of(2025, 9, 8), 2))
            .decide(new IntakeDecision.Accepted(LocalDate.of(2025, 9, 22)))
            .withModel(CaseManagementModel.INTENSIVE)
            .withTeam(team -> team
                .withCaseManager(new Professional(ProfessionalId.of("cm-jansen"), "Inge Jansen"))
                .withYouthWorker(new Professional(ProfessionalId.of("yw-de-groot"), "Thomas de Groot"))
                .withBuddy(new Professional(ProfessionalId.of("cm-peters"), "Lotte Peters")))
            .advanceTo(Phase.INTRODUCTION, LocalDate.of(2025, 9, 29))
            .advanceTo(Phase.CONTACT_AND_MOTIVATION, LocalDate.of(2025, 10, 13))
            .involve(organisation(SCHOOL_SOCIAL_WORK, "Schoolmaatschappelijk werk De Regenboog",
                "Schoolverzuim van Noor", List.of(DAUGHTER, SON), List.of("children"), LocalDate.of(2025, 3, 1)))
            .involve(organisation(YOUTH_CARE, "Jeugdhulp Regio Noord", "Opvoedondersteuning",
                List.of(MOTHER, DAUGHTER), List.of("children", "relationships"), LocalDate.of(2025, 6, 1)))
            .involve(organisation(DEBT_COUNSELLING, "Schuldhulpverlening Gemeente", "Huurachterstand en schulden",
                List.of(MOTHER, PARTNER), List.of("financial-situation", "housing"), LocalDate.of(2025, 10, 20)))
            .involve(organisation(ADDICTION_CARE, "Verslavingszorg Noord", "Alcoholgebruik van de vader",
                List.of(FATHER), List.of("well-being"), LocalDate.of(2025, 4, 1)));

        subject = subject
            .recordConsent(consent("c-school", SCHOOL_SOCIAL_WORK, MOTHER, List.of(), LocalDate.of(2025, 10, 20)))
            .recordConsent(consent("c-youth-care", YOUTH_CARE, MOTHER, List.of(), LocalDate.of(2025, 10, 20)))
            .recordConsent(consent("c-debt", DEBT_COUNSELLING, MOTHER, List.of(), LocalDate.of(2025, 10, 20)))
            .recordConsent(new Consent(ConsentId.of("c-addiction-care-father"), ADDICTION_CARE, FATHER,
                new ConsentScope(List.of(FATHER), List.of()), LawfulBasis.CONSENT,
                List.of(new ConsentChange(LocalDate.of(2025, 10, 20), ConsentStatus.GRANTED)), Optional.empty()))
            // The mother first forbade the helpers to discuss the children with the father's addiction
            // counsellor, and granted it later (method §11).
            .recordConsent(new Consent(ConsentId.of("c-addiction-care-children"), ADDICTION_CARE, MOTHER,
                new ConsentScope(List.of(DAUGHTER, SON), List.of()), LawfulBasis.CONSENT,
                List.of(new ConsentChange(LocalDate.of(2025, 10, 20), ConsentStatus.REFUSED)), Optional.empty()))
            .changeConsent(ConsentId.of("c-addiction-care-children"),
                new ConsentChange(LocalDate.of(2025, 12, 1), ConsentStatus.GRANTED))
            // Samira consents for herself and, holding authority, for the children; Noor, fifteen, consents
            // together with her (method §11); Ruben, an adult, for himself. Dennis consents only to his own
            // addiction care, so no other organisation sees his data.
            .recordConsent(consent("c-school-noor", SCHOOL_SOCIAL_WORK, DAUGHTER, List.of(DAUGHTER),
                LocalDate.of(2025, 10, 20)))
            .recordConsent(consent("c-youth-care-noor", YOUTH_CARE, DAUGHTER, List.of(DAUGHTER),
                LocalDate.of(2025, 10, 20)))
            .recordConsent(consent("c-debt-ruben", DEBT_COUNSELLING, PARTNER, List.of(PARTNER),
                LocalDate.of(2025, 10, 20)))
            .recordConsent(consent("c-addiction-care-noor", ADDICTION_CARE, DAUGHTER, List.of(DAUGHTER),
                LocalDate.of(2025, 12, 1)))
            .recordExchange(new InformationExchange(LocalDate.of(2025, 10, 27), DEBT_COUNSELLING,
                List.of(MOTHER), List.of(LifeDomainCode.of("financial-situation")),
                Optional.of(ExchangeDirection.RECEIVED_FROM)))
            .recordExchange(new InformationExchange(LocalDate.of(2025, 12, 8), ADDICTION_CARE,
                List.of(FATHER, DAUGHTER), List.of(LifeDomainCode.of("well-being"), LifeDomainCode.of("children")),
                Optional.of(ExchangeDirection.GIVEN_TO)))
            .advanceTo(Phase.EXECUTION, LocalDate.of(2026, 1, 12));
        return firstPhase(subject);
    }

    /**
     * The first phase (method §1, §4): three attempts without contact, then the neighbourhood team that
     * knows the family takes the case manager along and a follow-up appointment is made; urgent things
     * are arranged on the spot before any plan; the problem inventory is agreed a week before execution.
     */
    private static Case firstPhase(Case subject) {
        return subject
            .recordContactAttempt(ContactAttempt.of(LocalDate.of(2025, 9, 30), ContactKind.HOME_VISIT,
                ContactOutcome.NO_RESPONSE))
            .recordContactAttempt(ContactAttempt.of(LocalDate.of(2025, 10, 2), ContactKind.LETTER,
                ContactOutcome.NO_RESPONSE))
            .recordContactAttempt(ContactAttempt.of(LocalDate.of(2025, 10, 7), ContactKind.PHONE_CALL,
                ContactOutcome.REFUSED))
            .recordContactAttempt(ContactAttempt.contactWithAppointment(LocalDate.of(2025, 10, 10),
                ContactKind.THROUGH_INTRODUCER, LocalDate.of(2025, 10, 13)))
            .recordPracticalHelp(new PracticalHelp(LocalDate.of(2025, 10, 14), LifeDomainCode.of("housing"), List.of(),
                Optional.empty(), "Energieleverancier gebeld: de stroom is dezelfde dag weer aangesloten"))
            .recordPracticalHelp(new PracticalHelp(LocalDate.of(2025, 10, 15),
                LifeDomainCode.of("financial-situation"), List.of(MOTHER, PARTNER), Optional.empty(),
                "Voedselpakketten via de voedselbank geregeld"))
            .recordPracticalHelp(new PracticalHelp(LocalDate.of(2025, 10, 21), LifeDomainCode.of("housing"),
                List.of(MOTHER, PARTNER), Optional.of(DEBT_COUNSELLING),
                "Betalingsregeling voor de huurachterstand; de woningcorporatie schort de uitzetting op"))
            .recordPracticalHelp(new PracticalHelp(LocalDate.of(2025, 10, 22), LifeDomainCode.of("children"),
                List.of(DAUGHTER, SON), Optional.empty(), "Bedden voor Noor en Milan geregeld"))
            .withInventory(new ProblemInventory(LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.domains().stream()
                .map(d -> new InventoryEntry(d.code(), PROBLEMS.containsKey(d.code().value()),
                    Optional.ofNullable(PROBLEMS.get(d.code().value())),
                    d.hasProblem(LifeDomainCatalogs.THREATENED_EVICTION) ? List.of(LifeDomainCatalogs.THREATENED_EVICTION)
                        : List.of()))
                .toList(), Optional.of(LocalDate.of(2026, 1, 5))));
    }

    private static FamilyMember member(PersonId id, String given, String familyName, LocalDate born, Gender gender,
                                       String bsn, Role role) {
        return new FamilyMember(new Person(id, PersonName.of(given, familyName), Optional.of(born), gender,
            Optional.ofNullable(bsn).map(Bsn::parse)), role);
    }

    private static InvolvedOrganisation organisation(OrganisationId id, String name, String reason,
                                                     List<PersonId> members, List<String> domains, LocalDate since) {
        return new InvolvedOrganisation(id, name, Optional.empty(), reason, members,
            domains.stream().map(LifeDomainCode::of).toList(), since, Optional.empty());
    }

    private static Consent consent(String id, OrganisationId organisation, PersonId givenBy, List<PersonId> about,
                                   LocalDate granted) {
        return new Consent(ConsentId.of(id), organisation, givenBy, new ConsentScope(about, List.of()),
            LawfulBasis.CONSENT, List.of(new ConsentChange(granted, ConsentStatus.GRANTED)), Optional.empty());
    }
}
