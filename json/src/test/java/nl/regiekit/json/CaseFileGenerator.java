package nl.regiekit.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.Bsn;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.CaseManagementModel;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ConsentScope;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.ContraIndication;
import nl.regiekit.casemodel.ContraIndicationFound;
import nl.regiekit.casemodel.Criterion;
import nl.regiekit.casemodel.DocumentedException;
import nl.regiekit.casemodel.Family;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.Household;
import nl.regiekit.casemodel.HouseholdId;
import nl.regiekit.casemodel.InformationExchange;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.Introducer;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.Person;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.Referral;
import nl.regiekit.casemodel.Referrer;
import nl.regiekit.casemodel.ReferrerKind;
import nl.regiekit.casemodel.Role;
import nl.regiekit.casemodel.SafetyMeasure;
import nl.regiekit.casemodel.SafetyReason;
import nl.regiekit.casemodel.SafetyRestriction;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.meeting.CareConference;
import nl.regiekit.plan.meeting.CareConferences;
import nl.regiekit.plan.meeting.ConferenceKind;
import nl.regiekit.plan.meeting.ConferenceReason;
import nl.regiekit.plan.meeting.FamilyCouncil;
import nl.regiekit.plan.meeting.MeetingId;
import nl.regiekit.plan.meeting.Meetings;
import nl.regiekit.plan.meeting.MemberOutcome;
import nl.regiekit.plan.meeting.Point;
import nl.regiekit.plan.meeting.Turn;

/**
 * A seeded generator of valid, fictional cases, built through the public API the way a vendor
 * would ({@link Case#refer}, {@link Case#decide}, {@link Case#advanceTo}, {@link Case#involve},
 * {@link Case#recordConsent}, {@link Case#recordExchange}, ...). Every case it makes binds, passes
 * the schema and constraints, and breaks no rule with severity ERROR: a referrer, an accepted
 * decision after zero or more waiting-list places, a case manager, phases in an allowed order
 * after acceptance, young people aged 12 to 23, overridden contra-indications only, life domains
 * of the case's catalogue, and exchanges only where a consent permits them. Warnings (no
 * introducer, no criteria, ...) may occur. One case file in three holds a family council and a care
 * conference of its family. Not thread-safe: one generator per test.
 */
final class CaseFileGenerator {

    private static final List<String> GIVEN = List.of("Anouk", "Bram", "Chaima", "Daan", "Elif", "Finn", "Guusje",
        "Hamza", "Iris", "Joël", "Kees", "Lieke", "Mo", "Noë", "Otto", "Pien", "Quinten", "Rania", "Sem", "Tess",
        "Uriël", "Vera", "Wessel", "Xandra", "Yara", "Zoë");
    private static final List<String> FAMILY = List.of("Jansen", "de Vries", "Öztürk", "Bouzid", "Smit", "Mulder",
        "Hoekstra", "Nguyen", "Kramer", "Dijkstra", "Çelik", "Vermeulen", "Pietersen", "Achterberg");
    private static final List<String> PREFIXES = List.of("van", "de", "van der", "ter", "van 't");
    private static final List<String> WORDS = List.of("schoolverzuim", "huurachterstand", "schulden", "ruzie",
        "\"zorgmijding\"", "overlast", "geen dagbesteding", "isolement", "opvoedvragen", "verslaving",
        "a\\b", "regel1\nregel2", "tab\there", "ëïöü", "€ 1.200", "🙂", "<b>vet</b>", "50% minder");
    private static final List<LifeDomainCatalog> CATALOGS = LifeDomainCatalogs.builtIn().all();
    private static final CareConferences CONFERENCES = CareConferences.defaults();

    private final Random random;
    /** A stream of its own for the safety restrictions, so that adding them left the other values as they were. */
    private final Random safety;
    private int serial;

    /** A generator whose cases depend only on {@code seed}. */
    CaseFileGenerator(long seed) {
        this.random = new Random(seed);
        // Spread: the first values of generators seeded with neighbouring seeds are alike.
        this.safety = new Random(seed * 0x9E3779B97F4A7C15L);
    }

    /** The next case file document; one in three holds meetings. */
    CaseFile nextCaseFile() {
        Case subject = nextCase();
        CaseFile file = CaseFile.of(subject);
        return random.nextInt(3) == 0 ? file.withMeetings(meetings(subject)) : file;
    }

    /**
     * A family council and a care conference of {@code subject}: members of the family only, the
     * distribution list as consent allows, agreements that may lack parts (warnings, never errors).
     */
    private Meetings meetings(Case subject) {
        List<PersonId> members = subset(subject.family().members().stream().map(FamilyMember::id).toList(), 1);
        LocalDate date = subject.referral().date().plusDays(random.nextInt(400));
        List<Turn> turns = new ArrayList<>();
        List<MemberOutcome> outcomes = new ArrayList<>();
        for (PersonId member : members) {
            if (random.nextInt(4) > 0) {
                List<Point> points = new ArrayList<>();
                for (int i = random.nextInt(3); i > 0; i--) {
                    points.add(new Point(optionalText(), optionalText(), optionalText(), optionalText(), optionalText()));
                }
                turns.add(new Turn(member, optionalText(), optionalText(), optionalText(), points));
            }
            if (random.nextBoolean()) {
                outcomes.add(new MemberOutcome(member, random.nextBoolean()));
            }
        }
        FamilyCouncil council = new FamilyCouncil(MeetingId.of("m-council-" + token(5)), subject.id(), date,
            members, turns, outcomes, agreements(AgreementSource.FAMILY_COUNCIL, date, members), random.nextBoolean());
        LocalDate held = date.plusDays(random.nextInt(60));
        List<Responsible> present = new ArrayList<>();
        subject.team().caseManager().ifPresent(p -> present.add(Responsible.professional(p.id())));
        List<Agreement> made = agreements(AgreementSource.CARE_CONFERENCE, held, members);
        // Present are the organisations that may hear every agreement made, as the chair would see to.
        subject.organisations().stream().map(o -> o.id())
            .filter(o -> made.stream().allMatch(a -> CONFERENCES.audience(subject, a, held).contains(o)))
            .forEach(o -> present.add(Responsible.organisation(o)));
        present.add(Responsible.member(pick(members)));
        CareConference conference = new CareConference(MeetingId.of("m-conference-" + token(5)), subject.id(),
            pick(List.of(ConferenceKind.values())), held, subset(List.of(ConferenceReason.values()), 0), present,
            texts(2), made, CONFERENCES.distribution(subject, held), CONFERENCES.informed(subject, held));
        return new Meetings(List.of(council), List.of(conference));
    }

    private List<Agreement> agreements(AgreementSource source, LocalDate made, List<PersonId> members) {
        List<Agreement> agreements = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            agreements.add(new Agreement(AgreementId.of("a-" + token(6)),
                random.nextInt(4) > 0 ? Optional.of(Responsible.member(pick(members))) : Optional.empty(),
                random.nextInt(4) > 0 ? Optional.of(text()) : Optional.empty(),
                random.nextInt(4) > 0 ? Optional.of(made.plusDays(random.nextInt(90))) : Optional.empty(),
                source, made, pick(List.of(AgreementStatus.values()))));
        }
        return agreements;
    }

    /** The next case. */
    Case nextCase() {
        serial++;
        LifeDomainCatalog catalog = pick(CATALOGS);
        LocalDate referralDate = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(9 * 365));
        Family family = family(referralDate);
        List<PersonId> memberIds = family.members().stream().map(FamilyMember::id).toList();

        Case subject = Case.refer(CaseId.of("case-" + serial + "-" + token(6)), catalog.id(), family,
            referral(referralDate));
        LocalDate date = referralDate;
        for (int i = random.nextInt(3); i > 0; i--) {
            date = date.plusDays(random.nextInt(40));
            subject = subject.decide(new IntakeDecision.WaitingList(date, 1 + random.nextInt(5)));
        }
        date = date.plusDays(random.nextInt(40));
        subject = subject.decide(new IntakeDecision.Accepted(date));
        if (random.nextBoolean()) {
            subject = subject.withModel(pick(List.of(CaseManagementModel.values())));
        }
        boolean youngPerson = family.members().stream().anyMatch(m -> m.role() == Role.YOUNG_PERSON);
        subject = subject.withTeam(team -> {
            var changed = team.withCaseManager(professional("cm"));
            if (youngPerson && random.nextBoolean()) {
                changed = changed.withYouthWorker(professional("yw"));
            }
            if (random.nextBoolean()) {
                changed = changed.withBuddy(professional("bd"));
            }
            return changed;
        });

        // Phases in an allowed order, from the introduction, on or after the acceptance.
        Phase phase = null;
        for (int i = random.nextInt(7); i > 0; i--) {
            phase = phase == null ? Phase.INTRODUCTION : pick(List.copyOf(phase.allowedNext()));
            date = date.plusDays(random.nextInt(60));
            subject = subject.advanceTo(phase, date);
        }

        List<OrganisationId> organisations = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            OrganisationId id = OrganisationId.of("org-" + organisations.size() + "-" + token(4));
            LocalDate since = referralDate.minusDays(400).plusDays(random.nextInt(800));
            Optional<LocalDate> until = random.nextInt(4) == 0
                ? Optional.of(since.plusDays(random.nextInt(500))) : Optional.empty();
            subject = subject.involve(new InvolvedOrganisation(id, organisationName(), optionalText(),
                text(), subset(memberIds, 0), domains(catalog, 0), since, until));
            organisations.add(id);
        }

        List<PersonId> givers = family.members().stream()
            .filter(m -> m.role() == Role.PARENT || m.role() == Role.YOUNG_PERSON).map(FamilyMember::id).toList();
        for (int i = 0; i < organisations.size(); i++) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            ConsentId id = ConsentId.of("c-" + i + "-" + token(4));
            LocalDate first = referralDate.plusDays(random.nextInt(60));
            ConsentScope scope = random.nextBoolean() ? ConsentScope.UNLIMITED
                : new ConsentScope(subset(memberIds, 0), domains(catalog, 0));
            LawfulBasis basis = random.nextInt(4) == 0 ? pick(List.of(LawfulBasis.values())) : LawfulBasis.CONSENT;
            Optional<LocalDate> expires = random.nextInt(4) == 0
                ? Optional.of(first.plusDays(random.nextInt(700))) : Optional.empty();
            subject = subject.recordConsent(new Consent(id, organisations.get(i), pick(givers), scope, basis,
                List.of(new ConsentChange(first, pick(List.of(ConsentStatus.values())))), expires));
            if (random.nextBoolean()) {
                subject = subject.changeConsent(id, new ConsentChange(first.plusDays(random.nextInt(90)),
                    pick(List.of(ConsentStatus.values()))));
            }
        }

        // Exchanges only where some consent or other lawful basis permits every member and domain.
        for (int attempt = random.nextInt(6); attempt > 0; attempt--) {
            OrganisationId organisation = pick(organisations);
            LocalDate on = referralDate.plusDays(random.nextInt(400));
            List<PersonId> about = subset(memberIds, 1);
            List<LifeDomainCode> domains = domains(catalog, 1);
            Case current = subject;
            boolean permitted = about.stream().allMatch(member -> domains.stream()
                .allMatch(domain -> current.mayExchange(organisation, member, domain, on)));
            if (permitted) {
                subject = subject.recordExchange(new InformationExchange(on, organisation, about, domains));
            }
        }
        return subject;
    }

    /** A valid BSN: eight random digits and the check digit of the eleven-test. */
    String bsn() {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += digits[i] * (9 - i);
            }
            int check = sum % 11;
            if (check == 10) {
                continue;
            }
            digits[8] = check;
            StringBuilder text = new StringBuilder();
            for (int digit : digits) {
                text.append(digit);
            }
            if (!text.toString().equals("000000000")) {
                return text.toString();
            }
        }
    }

    private Family family(LocalDate referralDate) {
        int size = 2 + random.nextInt(7);
        List<FamilyMember> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Role role = switch (i) {
                case 0 -> Role.PARENT;
                case 1 -> random.nextBoolean() ? Role.CHILD : Role.YOUNG_PERSON;
                default -> pick(List.of(Role.values()));
            };
            members.add(new FamilyMember(person(i, role, referralDate), role));
        }
        List<PersonId> ids = members.stream().map(FamilyMember::id).toList();
        List<Household> households = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            households.add(new Household(HouseholdId.of("h-" + households.size() + "-" + token(3)), subset(ids, 1)));
        }
        // Safety restrictions: not to be informed, from any day; not to be invited only in one that ended before
        // the referral, so that the generated meetings, which invite any member, stay without errors.
        List<SafetyRestriction> restrictions = new ArrayList<>();
        if (safety.nextInt(4) == 0) {
            LocalDate since = referralDate.minusDays(1 + safety.nextInt(800));
            boolean ended = safety.nextBoolean();
            List<SafetyMeasure> measures = !ended ? List.of(SafetyMeasure.NOT_INFORMED) : switch (safety.nextInt(3)) {
                case 0 -> List.of(SafetyMeasure.NOT_INVITED);
                case 1 -> List.of(SafetyMeasure.NOT_INFORMED);
                default -> List.of(SafetyMeasure.NOT_INVITED, SafetyMeasure.NOT_INFORMED);
            };
            SafetyReason reason = SafetyReason.values()[safety.nextInt(SafetyReason.values().length)];
            restrictions.add(new SafetyRestriction(ids.get(safety.nextInt(ids.size())), measures, reason, since,
                ended ? Optional.of(referralDate.minusDays(1)) : Optional.empty()));
        }
        return new Family(members, households, List.of(), List.of(), List.of(), restrictions);
    }

    private Person person(int index, Role role, LocalDate referralDate) {
        PersonId id = PersonId.of("p-" + index + "-" + token(5));
        Optional<String> prefix = random.nextInt(4) == 0 ? Optional.of(pick(PREFIXES)) : Optional.empty();
        PersonName name = new PersonName(pick(GIVEN), prefix, pick(FAMILY));
        int age = switch (role) {
            case PARENT -> 20 + random.nextInt(40);
            case CHILD -> random.nextInt(12);
            // The policy's range is 12 to 24; a year short of the top keeps the extra days inside it.
            case YOUNG_PERSON -> 12 + random.nextInt(12);
            case OTHER_HOUSEHOLD_MEMBER -> 18 + random.nextInt(50);
            case EXTENDED_FAMILY -> 40 + random.nextInt(50);
        };
        Optional<LocalDate> birthDate = role == Role.YOUNG_PERSON || random.nextInt(5) > 0
            ? Optional.of(referralDate.minusYears(age).minusDays(random.nextInt(300))) : Optional.empty();
        Optional<Bsn> bsn = random.nextInt(3) > 0 ? Optional.of(Bsn.parse(bsn())) : Optional.empty();
        return new Person(id, name, birthDate, pick(List.of(Gender.values())), bsn);
    }

    private Referral referral(LocalDate date) {
        Referrer referrer = new Referrer(pick(List.of(ReferrerKind.values())), organisationName(), optionalText());
        Optional<Introducer> introducer = random.nextInt(3) > 0
            ? Optional.of(new Introducer(organisationName(), optionalText(), random.nextInt(4) > 0))
            : Optional.empty();
        Set<Criterion> criteria = new LinkedHashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            criteria.add(pick(List.of(Criterion.values())));
        }
        // Only overridden contra-indications: an accepted case with another breaks a rule.
        Set<ContraIndication> kinds = EnumSet.noneOf(ContraIndication.class);
        for (int i = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
            kinds.add(pick(List.of(ContraIndication.values())));
        }
        List<ContraIndicationFound> found = kinds.stream().map(kind -> new ContraIndicationFound(kind,
            Optional.of(new DocumentedException(date.plusDays(random.nextInt(10)), ProfessionalId.of("tl-" + token(4)),
                text())))).toList();
        return new Referral(date, Optional.of(referrer), introducer, texts(3), texts(2), List.copyOf(criteria), found);
    }

    private Professional professional(String prefix) {
        return new Professional(ProfessionalId.of(prefix + "-" + token(5)), pick(GIVEN) + " " + pick(FAMILY));
    }

    private String organisationName() {
        return pick(List.of("Wijkteam", "Jeugdhulp", "Schuldhulp", "GGZ", "Verslavingszorg", "Woningcorporatie"))
            + " " + pick(List.of("Noord", "Zuid", "Oost", "West", "Centrum")) + " " + random.nextInt(100);
    }

    private Optional<String> optionalText() {
        return random.nextBoolean() ? Optional.of(pick(GIVEN) + " " + pick(FAMILY)) : Optional.empty();
    }

    private List<String> texts(int max) {
        List<String> texts = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            texts.add(text());
        }
        return texts;
    }

    private String text() {
        StringBuilder text = new StringBuilder(pick(WORDS));
        for (int i = random.nextInt(6); i > 0; i--) {
            text.append(' ').append(pick(WORDS));
        }
        return text.toString();
    }

    private List<LifeDomainCode> domains(LifeDomainCatalog catalog, int min) {
        return subset(catalog.domains().stream().map(LifeDomain::code).toList(), min);
    }

    /** A random subset without repeats, in a random order, of at least {@code min} elements. */
    private <T> List<T> subset(List<T> from, int min) {
        List<T> shuffled = new ArrayList<>(from);
        java.util.Collections.shuffle(shuffled, random);
        int size = min + random.nextInt(from.size() - min + 1);
        return List.copyOf(shuffled.subList(0, size));
    }

    private String token(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < length; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
