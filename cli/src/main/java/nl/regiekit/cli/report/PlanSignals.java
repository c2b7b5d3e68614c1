package nl.regiekit.cli.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.json.CaseFile;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanPolicy;
import nl.regiekit.plan.rules.PlanCodes;
import nl.regiekit.plan.rules.PlanRules;

/**
 * The signals that exist before the plan module has a monitor: the agreements of the plan version
 * in force on the date that are overdue then (not kept, past their due date), and the plan rules'
 * findings about deadlines (a plan not ready in time, an interim evaluation late, a trajectory
 * waiting too long), read with the date as "today". Immutable and thread-safe.
 */
public final class PlanSignals implements SignalSource {

    /** The plan rules' codes that are deadlines, and so signals rather than flaws of the document. */
    private static final Set<String> DEADLINES = Set.of(PlanCodes.NOT_READY_IN_TIME.code(),
        PlanCodes.INTERIM_EVALUATION_LATE.code(), PlanCodes.TRAJECTORY_WAITING_TOO_LONG.code());

    private final PlanPolicy policy;
    private final LifeDomainCatalogs catalogs;

    /**
     * @throws NullPointerException if an argument is null
     */
    public PlanSignals(PlanPolicy policy, LifeDomainCatalogs catalogs) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
    }

    /** The signals under the default plan policy and the catalogues found by {@link LifeDomainCatalogs#load()}. */
    public static PlanSignals defaults() {
        return new PlanSignals(PlanPolicy.DEFAULTS, LifeDomainCatalogs.load());
    }

    @Override
    public List<OpenSignal> open(CaseFile file, LocalDate date) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(date, "date");
        List<OpenSignal> signals = new ArrayList<>();
        for (HelpPlan plan : file.plans()) {
            List<Agreement> agreements = plan.versionOn(date).map(v -> v.content().agreements()).orElse(List.of());
            for (Agreement agreement : agreements) {
                if (agreement.overdueOn(date)) {
                    signals.add(overdue(agreement));
                }
            }
        }
        Clock today = Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        for (Finding finding : new PlanRules(policy, catalogs, today).check(file.subject(), file.plans())) {
            if (DEADLINES.contains(finding.code())) {
                signals.add(new OpenSignal(finding.code(), finding.severity(), Optional.empty(), finding.subject(),
                    finding.messageNl(), finding.messageEn()));
            }
        }
        return List.copyOf(signals);
    }

    private static OpenSignal overdue(Agreement agreement) {
        String what = agreement.what().filter(w -> !w.isBlank()).orElse("-");
        String who = agreement.who().map(w -> w.value()).orElse("-");
        return new OpenSignal(PlanCodes.AGREEMENT_OVERDUE.code(), Severity.WARNING, agreement.due(),
            Optional.of(agreement.id().value()),
            "Afspraak niet nagekomen na de einddatum (" + who + "): " + what,
            "Agreement not kept by its due date (" + who + "): " + what);
    }
}
