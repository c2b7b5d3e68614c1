package nl.regiekit.plan.meeting;

import static nl.regiekit.plan.SamplePlans.ADDICTION;
import static nl.regiekit.plan.SamplePlans.CASE_MANAGER;
import static nl.regiekit.plan.SamplePlans.CHILD;
import static nl.regiekit.plan.SamplePlans.DEBT;
import static nl.regiekit.plan.SamplePlans.FATHER;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static nl.regiekit.plan.SamplePlans.YOUTH;
import static nl.regiekit.plan.SamplePlans.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.SamplePlans;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.monitor.MonitoredCase;
import org.junit.jupiter.api.Test;

/** The family council and the care conference: agendas, records, checks and the flow into the plan. */
class MeetingTests {

    private static final Case CASE = SamplePlans.caseInExecution();
    private static final MeetingRules RULES = MeetingRules.defaults();

    @Test
    void putsChildrenWhoWantToFirstYoungestFirstThenParents() {
        FamilyCouncilAgenda agenda = FamilyCouncils.defaults().agenda(CASE, SampleMeetings.COUNCIL,
            SampleMeetings.COUNCIL_DATE, Set.of(CHILD, YOUTH));
        assertThat(agenda.turns()).containsExactly(CHILD, YOUTH, MOTHER, FATHER);
        assertThat(agenda.rules()).containsExactly(CouncilRule.values());
        assertThat(agenda.turnParts()).containsExactly(TurnPart.WENT_WELL, TurnPart.UNPLEASANT, TurnPart.PROPOSALS);
        assertThat(agenda.questions()).containsExactly(PointQuestion.FEELING, PointQuestion.CAUSE,
            PointQuestion.CONSEQUENCE, PointQuestion.SOLUTION);
    }

    @Test
    void putsChildrenWhoDoNotWantToFirstAfterTheParents() {
        assertThat(FamilyCouncils.defaults().agenda(CASE, SampleMeetings.COUNCIL, SampleMeetings.COUNCIL_DATE,
            Set.of(YOUTH)).turns()).containsExactly(YOUTH, MOTHER, FATHER, CHILD);
        assertThat(new FamilyCouncils(MeetingPolicy.DEFAULTS.withChildrenFirst(false))
            .agenda(CASE, SampleMeetings.COUNCIL, SampleMeetings.COUNCIL_DATE, Set.of(CHILD)).turns())
            .containsExactly(MOTHER, FATHER, YOUTH, CHILD);
    }

    @Test
    void findsNothingInACompleteCouncil() {
        assertThat(RULES.check(SampleMeetings.council(), CASE)).isEmpty();
    }

    @Test
    void findsAMemberPresentWithoutATurn() {
        FamilyCouncil council = SampleMeetings.council();
        FamilyCouncil silent = new FamilyCouncil(council.id(), council.caseId(), council.date(), council.present(),
            council.turns().subList(0, 3), council.outcomes(), council.agreements(), true);
        assertThat(RULES.check(silent)).extracting(Finding::code, Finding::pointer)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("MEETING-MEMBER-NO-TURN", "/present/3"));
    }

    @Test
    void findsAPointWithoutASolution() {
        FamilyCouncil council = SampleMeetings.council();
        Point open = new Point(Optional.of("Zakgeld"), Optional.of("Verdrietig"), Optional.empty(), Optional.empty(),
            Optional.of(" "));
        FamilyCouncil unsolved = new FamilyCouncil(council.id(), council.caseId(), council.date(), council.present(),
            List.of(SampleMeetings.turn(CHILD, open), council.turns().get(1), council.turns().get(2),
                council.turns().get(3)), council.outcomes(), council.agreements(), true);
        assertThat(RULES.check(unsolved)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("MEETING-POINT-NO-SOLUTION");
            assertThat(f.pointer()).isEqualTo("/turns/0/points/0/solution");
            assertThat(f.message(Locale.ENGLISH)).doesNotContain("Zakgeld");
        });
    }

    @Test
    void findsAnAgreementWithoutWhoWhatOrWhen() {
        FamilyCouncil council = SampleMeetings.council();
        FamilyCouncil vague = new FamilyCouncil(council.id(), council.caseId(), council.date(), council.present(),
            council.turns(), council.outcomes(), List.of(new Agreement(AgreementId.of("a-vague"), Optional.empty(),
                Optional.of("Beter luisteren"), Optional.empty(), AgreementSource.FAMILY_COUNCIL, council.date(),
                AgreementStatus.OPEN)), true);
        assertThat(RULES.check(vague)).extracting(Finding::code, f -> f.message(Locale.ENGLISH)).containsExactly(
            org.assertj.core.groups.Tuple.tuple("MEETING-AGREEMENT-INCOMPLETE", "Agreement a-vague of meeting "
                + "m-council-1 does not say WHO: an agreement records who does what and when."),
            org.assertj.core.groups.Tuple.tuple("MEETING-AGREEMENT-INCOMPLETE", "Agreement a-vague of meeting "
                + "m-council-1 does not say WHEN: an agreement records who does what and when."));
    }

    @Test
    void findsACouncilClosedWhileAMemberHasNoSatisfactorySolution() {
        FamilyCouncil council = SampleMeetings.council();
        List<MemberOutcome> outcomes = List.of(new MemberOutcome(CHILD, true), new MemberOutcome(YOUTH, false),
            new MemberOutcome(MOTHER, true));
        FamilyCouncil closed = new FamilyCouncil(council.id(), council.caseId(), council.date(), council.present(),
            council.turns(), outcomes, council.agreements(), true);
        assertThat(RULES.check(closed)).extracting(Finding::code, Finding::subject).containsExactly(
            org.assertj.core.groups.Tuple.tuple("MEETING-CLOSED-UNSATISFIED", Optional.of(YOUTH)),
            org.assertj.core.groups.Tuple.tuple("MEETING-CLOSED-UNSATISFIED", Optional.of(FATHER)));
        FamilyCouncil open = new FamilyCouncil(council.id(), council.caseId(), council.date(), council.present(),
            council.turns(), outcomes, council.agreements(), false);
        assertThat(RULES.check(open)).isEmpty();
    }

    @Test
    void findsAMemberNotInTheFamilyAndACouncilOfAnotherCase() {
        FamilyCouncil council = SampleMeetings.council();
        PersonId stranger = PersonId.of("p-stranger");
        FamilyCouncil withStranger = new FamilyCouncil(council.id(), council.caseId(), council.date(),
            List.of(CHILD, YOUTH, MOTHER, FATHER, stranger), council.turns(), council.outcomes(),
            council.agreements(), false);
        assertThat(RULES.check(withStranger, CASE)).extracting(Finding::code)
            .contains("MEETING-UNKNOWN-MEMBER", "MEETING-MEMBER-NO-TURN");
        FamilyCouncil elsewhere = new FamilyCouncil(council.id(), CaseId.of("case-other"), council.date(),
            council.present(), council.turns(), council.outcomes(), council.agreements(), true);
        assertThat(RULES.check(elsewhere, CASE)).extracting(Finding::code).containsExactly("MEETING-CASE-MISMATCH");
    }

    @Test
    void refusesACouncilWhoseTurnIsOfSomeoneAbsentOrWhoseAgreementComesFromElsewhere() {
        FamilyCouncil council = SampleMeetings.council();
        assertThatThrownBy(() -> new FamilyCouncil(council.id(), council.caseId(), council.date(),
            List.of(MOTHER), council.turns(), List.of(), List.of(), false))
            .isInstanceOfSatisfying(ModelViolation.class, e -> assertThat(e.pointer()).isEqualTo("/turns/0/member"));
        Agreement fromPlan = new Agreement(AgreementId.of("a-x"), Optional.empty(), Optional.empty(),
            Optional.empty(), AgreementSource.PLAN, council.date(), AgreementStatus.OPEN);
        assertThatThrownBy(() -> new FamilyCouncil(council.id(), council.caseId(), council.date(), council.present(),
            List.of(), List.of(), List.of(fromPlan), false))
            .isInstanceOfSatisfying(ModelViolation.class,
                e -> assertThat(e.pointer()).isEqualTo("/agreements/0/source"));
    }

    @Test
    void buildsAConferenceAgendaFromTheCaseAndPlan() {
        CareConferenceAgenda agenda = CareConferences.defaults().agenda(
            MonitoredCase.of(CASE, List.of(SamplePlans.firstPlan())), SampleMeetings.CONFERENCE,
            ConferenceKind.CARE_CONFERENCE, SampleMeetings.CONFERENCE_DATE,
            List.of(ConferenceReason.AGREEMENTS_INSUFFICIENT));
        assertThat(agenda.participants()).containsExactly(Responsible.professional(CASE_MANAGER),
            Responsible.organisation(DEBT), Responsible.organisation(YOUTH_CARE), Responsible.organisation(ADDICTION),
            Responsible.member(MOTHER), Responsible.member(FATHER));
        assertThat(agenda.progress()).extracting(t -> t.point().id().value())
            .containsExactly("t-debt", "t-school", "t-gambling");
        assertThat(agenda.agreements()).extracting(a -> a.point().id().value()).containsExactly("a-intake");
        assertThat(agenda.signals()).extracting(s -> s.point().code())
            .contains("SIGNAL-AGREEMENT-OVERDUE", "SIGNAL-INTERIM-EVALUATION-DUE", "SIGNAL-TRAJECTORY-WAITING");
        // The gambling trajectory waits since 1 May: its signal comes two weeks before the three months are
        // up on 1 August, so it is on the agenda as information, not yet as a decision.
        assertThat(agenda.decisions()).extracting(DecisionPoint::topic, DecisionPoint::subject).containsExactly(
            org.assertj.core.groups.Tuple.tuple(DecisionTopic.ESCALATE_AGREEMENT, "a-intake"));
        assertThat(agenda.signals()).filteredOn(s -> s.point().subject().equals(TrajectoryId.of("t-gambling")))
            .singleElement().satisfies(s -> assertThat(s.point().due()).isEqualTo(LocalDate.of(2025, 8, 1)));
    }

    @Test
    void anOrganisationHearsOnlyThePointsWhoseAudienceHoldsIt() {
        CareConferences conferences = CareConferences.defaults();
        CareConferenceAgenda agenda = conferences.agenda(
            MonitoredCase.of(CASE, List.of(SamplePlans.firstPlan())), SampleMeetings.CONFERENCE,
            ConferenceKind.CARE_CONFERENCE, SampleMeetings.CONFERENCE_DATE,
            List.of(ConferenceReason.AGREEMENTS_INSUFFICIENT));

        CareConferenceAgenda addiction = conferences.heardBy(agenda, CASE, ADDICTION);
        CareConferenceAgenda stranger = conferences.heardBy(agenda, CASE, OrganisationId.of("org-not-involved"));

        // Addiction care has the father's consent only: his gambling trajectory, not the debts or school.
        assertThat(addiction.progress()).extracting(t -> t.point().id().value()).containsExactly("t-gambling");
        assertThat(addiction.signals()).isNotEmpty().hasSizeLessThan(agenda.signals().size())
            .allSatisfy(s -> assertThat(s.audience()).contains(ADDICTION));
        assertThat(addiction.agreements()).allSatisfy(a -> assertThat(a.audience()).contains(ADDICTION));
        assertThat(addiction.decisions()).allSatisfy(d -> assertThat(d.audience()).contains(ADDICTION));
        // At the table it meets the mother, but its agenda does not name a member it may not hear about.
        assertThat(addiction.participants()).containsExactly(Responsible.professional(CASE_MANAGER),
            Responsible.organisation(DEBT), Responsible.organisation(YOUTH_CARE), Responsible.organisation(ADDICTION),
            Responsible.member(FATHER));
        assertThat(stranger.progress()).isEmpty();
        assertThat(stranger.signals()).isEmpty();
        assertThat(stranger.participants()).noneMatch(p -> p.member().isPresent());
        CareConferenceAgenda another = new CareConferenceAgenda(agenda.id(), CaseId.of("case-other"), agenda.kind(),
            agenda.date(), agenda.reasons(), agenda.participants(), agenda.progress(), agenda.agreements(),
            agenda.signals(), agenda.decisions());
        assertThatThrownBy(() -> conferences.heardBy(another, CASE, ADDICTION))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proposesToEscalateAnAgreementOnlyFromItsDueDate() {
        // The intake agreement is due on 1 July 2025: a conference two weeks ahead is told of it, but is
        // not asked to escalate it; on its due date it is.
        LocalDate ahead = LocalDate.of(2025, 6, 20);
        CareConferenceAgenda early = CareConferences.defaults().agenda(
            MonitoredCase.of(CASE, List.of(SamplePlans.firstPlan())), SampleMeetings.CONFERENCE,
            ConferenceKind.CARE_CONFERENCE, ahead, List.of(ConferenceReason.AGREEMENTS_INSUFFICIENT));
        CareConferenceAgenda due = CareConferences.defaults().agenda(
            MonitoredCase.of(CASE, List.of(SamplePlans.firstPlan())), SampleMeetings.CONFERENCE,
            ConferenceKind.CARE_CONFERENCE, LocalDate.of(2025, 7, 1), List.of(ConferenceReason.AGREEMENTS_INSUFFICIENT));

        assertThat(early.signals()).filteredOn(s -> s.point().subject().equals(AgreementId.of("a-intake")))
            .singleElement().satisfies(s -> assertThat(s.point().severity()).isEqualTo(Severity.INFO));
        assertThat(early.decisions()).extracting(DecisionPoint::subject).doesNotContain("a-intake");
        assertThat(due.decisions()).extracting(DecisionPoint::topic, DecisionPoint::subject)
            .contains(org.assertj.core.groups.Tuple.tuple(DecisionTopic.ESCALATE_AGREEMENT, "a-intake"));
    }

    @Test
    void limitsTheDistributionListByConsent() {
        // Debt counselling has consent about the parents, youth care about the children, addiction care
        // about the father only.
        assertThat(CareConferences.defaults().distribution(CASE, SampleMeetings.CONFERENCE_DATE)).containsExactly(
            new Recipient(DEBT, List.of(MOTHER, FATHER)), new Recipient(YOUTH_CARE, List.of(YOUTH, CHILD)),
            new Recipient(ADDICTION, List.of(FATHER)));
        assertThat(RULES.check(SampleMeetings.conference(), CASE)).isEmpty();
    }

    @Test
    void findsMinutesSentWithoutConsentOrToAnOrganisationNotInvolved() {
        CareConference c = SampleMeetings.conference();
        CareConference leaky = new CareConference(c.id(), c.caseId(), c.kind(), c.date(), c.reasons(), c.present(),
            c.decisions(), c.agreements(), List.of(new Recipient(ADDICTION, List.of(FATHER, CHILD)),
                new Recipient(OrganisationId.of("org-school"), List.of(YOUTH))), c.informed());
        assertThat(RULES.check(leaky, CASE)).extracting(Finding::code, Finding::pointer).containsExactly(
            org.assertj.core.groups.Tuple.tuple("MEETING-DISTRIBUTION-WITHOUT-CONSENT", "/distribution/0/about/1"),
            org.assertj.core.groups.Tuple.tuple("MEETING-RECIPIENT-NOT-INVOLVED", "/distribution/1/organisation"));
    }

    @Test
    void findsInConferenceMinutesAnIncompleteAgreementAStrangerAndAnotherCase() {
        CareConference c = SampleMeetings.conference();
        PersonId stranger = PersonId.of("p-stranger");
        CareConference sloppy = new CareConference(c.id(), c.caseId(), c.kind(), c.date(), c.reasons(),
            List.of(Responsible.member(stranger), Responsible.organisation(DEBT)), c.decisions(),
            List.of(new Agreement(AgreementId.of("a-later"), Optional.of(Responsible.organisation(DEBT)),
                Optional.empty(), Optional.empty(), AgreementSource.CARE_CONFERENCE, c.date(), AgreementStatus.OPEN)),
            List.of(), List.of());
        assertThat(RULES.check(sloppy, CASE)).extracting(Finding::code, Finding::pointer).containsExactly(
            org.assertj.core.groups.Tuple.tuple("MEETING-AGREEMENT-INCOMPLETE", "/agreements/0"),
            org.assertj.core.groups.Tuple.tuple("MEETING-AGREEMENT-INCOMPLETE", "/agreements/0"),
            org.assertj.core.groups.Tuple.tuple("MEETING-UNKNOWN-MEMBER", "/present/0/member"));
        CareConference elsewhere = new CareConference(c.id(), CaseId.of("case-other"), c.kind(), c.date(),
            c.reasons(), c.present(), c.decisions(), c.agreements(), c.distribution(), c.informed());
        assertThat(RULES.check(elsewhere, CASE)).extracting(Finding::code).containsExactly("MEETING-CASE-MISMATCH");
        Meetings both = new Meetings(List.of(SampleMeetings.council()), List.of(sloppy));
        assertThat(RULES.check(CASE, both)).extracting(Finding::pointer)
            .contains("/meetings/careConferences/0/present/0/member");
    }

    @Test
    void bringsTheAgreementsOfCouncilAndConferenceIntoThePlanWithTheirSource() {
        Meetings meetings = Meetings.NONE.withFamilyCouncil(SampleMeetings.council())
            .withCareConference(SampleMeetings.conference());
        HelpPlan plan = meetings.intoPlan(SamplePlans.firstPlan(), SampleMeetings.CONFERENCE_DATE, CASE_MANAGER);
        assertThat(plan.versions()).hasSize(2);
        assertThat(plan.current().content().agreements()).extracting(a -> a.id().value(), Agreement::source)
            .contains(org.assertj.core.groups.Tuple.tuple("a-dinner", AgreementSource.FAMILY_COUNCIL),
                org.assertj.core.groups.Tuple.tuple("a-intake-2", AgreementSource.CARE_CONFERENCE));
        assertThat(meetings.intoPlan(plan, SampleMeetings.CONFERENCE_DATE, CASE_MANAGER)).isSameAs(plan);
        assertThat(meetings.intoPlan(SamplePlans.firstPlan(), SampleMeetings.COUNCIL_DATE, CASE_MANAGER)
            .current().content().agreements()).extracting(a -> a.id().value()).contains("a-dinner")
            .doesNotContain("a-intake-2");
        assertThat(meetings.conferenceDates(LocalDate.of(2025, 12, 31))).containsExactly(
            SampleMeetings.CONFERENCE_DATE);
    }

    @Test
    void refusesAMeetingIdentifierUsedTwice() {
        FamilyCouncil council = SampleMeetings.council();
        CareConference c = SampleMeetings.conference();
        CareConference sameId = new CareConference(council.id(), c.caseId(), c.kind(), c.date(), c.reasons(),
            c.present(), c.decisions(), c.agreements(), c.distribution(), c.informed());
        assertThatThrownBy(() -> new Meetings(List.of(council), List.of(sameId)))
            .isInstanceOfSatisfying(ModelViolation.class, e -> assertThat(e.pointer()).isEqualTo("/careConferences/0/id"));
        assertThat(RULES.check(new Meetings(List.of(council), List.of(c)), "/meetings")).isEmpty();
    }
}
