package nl.regiekit.report;

import java.time.LocalDate;
import java.util.List;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.plan.monitor.Signal;

/**
 * Where the report's section of open signals comes from: {@link MonitorSignals}, the plan module's
 * monitor, by default; a vendor's own monitoring plugs in here by implementing this interface.
 */
@FunctionalInterface
public interface SignalSource {

    /**
     * The signals open on {@code date} for the case in {@code file}, in a stable order.
     *
     * @throws NullPointerException if an argument is null
     */
    List<Signal> open(CaseFile file, LocalDate date);
}
