package nl.regiekit.plan;

import static nl.regiekit.plan.SamplePlans.CASE_MANAGER;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.Signal;
import org.junit.jupiter.api.Test;

/**
 * Recurring agreements and tasks in the Hendriks-Kaya case of {@link SamplePlans}, told as the case manager
 * would: weekly talks with the mother agreed at a family council, a home visit every two weeks in the
 * division of roles, the talks the monitor sees kept, missed and kept again, and the visits that end with the
 * summer (method §7: agreements record who does what and when, and are monitored).
 */
class RecurringAgreementsScenarioTests {

    private static final Case CASE = SamplePlans.caseInExecution();
    private static final AgreementId TALKS = AgreementId.of("a-weekly-talks");
    private final Monitor monitor = Monitor.defaults();

    private List<Signal> occurrenceSignals(HelpPlan plan, LocalDate on) {
        return monitor.signals(CASE, List.of(plan), on).stream().filter(s -> s.code().endsWith("OCCURRENCE-MISSED"))
            .toList();
    }

    /** The plan revised on {@code date} with the talks changed by {@code change}. */
    private static HelpPlan recorded(HelpPlan plan, LocalDate date, java.util.function.UnaryOperator<Agreement> change) {
        return plan.revise(date, CASE_MANAGER, VersionReason.OTHER,
            plan.current().content().withAgreementChanged(TALKS, change));
    }

    @Test
    void theWeeklyTalksWithTheMotherKeptMissedAndKeptAgain() {
        // 5 May 2025, the family council after the first plan: Yasmin and the case manager talk every Monday
        // from 12 May. The case manager also visits the home every other Friday until the summer holiday.
        Agreement talks = new Agreement(TALKS, Optional.of(Responsible.member(MOTHER)),
            Optional.of("Elke maandag een gesprek met de casemanager"), Optional.empty(),
            AgreementSource.FAMILY_COUNCIL, LocalDate.of(2025, 5, 5), AgreementStatus.OPEN,
            Optional.of(Recurrence.of(LocalDate.of(2025, 5, 12), Period.ofWeeks(1))));
        Task visits = new Task(Responsible.professional(CASE_MANAGER), "Huisbezoek om de week", Optional.empty(),
            Optional.of(new Recurrence(LocalDate.of(2025, 5, 16), Period.ofWeeks(2), Optional.of(LocalDate.of(2025,
                7, 11)), List.of())));
        PlanContent first = SamplePlans.firstContent();
        HelpPlan plan = SamplePlans.firstPlan().revise(LocalDate.of(2025, 5, 5), CASE_MANAGER, VersionReason.OTHER,
            new PlanContent(first.history(), first.core(), first.situation(), first.goals(), first.trajectories(),
                first.agreements(), List.of(first.roles().get(0), visits), first.closingQuestion())
                .withAgreement(talks));

        // 14 May: Monday's talk is two days ago and not written down yet; within the grace period, no signal.
        assertThat(occurrenceSignals(plan, LocalDate.of(2025, 5, 14))).isEmpty();

        // 16 May: the talk of 12 May is recorded as kept, and so is today's first home visit.
        plan = plan.revise(LocalDate.of(2025, 5, 16), CASE_MANAGER, VersionReason.OTHER, plan.current().content()
            .withAgreementChanged(TALKS, a -> a.withOccurrenceKept(LocalDate.of(2025, 5, 12))));
        plan = withVisitKept(plan, LocalDate.of(2025, 5, 16), LocalDate.of(2025, 5, 16));
        assertThat(occurrenceSignals(plan, LocalDate.of(2025, 5, 16))).isEmpty();

        // 19 May Yasmin does not come, nor on 26 May: on 30 May the monitor says two talks in a row were missed,
        // and the home visit of 30 May is not yet due to be recorded.
        assertThat(occurrenceSignals(plan, LocalDate.of(2025, 5, 30)))
            .extracting(Signal::code, Signal::subject, Signal::due, Signal::values)
            .containsExactly(tuple("SIGNAL-AGREEMENT-OCCURRENCE-MISSED", AgreementId.of("a-weekly-talks"), LocalDate.of(2025, 5, 29),
                List.of("a-weekly-talks", "2", "P3D")));

        // 2 June the talk is held again and recorded the same day: the rhythm is restored, the monitor is quiet
        // about the talks. The home visit of 30 May was made but never written down: that one it names.
        plan = recorded(plan, LocalDate.of(2025, 6, 2), a -> a.withOccurrenceKept(LocalDate.of(2025, 6, 2)));
        List<Signal> june = occurrenceSignals(plan, LocalDate.of(2025, 6, 3));
        assertThat(june).extracting(Signal::code, Signal::due).containsExactly(
            tuple("SIGNAL-TASK-OCCURRENCE-MISSED", LocalDate.of(2025, 6, 2)));
        assertThat(june.get(0).message(Locale.forLanguageTag("nl"))).isEqualTo("Terugkerende taak 2 in de "
            + "rolverdeling van plan plan-0108 is 1 keer op rij niet als nagekomen vastgelegd, de laatste keer meer "
            + "dan P3D geleden.");

        // The visits are recorded up to their end on 11 July; after it nothing more recurs.
        for (LocalDate visit = LocalDate.of(2025, 5, 30); !visit.isAfter(LocalDate.of(2025, 7, 11));
             visit = visit.plusWeeks(2)) {
            plan = withVisitKept(plan, LocalDate.of(2025, 7, 14), visit);
        }
        // The weekly talks go on until the council of 1 September decides they were kept as a whole.
        plan = recorded(plan, LocalDate.of(2025, 9, 1), a -> a.withStatus(AgreementStatus.KEPT));
        assertThat(occurrenceSignals(plan, LocalDate.of(2025, 9, 30))).isEmpty();
        assertThat(occurrenceSignals(plan, LocalDate.of(2025, 8, 31)))
            .extracting(Signal::code, Signal::values).containsExactly(tuple("SIGNAL-AGREEMENT-OCCURRENCE-MISSED",
                List.of("a-weekly-talks", "12", "P3D")));
    }

    /** The plan revised on {@code date} with the home visit due on {@code visit} recorded as kept. */
    private static HelpPlan withVisitKept(HelpPlan plan, LocalDate date, LocalDate visit) {
        PlanContent content = plan.current().content();
        Task task = content.roles().get(1);
        Task kept = new Task(task.who(), task.what(), task.when(), task.recurs().map(r -> r.withKept(visit)));
        return plan.revise(date, CASE_MANAGER, VersionReason.OTHER, new PlanContent(content.history(), content.core(),
            content.situation(), content.goals(), content.trajectories(), content.agreements(),
            List.of(content.roles().get(0), kept), content.closingQuestion()));
    }
}
