package nl.regiekit.plan.meeting;

import static nl.regiekit.plan.SamplePlans.ADDICTION;
import static nl.regiekit.plan.SamplePlans.CASE_MANAGER;
import static nl.regiekit.plan.SamplePlans.CHILD;
import static nl.regiekit.plan.SamplePlans.CHILDREN;
import static nl.regiekit.plan.SamplePlans.CONTACT_DATE;
import static nl.regiekit.plan.SamplePlans.DAYTIME;
import static nl.regiekit.plan.SamplePlans.DEBT;
import static nl.regiekit.plan.SamplePlans.FATHER;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static nl.regiekit.plan.SamplePlans.WELL_BEING;
import static nl.regiekit.plan.SamplePlans.YOUTH;
import static nl.regiekit.plan.SamplePlans.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.ConsentScope;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.SafetyMeasure;
import nl.regiekit.casemodel.SafetyReason;
import nl.regiekit.casemodel.SafetyRestriction;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.SamplePlans;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.monitor.MonitoredCase;

/**
 * Meetings under consent and safety (method §10, §11), walked through the Hendriks-Kaya family of
 * {@link SamplePlans}: a father a restraining order keeps out, youth care whose consent about the
 * children is refused, a school whose consents cover a young person only on the second domain each
 * names, and an organisation whose age of majority is not eighteen.
 */
class MeetingSafetyTests {

    /** The day Erik threatened Yasmin and a restraining order was given. */
    private static final LocalDate ORDER = LocalDate.of(2025, 6, 1);
    private static final LocalDate BEFORE = LocalDate.of(2025, 5, 20);
    private static final LocalDate DATE = SampleMeetings.CONFERENCE_DATE;
    private static final OrganisationId SCHOOL = OrganisationId.of("org-school");
    private static final CareConferences CONFERENCES = CareConferences.defaults();
    private static final MeetingRules RULES = MeetingRules.defaults();

    /** The case with Erik not to be invited nor informed from the day of the order. */
    private static Case withRestrainingOrder() {
        Case subject = SamplePlans.caseInExecution();
        return subject.withFamily(subject.family().withRestrictions(List.of(new SafetyRestriction(FATHER,
            List.of(SafetyMeasure.NOT_INVITED, SafetyMeasure.NOT_INFORMED), SafetyReason.RESTRAINING_ORDER, ORDER,
            Optional.empty()))));
    }

    private static CareConferenceAgenda agenda(Case subject, LocalDate date) {
        return CONFERENCES.agenda(MonitoredCase.of(subject, List.of(SamplePlans.firstPlan())),
            SampleMeetings.CONFERENCE, ConferenceKind.CARE_CONFERENCE, date,
            List.of(ConferenceReason.AGREEMENTS_INSUFFICIENT));
    }

    private static List<OrganisationId> audienceOf(CareConferenceAgenda agenda, String trajectory) {
        return agenda.progress().stream().filter(p -> p.point().id().value().equals(trajectory)).findFirst()
            .orElseThrow().audience();
    }

    private static Consent consent(String id, OrganisationId organisation, PersonId givenBy, List<PersonId> about,
                                   List<LifeDomainCode> domains) {
        return new Consent(ConsentId.of(id), organisation, givenBy, new ConsentScope(about, domains),
            LawfulBasis.CONSENT, List.of(new ConsentChange(CONTACT_DATE, ConsentStatus.GRANTED)), Optional.empty());
    }

    @Test
    void aThreateningFatherIsNeitherInvitedNorSentTheMinutesFromTheDayOfTheOrder() {
        Case subject = withRestrainingOrder();

        assertThat(agenda(subject, BEFORE).participants()).contains(Responsible.member(FATHER));
        assertThat(agenda(subject, DATE).participants()).containsExactly(Responsible.professional(CASE_MANAGER),
            Responsible.organisation(DEBT), Responsible.organisation(YOUTH_CARE), Responsible.organisation(ADDICTION),
            Responsible.member(MOTHER));
        assertThat(CONFERENCES.informed(subject, BEFORE)).containsExactly(MOTHER, FATHER);
        assertThat(CONFERENCES.informed(subject, DATE)).containsExactly(MOTHER);
        // The order keeps him from being informed, not others from hearing about him: debt counselling still
        // receives the minutes about both parents.
        assertThat(CONFERENCES.distribution(subject, DATE)).contains(new Recipient(DEBT, List.of(MOTHER, FATHER)));
        assertThat(FamilyCouncils.defaults().agenda(subject, SampleMeetings.COUNCIL, DATE, Set.of()).turns())
            .containsExactly(MOTHER, YOUTH, CHILD);
        assertThat(FamilyCouncils.defaults().agenda(subject, SampleMeetings.COUNCIL, BEFORE, Set.of()).turns())
            .contains(FATHER);
    }

    @Test
    void findsMinutesAndACouncilThatInviteOrInformTheThreateningFatherNamingNoOne() {
        Case subject = withRestrainingOrder();
        CareConference c = SampleMeetings.conference();
        List<Responsible> present = new ArrayList<>(c.present());
        present.add(Responsible.member(FATHER));
        CareConference minutes = new CareConference(c.id(), c.caseId(), c.kind(), c.date(), c.reasons(), present,
            c.decisions(), c.agreements(), c.distribution(), List.of(MOTHER, FATHER));

        List<Finding> findings = RULES.check(minutes, subject);

        assertThat(findings).extracting(Finding::code, Finding::pointer).containsExactly(
            tuple("MEETING-RESTRICTED-MEMBER-INVITED", "/present/3/member"),
            tuple("MEETING-RESTRICTED-MEMBER-INFORMED", "/informed/1"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.subject()).contains(FATHER);
            for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
                assertThat(f.message(locale)).contains(FATHER.value()).doesNotContain("Erik", "Hendriks",
                    SafetyReason.RESTRAINING_ORDER.name());
            }
        });
        assertThat(RULES.check(minutes, SamplePlans.caseInExecution())).isEmpty();
        // The family council of 20 June, after the order, had him present.
        assertThat(RULES.check(SampleMeetings.council(), subject)).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MEETING-RESTRICTED-MEMBER-INVITED", "/present/3"));
    }

    @Test
    void anOrganisationWhoseConsentAboutTheChildrenIsRefusedHearsNothingOfThemAndIsNotInvited() {
        Case refused = SamplePlans.caseInExecution()
            .changeConsent(ConsentId.of("c-youth-care"), new ConsentChange(ORDER, ConsentStatus.REFUSED));

        CareConferenceAgenda agenda = agenda(refused, DATE);

        // Sem, 15, consented himself, but from 12 to 16 a holder of authority must consent too.
        assertThat(agenda.participants()).doesNotContain(Responsible.organisation(YOUTH_CARE))
            .contains(Responsible.organisation(DEBT), Responsible.organisation(ADDICTION));
        assertThat(audienceOf(agenda, "t-school")).isEmpty();
        assertThat(audienceOf(agenda, "t-debt")).containsExactly(DEBT);
        assertThat(audienceOf(agenda, "t-gambling")).containsExactly(ADDICTION);
        assertThat(agenda.agreements()).singleElement().satisfies(a -> assertThat(a.audience()).containsExactly(DEBT));
        assertThat(agenda.signals()).allSatisfy(s -> assertThat(s.audience()).doesNotContain(YOUTH_CARE));
        assertThat(agenda.decisions()).extracting(DecisionPoint::subject, DecisionPoint::audience)
            .contains(tuple("a-intake", List.of(DEBT)));
        assertThat(CONFERENCES.distribution(refused, DATE)).extracting(Recipient::organisation)
            .doesNotContain(YOUTH_CARE);
        // With the consent in force youth care hears Sem's school trajectory.
        assertThat(audienceOf(agenda(SamplePlans.caseInExecution(), DATE), "t-school")).containsExactly(YOUTH_CARE);
    }

    @Test
    void aTrajectoryIsHeardOnlyByWhoMayHearEveryGoalItWorksOn() {
        // Sem's school trajectory also works on his father's gambling goal: youth care, which may hear about
        // Sem on daytime activities but nothing about the father, no longer hears it, since the goal's
        // identifier and what it says come with the trajectory.
        PlanContent first = SamplePlans.firstContent();
        Trajectory school = first.trajectories().stream().filter(t -> t.id().value().equals("t-school"))
            .findFirst().orElseThrow();
        Trajectory withGambling = new Trajectory(school.id(), school.member(), school.domain(), school.provider(),
            school.start(), school.plannedEnd(), school.status(), school.waitingSince(),
            List.of(SamplePlans.SCHOOL, SamplePlans.GAMBLING));
        HelpPlan plan = HelpPlan.draft(SamplePlans.PLAN_ID, SamplePlans.CASE_ID, SamplePlans.PLAN_DATE,
            CASE_MANAGER, first.withTrajectories(first.trajectories().stream()
                .map(t -> t.id().equals(school.id()) ? withGambling : t).toList()));

        CareConferenceAgenda agenda = CONFERENCES.agenda(MonitoredCase.of(SamplePlans.caseInExecution(),
            List.of(plan)), SampleMeetings.CONFERENCE, ConferenceKind.CARE_CONFERENCE, DATE,
            List.of(ConferenceReason.AGREEMENTS_INSUFFICIENT));

        assertThat(audienceOf(agenda, "t-school")).isEmpty();
        assertThat(audienceOf(agenda(SamplePlans.caseInExecution(), DATE), "t-school")).containsExactly(YOUTH_CARE);
    }

    @Test
    void findsAnOrganisationPresentWhileAnAgreementItMayNotHearWasMade() {
        CareConference c = SampleMeetings.conference();
        List<Responsible> present = new ArrayList<>(c.present());
        present.add(1, Responsible.organisation(ADDICTION));
        CareConference minutes = new CareConference(c.id(), c.caseId(), c.kind(), c.date(), c.reasons(), present,
            c.decisions(), c.agreements(), c.distribution(), c.informed());

        // The intake agreement is debt counselling's, about the mother's finances; addiction care may hear
        // only about the father's well-being.
        assertThat(RULES.check(minutes, SamplePlans.caseInExecution()))
            .extracting(Finding::code, Finding::pointer, f -> f.values()).containsExactly(
                tuple("MEETING-POINT-WITHOUT-CONSENT", "/present/1/organisation",
                    List.of(ADDICTION.value(), c.id().value(), "a-intake-2")));
    }

    @Test
    void aConsentLimitedToASecondDomainCoversTheYoungPersonOnThatDomain() {
        // The school works with Sem on daytime activities. His mother consented for children and daytime
        // activities, Sem himself for well-being and daytime activities: together they cover daytime only,
        // the second domain of each.
        Case subject = SamplePlans.caseInExecution()
            .involve(new InvolvedOrganisation(SCHOOL, "School", Optional.empty(), "Verzuim", List.of(YOUTH),
                List.of(DAYTIME), LocalDate.of(2025, 1, 1), Optional.empty()))
            .recordConsent(consent("c-school", SCHOOL, MOTHER, List.of(YOUTH), List.of(CHILDREN, DAYTIME)))
            .recordConsent(consent("c-school-sem", SCHOOL, YOUTH, List.of(YOUTH), List.of(WELL_BEING, DAYTIME)));

        assertThat(CONFERENCES.distribution(subject, DATE)).contains(new Recipient(SCHOOL, List.of(YOUTH)));
        CareConferenceAgenda agenda = agenda(subject, DATE);
        assertThat(agenda.participants()).contains(Responsible.organisation(SCHOOL));
        assertThat(audienceOf(agenda, "t-school")).containsExactly(YOUTH_CARE, SCHOOL);
        CareConference c = SampleMeetings.conference();
        CareConference minutes = new CareConference(c.id(), c.caseId(), c.kind(), c.date(), c.reasons(), c.present(),
            c.decisions(), c.agreements(), List.of(new Recipient(SCHOOL, List.of(YOUTH))), c.informed());
        assertThat(RULES.check(minutes, subject)).isEmpty();
    }

    @Test
    void invitesFromTheAgeOfMajorityOfTheOrganisationsConsentPolicy() {
        // An organisation that counts Sem, 15, as of age invites him and sends him the minutes.
        ConsentPolicy early = new ConsentPolicy(12, 15, 15);
        CareConferences conferences = new CareConferences(nl.regiekit.plan.monitor.Monitor.defaults(), early,
            LifeDomainCatalogs.builtIn());
        Case subject = SamplePlans.caseInExecution();

        assertThat(conferences.agenda(MonitoredCase.of(subject, List.of(SamplePlans.firstPlan())),
            SampleMeetings.CONFERENCE, ConferenceKind.CARE_CONFERENCE, DATE, List.of()).participants())
            .contains(Responsible.member(YOUTH));
        assertThat(conferences.informed(subject, DATE)).containsExactly(MOTHER, FATHER, YOUTH);
        assertThat(CONFERENCES.informed(subject, DATE)).containsExactly(MOTHER, FATHER);
        assertThat(agenda(subject, DATE).participants()).doesNotContain(Responsible.member(YOUTH));
        assertThat(agenda(subject, DATE).progress()).extracting(p -> p.point()).extracting(Trajectory::member)
            .contains(YOUTH);
    }
}
