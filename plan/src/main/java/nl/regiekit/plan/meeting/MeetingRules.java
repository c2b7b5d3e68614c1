package nl.regiekit.plan.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.SafetyMeasure;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.casemodel.finding.Rule;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementPart;
import nl.regiekit.plan.Responsible;

/**
 * The method's checks on meetings (method §10, §11), as findings: a member present at a family
 * council who had no turn; a point without a solution; an agreement without who, what or when; a
 * council closed while a member has no satisfactory solution; and, with the case, members who are
 * not in the family, minutes sent without consent, a member at a meeting or sent its minutes whom a
 * safety restriction keeps out, and an organisation present while an agreement was made that it may
 * not hear about (what an agreement concerns is read from who keeps it, as on the agenda,
 * {@link AgendaPoint}). Consents are judged as {@link CareConferences} judges them. A finding names
 * identifiers only, never a name or a restriction's reason. One {@link Rule} per check ({@link #rules()}),
 * each run over one {@link Held} meeting, whose {@link Hearing} of the case is built once for the rules
 * of the run; a case file's findings come meeting by meeting, each meeting's in the order of the rules.
 * Never throws on meeting data. Immutable and thread-safe.
 */
public final class MeetingRules {

    private final ConsentPolicy consent;
    private final LifeDomainCatalogs catalogs;
    private final List<Rule<Held>> rules;

    /**
     * @param consent who may consent for whom, and the age from which a member is an adult
     * @param catalogs the life-domain catalogues a case may use
     * @throws NullPointerException if an argument is null
     */
    public MeetingRules(ConsentPolicy consent, LifeDomainCatalogs catalogs) {
        this.consent = Objects.requireNonNull(consent, "consent");
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.rules = List.of(
            council("every member present at a family council has a turn", List.of(MeetingCodes.MEMBER_NO_TURN),
                MeetingRules::turns),
            council("every point of a family council has a solution", List.of(MeetingCodes.POINT_NO_SOLUTION),
                MeetingRules::solutions),
            Rule.adding("every agreement made at a meeting says who does what by when",
                List.of(MeetingCodes.AGREEMENT_INCOMPLETE), MeetingRules::agreements),
            council("a family council closes with a satisfactory solution for every member present",
                List.of(MeetingCodes.CLOSED_UNSATISFIED), MeetingRules::satisfied),
            Rule.adding("a meeting belongs to the case it is in", List.of(MeetingCodes.CASE_MISMATCH),
                MeetingRules::caseMismatch),
            inCase("every member at a meeting or sent its minutes is of the family, and no safety restriction "
                + "keeps them out", List.of(MeetingCodes.UNKNOWN_MEMBER, MeetingCodes.RESTRICTED_MEMBER_INVITED,
                MeetingCodes.RESTRICTED_MEMBER_INFORMED), MeetingRules::attendance),
            inCase("an organisation present at a care conference may hear every agreement made there",
                List.of(MeetingCodes.POINT_WITHOUT_CONSENT), MeetingRules::pointsHeard),
            inCase("the minutes go only to organisations involved, about members they may hear of",
                List.of(MeetingCodes.RECIPIENT_NOT_INVOLVED, MeetingCodes.DISTRIBUTION_WITHOUT_CONSENT),
                MeetingRules::distribution));
    }

    /** With the method's consent policy and the built-in catalogues. */
    public static MeetingRules defaults() {
        return new MeetingRules(ConsentPolicy.DEFAULTS, LifeDomainCatalogs.builtIn());
    }

    /** The rules, in the order they run: one per check. */
    public List<Rule<Held>> rules() {
        return rules;
    }

    /**
     * What one run of the rules checks: a family council or the minutes of a care conference at its pointer
     * ({@code ""} for pointers relative to the meeting), with the case it is in, if any; the
     * {@link Hearing} of the case on the meeting's date is built on first use and shared by the rules of
     * the run. Made by {@link #held}; not thread-safe (one run, one thread).
     */
    public final class Held {
        private final String pointer;
        private final Optional<FamilyCouncil> council;
        private final Optional<CareConference> conference;
        private final Optional<Case> subject;
        private Hearing hearing;

        private Held(String pointer, Optional<FamilyCouncil> council, Optional<CareConference> conference,
                     Optional<Case> subject) {
            this.pointer = Objects.requireNonNull(pointer, "pointer");
            this.council = council;
            this.conference = conference;
            this.subject = Objects.requireNonNull(subject, "subject");
        }

        /** The case, when the meeting belongs to it. */
        private Optional<Case> own() {
            return subject.filter(c -> c.id().equals(council.map(FamilyCouncil::caseId)
                .orElseGet(() -> conference.orElseThrow().caseId())));
        }

        private Hearing hearing(Case own, LocalDate date) {
            if (hearing == null) {
                hearing = new Hearing(own, date, consent, catalogs);
            }
            return hearing;
        }
    }

    /**
     * The runs for {@code meetings} at {@code base} ({@code /meetings} in a case file or a minutes
     * document), one per meeting: the family councils, then the care conferences, each at
     * {@code base/familyCouncils/i} or {@code base/careConferences/i}, in {@code subject} if there is one.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Held> held(Meetings meetings, String base, Optional<Case> subject) {
        List<Held> held = new ArrayList<>();
        for (int i = 0; i < meetings.familyCouncils().size(); i++) {
            held.add(new Held(Pointer.append(base, "familyCouncils", i), Optional.of(meetings.familyCouncils().get(i)),
                Optional.empty(), subject));
        }
        for (int i = 0; i < meetings.careConferences().size(); i++) {
            held.add(new Held(Pointer.append(base, "careConferences", i), Optional.empty(),
                Optional.of(meetings.careConferences().get(i)), subject));
        }
        return held;
    }

    /**
     * The findings for a family council judged alone, with pointers relative to it.
     *
     * @throws NullPointerException if {@code council} is null
     */
    public List<Finding> check(FamilyCouncil council) {
        return run(new Held("", Optional.of(council), Optional.empty(), Optional.empty()));
    }

    /**
     * The findings for a family council in the context of its case, with pointers relative to it.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(FamilyCouncil council, Case subject) {
        return run(new Held("", Optional.of(council), Optional.empty(), Optional.of(subject)));
    }

    /**
     * The findings for the minutes of a care conference judged alone, with pointers relative to them.
     *
     * @throws NullPointerException if {@code conference} is null
     */
    public List<Finding> check(CareConference conference) {
        return run(new Held("", Optional.empty(), Optional.of(conference), Optional.empty()));
    }

    /**
     * The findings for the minutes of a care conference in the context of its case: also members
     * present who are not in the family or whom a safety restriction keeps from being invited;
     * organisations present while an agreement was made that they may not hear; organisations on the distribution list that are not
     * involved or may not receive information about a member listed; and members the minutes were sent
     * to whom a safety restriction keeps from being informed.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(CareConference conference, Case subject) {
        return run(new Held("", Optional.empty(), Optional.of(conference), Optional.of(subject)));
    }

    /**
     * The findings for the meetings of a case file, with pointers relative to the case file
     * ({@code /meetings/familyCouncils/0/...}).
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(Case subject, Meetings meetings) {
        return all(held(meetings, "/meetings", Optional.of(subject)));
    }

    /**
     * The findings for meetings without their case, with pointers relative to {@code base}.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(Meetings meetings, String base) {
        return all(held(meetings, base, Optional.empty()));
    }

    private List<Finding> all(List<Held> held) {
        List<Finding> findings = new ArrayList<>();
        held.forEach(h -> findings.addAll(run(h)));
        return List.copyOf(findings);
    }

    private List<Finding> run(Held held) {
        return List.copyOf(RuleSettings.DEFAULTS.run(rules, held));
    }

    /** One check over a family council. */
    @FunctionalInterface
    private interface CouncilCheck {
        void check(FamilyCouncil council, List<Finding> findings);
    }

    /** One check over a meeting that belongs to its case. */
    @FunctionalInterface
    private interface CaseCheck {
        void check(Held held, Case own, List<Finding> findings);
    }

    /** A rule over a family council, with its pointers under the council's. */
    private static Rule<Held> council(String description, List<FindingCode> codes, CouncilCheck check) {
        return Rule.of(description, codes, held -> held.council.map(council -> {
            List<Finding> found = new ArrayList<>();
            check.check(council, found);
            return found.stream().map(f -> f.under(held.pointer)).toList();
        }).orElse(List.of()));
    }

    /** A rule over a meeting that belongs to the run's case, with its pointers under the meeting's. */
    private static Rule<Held> inCase(String description, List<FindingCode> codes, CaseCheck check) {
        return Rule.of(description, codes, held -> held.own().map(own -> {
            List<Finding> found = new ArrayList<>();
            check.check(held, own, found);
            return found.stream().map(f -> f.under(held.pointer)).toList();
        }).orElse(List.of()));
    }

    private static void turns(FamilyCouncil council, List<Finding> findings) {
        for (PersonId member : council.withoutTurn()) {
            findings.add(Finding.about(MeetingCodes.MEMBER_NO_TURN, Pointer.of("present",
                council.present().indexOf(member)), member, member, council.id()));
        }
    }

    private static void solutions(FamilyCouncil council, List<Finding> findings) {
        for (int i = 0; i < council.turns().size(); i++) {
            List<Point> points = council.turns().get(i).points();
            for (int j = 0; j < points.size(); j++) {
                if (!points.get(j).solved()) {
                    findings.add(Finding.about(MeetingCodes.POINT_NO_SOLUTION,
                        Pointer.of("turns", i, "points", j, "solution"), council.id(), council.id(), i + 1, j + 1));
                }
            }
        }
    }

    private static void satisfied(FamilyCouncil council, List<Finding> findings) {
        if (council.closed()) {
            for (int i = 0; i < council.present().size(); i++) {
                PersonId member = council.present().get(i);
                boolean satisfied = council.outcomes().stream()
                    .anyMatch(o -> o.member().equals(member) && o.satisfied());
                if (!satisfied) {
                    findings.add(Finding.about(MeetingCodes.CLOSED_UNSATISFIED, Pointer.of("present", i), member,
                        council.id(), member));
                }
            }
        }
    }

    private static void agreements(Held held, List<Finding> findings) {
        List<Agreement> agreements = held.council.map(FamilyCouncil::agreements)
            .orElseGet(() -> held.conference.orElseThrow().agreements());
        Identifier meeting = held.council.<Identifier>map(FamilyCouncil::id)
            .orElseGet(() -> held.conference.orElseThrow().id());
        for (int i = 0; i < agreements.size(); i++) {
            Agreement agreement = agreements.get(i);
            for (AgreementPart part : agreement.missing()) {
                findings.add(Finding.about(MeetingCodes.AGREEMENT_INCOMPLETE, Pointer.of("agreements", i),
                    agreement.id(), agreement.id(), meeting, part).under(held.pointer));
            }
        }
    }

    private static void caseMismatch(Held held, List<Finding> findings) {
        if (held.subject.isEmpty() || held.own().isPresent()) {
            return;
        }
        Case subject = held.subject.get();
        held.council.ifPresent(council -> findings.add(Finding.about(MeetingCodes.CASE_MISMATCH, "/caseId",
            council.id(), council.id(), council.caseId(), subject.id()).under(held.pointer)));
        held.conference.ifPresent(conference -> findings.add(Finding.about(MeetingCodes.CASE_MISMATCH, "/caseId",
            conference.id(), conference.id(), conference.caseId(), subject.id()).under(held.pointer)));
    }

    /** Members present at a council or a conference, and members a conference's minutes were sent to. */
    private static void attendance(Held held, Case subject, List<Finding> findings) {
        Set<PersonId> members = subject.family().memberIds();
        held.council.ifPresent(council -> {
            for (int i = 0; i < council.present().size(); i++) {
                PersonId member = council.present().get(i);
                if (!members.contains(member)) {
                    findings.add(Finding.about(MeetingCodes.UNKNOWN_MEMBER, Pointer.of("present", i), member, member,
                        council.id()));
                } else if (subject.family().restricts(member, SafetyMeasure.NOT_INVITED, council.date())) {
                    findings.add(Finding.about(MeetingCodes.RESTRICTED_MEMBER_INVITED, Pointer.of("present", i),
                        member, member, council.id()));
                }
            }
        });
        held.conference.ifPresent(conference -> {
            Hearing hearing = held.hearing(subject, conference.date());
            for (int i = 0; i < conference.present().size(); i++) {
                Responsible present = conference.present().get(i);
                if (present.member().filter(m -> !members.contains(m)).isPresent()) {
                    findings.add(Finding.about(MeetingCodes.UNKNOWN_MEMBER, Pointer.of("present", i, "member"),
                        present.member().get(), present.member().get(), conference.id()));
                } else if (present.member().filter(m -> hearing.restricted(m, SafetyMeasure.NOT_INVITED)).isPresent()) {
                    findings.add(Finding.about(MeetingCodes.RESTRICTED_MEMBER_INVITED,
                        Pointer.of("present", i, "member"), present.member().get(), present.member().get(),
                        conference.id()));
                }
            }
            for (int i = 0; i < conference.informed().size(); i++) {
                PersonId member = conference.informed().get(i);
                if (!members.contains(member)) {
                    findings.add(Finding.about(MeetingCodes.UNKNOWN_MEMBER, Pointer.of("informed", i), member, member,
                        conference.id()));
                } else if (hearing.restricted(member, SafetyMeasure.NOT_INFORMED)) {
                    findings.add(Finding.about(MeetingCodes.RESTRICTED_MEMBER_INFORMED, Pointer.of("informed", i),
                        member, member, conference.id()));
                }
            }
        });
    }

    private static void pointsHeard(Held held, Case subject, List<Finding> findings) {
        held.conference.ifPresent(conference -> {
            Hearing hearing = held.hearing(subject, conference.date());
            for (int i = 0; i < conference.present().size(); i++) {
                int at = i;
                Optional<OrganisationId> present = conference.present().get(i).organisation();
                for (Agreement agreement : conference.agreements()) {
                    present.filter(o -> !hearing.mayHear(o, agreement)).ifPresent(o -> findings.add(Finding.about(
                        MeetingCodes.POINT_WITHOUT_CONSENT, Pointer.of("present", at, "organisation"), o, o,
                        conference.id(), agreement.id())));
                }
            }
        });
    }

    private static void distribution(Held held, Case subject, List<Finding> findings) {
        held.conference.ifPresent(conference -> {
            Hearing hearing = held.hearing(subject, conference.date());
            for (int i = 0; i < conference.distribution().size(); i++) {
                Recipient recipient = conference.distribution().get(i);
                boolean involved = subject.organisation(recipient.organisation())
                    .filter(o -> o.involvedOn(conference.date())).isPresent();
                if (!involved) {
                    findings.add(Finding.about(MeetingCodes.RECIPIENT_NOT_INVOLVED, Pointer.of("distribution", i,
                        "organisation"), recipient.organisation(), recipient.organisation(), conference.id()));
                    continue;
                }
                for (int j = 0; j < recipient.about().size(); j++) {
                    PersonId member = recipient.about().get(j);
                    if (!hearing.mayName(recipient.organisation(), member)) {
                        findings.add(Finding.about(MeetingCodes.DISTRIBUTION_WITHOUT_CONSENT,
                            Pointer.of("distribution", i, "about", j), recipient.organisation(),
                            recipient.organisation(), conference.id(), member));
                    }
                }
            }
        });
    }
}
