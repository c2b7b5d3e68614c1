package nl.regiekit.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.AssessmentId;
import nl.regiekit.balance.Factor;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.AcuteDanger;
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
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.Parenthood;
import nl.regiekit.casemodel.Person;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.casemodel.ProblemInventory;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.Referral;
import nl.regiekit.casemodel.Representation;
import nl.regiekit.casemodel.RepresentationKind;
import nl.regiekit.casemodel.Role;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.Relative;
import nl.regiekit.genogram.SocialTie;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.genogram.TieKind;
import nl.regiekit.genogram.TieQuality;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.Attainment;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.EvaluationId;
import nl.regiekit.plan.EvaluationKind;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.GoalScore;
import nl.regiekit.plan.GoalSource;
import nl.regiekit.plan.GoalStatus;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.ProblemCore;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.Smart;
import nl.regiekit.plan.Task;
import nl.regiekit.plan.Term;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.TrajectoryStatus;
import nl.regiekit.plan.VersionReason;
import nl.regiekit.plan.YouthPlan;
import nl.regiekit.plan.YouthPlanDomain;
import nl.regiekit.plan.YouthPlanId;
import nl.regiekit.plan.meeting.FamilyCouncil;
import nl.regiekit.plan.meeting.MeetingId;

/**
 * A seeded generator of case files for the property test of the limited outputs
 * ({@link LimitedOutputsPropertyTests}): families of two to seven members of every age (babies to adults,
 * some without a birth date), authority with one or two holders (ended, changed, or none recorded), an
 * adult's representative, involvements that end, consents granted, refused, withdrawn or expiring, limited
 * to some members and domains and given by entitled and non-entitled members, other lawful bases that start
 * later or are withdrawn or expire, plans of several versions (with a goal identifier reused for another
 * goal, evaluations with scores, agreements and tasks in free text, youth plans), outreach, balance
 * assessments, a genogram and sociogram, and a family council.
 *
 * <p>Every personal field of member {@code i} carries its sentinel {@link #sentinel(int)}: the name parts,
 * the identifier, the BSN; and every free text that is about that member (a goal's title and SMART parts, an
 * agreement or task, an involvement's reason, a referral signal, a situation, practical help, an inventory
 * entry, a youth plan, an assessment's note) carries the sentinels of the members it is about: for a text
 * about one organisation's work, its involvement's members. Birth dates fall on the 15th to 28th of a month,
 * every other date of the case on the 1st to 14th, so a birth date in an output is a birth date. Fictional.
 */
final class GeneratedCaseFiles {

    static final List<LifeDomainCode> DOMAINS = LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.domains().stream()
        .map(LifeDomain::code).toList();
    static final List<OrganisationId> ORGANISATIONS = List.of(OrganisationId.of("org-alpha"),
        OrganisationId.of("org-bravo"), OrganisationId.of("org-charlie"), OrganisationId.of("org-delta"));
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    /** The last day a generated event can fall on. */
    static final LocalDate END = LocalDate.of(2026, 12, 14);
    private static final ProfessionalId CASE_MANAGER = ProfessionalId.of("cm-gen");

    /**
     * A generated case file with the sentinels of its members, by member, and the tokens of what was written
     * or held on a date (a plan version's texts, an evaluation's identifier), with that date.
     */
    record Generated(CaseFile file, Map<PersonId, List<String>> sentinels, Map<String, LocalDate> dated) {
    }

    private final Random random;
    private final List<PersonId> ids = new ArrayList<>();
    private final List<FamilyMember> members = new ArrayList<>();
    private final CaseId caseId;
    private final Map<String, LocalDate> dated = new LinkedHashMap<>();
    private List<InvolvedOrganisation> involvements = List.of();

    private GeneratedCaseFiles(Random random, int index) {
        this.random = random;
        this.caseId = CaseId.of("case-gen-" + index);
    }

    /** The case file {@code index} drawn from {@code random}. */
    static Generated generate(Random random, int index) {
        return new GeneratedCaseFiles(random, index).build();
    }

    /** The sentinel of member {@code i}: letters and digits, no one's prefix. */
    static String sentinel(int i) {
        return "Sx" + i + "q";
    }

    private Generated build() {
        int size = 2 + random.nextInt(6);
        Map<PersonId, List<String>> sentinels = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            PersonId id = PersonId.of("p-" + sentinel(i));
            ids.add(id);
            Role role = i < 2 ? Role.PARENT : switch (random.nextInt(5)) {
                case 0 -> Role.YOUNG_PERSON;
                case 1 -> Role.OTHER_HOUSEHOLD_MEMBER;
                case 2 -> Role.EXTENDED_FAMILY;
                default -> Role.CHILD;
            };
            Optional<LocalDate> born = birthDate(role);
            Bsn bsn = bsn(i);
            members.add(new FamilyMember(new Person(id, new PersonName("Given" + sentinel(i),
                random.nextBoolean() ? Optional.of("van" + sentinel(i)) : Optional.empty(), "Family" + sentinel(i)),
                born, Gender.values()[random.nextInt(3)], random.nextInt(4) == 0 ? Optional.empty() : Optional.of(bsn)),
                role));
            List<String> own = new ArrayList<>(List.of(sentinel(i), bsn.value()));
            born.ifPresent(d -> own.add(d.toString()));
            sentinels.put(id, own);
        }
        Case subject = subject();
        CaseFile file = CaseFile.of(subject);
        for (int p = 0; p < 1 + random.nextInt(2); p++) {
            file = file.withPlan(plan(p));
        }
        file = file.withAssessment(assessment("as-family", Optional.empty()));
        if (random.nextBoolean()) {
            int i = random.nextInt(size);
            file = file.withAssessment(assessment("as-" + sentinel(i), Optional.of(ids.get(i))));
        }
        file = file.withGenogram(genogram()).withSociogram(new Sociogram(name(0), Optional.of(ids.get(0)),
            IntStream.range(1, size).mapToObj(i -> new SocialTie(name(i), Optional.of(ids.get(i)), TieKind.FAMILY,
                1, TieQuality.POSITIVE, List.of())).toList()));
        file = file.withFamilyCouncil(new FamilyCouncil(MeetingId.of("m-council"), caseId, day(LocalDate.of(2024, 9, 1),
            LocalDate.of(2025, 6, 1)), some(ids), List.of(), List.of(), List.of(), random.nextBoolean()));
        return new Generated(file, sentinels, dated);
    }

    private Case subject() {
        List<Authority> authorities = new ArrayList<>();
        List<Representation> representations = new ArrayList<>();
        List<Parenthood> parenthoods = new ArrayList<>();
        List<PersonId> adults = new ArrayList<>();
        for (FamilyMember m : members) {
            if (!m.role().isChild()) {
                adults.add(m.id());
            }
        }
        for (FamilyMember m : members) {
            if (m.role().isChild()) {
                parenthoods.add(Parenthood.legalAndBiological(ids.get(0), m.id()));
                authorities(m, adults).forEach(authorities::add);
            } else if (adults.size() > 1 && random.nextInt(5) == 0) {
                PersonId other = adults.stream().filter(a -> !a.equals(m.id())).toList()
                    .get(random.nextInt(adults.size() - 1));
                LocalDate since = day(START, LocalDate.of(2026, 1, 1));
                representations.add(new Representation(m.id(), other, RepresentationKind.values()[random.nextInt(
                    RepresentationKind.values().length)], since, random.nextBoolean() ? Optional.empty()
                    : Optional.of(day(since, END))));
            }
        }
        Family family = new Family(members, List.of(new Household(HouseholdId.of("hh-gen"), some(ids))), authorities,
            representations, parenthoods);
        LocalDate referred = LocalDate.of(2024, 1, 8);
        Referral referral = new Referral(referred, Optional.empty(), Optional.empty(),
            List.of("Signal about " + about(some(ids))), List.of("Reason about " + about(some(ids))),
            List.of(Criterion.PROBLEMS_IN_TWO_OR_MORE_DOMAINS), List.of(),
            random.nextBoolean() ? Optional.of(new AcuteDanger(referred, some(ids))) : Optional.empty());
        Case subject = Case.refer(caseId, LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(), family, referral)
            .decide(new IntakeDecision.Accepted(LocalDate.of(2024, 1, 10)))
            .withModel(CaseManagementModel.INTENSIVE)
            .withTeam(team -> team.withCaseManager(new Professional(CASE_MANAGER, "Case Manager Gen")))
            .advanceTo(Phase.INTRODUCTION, LocalDate.of(2024, 1, 12))
            .advanceTo(Phase.CONTACT_AND_MOTIVATION, LocalDate.of(2024, 2, 1));
        List<InvolvedOrganisation> involved = new ArrayList<>();
        for (OrganisationId org : ORGANISATIONS.subList(0, 2 + random.nextInt(3))) {
            List<PersonId> who = some(ids);
            LocalDate since = day(START, LocalDate.of(2025, 6, 1));
            InvolvedOrganisation involvement = new InvolvedOrganisation(org, "Organisation " + org.value(),
                Optional.empty(), "Involved for " + about(who), who, some(DOMAINS), since,
                random.nextInt(4) == 0 ? Optional.of(day(since, END)) : Optional.empty());
            involved.add(involvement);
            subject = subject.involve(involvement);
        }
        involvements = List.copyOf(involved);
        subject = underGuardianship(subject);
        int n = 0;
        for (InvolvedOrganisation org : involved) {
            for (int c = 0; c < 1 + random.nextInt(4); c++) {
                subject = subject.recordConsent(consent("c-" + n++, org.id()));
            }
        }
        subject = subject.recordContactAttempt(ContactAttempt.of(LocalDate.of(2024, 1, 13), ContactKind.HOME_VISIT,
            ContactOutcome.CONTACT_MADE));
        List<PersonId> helped = some(ids);
        subject = subject.recordPracticalHelp(new PracticalHelp(LocalDate.of(2024, 2, 5), pick(DOMAINS), helped,
            Optional.empty(), "Helped " + about(helped)));
        subject = subject.withInventory(new ProblemInventory(some(DOMAINS).stream()
            .map(d -> new InventoryEntry(d, true, Optional.of("Inventory about " + about(some(ids))))).toList(),
            Optional.of(LocalDate.of(2024, 2, 12))));
        return subject.advanceTo(Phase.EXECUTION, LocalDate.of(2024, 3, 4));
    }

    /**
     * Now and then a child under the guardianship of an involved organisation (a certified institution),
     * from a day on: the parents' consents stop standing for the child then.
     */
    private Case underGuardianship(Case subject) {
        List<FamilyMember> children = subject.family().members().stream().filter(m -> m.role().isChild()).toList();
        if (children.isEmpty() || random.nextInt(4) != 0) {
            return subject;
        }
        Family family = subject.family();
        List<Authority> authorities = new ArrayList<>(family.authorities());
        authorities.add(new Authority(children.get(random.nextInt(children.size())).id(), List.of(),
            day(START, END), Optional.empty(), Optional.of(subject.organisations().get(0).id())));
        return subject.withFamily(new Family(family.members(), family.households(), authorities,
            family.representations(), family.parenthoods()));
    }

    /** No authority, one arrangement, or one that ends and is followed by another. */
    private List<Authority> authorities(FamilyMember child, List<PersonId> adults) {
        LocalDate since = child.person().birthDate().orElse(LocalDate.of(2010, 1, 1));
        switch (random.nextInt(4)) {
            case 0:
                return List.of();
            case 1:
                LocalDate ended = day(since.isAfter(START) ? since : START, LocalDate.of(2026, 1, 1));
                return List.of(new Authority(child.id(), holders(adults), since, Optional.of(ended)),
                    new Authority(child.id(), holders(adults), ended.plusDays(1), Optional.empty()));
            default:
                return List.of(new Authority(child.id(), holders(adults), since, Optional.empty()));
        }
    }

    private List<PersonId> holders(List<PersonId> adults) {
        List<PersonId> shuffled = new ArrayList<>(adults);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(shuffled.size(), 1 + random.nextInt(2)));
    }

    private Consent consent(String id, OrganisationId org) {
        LawfulBasis basis = random.nextInt(4) == 0 ? LawfulBasis.values()[1 + random.nextInt(
            LawfulBasis.values().length - 1)] : LawfulBasis.CONSENT;
        LocalDate first = day(START, LocalDate.of(2025, 9, 1));
        List<ConsentChange> changes = new ArrayList<>();
        changes.add(new ConsentChange(first, random.nextInt(4) == 0 ? ConsentStatus.REFUSED : ConsentStatus.GRANTED));
        if (random.nextInt(3) == 0) {
            changes.add(new ConsentChange(day(first.plusDays(1), END), ConsentStatus.WITHDRAWN));
        }
        ConsentScope scope = new ConsentScope(random.nextBoolean() ? List.of() : some(ids),
            random.nextBoolean() ? List.of() : some(DOMAINS));
        Optional<LocalDate> expires = random.nextInt(4) == 0 ? Optional.of(day(first, END)) : Optional.empty();
        PersonId giver = pick(ids);
        // Now and then the record says on whose behalf it was given: members of its scope besides the giver.
        List<PersonId> onBehalfOf = random.nextInt(3) != 0 ? List.of()
            : some(scope.about().isEmpty() ? ids : scope.about()).stream().filter(m -> !m.equals(giver)).toList();
        return new Consent(ConsentId.of(id), org, giver, scope, basis, changes, expires, Optional.empty(), onBehalfOf);
    }

    private HelpPlan plan(int number) {
        LocalDate written = day(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1));
        // One goal identifier is reused by every version for a goal about other members.
        GoalId reused = GoalId.of("g-reused-" + number);
        HelpPlan plan = HelpPlan.draft(HelpPlanId.of("plan-" + number), caseId, written, CASE_MANAGER,
            content(reused, dated("Vt" + number + "n1q", written)));
        int versions = random.nextInt(3);
        LocalDate last = written;
        for (int v = 0; v < versions; v++) {
            last = day(last, last.plusMonths(8));
            plan = plan.revise(last, CASE_MANAGER, VersionReason.CHANGE_OF_SITUATION, content(reused,
                dated("Vt" + number + "n" + (v + 2) + "q", last)));
        }
        LocalDate held = written;
        for (int e = 0; e < random.nextInt(3); e++) {
            held = day(held, held.plusMonths(6));
            int version = plan.versionOn(held).orElse(plan.first()).number();
            PlanContent evaluated = plan.version(version).content();
            plan = plan.evaluate(new Evaluation(EvaluationId.of(dated("e-Et" + number + "n" + e + "q", held)), EvaluationKind.INTERIM,
                held, version, evaluated.goals().stream().map(g -> new GoalScore(g.id(),
                    Attainment.values()[random.nextInt(4)])).toList(), List.of()));
        }
        for (FamilyMember m : members) {
            if (m.role().isChild() && random.nextBoolean()) {
                int i = ids.indexOf(m.id());
                plan = plan.withYouthPlan(new YouthPlan(YouthPlanId.of("yp-" + number + "-" + sentinel(i)), m.id(),
                    CASE_MANAGER, written, some(DOMAINS).stream().map(d -> new YouthPlanDomain(d,
                        Optional.of("Youth situation of " + sentinel(i)), List.of("Youth goal of " + sentinel(i)),
                        List.of())).toList()));
            }
        }
        return plan;
    }

    /** {@code token}, recorded as written on {@code date}. */
    private String dated(String token, LocalDate date) {
        dated.put(token, date);
        return token;
    }

    private PlanContent content(GoalId reused, String tag) {
        List<Goal> goals = new ArrayList<>();
        goals.add(goal(reused, some(ids), tag));
        for (int g = 0; g < 1 + random.nextInt(4); g++) {
            List<PersonId> about = random.nextInt(5) == 0 ? List.of() : some(ids);
            goals.add(goal(GoalId.of("g-" + tag + "-" + g + about.stream().map(p -> "-" + p.value())
                .collect(Collectors.joining())), about, tag));
        }
        List<Trajectory> trajectories = new ArrayList<>();
        for (int t = 0; t < random.nextInt(4); t++) {
            int i = random.nextInt(ids.size());
            Goal served = pick(goals);
            trajectories.add(new Trajectory(TrajectoryId.of("t-" + tag + "-" + t + "-" + sentinel(i)), ids.get(i),
                pick(DOMAINS), pick(involvements).id(), Optional.of(START.plusMonths(3)), Optional.empty(),
                TrajectoryStatus.RUNNING, Optional.empty(), List.of(served.id())));
        }
        List<Agreement> agreements = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        for (InvolvedOrganisation org : involvements) {
            Responsible self = Responsible.organisation(org.id());
            agreements.add(new Agreement(AgreementId.of("a-" + tag + "-" + org.id().value()), Optional.of(self),
                Optional.of("Agreement about " + about(org.members())), Optional.of(LocalDate.of(2025, 1, 6)),
                AgreementSource.PLAN, LocalDate.of(2024, 3, 1), AgreementStatus.OPEN));
            tasks.add(new Task(self, "Task about " + about(org.members()), Optional.empty()));
        }
        int i = random.nextInt(ids.size());
        agreements.add(new Agreement(AgreementId.of("a-" + tag + "-" + sentinel(i)),
            Optional.of(Responsible.member(ids.get(i))), Optional.of("Own agreement of " + sentinel(i)),
            Optional.empty(), AgreementSource.PLAN, LocalDate.of(2024, 3, 1), AgreementStatus.OPEN));
        return new PlanContent(Optional.of("History of " + about(ids)),
            new ProblemCore(List.of("Strength of " + about(some(ids))), List.of("Obstacle of " + about(some(ids))),
                List.of("Problem of " + about(some(ids)))),
            some(DOMAINS).stream().map(d -> new DomainSituation(d, Optional.of("Situation of " + about(some(ids))),
                true, Optional.empty())).toList(),
            goals, trajectories, agreements, tasks, Optional.of("Question of " + about(some(ids))));
    }

    private Goal goal(GoalId id, List<PersonId> about, String tag) {
        List<PersonId> named = about.isEmpty() ? List.of(pick(ids)) : about;
        String text = about(named);
        Optional<Responsible> responsible = random.nextBoolean() ? Optional.of(Responsible.member(pick(named)))
            : Optional.of(Responsible.organisation(pick(involvements).id()));
        return new Goal(id, "Goal " + tag + " " + text, Term.SHORT_TERM, about, some(DOMAINS), GoalSource.FAMILY,
            Optional.empty(), Smart.of("Outcome " + text, "Indicator " + text, "Achievable " + text,
                "Relevant " + text, LocalDate.of(2026, 6, 1)),
            GoalStatus.IN_PROGRESS, responsible, Optional.empty());
    }

    private Assessment assessment(String id, Optional<PersonId> member) {
        Assessment assessment = Assessment.start(AssessmentId.of(id), LocalDate.of(2024, 2, 6), CASE_MANAGER,
            FactorCatalogs.DEFAULT);
        for (Factor factor : some(FactorCatalogs.DEFAULT.factors())) {
            assessment = assessment.score(FactorScore.of(factor, 1 + random.nextInt(4), pick(DOMAINS).value()));
        }
        assessment = assessment.withNote("Note about " + about(member.map(List::of).orElseGet(() -> some(ids))));
        return member.map(assessment::about).orElse(assessment);
    }

    private Genogram genogram() {
        Genogram genogram = Genogram.empty();
        for (int i = 0; i < ids.size(); i++) {
            genogram = genogram.with(Relative.of(ids.get(i), members.get(i).person().name(),
                members.get(i).person().gender(), members.get(i).person().birthDate().map(LocalDate::getYear)
                    .orElse(1980)));
        }
        return genogram.withIndex(ids.get(0));
    }

    /** A birth date of someone in this role, or none for one child or extended family member in five. */
    private Optional<LocalDate> birthDate(Role role) {
        if (!role.equals(Role.PARENT) && random.nextInt(5) == 0) {
            return Optional.empty();
        }
        int year = switch (role) {
            case PARENT, OTHER_HOUSEHOLD_MEMBER -> 1960 + random.nextInt(45);
            case EXTENDED_FAMILY -> 1940 + random.nextInt(40);
            case YOUNG_PERSON -> 2005 + random.nextInt(10);
            default -> 2009 + random.nextInt(16);
        };
        return Optional.of(LocalDate.of(year, 1 + random.nextInt(12), 15 + random.nextInt(14)));
    }

    /** A valid BSN unique to member {@code i} of this case: eight digits and a check digit. */
    private Bsn bsn(int i) {
        while (true) {
            String digits = String.format("%02d%06d", i + 10, random.nextInt(1_000_000));
            for (int last = 0; last < 10; last++) {
                if (Bsn.passesElevenTest(digits + last)) {
                    return new Bsn(digits + last);
                }
            }
        }
    }

    private String name(int i) {
        return members.get(i).person().name().given();
    }

    private String about(List<PersonId> who) {
        return who.stream().map(p -> sentinel(ids.indexOf(p))).collect(Collectors.joining(" "));
    }

    /** A day from {@code from} to {@code to} (at most {@link #END}) on the 1st to 14th of its month. */
    LocalDate day(LocalDate from, LocalDate to) {
        LocalDate until = to.isAfter(END) ? END : to;
        if (until.isBefore(from)) {
            until = from.plusMonths(1);
        }
        for (int tries = 0; tries < 100; tries++) {
            LocalDate d = from.plusDays(random.nextInt((int) Math.max(1, until.toEpochDay() - from.toEpochDay() + 1)));
            if (d.getDayOfMonth() <= 14) {
                return d;
            }
        }
        return from.getDayOfMonth() <= 14 ? from : from.withDayOfMonth(1).plusMonths(1);
    }

    /** A non-empty random subset of {@code all}, in its order. */
    private <T> List<T> some(List<T> all) {
        List<T> chosen = all.stream().filter(x -> random.nextInt(3) == 0).toList();
        return chosen.isEmpty() ? List.of(pick(all)) : chosen;
    }

    private <T> T pick(List<T> all) {
        return all.get(random.nextInt(all.size()));
    }
}
