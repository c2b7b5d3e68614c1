package nl.regiekit.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.rules.PlanRules;
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
 * The plan rules ({@link PlanRules}, with the case as context) on a 20 KB and a 200 KB help plan in
 * the same run. Targets: {@link #rules()} at most 200 µs on 20 KB, and the 200 KB figure at most 11
 * times the 20 KB figure (the rules grow linearly with the plan). The baseline {@link #walk()}
 * visits every goal, trajectory and agreement once, the least any rule pass does. The rules' clock
 * stands on a fixed day so that the findings do not change with the date of the run.
 * JMH instantiates this class; its state is per benchmark (shared by threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanRulesBenchmark {

    /** The plan's size in KB (1024 bytes) as a help-plan document. */
    @Param({"20", "200"})
    public int sizeKb;

    private HelpPlan plan;
    private Case subject;
    private PlanRules rules;

    /** Creates the state; JMH calls this. */
    public PlanRulesBenchmark() {
    }

    /**
     * Builds the plan and checks it once.
     *
     * @throws IllegalStateException if the plan is off its size or the rules find anything in it
     */
    @Setup
    public void setUp() {
        plan = HelpPlans.ofSize(sizeKb * 1024);
        subject = HelpPlans.demoCase();
        rules = PlanRules.defaults(Clock.fixed(LocalDate.of(2026, 2, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC));
        int size = HelpPlans.size(plan);
        System.out.println("plan: " + size + " bytes, " + plan.current().content().goals().size() + " goals");
        if (Math.abs(size - sizeKb * 1024) > 1536) {
            throw new IllegalStateException("plan of " + size + " bytes for " + sizeKb + " KB");
        }
        List<Finding> findings = rules.check(plan, subject);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("generated plan has findings: " + findings);
        }
    }

    /**
     * The plan rules with the case.
     *
     * @return the findings (none), so that JMH keeps the work
     */
    @Benchmark
    public List<Finding> rules() {
        return rules.check(plan, subject);
    }

    /**
     * The baseline: every goal, trajectory and agreement of the current version visited once.
     *
     * @return a number made of what was visited, so that JMH keeps the work
     */
    @Benchmark
    public int walk() {
        PlanContent content = plan.current().content();
        int sum = 0;
        for (Goal goal : content.goals()) {
            sum += goal.id().hashCode() + goal.smart().missing().size();
        }
        for (Trajectory trajectory : content.trajectories()) {
            sum += trajectory.member().hashCode() ^ trajectory.domain().hashCode();
        }
        for (Agreement agreement : content.agreements()) {
            sum += agreement.missing().size();
        }
        return sum;
    }
}
