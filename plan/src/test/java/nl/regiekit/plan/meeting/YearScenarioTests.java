package nl.regiekit.plan.meeting;

import static nl.regiekit.plan.SamplePlans.CASE_MANAGER;
import static nl.regiekit.plan.SamplePlans.DEBT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.EvaluationId;
import nl.regiekit.plan.EvaluationKind;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.SamplePlans;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.VersionReason;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.MonitoredCase;
import nl.regiekit.plan.monitor.Signal;
import org.junit.jupiter.api.Test;

/**
 * The narrated scenario of meetings and monitoring: the Hendriks-Kaya case from its introduction in
 * January 2025 through a year and more. A family council in June and a care conference in July bring
 * their agreements into the plan; the interim evaluation in July settles them; the intensive period
 * ends in October and coordination of care begins, with a partner meeting in January and debt
 * counselling stepping back in March. On each date the monitor gives exactly the signals expected.
 */
class YearScenarioTests {

    private static final Monitor MONITOR = Monitor.defaults();
    private static final LocalDate INTERIM = LocalDate.of(2025, 7, 25);

    @Test
    void givesTheExpectedSignalsOnEachDateOfTheYear() {
        Case subject = SamplePlans.caseInExecution()
            .advanceTo(Phase.CLOSING_AND_EVALUATION, LocalDate.of(2025, 10, 1))
            .advanceTo(Phase.CARE_COORDINATION, LocalDate.of(2025, 10, 15))
            .endInvolvement(DEBT, LocalDate.of(2026, 3, 1));
        Meetings meetings = Meetings.NONE.withFamilyCouncil(SampleMeetings.council());
        HelpPlan plan = meetings.intoPlan(SamplePlans.firstPlan(), SampleMeetings.COUNCIL_DATE, CASE_MANAGER);
        meetings = meetings.withCareConference(SampleMeetings.conference());
        plan = meetings.intoPlan(plan, SampleMeetings.CONFERENCE_DATE, CASE_MANAGER);
        assertThat(plan.current().content().agreements()).extracting(a -> a.id().value(), a -> a.source())
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("a-papers", AgreementSource.PLAN),
                org.assertj.core.groups.Tuple.tuple("a-intake", AgreementSource.CARE_CONFERENCE),
                org.assertj.core.groups.Tuple.tuple("a-dinner", AgreementSource.FAMILY_COUNCIL),
                org.assertj.core.groups.Tuple.tuple("a-intake-2", AgreementSource.CARE_CONFERENCE));
        // The interim evaluation: the agreements were kept, addiction care took Erik off its waiting list.
        PlanContent settled = plan.current().content();
        for (String id : List.of("a-intake", "a-dinner", "a-intake-2")) {
            settled = settled.withAgreementChanged(AgreementId.of(id), a -> a.withStatus(AgreementStatus.KEPT));
        }
        settled = settled.withTrajectories(settled.trajectories().stream()
            .map(t -> t.id().equals(TrajectoryId.of("t-gambling")) ? t.startedOn(INTERIM) : t).toList());
        plan = plan.evaluate(new Evaluation(EvaluationId.of("ev-interim"), EvaluationKind.INTERIM, INTERIM, 3,
            List.of(), List.of())).revise(INTERIM, CASE_MANAGER, VersionReason.INTERIM_EVALUATION, settled);
        MonitoredCase watched = MonitoredCase.of(subject, List.of(plan))
            .withPartnerMeetings(java.util.stream.Stream.concat(meetings.conferenceDates(LocalDate.of(2026, 12, 31))
                .stream(), java.util.stream.Stream.of(LocalDate.of(2026, 1, 12))).toList());

        expect(watched, "2025-02-01");
        expect(watched, "2025-05-25");
        expect(watched, "2025-06-20", "INFO SIGNAL-AGREEMENT-OVERDUE a-dinner 2025-07-01",
            "INFO SIGNAL-AGREEMENT-OVERDUE a-intake 2025-07-01");
        expect(watched, "2025-07-10", "WARNING SIGNAL-AGREEMENT-OVERDUE a-dinner 2025-07-01",
            "WARNING SIGNAL-AGREEMENT-OVERDUE a-intake 2025-07-01");
        expect(watched, "2025-07-20", "WARNING SIGNAL-AGREEMENT-OVERDUE a-dinner 2025-07-01",
            "WARNING SIGNAL-AGREEMENT-OVERDUE a-intake 2025-07-01",
            "INFO SIGNAL-AGREEMENT-OVERDUE a-intake-2 2025-08-01",
            "INFO SIGNAL-INTERIM-EVALUATION-DUE plan-0108 2025-08-01",
            "INFO SIGNAL-TRAJECTORY-WAITING t-gambling 2025-08-01");
        expect(watched, "2025-08-05");
        expect(watched, "2025-10-10", "INFO SIGNAL-INTENSIVE-PERIOD-OVER case-2025-0108 2025-10-20");
        expect(watched, "2025-12-20");
        expect(watched, "2026-01-05", "INFO SIGNAL-PARTNER-MEETING-DUE case-2025-0108 2026-01-15");
        expect(watched, "2026-01-20");
        expect(watched, "2026-04-05", "INFO SIGNAL-PARTNER-MEETING-DUE case-2025-0108 2026-04-12");
        expect(watched, "2026-04-20", "WARNING SIGNAL-PARTNER-MEETING-DUE case-2025-0108 2026-04-12");
    }

    private static void expect(MonitoredCase watched, String date, String... signals) {
        assertThat(MONITOR.signals(watched, LocalDate.parse(date)))
            .as("signals on %s", date)
            .extracting(YearScenarioTests::line)
            .containsExactly(signals);
    }

    private static String line(Signal signal) {
        return signal.severity() + " " + signal.code() + " " + signal.subject().value() + " " + signal.due();
    }
}
