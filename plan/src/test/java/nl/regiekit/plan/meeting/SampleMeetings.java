package nl.regiekit.plan.meeting;

import static nl.regiekit.plan.SamplePlans.CASE_ID;
import static nl.regiekit.plan.SamplePlans.CASE_MANAGER;
import static nl.regiekit.plan.SamplePlans.CHILD;
import static nl.regiekit.plan.SamplePlans.DEBT;
import static nl.regiekit.plan.SamplePlans.FATHER;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static nl.regiekit.plan.SamplePlans.YOUTH;
import static nl.regiekit.plan.SamplePlans.YOUTH_CARE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.Responsible;

/** Fixture meetings of the Hendriks-Kaya family of {@link nl.regiekit.plan.SamplePlans}; all invented. */
final class SampleMeetings {

    /** The family council. */
    static final MeetingId COUNCIL = MeetingId.of("m-council-1");
    /** The care conference. */
    static final MeetingId CONFERENCE = MeetingId.of("m-conference-1");
    /** The date of the family council. */
    static final LocalDate COUNCIL_DATE = LocalDate.of(2025, 6, 20);
    /** The date of the care conference. */
    static final LocalDate CONFERENCE_DATE = LocalDate.of(2025, 7, 20);

    private SampleMeetings() {
    }

    static Point solved(String topic) {
        return new Point(Optional.of(topic), Optional.of("Boos"), Optional.of("Te laat thuis"),
            Optional.of("Ruzie aan tafel"), Optional.of("Om zes uur eten"));
    }

    static Turn turn(nl.regiekit.casemodel.PersonId member, Point... points) {
        return new Turn(member, Optional.of("Goed gegaan"), Optional.of("Vervelend"), Optional.of("Voorstel"),
            List.of(points));
    }

    /** A council every check passes: everyone had a turn and is satisfied, one complete agreement. */
    static FamilyCouncil council() {
        return new FamilyCouncil(COUNCIL, CASE_ID, COUNCIL_DATE, List.of(CHILD, YOUTH, MOTHER, FATHER),
            List.of(turn(CHILD), turn(YOUTH, solved("Telefoon")), turn(MOTHER, solved("Eten")), turn(FATHER)),
            List.of(new MemberOutcome(CHILD, true), new MemberOutcome(YOUTH, true), new MemberOutcome(MOTHER, true),
                new MemberOutcome(FATHER, true)),
            List.of(new Agreement(AgreementId.of("a-dinner"), Optional.of(Responsible.member(FATHER)),
                Optional.of("Om zes uur thuis voor het eten"), Optional.of(LocalDate.of(2025, 7, 1)),
                AgreementSource.FAMILY_COUNCIL, COUNCIL_DATE, AgreementStatus.OPEN)),
            true);
    }

    /**
     * The minutes of a care conference with a complete agreement, made with debt counselling, which may
     * hear it, and a consent-limited distribution.
     */
    static CareConference conference() {
        return new CareConference(CONFERENCE, CASE_ID, ConferenceKind.CARE_CONFERENCE, CONFERENCE_DATE,
            List.of(ConferenceReason.AGREEMENTS_INSUFFICIENT),
            List.of(Responsible.professional(CASE_MANAGER), Responsible.organisation(DEBT), Responsible.member(MOTHER)),
            List.of("Schuldhulp plant de intake opnieuw"),
            List.of(new Agreement(AgreementId.of("a-intake-2"), Optional.of(Responsible.organisation(DEBT)),
                Optional.of("Intake schuldregeling"), Optional.of(LocalDate.of(2025, 8, 1)),
                AgreementSource.CARE_CONFERENCE, CONFERENCE_DATE, AgreementStatus.OPEN)),
            List.of(new Recipient(DEBT, List.of(MOTHER, FATHER)), new Recipient(YOUTH_CARE, List.of(YOUTH, CHILD))),
            List.of(MOTHER, FATHER));
    }
}
