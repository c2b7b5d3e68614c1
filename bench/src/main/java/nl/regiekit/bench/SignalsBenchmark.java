package nl.regiekit.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.MonitoredCase;
import nl.regiekit.plan.monitor.Signal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The caseload report of a large organisation: the monitoring signals ({@link Monitor#report}) of
 * 10,000 cases on one day, each case the demo family's case with an 8 KB plan under its own identifier, a
 * third each in execution, in closing and in coordination of care, spread over 1,600 case managers
 * (so that some take on more than the policy's six families a year), with the case manager's hours
 * registered. The baseline {@link #walk()} visits every case's phases and every plan's agreements
 * and trajectories once, the least a monitoring pass does. Divide the score by the number of cases
 * for the time per case. JMH instantiates this class; its state is per benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SignalsBenchmark {

    /** The number of cases. */
    @Param({"10000"})
    public int cases;

    private static final LocalDate DAY = LocalDate.of(2026, 7, 15);

    private List<MonitoredCase> watched;
    private Monitor monitor;

    /** Creates the state; JMH calls this. */
    public SignalsBenchmark() {
    }

    /**
     * Builds the cases and prints how many signals of each code the report holds.
     *
     * @throws IllegalStateException if the report is empty
     */
    @Setup
    public void setUp() {
        CaseFile demo = RegiekitJson.mapper().readValue(CaseFiles.demo(), CaseFile.class);
        Case execution = demo.subject();
        Case closing = execution.advanceTo(Phase.CLOSING_AND_EVALUATION, LocalDate.of(2026, 5, 1));
        Case coordination = closing.advanceTo(Phase.CARE_COORDINATION, LocalDate.of(2025, 11, 1).plusMonths(7));
        List<Case> templates = List.of(execution, closing, coordination);
        // The bench's demo case file is the foundation's, without plans: each case gets an 8 KB plan.
        List<HelpPlan> plans = List.of(HelpPlans.ofSize(8 * 1024));
        watched = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            Case template = templates.get(i % templates.size());
            ProfessionalId manager = ProfessionalId.of("cm-" + (i % 1600));
            Case subject = new Case(CaseId.of("case-" + i), template.catalog(), template.family(),
                template.referral(), template.decisions(), template.phases(), template.model(), template.team(),
                template.organisations(), template.consents(), template.exchanges())
                .withTeam(team -> team.withCaseManager(new Professional(manager, "Casemanager")));
            watched.add(MonitoredCase.of(subject, plans).withHoursSpent(150 + i % 100));
        }
        monitor = Monitor.defaults();
        Map<String, Integer> counts = new TreeMap<>();
        List<Signal> report = monitor.report(watched, DAY);
        report.forEach(s -> counts.merge(s.code(), 1, Integer::sum));
        System.out.println("signals for " + cases + " cases: " + report.size() + " " + counts);
        if (report.isEmpty()) {
            throw new IllegalStateException("the report holds no signals");
        }
    }

    /** The signals of every case and the caseloads across them. */
    @Benchmark
    public List<Signal> report() {
        return monitor.report(watched, DAY);
    }

    /** The baseline: every case's phases and every plan's agreements and trajectories, visited once. */
    @Benchmark
    public int walk() {
        int seen = 0;
        for (MonitoredCase one : watched) {
            seen += one.subject().phases().size() + one.subject().consents().size();
            for (HelpPlan plan : one.plans()) {
                seen += plan.current().content().agreements().size() + plan.current().content().trajectories().size();
            }
        }
        return seen;
    }
}
