package nl.regiekit.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.Signal;

/**
 * The report's open signals from the plan module's {@link Monitor}: what needs attention on the
 * report's date (plan and evaluations due, partner meetings, the intensive period and coordination
 * of care past their length, overdue agreements, waiting trajectories, consents), each with its due
 * date. Immutable and thread-safe.
 */
public final class MonitorSignals implements SignalSource {

    private final Monitor monitor;

    /** @throws NullPointerException if {@code monitor} is null */
    public MonitorSignals(Monitor monitor) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
    }

    /** The signals under the default monitoring policy. */
    public static MonitorSignals defaults() {
        return new MonitorSignals(Monitor.defaults());
    }

    @Override
    public List<Signal> open(CaseFile file, LocalDate date) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(date, "date");
        return monitor.signals(file.monitored(), date);
    }
}
