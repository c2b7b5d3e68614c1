package nl.regiekit.plan.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.SafetyMeasure;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Pointer;
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
 * identifiers only, never a name or a restriction's reason. Never throws on meeting data. Immutable and
 * thread-safe.
 */
public final class MeetingRules {

    private final ConsentPolicy consent;
    private final LifeDomainCatalogs catalogs;

    /**
     * @param consent who may consent for whom, and the age from which a member is an adult
     * @param catalogs the life-domain catalogues a case may use
     * @throws NullPointerException if an argument is null
     */
    public MeetingRules(ConsentPolicy consent, LifeDomainCatalogs catalogs) {
        this.consent = Objects.requireNonNull(consent, "consent");
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
    }

    /** With the method's consent policy and the built-in catalogues. */
    public static MeetingRules defaults() {
        return new MeetingRules(ConsentPolicy.DEFAULTS, LifeDomainCatalogs.builtIn());
    }

    /**
     * The findings for a family council judged alone, with pointers relative to it.
     *
     * @throws NullPointerException if {@code council} is null
     */
    public List<Finding> check(FamilyCouncil council) {
        Objects.requireNonNull(council, "council");
        List<Finding> findings = new ArrayList<>();
        for (PersonId member : council.withoutTurn()) {
            findings.add(Finding.about(MeetingCodes.MEMBER_NO_TURN, Pointer.of("present",
                council.present().indexOf(member)), member, member, council.id()));
        }
        for (int i = 0; i < council.turns().size(); i++) {
            List<Point> points = council.turns().get(i).points();
            for (int j = 0; j < points.size(); j++) {
                if (!points.get(j).solved()) {
                    findings.add(Finding.about(MeetingCodes.POINT_NO_SOLUTION,
                        Pointer.of("turns", i, "points", j, "solution"), council.id(), council.id(), i + 1, j + 1));
                }
            }
        }
        agreements(council.agreements(), council.id(), findings);
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
        return List.copyOf(findings);
    }

    /**
     * The findings for a family council in the context of its case, with pointers relative to it.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(FamilyCouncil council, Case subject) {
        Objects.requireNonNull(subject, "subject");
        List<Finding> findings = new ArrayList<>(check(council));
        if (!council.caseId().equals(subject.id())) {
            findings.add(Finding.about(MeetingCodes.CASE_MISMATCH, "/caseId", council.id(), council.id(),
                council.caseId(), subject.id()));
            return List.copyOf(findings);
        }
        Set<PersonId> members = subject.family().memberIds();
        for (int i = 0; i < council.present().size(); i++) {
            PersonId member = council.present().get(i);
            if (!members.contains(member)) {
                findings.add(Finding.about(MeetingCodes.UNKNOWN_MEMBER, Pointer.of("present", i), member, member,
                    council.id()));
            } else if (subject.family().restricts(member, SafetyMeasure.NOT_INVITED, council.date())) {
                findings.add(Finding.about(MeetingCodes.RESTRICTED_MEMBER_INVITED, Pointer.of("present", i), member,
                    member, council.id()));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * The findings for the minutes of a care conference judged alone, with pointers relative to them.
     *
     * @throws NullPointerException if {@code conference} is null
     */
    public List<Finding> check(CareConference conference) {
        Objects.requireNonNull(conference, "conference");
        List<Finding> findings = new ArrayList<>();
        agreements(conference.agreements(), conference.id(), findings);
        return List.copyOf(findings);
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
        Objects.requireNonNull(subject, "subject");
        List<Finding> findings = new ArrayList<>(check(conference));
        if (!conference.caseId().equals(subject.id())) {
            findings.add(Finding.about(MeetingCodes.CASE_MISMATCH, "/caseId", conference.id(), conference.id(),
                conference.caseId(), subject.id()));
            return List.copyOf(findings);
        }
        Set<PersonId> members = subject.family().memberIds();
        LocalDate date = conference.date();
        Hearing hearing = new Hearing(subject, date, consent, catalogs);
        for (int i = 0; i < conference.present().size(); i++) {
            Responsible present = conference.present().get(i);
            if (present.member().filter(m -> !members.contains(m)).isPresent()) {
                findings.add(Finding.about(MeetingCodes.UNKNOWN_MEMBER, Pointer.of("present", i, "member"),
                    present.member().get(), present.member().get(), conference.id()));
            } else if (present.member().filter(m -> hearing.restricted(m, SafetyMeasure.NOT_INVITED)).isPresent()) {
                findings.add(Finding.about(MeetingCodes.RESTRICTED_MEMBER_INVITED, Pointer.of("present", i, "member"),
                    present.member().get(), present.member().get(), conference.id()));
            }
            String organisation = Pointer.of("present", i, "organisation");
            for (Agreement agreement : conference.agreements()) {
                present.organisation().filter(o -> !hearing.mayHear(o, agreement)).ifPresent(o -> findings.add(
                    Finding.about(MeetingCodes.POINT_WITHOUT_CONSENT, organisation, o, o, conference.id(), agreement.id())));
            }
        }
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
                        Pointer.of("distribution", i, "about", j), recipient.organisation(), recipient.organisation(),
                        conference.id(), member));
                }
            }
        }
        for (int i = 0; i < conference.informed().size(); i++) {
            PersonId member = conference.informed().get(i);
            if (!members.contains(member)) {
                findings.add(Finding.about(MeetingCodes.UNKNOWN_MEMBER, Pointer.of("informed", i), member, member,
                    conference.id()));
            } else if (hearing.restricted(member, SafetyMeasure.NOT_INFORMED)) {
                findings.add(Finding.about(MeetingCodes.RESTRICTED_MEMBER_INFORMED, Pointer.of("informed", i), member,
                    member, conference.id()));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * The findings for the meetings of a case file, with pointers relative to the case file
     * ({@code /meetings/familyCouncils/0/...}).
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(Case subject, Meetings meetings) {
        Objects.requireNonNull(subject, "subject");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < meetings.familyCouncils().size(); i++) {
            String prefix = Pointer.of("meetings", "familyCouncils", i);
            check(meetings.familyCouncils().get(i), subject).forEach(f -> findings.add(f.under(prefix)));
        }
        for (int i = 0; i < meetings.careConferences().size(); i++) {
            String prefix = Pointer.of("meetings", "careConferences", i);
            check(meetings.careConferences().get(i), subject).forEach(f -> findings.add(f.under(prefix)));
        }
        return List.copyOf(findings);
    }

    /**
     * The findings for meetings without their case, with pointers relative to {@code base}.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(Meetings meetings, String base) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < meetings.familyCouncils().size(); i++) {
            String prefix = Pointer.append(base, "familyCouncils", i);
            check(meetings.familyCouncils().get(i)).forEach(f -> findings.add(f.under(prefix)));
        }
        for (int i = 0; i < meetings.careConferences().size(); i++) {
            String prefix = Pointer.append(base, "careConferences", i);
            check(meetings.careConferences().get(i)).forEach(f -> findings.add(f.under(prefix)));
        }
        return List.copyOf(findings);
    }

    private static void agreements(List<Agreement> agreements, Identifier meeting, List<Finding> findings) {
        for (int i = 0; i < agreements.size(); i++) {
            Agreement agreement = agreements.get(i);
            for (AgreementPart part : agreement.missing()) {
                findings.add(Finding.about(MeetingCodes.AGREEMENT_INCOMPLETE, Pointer.of("agreements", i),
                    agreement.id(), agreement.id(), meeting, part));
            }
        }
    }
}
