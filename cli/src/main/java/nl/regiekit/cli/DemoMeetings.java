package nl.regiekit.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;
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
 * The meetings of the demo family (see {@link DemoCase}) before its first plan: a family council on
 * 6 January 2026, chaired by the grandmother, where the mother agreed to bring all post about money
 * to the debt counsellor; and a care conference on 8 January, where youth care agreed to start the
 * parenting support by 2 February. Their agreements end up in the plan ({@link DemoPlan}), kept by
 * the interim evaluation. The checks find nothing in them. All people, texts and numbers are invented.
 */
final class DemoMeetings {

    /** The date of the family council. */
    static final LocalDate COUNCIL_DATE = LocalDate.of(2026, 1, 6);
    /** The date of the care conference. */
    static final LocalDate CONFERENCE_DATE = LocalDate.of(2026, 1, 8);

    private static final CaseId CASE = CaseId.of("case-2025-017");
    private static final OrganisationId YOUTH_CARE = OrganisationId.of("org-youth-care");
    private static final OrganisationId SCHOOL_SOCIAL_WORK = OrganisationId.of("org-school-social-work");

    private DemoMeetings() {
    }

    /** The two meetings. */
    static Meetings build() {
        return Meetings.NONE.withFamilyCouncil(council()).withCareConference(conference());
    }

    /**
     * The agreements of the meetings as the plan holds them: youth care kept its agreement; the post
     * agreement of the family council is still open after its due date, the overdue agreement that
     * the demo's signals escalate (method §7).
     */
    static List<Agreement> planAgreements() {
        return build().agreements(CONFERENCE_DATE).stream()
            .map(a -> a.source() == AgreementSource.CARE_CONFERENCE ? a.withStatus(AgreementStatus.KEPT) : a)
            .toList();
    }

    private static FamilyCouncil council() {
        List<PersonId> present = List.of(DemoCase.SON, DemoCase.DAUGHTER, DemoCase.MOTHER, DemoCase.PARTNER,
            DemoCase.GRANDMOTHER);
        return new FamilyCouncil(MeetingId.of("m-council-2026-01"), CASE, COUNCIL_DATE, present,
            List.of(
                turn(DemoCase.SON, "Ik heb een tien voor rekenen", "Ruzie als ik naar bed moet", "Eerst voorlezen",
                    point("Bedtijd", "Boos", "Iedereen roept", "Ik slaap slecht", "Oma leest voor om half acht")),
                turn(DemoCase.DAUGHTER, "Ik ben drie weken elke dag naar school geweest", "Mama leest mijn berichten",
                    "Afspraken over de telefoon", point("Telefoon", "Gekwetst", "Mama is ongerust",
                        "We praten niet meer", "Telefoon om tien uur op de gang, mama leest niet mee")),
                turn(DemoCase.MOTHER, "Trots op Noor", "Brieven die ik niet open durf te maken",
                    "Samen de post doen", point("Post", "Bang", "Schulden", "Stapels brieven",
                        "Alle post over geld gaat ongeopend naar de schuldhulpverlener")),
                turn(DemoCase.PARTNER, "Rustiger in huis", "Geen", "Elke maand een beraad"),
                turn(DemoCase.GRANDMOTHER, "Iedereen kwam", "Geen", "Ik zit het volgende beraad voor")),
            present.stream().map(m -> new MemberOutcome(m, true)).toList(),
            List.of(new Agreement(AgreementId.of("a-post"), Optional.of(Responsible.member(DemoCase.MOTHER)),
                Optional.of("Alle post over geld gaat ongeopend mee naar de schuldhulpverlener"),
                Optional.of(LocalDate.of(2026, 1, 31)), AgreementSource.FAMILY_COUNCIL, COUNCIL_DATE,
                AgreementStatus.OPEN)),
            true);
    }

    private static CareConference conference() {
        return new CareConference(MeetingId.of("m-conference-2026-01"), CASE,
            ConferenceKind.CARE_CONFERENCE, CONFERENCE_DATE,
            List.of(ConferenceReason.MORE_THAN_TWO_PARTIES, ConferenceReason.SHARED_PERSPECTIVE),
            // Debt counselling may not hear about Noor, whom youth care's intake is about: it was not at the table.
            List.of(Responsible.professional(ProfessionalId.of("cm-jansen")), Responsible.organisation(YOUTH_CARE),
                Responsible.organisation(SCHOOL_SOCIAL_WORK), Responsible.member(DemoCase.MOTHER)),
            List.of("Eén plan voor het gezin; de casemanager houdt de regie",
                "Jeugdhulp neemt het gezin met voorrang van de wachtlijst"),
            List.of(new Agreement(AgreementId.of("a-intake-youth-care"), Optional.of(Responsible.organisation(YOUTH_CARE)),
                Optional.of("Jeugdhulp start de opvoedondersteuning voor 1 februari"),
                Optional.of(LocalDate.of(2026, 2, 2)), AgreementSource.CARE_CONFERENCE, CONFERENCE_DATE,
                AgreementStatus.OPEN)),
            CareConferences.defaults().distribution(DemoCase.build(), CONFERENCE_DATE),
            CareConferences.defaults().informed(DemoCase.build(), CONFERENCE_DATE));
    }

    private static Turn turn(PersonId member, String wentWell, String unpleasant, String proposals, Point... points) {
        return new Turn(member, Optional.of(wentWell), Optional.of(unpleasant), Optional.of(proposals),
            List.of(points));
    }

    private static Point point(String topic, String feeling, String cause, String consequence, String solution) {
        return new Point(Optional.of(topic), Optional.of(feeling), Optional.of(cause), Optional.of(consequence),
            Optional.of(solution));
    }
}
