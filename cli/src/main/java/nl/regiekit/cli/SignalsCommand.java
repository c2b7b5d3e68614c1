package nl.regiekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.regiekit.casemodel.Case;
import nl.regiekit.json.CareConferenceAgendaDocument;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.meeting.AgendaPoint;
import nl.regiekit.plan.monitor.Signal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regiekit signals FILE... --on DATE}: the monitoring signals of case files on a date, as text or
 * JSON, and with more than one case file the caseloads across them; a care-conference agenda document
 * lists the signals it was made with.
 */
@Command(name = "signals", mixinStandardHelpOptions = true,
    description = "List the monitoring signals of a case file on a date: plan and evaluation due, partner "
        + "meetings, intensive period and coordination of care over, agreements overdue, waiting trajectories, "
        + "consents, organisations not falling.")
final class SignalsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @ParentCommand
    Regiekit parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--on", paramLabel = "DATE", description = "The day, as 2026-05-12 (default: today).")
    LocalDate on;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE",
        description = "Case files (with more than one, also the caseloads across them) or a care-conference "
            + "agenda document.")
    List<Path> files;

    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        return Problem.reported(spec, () -> signals(messages, spec.commandLine().getOut()));
    }

    private int signals(Messages messages, PrintWriter out) throws Problem {
        RegiekitConfig config = policy.config(messages, out);
        Monitor monitor = config.policy().monitor();
        int[] exit = {Regiekit.OK};
        LocalDate day = on == null ? parent.today() : on;
        List<Signal> all = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        for (Path file : files) {
            Optional<Object> document = ValidateCommand.readValid(file, config, messages, out, spec.commandLine().getErr(), exit);
            Optional<List<Signal>> signals = document.flatMap(d -> {
                if (d instanceof CaseFile caseFile) {
                    cases.add(caseFile.subject());
                    return Optional.of(monitor.signals(caseFile.monitored(), day));
                }
                if (d instanceof CareConferenceAgendaDocument agenda) {
                    return Optional.of(agenda.agenda().signals().stream().map(AgendaPoint::point).toList());
                }
                return Optional.empty();
            });
            if (document.isPresent() && signals.isEmpty()) {
                spec.commandLine().getErr().println(messages.get("signals.none-read", file));
                exit[0] = Regiekit.USAGE;
            }
            signals.ifPresent(list -> {
                all.addAll(list);
                text(out, messages, messages.get("signals.header", file, day, list.size()), list);
            });
        }
        if (cases.size() > 1) {
            List<Signal> caseloads = monitor.caseloads(cases, day);
            all.addAll(caseloads);
            text(out, messages, messages.get("signals.caseloads", cases.size(), day, caseloads.size()), caseloads);
        }
        if (format == Format.json) {
            out.println(RegiekitJson.mapper().writeValueAsString(RegiekitJson.signals(all, messages.locale())));
        }
        out.flush();
        return exit[0];
    }

    private void text(PrintWriter out, Messages messages, String header, List<Signal> signals) {
        if (format == Format.json) {
            return;
        }
        out.println(header);
        for (Signal s : signals) {
            out.println("  " + messages.get("signals.line", messages.get("severity." + s.severity()), s.code(),
                s.due(), s.subject().value(), s.message(messages.locale()), s.rule()));
        }
    }
}
