package nl.regiekit.plan.monitor;

import static nl.regiekit.plan.SamplePlans.ADDICTION;
import static nl.regiekit.plan.SamplePlans.DEBT;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ConsentScope;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.ContactAttempt;
import nl.regiekit.casemodel.ContactKind;
import nl.regiekit.casemodel.ContactOutcome;
import nl.regiekit.casemodel.CriteriaSet;
import nl.regiekit.casemodel.InformationExchange;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.Outreach;
import nl.regiekit.casemodel.OutreachPolicy;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.EvaluationId;
import nl.regiekit.plan.EvaluationKind;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.PlanPolicy;
import nl.regiekit.plan.Recurrence;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.SamplePlans;
import nl.regiekit.plan.Task;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.VersionReason;
import org.junit.jupiter.api.Test;

/** One test per signal of the {@link Monitor}, on the Hendriks-Kaya case of {@link SamplePlans}. */
class MonitorTests {

    private static final Monitor MONITOR = Monitor.defaults();
    /** Coordination of care begins on 15 October 2025. */
    private static final LocalDate COORDINATION = LocalDate.of(2025, 10, 15);

    private static Case inExecution() {
        return SamplePlans.caseInExecution();
    }

    private static Case inCoordination() {
        return inExecution().advanceTo(Phase.CLOSING_AND_EVALUATION, LocalDate.of(2025, 10, 1))
            .advanceTo(Phase.CARE_COORDINATION, COORDINATION);
    }

    private static List<Signal> of(String code, List<Signal> signals) {
        return signals.stream().filter(s -> s.code().equals(code)).toList();
    }

    @Test
    void aSignalSpeaksAThirdLanguageFromAVendorsBundle() {
        Case atContact = atContact();

        Signal due = of("SIGNAL-PLAN-DUE", MONITOR.signals(atContact, List.of(), LocalDate.of(2025, 6, 10))).get(0);

        assertThat(due.message(Locale.forLanguageTag("fy")))
            .isEqualTo("It helpferlieningsplan fan saak case-2025-0108 moat klear wêze P4M nei it begjin fan de kontaktfaze.");
        assertThat(due.message(Locale.ENGLISH))
            .isEqualTo("The help plan of case case-2025-0108 is due P4M after the contact phase began.");
    }

    @Test
    void anOrganisationSwitchesASignalOffOrGivesItAnotherSeverityOnceDue() {
        Case atContact = atContact();
        Monitor off = Monitor.builder().ruleSettings(RuleSettings.DEFAULTS.withOff(MonitorCodes.PLAN_DUE)).build();
        Monitor stricter = Monitor.builder().ruleSettings(RuleSettings.DEFAULTS.withSeverity(MonitorCodes.PLAN_DUE,
            Severity.ERROR)).build();

        assertThat(of("SIGNAL-PLAN-DUE", off.signals(atContact, List.of(), LocalDate.of(2025, 6, 10)))).isEmpty();
        assertThat(off.signals(atContact, List.of(), LocalDate.of(2025, 6, 10)))
            .hasSize(MONITOR.signals(atContact, List.of(), LocalDate.of(2025, 6, 10)).size() - 1);
        assertThat(of("SIGNAL-PLAN-DUE", stricter.signals(atContact, List.of(), LocalDate.of(2025, 6, 10))))
            .singleElement().extracting(Signal::severity).isEqualTo(Severity.ERROR);
        assertThat(of("SIGNAL-PLAN-DUE", stricter.signals(atContact, List.of(), LocalDate.of(2025, 5, 25))))
            .as("ahead of its date a signal stays information").singleElement().extracting(Signal::severity)
            .isEqualTo(Severity.INFO);
    }

    /** The sample case in its first two phases: contact made, no plan yet. */
    private static Case atContact() {
        return new Case(inExecution().id(), inExecution().catalog(), inExecution().family(),
            inExecution().referral(), inExecution().decisions(), inExecution().phases().subList(0, 2),
            inExecution().model(), inExecution().team(), inExecution().organisations(), inExecution().consents(),
            List.of());
    }

    private static HelpPlan plan() {
        return SamplePlans.firstPlan();
    }

    @Test
    void aSignalIsAFindingAboutTheCaseWithItsDueDateAndRule() {
        Signal signal = of("SIGNAL-PLAN-DUE", MONITOR.signals(atContact(), List.of(), LocalDate.of(2025, 6, 10)))
            .get(0);
        Locale frisian = Locale.forLanguageTag("fy");

        assertThat(signal.finding().code()).isEqualTo(MonitorCodes.PLAN_DUE.code());
        assertThat(signal.finding().pointer()).isEmpty();
        assertThat(signal.finding().subject()).containsInstanceOf(CaseId.class);
        assertThat(List.of(signal.code(), signal.severity(), signal.subject(), signal.values())).containsExactly(
            signal.finding().code(), signal.finding().severity(), signal.finding().subject().orElseThrow(),
            signal.finding().values());
        assertThat(signal.message(frisian)).isEqualTo(signal.finding().message(frisian))
            .startsWith("It helpferlieningsplan fan saak case-2025-0108");
        assertThatIllegalArgumentException().isThrownBy(() -> new Signal(nl.regiekit.casemodel.finding.Finding.of(
            MonitorCodes.PLAN_DUE, ""), signal.due(), signal.caseId(), signal.rule()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Signal(nl.regiekit.casemodel.finding.Finding.about(
            MonitorCodes.PLAN_DUE, "/plans/0", signal.subject()), signal.due(), signal.caseId(), signal.rule()));
    }

    @Test
    void signalsThePlanDueAsInformationBeforeAndAsWarningAfterItsDate() {
        Case atContact = atContact();
        List<Signal> before = of("SIGNAL-PLAN-DUE", MONITOR.signals(atContact, List.of(), LocalDate.of(2025, 5, 25)));
        assertThat(before).singleElement().satisfies(s -> {
            assertThat(s.due()).isEqualTo(LocalDate.of(2025, 6, 3));
            assertThat(s.severity()).isEqualTo(Severity.INFO);
            assertThat(s.rule()).isEqualTo("plan.planDue=P4M");
            assertThat(s.subject()).isEqualTo(CaseId.of("case-2025-0108"));
        });
        assertThat(of("SIGNAL-PLAN-DUE", MONITOR.signals(atContact, List.of(), LocalDate.of(2025, 6, 10))))
            .singleElement().extracting(Signal::severity).isEqualTo(Severity.WARNING);
        assertThat(of("SIGNAL-PLAN-DUE", MONITOR.signals(atContact, List.of(), LocalDate.of(2025, 5, 1)))).isEmpty();
        assertThat(of("SIGNAL-PLAN-DUE", MONITOR.signals(atContact, List.of(plan()), LocalDate.of(2025, 6, 10))))
            .isEmpty();
    }

    @Test
    void signalsTheInterimEvaluationDueUntilItIsHeld() {
        assertThat(of("SIGNAL-INTERIM-EVALUATION-DUE", MONITOR.signals(inExecution(), List.of(plan()),
            LocalDate.of(2025, 7, 20)))).singleElement().satisfies(s -> {
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 8, 1));
                assertThat(s.subject()).isEqualTo(HelpPlanId.of("plan-0108"));
                assertThat(s.severity()).isEqualTo(Severity.INFO);
            });
        HelpPlan evaluated = plan().evaluate(new Evaluation(EvaluationId.of("ev-1"), EvaluationKind.INTERIM,
            LocalDate.of(2025, 7, 25), 1, List.of(), List.of()));
        assertThat(of("SIGNAL-INTERIM-EVALUATION-DUE", MONITOR.signals(inExecution(), List.of(evaluated),
            LocalDate.of(2025, 8, 5)))).isEmpty();
        assertThat(of("SIGNAL-INTERIM-EVALUATION-DUE", MONITOR.signals(inCoordination(), List.of(plan()),
            LocalDate.of(2025, 11, 1)))).as("not in coordination of care").isEmpty();
    }

    @Test
    void signalsAPartnerMeetingEveryQuarterInCareCoordination() {
        MonitoredCase watched = MonitoredCase.of(inCoordination(), List.of(plan()));
        assertThat(of("SIGNAL-PARTNER-MEETING-DUE", MONITOR.signals(watched, LocalDate.of(2026, 1, 10))))
            .singleElement().extracting(Signal::due).isEqualTo(LocalDate.of(2026, 1, 15));
        MonitoredCase met = watched.withPartnerMeetings(List.of(LocalDate.of(2026, 1, 12)));
        assertThat(of("SIGNAL-PARTNER-MEETING-DUE", MONITOR.signals(met, LocalDate.of(2026, 1, 13)))).isEmpty();
        assertThat(of("SIGNAL-PARTNER-MEETING-DUE", MONITOR.signals(met, LocalDate.of(2026, 4, 1))))
            .singleElement().extracting(Signal::due).isEqualTo(LocalDate.of(2026, 4, 12));
        assertThat(of("SIGNAL-PARTNER-MEETING-DUE", MONITOR.signals(inExecution(), List.of(plan()),
            LocalDate.of(2025, 9, 1)))).isEmpty();
    }

    @Test
    void signalsTheIntensivePeriodPastItsPolicyLength() {
        assertThat(of("SIGNAL-INTENSIVE-PERIOD-OVER", MONITOR.signals(inExecution(), List.of(plan()),
            LocalDate.of(2025, 10, 25)))).singleElement().satisfies(s -> {
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 10, 20));
                assertThat(s.severity()).isEqualTo(Severity.WARNING);
                assertThat(s.message(Locale.ENGLISH)).contains("refer it onward");
            });
        assertThat(of("SIGNAL-INTENSIVE-PERIOD-OVER", MONITOR.signals(inCoordination(), List.of(plan()),
            LocalDate.of(2025, 10, 25)))).isEmpty();
    }

    @Test
    void signalsTheIntensivePeriodPastItsHourBudget() {
        MonitoredCase watched = MonitoredCase.of(inExecution(), List.of(plan()));
        assertThat(of("SIGNAL-INTENSIVE-HOURS-OVER", MONITOR.signals(watched.withHoursSpent(230),
            LocalDate.of(2025, 9, 1)))).singleElement().satisfies(s -> {
                assertThat(s.rule()).isEqualTo("caseManagement.intensiveHours=200");
                assertThat(s.message(Locale.ENGLISH)).contains("230 hours");
            });
        assertThat(of("SIGNAL-INTENSIVE-HOURS-OVER", MONITOR.signals(watched.withHoursSpent(200),
            LocalDate.of(2025, 9, 1)))).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> watched.withHoursSpent(-1));
    }

    @Test
    void signalsCareCoordinationPastEighteenMonths() {
        assertThat(of("SIGNAL-CARE-COORDINATION-OVER", MONITOR.signals(inCoordination(), List.of(plan()),
            LocalDate.of(2027, 4, 20)))).singleElement().extracting(Signal::due)
            .isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(of("SIGNAL-CARE-COORDINATION-OVER", MONITOR.signals(inCoordination(), List.of(plan()),
            LocalDate.of(2026, 10, 1)))).isEmpty();
    }

    @Test
    void signalsAnAgreementOverdueOrBrokenToEscalate() {
        assertThat(of("SIGNAL-AGREEMENT-OVERDUE", MONITOR.signals(inExecution(), List.of(plan()),
            LocalDate.of(2025, 7, 10)))).singleElement().satisfies(s -> {
                assertThat(s.subject()).isEqualTo(AgreementId.of("a-intake"));
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 7, 1));
                assertThat(s.severity()).isEqualTo(Severity.WARNING);
            });
        HelpPlan kept = withIntake(AgreementStatus.KEPT);
        assertThat(of("SIGNAL-AGREEMENT-OVERDUE", MONITOR.signals(inExecution(), List.of(kept),
            LocalDate.of(2025, 7, 10)))).isEmpty();
        HelpPlan broken = withIntake(AgreementStatus.BROKEN);
        assertThat(of("SIGNAL-AGREEMENT-OVERDUE", MONITOR.signals(inExecution(), List.of(broken),
            LocalDate.of(2025, 6, 20)))).singleElement().extracting(Signal::severity).isEqualTo(Severity.WARNING);
    }

    private static HelpPlan withIntake(AgreementStatus status) {
        HelpPlan plan = plan();
        return plan.revise(LocalDate.of(2025, 6, 10), SamplePlans.CASE_MANAGER, VersionReason.OTHER,
            plan.current().content().withAgreementChanged(AgreementId.of("a-intake"), a -> a.withStatus(status)));
    }

    @Test
    void signalsATrajectoryWaitingTooLong() {
        assertThat(of("SIGNAL-TRAJECTORY-WAITING", MONITOR.signals(inExecution(), List.of(plan()),
            LocalDate.of(2025, 8, 5)))).singleElement().satisfies(s -> {
                assertThat(s.subject()).isEqualTo(TrajectoryId.of("t-gambling"));
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 8, 1));
                assertThat(s.rule()).isEqualTo("plan.trajectoryWaitMax=P3M");
            });
        Monitor patient = Monitor.builder().planPolicy(PlanPolicy.DEFAULTS.withTrajectoryWaitMax(Period.ofMonths(6))).build();
        assertThat(of("SIGNAL-TRAJECTORY-WAITING", patient.signals(inExecution(), List.of(plan()),
            LocalDate.of(2025, 8, 5)))).isEmpty();
    }

    @Test
    void signalsAConsentExpiringWhileTheOrganisationIsInvolved() {
        Case expiring = inExecution().recordConsent(new Consent(ConsentId.of("c-expiring"), DEBT, MOTHER,
            new ConsentScope(List.of(), List.of()), LawfulBasis.CONSENT,
            List.of(new ConsentChange(LocalDate.of(2025, 3, 1), ConsentStatus.GRANTED)),
            Optional.of(LocalDate.of(2025, 9, 30))));
        assertThat(of("SIGNAL-CONSENT-EXPIRING", MONITOR.signals(expiring, List.of(plan()),
            LocalDate.of(2025, 9, 10)))).singleElement().satisfies(s -> {
                assertThat(s.subject()).isEqualTo(ConsentId.of("c-expiring"));
                assertThat(s.severity()).isEqualTo(Severity.INFO);
            });
        assertThat(of("SIGNAL-CONSENT-EXPIRING", MONITOR.signals(expiring, List.of(plan()),
            LocalDate.of(2025, 10, 5)))).singleElement().extracting(Signal::severity).isEqualTo(Severity.WARNING);
        assertThat(of("SIGNAL-CONSENT-EXPIRING", MONITOR.signals(expiring, List.of(plan()),
            LocalDate.of(2025, 8, 1)))).isEmpty();
    }

    @Test
    void signalsAConsentWithdrawnWhileInformationStillFlows() {
        Case withdrawn = inExecution().changeConsent(ConsentId.of("c-addiction"),
            new ConsentChange(LocalDate.of(2025, 6, 1), ConsentStatus.WITHDRAWN));
        assertThat(of("SIGNAL-CONSENT-WITHDRAWN", MONITOR.signals(withdrawn, List.of(plan()),
            LocalDate.of(2025, 6, 15)))).singleElement().satisfies(s -> {
                assertThat(s.subject()).isEqualTo(ConsentId.of("c-addiction"));
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 6, 1));
                assertThat(s.severity()).isEqualTo(Severity.ERROR);
            });
        Case ended = withdrawn.endInvolvement(ADDICTION, LocalDate.of(2025, 6, 5));
        assertThat(of("SIGNAL-CONSENT-WITHDRAWN", MONITOR.signals(ended, List.of(plan()),
            LocalDate.of(2025, 6, 15)))).isEmpty();
        Case flowing = ended.recordExchange(new InformationExchange(LocalDate.of(2025, 6, 10), ADDICTION,
            List.of(SamplePlans.FATHER), List.of(SamplePlans.WELL_BEING)));
        assertThat(of("SIGNAL-CONSENT-WITHDRAWN", MONITOR.signals(flowing, List.of(plan()),
            LocalDate.of(2025, 6, 15)))).hasSize(1);
    }

    @Test
    void signalsACaseManagersCaseloadOverPolicy() {
        List<Case> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(withId(inExecution(), "case-" + i));
        }
        assertThat(MONITOR.caseloads(seven, LocalDate.of(2025, 12, 1))).extracting(Signal::code, Signal::subject)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SIGNAL-CASELOAD-OVER", ProfessionalId.of("cm-017")));
        assertThat(MONITOR.caseloads(seven.subList(0, 6), LocalDate.of(2025, 12, 1))).isEmpty();
        assertThat(MONITOR.caseloads(seven, LocalDate.of(2026, 2, 1))).isEmpty();
        assertThat(MONITOR.report(seven.stream().map(c -> MonitoredCase.of(c, List.of())).toList(),
            LocalDate.of(2025, 12, 1))).extracting(Signal::code).contains("SIGNAL-CASELOAD-OVER");
    }

    private static Case withId(Case c, String id) {
        return new Case(CaseId.of(id), c.catalog(), c.family(), c.referral(), c.decisions(), c.phases(), c.model(),
            c.team(), c.organisations(), c.consents(), c.exchanges());
    }

    @Test
    void signalsTheNumberOfOrganisationsNotFallingInCareCoordination() {
        assertThat(of("SIGNAL-ORGANISATIONS-NOT-FALLING", MONITOR.signals(inCoordination(), List.of(plan()),
            LocalDate.of(2026, 4, 20)))).singleElement().satisfies(s ->
                assertThat(s.message(Locale.ENGLISH)).contains("3 organisations involved, 3 at the start"));
        Case fewer = inCoordination().endInvolvement(DEBT, LocalDate.of(2026, 2, 1));
        assertThat(of("SIGNAL-ORGANISATIONS-NOT-FALLING", MONITOR.signals(fewer, List.of(plan()),
            LocalDate.of(2026, 4, 20)))).isEmpty();
        assertThat(of("SIGNAL-ORGANISATIONS-NOT-FALLING", MONITOR.signals(inCoordination(), List.of(plan()),
            LocalDate.of(2026, 3, 1)))).isEmpty();
    }

    /** The case in its introduction (from 20 January 2025), with these contact attempts recorded. */
    private static Case inIntroduction(ContactAttempt... attempts) {
        Outreach outreach = Outreach.NONE;
        for (ContactAttempt attempt : attempts) {
            outreach = outreach.withAttempt(attempt);
        }
        return inIntroduction(Optional.of(outreach));
    }

    private static Case inIntroduction(Optional<Outreach> outreach) {
        Case full = inExecution();
        return new Case(full.id(), full.catalog(), full.family(), full.referral(), full.decisions(),
            full.phases().subList(0, 1), full.model(), full.team(), full.organisations(), full.consents(), List.of(),
            outreach);
    }

    @Test
    void signalsNoContactWithinThePolicyPeriodAfterTheIntroductionBegan() {
        Case unanswered = inIntroduction(ContactAttempt.of(LocalDate.of(2025, 1, 21), ContactKind.HOME_VISIT,
                ContactOutcome.NO_RESPONSE),
            ContactAttempt.of(LocalDate.of(2025, 2, 24), ContactKind.LETTER, ContactOutcome.NO_RESPONSE));

        assertThat(of("SIGNAL-NO-CONTACT", MONITOR.signals(unanswered, List.of(), LocalDate.of(2025, 2, 1))))
            .isEmpty();
        assertThat(of("SIGNAL-NO-CONTACT", MONITOR.signals(unanswered, List.of(), LocalDate.of(2025, 2, 20))))
            .singleElement().satisfies(s -> {
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 3, 3));
                assertThat(s.severity()).isEqualTo(Severity.INFO);
                assertThat(s.rule()).isEqualTo("outreach.contactWithin=P42D");
                assertThat(s.message(Locale.ENGLISH)).endsWith("; 1 attempts made no contact.");
            });
        assertThat(of("SIGNAL-NO-CONTACT", MONITOR.signals(unanswered, List.of(), LocalDate.of(2025, 3, 3))))
            .singleElement().extracting(Signal::severity).isEqualTo(Severity.WARNING);
        Case opened = unanswered.recordContactAttempt(ContactAttempt.contactWithAppointment(LocalDate.of(2025, 3, 4),
            ContactKind.HOME_VISIT, LocalDate.of(2025, 3, 11)));
        assertThat(of("SIGNAL-NO-CONTACT", MONITOR.signals(opened, List.of(), LocalDate.of(2025, 3, 5)))).isEmpty();
        Monitor patient = Monitor.builder().outreachPolicy(new OutreachPolicy(Period.ofWeeks(10),
            Period.ofWeeks(2))).build();
        assertThat(of("SIGNAL-NO-CONTACT", patient.signals(unanswered, List.of(), LocalDate.of(2025, 3, 3))))
            .isEmpty();
    }

    @Test
    void signalsContactAttemptsThatStoppedBeforeContactWasMade() {
        Case unanswered = inIntroduction(ContactAttempt.of(LocalDate.of(2025, 1, 21), ContactKind.HOME_VISIT,
            ContactOutcome.NO_RESPONSE), ContactAttempt.of(LocalDate.of(2025, 1, 28), ContactKind.PHONE_CALL,
            ContactOutcome.REFUSED));

        assertThat(of("SIGNAL-CONTACT-ATTEMPTS-STOPPED", MONITOR.signals(unanswered, List.of(),
            LocalDate.of(2025, 2, 10)))).isEmpty();
        assertThat(of("SIGNAL-CONTACT-ATTEMPTS-STOPPED", MONITOR.signals(unanswered, List.of(),
            LocalDate.of(2025, 2, 20)))).singleElement().satisfies(s -> {
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 2, 11));
                assertThat(s.severity()).isEqualTo(Severity.WARNING);
                assertThat(s.rule()).isEqualTo("outreach.attemptInterval=P14D");
            });
        Case backAgain = unanswered.recordContactAttempt(ContactAttempt.of(LocalDate.of(2025, 2, 18),
            ContactKind.LETTER, ContactOutcome.NO_RESPONSE));
        assertThat(of("SIGNAL-CONTACT-ATTEMPTS-STOPPED", MONITOR.signals(backAgain, List.of(),
            LocalDate.of(2025, 2, 20)))).isEmpty();
    }

    @Test
    void watchesOutreachOnlyForACaseThatRecordsItAndOnlyBeforeExecution() {
        Case unrecorded = inIntroduction(Optional.empty());
        Case executing = inExecution().recordContactAttempt(ContactAttempt.of(LocalDate.of(2025, 1, 21),
            ContactKind.HOME_VISIT, ContactOutcome.NO_RESPONSE));

        assertThat(MONITOR.signals(unrecorded, List.of(), LocalDate.of(2025, 4, 1)))
            .extracting(Signal::code).doesNotContain("SIGNAL-NO-CONTACT", "SIGNAL-CONTACT-ATTEMPTS-STOPPED");
        assertThat(MONITOR.signals(executing, List.of(plan()), LocalDate.of(2025, 9, 1)))
            .extracting(Signal::code).doesNotContain("SIGNAL-NO-CONTACT", "SIGNAL-CONTACT-ATTEMPTS-STOPPED");
    }

    private static final Monitor VIOLENCE = Monitor.builder().criteria(CriteriaSet.DOMESTIC_VIOLENCE).build();

    @Test
    void signalsContactWithinTwoWorkingDaysOfTheReportUnderTheDomesticViolenceClock() {
        // Reported on Monday 6 January 2025: contact is due on Wednesday 8 January.
        Case reported = inIntroduction(Optional.of(Outreach.NONE));

        assertThat(of("SIGNAL-VIOLENCE-CONTACT-DUE", VIOLENCE.signals(reported, List.of(), LocalDate.of(2025, 1, 7))))
            .isEmpty();
        assertThat(of("SIGNAL-VIOLENCE-CONTACT-DUE", VIOLENCE.signals(reported, List.of(), LocalDate.of(2025, 1, 8))))
            .singleElement().satisfies(s -> {
                assertThat(s.severity()).isEqualTo(Severity.ERROR);
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 1, 8));
                assertThat(s.rule()).isEqualTo("criteria.domestic-violence.clock.contactWorkingDays=2");
            });
        Case reached = reported.recordContactAttempt(ContactAttempt.of(LocalDate.of(2025, 1, 8), ContactKind.HOME_VISIT,
            ContactOutcome.CONTACT_MADE));
        assertThat(of("SIGNAL-VIOLENCE-CONTACT-DUE", VIOLENCE.signals(reached, List.of(), LocalDate.of(2025, 1, 9))))
            .isEmpty();
        assertThat(of("SIGNAL-VIOLENCE-CONTACT-DUE", MONITOR.signals(reported, List.of(), LocalDate.of(2025, 1, 9))))
            .as("regional practice has no clock").isEmpty();
    }

    @Test
    void signalsAdequateHelpWithinThreeWorkingDaysOfTheReport() {
        Case reported = inIntroduction(Optional.of(Outreach.NONE));

        assertThat(of("SIGNAL-VIOLENCE-HELP-DUE", VIOLENCE.signals(reported, List.of(), LocalDate.of(2025, 1, 10))))
            .singleElement().satisfies(s -> {
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 1, 9));
                assertThat(s.message(Locale.ENGLISH)).contains("within 3 working days");
            });
        Case helped = reported.recordPracticalHelp(new PracticalHelp(LocalDate.of(2025, 1, 9), SamplePlans.HOUSING,
            List.of(), Optional.empty(), "Opvangplek geregeld"));
        assertThat(of("SIGNAL-VIOLENCE-HELP-DUE", VIOLENCE.signals(helped, List.of(), LocalDate.of(2025, 1, 10))))
            .isEmpty();
    }

    @Test
    void signalsFirstHelpByTheCaseManagerPastThreeMonths() {
        // The introduction began on 20 January 2025; first help ends by 20 April.
        assertThat(of("SIGNAL-VIOLENCE-FIRST-HELP-OVER", VIOLENCE.signals(inExecution(), List.of(plan()),
            LocalDate.of(2025, 6, 1)))).singleElement().satisfies(s -> {
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 4, 20));
                assertThat(s.severity()).isEqualTo(Severity.WARNING);
                assertThat(s.rule()).isEqualTo("criteria.domestic-violence.clock.firstHelpMax=P3M");
            });
        assertThat(of("SIGNAL-VIOLENCE-FIRST-HELP-OVER", VIOLENCE.signals(inExecution(), List.of(plan()),
            LocalDate.of(2025, 4, 1)))).isEmpty();
        assertThat(of("SIGNAL-VIOLENCE-FIRST-HELP-OVER", VIOLENCE.signals(inCoordination(), List.of(plan()),
            LocalDate.of(2025, 11, 1)))).isEmpty();
    }

    @Test
    void monitorsAnAgreementMadeElsewhereLikeTheRest() {
        // A release condition of the father's probation, taken into the plan so that it is monitored.
        Agreement condition = new Agreement(AgreementId.of("a-probation"), Optional.empty(), Optional.empty(),
            Optional.of(LocalDate.of(2025, 6, 1)), AgreementSource.JUSTICE_CONDITION, SamplePlans.PLAN_DATE,
            AgreementStatus.OPEN);
        HelpPlan withCondition = HelpPlan.draft(SamplePlans.PLAN_ID, SamplePlans.CASE_ID, SamplePlans.PLAN_DATE,
            SamplePlans.CASE_MANAGER, SamplePlans.firstContent().withAgreement(condition));

        assertThat(of("SIGNAL-AGREEMENT-OVERDUE", MONITOR.signals(inExecution(), List.of(withCondition),
            LocalDate.of(2025, 6, 10)))).extracting(Signal::subject).contains(AgreementId.of("a-probation"));
        assertThat(List.of(AgreementSource.values())).contains(AgreementSource.OTHER_PROVIDER);
    }

    @Test
    void signalsTheLatestMissedOccurrenceOfARecurringAgreementOnceItsGracePeriodHasPassed() {
        // Weekly talks with the mother from Monday 5 May; the first two were held.
        Recurrence weekly = new Recurrence(LocalDate.of(2025, 5, 5), Period.ofWeeks(1), Optional.empty(),
            List.of(LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 12)));
        HelpPlan talks = withRecurringTalks(weekly, AgreementStatus.OPEN);

        assertThat(of("SIGNAL-AGREEMENT-OCCURRENCE-MISSED", MONITOR.signals(inExecution(), List.of(talks),
            LocalDate.of(2025, 5, 21)))).isEmpty();
        assertThat(of("SIGNAL-AGREEMENT-OCCURRENCE-MISSED", MONITOR.signals(inExecution(), List.of(talks),
            LocalDate.of(2025, 5, 29)))).singleElement().satisfies(s -> {
                assertThat(s.subject()).isEqualTo(AgreementId.of("a-talks"));
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 5, 29));
                assertThat(s.severity()).isEqualTo(Severity.WARNING);
                assertThat(s.rule()).isEqualTo("monitoring.occurrenceGrace=P3D");
                assertThat(s.message(Locale.ENGLISH)).isEqualTo(
                    "Recurring agreement a-talks has 2 occurrences in a row not recorded as kept, the latest more than P3D ago.");
            });
        Monitor patient = Monitor.builder()
            .monitorPolicy(MonitorPolicy.DEFAULTS.withOccurrenceGrace(Period.ofWeeks(2))).build();
        assertThat(of("SIGNAL-AGREEMENT-OCCURRENCE-MISSED", patient.signals(inExecution(), List.of(talks),
            LocalDate.of(2025, 5, 29)))).isEmpty();
        assertThat(of("SIGNAL-AGREEMENT-OCCURRENCE-MISSED", patient.signals(inExecution(), List.of(talks),
            LocalDate.of(2025, 6, 2)))).singleElement().satisfies(s -> {
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 6, 2));
                assertThat(s.rule()).isEqualTo("monitoring.occurrenceGrace=P14D");
                assertThat(s.values()).containsExactly("a-talks", "1", "P14D");
            });
        assertThat(of("SIGNAL-AGREEMENT-OCCURRENCE-MISSED", MONITOR.signals(inExecution(),
            List.of(withRecurringTalks(weekly, AgreementStatus.KEPT)), LocalDate.of(2025, 5, 29)))).isEmpty();
    }

    @Test
    void signalsAMissedOccurrenceOfARecurringTaskUnderItsPlan() {
        Task visits = new Task(Responsible.professional(SamplePlans.CASE_MANAGER), "Huisbezoek om de week",
            Optional.empty(), Optional.of(new Recurrence(LocalDate.of(2025, 5, 2), Period.ofWeeks(2),
                Optional.of(LocalDate.of(2025, 6, 30)), List.of(LocalDate.of(2025, 5, 2)))));
        PlanContent content = SamplePlans.firstContent();
        HelpPlan plan = HelpPlan.draft(SamplePlans.PLAN_ID, SamplePlans.CASE_ID, SamplePlans.PLAN_DATE,
            SamplePlans.CASE_MANAGER, new PlanContent(content.history(), content.core(), content.situation(),
                content.goals(), content.trajectories(), content.agreements(), List.of(content.roles().get(0), visits),
                content.closingQuestion()));

        assertThat(of("SIGNAL-TASK-OCCURRENCE-MISSED", MONITOR.signals(inExecution(), List.of(plan),
            LocalDate.of(2025, 9, 1)))).singleElement().satisfies(s -> {
                assertThat(s.subject()).isEqualTo(HelpPlanId.of("plan-0108"));
                assertThat(s.due()).isEqualTo(LocalDate.of(2025, 6, 30));
                assertThat(s.values()).containsExactly("plan-0108", "2", "4", "P3D");
            });
    }

    private static HelpPlan withRecurringTalks(Recurrence recurrence, AgreementStatus status) {
        Agreement talks = new Agreement(AgreementId.of("a-talks"), Optional.of(Responsible.professional(
            SamplePlans.CASE_MANAGER)), Optional.of("Elke week een gesprek met moeder"), Optional.empty(),
            AgreementSource.FAMILY_COUNCIL, SamplePlans.PLAN_DATE, status, Optional.of(recurrence));
        return HelpPlan.draft(SamplePlans.PLAN_ID, SamplePlans.CASE_ID, SamplePlans.PLAN_DATE,
            SamplePlans.CASE_MANAGER, SamplePlans.firstContent().withAgreement(talks));
    }

    @Test
    void namesIdentifiersAndNumbersOnlyInItsMessages() {
        List<Signal> signals = MONITOR.signals(inExecution(), List.of(plan()), LocalDate.of(2025, 10, 25));
        assertThat(signals).isNotEmpty().allSatisfy(s -> assertThat(s.message(Locale.forLanguageTag("nl")) + s.message(Locale.ENGLISH))
            .doesNotContain("Yasmin", "Erik", "Sem ", "Lina", "Kaya", "Hendriks"));
    }

    @Test
    void ordersSignalsByDueDate() {
        List<Signal> signals = MONITOR.signals(inExecution(), List.of(plan()), LocalDate.of(2025, 10, 25));
        assertThat(signals).extracting(Signal::due).isSorted();
        assertThat(signals).extracting(Signal::caseId).containsOnly(Optional.of(SamplePlans.CASE_ID));
    }

    @Test
    void everyCodeSaysWhatItsSignalsAreAboutSoThatADocumentsSignalReadsBackTyped() {
        assertThat(MonitorCodes.all()).allSatisfy(code ->
            assertThat(MonitorCodes.subject(code.code(), "x-1").value()).isEqualTo("x-1"));
        assertThat(MonitorCodes.subject("SIGNAL-AGREEMENT-OVERDUE", "a-1")).isEqualTo(AgreementId.of("a-1"))
            .isNotEqualTo(MonitorCodes.subject("SIGNAL-CONSENT-EXPIRING", "a-1"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
            .isThrownBy(() -> MonitorCodes.subject("ACME-CALL-BACK", "a-1"));
    }
}
