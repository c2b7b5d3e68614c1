package nl.regiekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.regiekit.json.CareConferenceAgendaDocument;
import nl.regiekit.json.CaseFile;
import nl.regiekit.json.Document;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.Signal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regiekit signals FILE --on DATE}: the monitoring signals of a case file on a date, as text or
 * JSON; a care-conference agenda document lists the signals it was made with.
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

    @Parameters(paramLabel = "FILE", description = "A case file or a care-conference agenda document.")
    Path file;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        PrintWriter out = spec.commandLine().getOut();
        int[] exit = {Regiekit.OK};
        LocalDate day = on == null ? LocalDate.now() : on;
        Optional<Document> document = MeetingFiles.read(file, messages, out, spec.commandLine().getErr(), exit);
        Optional<List<Signal>> signals = document.flatMap(d -> {
            if (d instanceof CaseFile caseFile) {
                return Optional.of(Monitor.defaults().signals(MeetingFiles.watched(caseFile), day));
            }
            if (d instanceof CareConferenceAgendaDocument agenda) {
                return Optional.of(agenda.agenda().signals());
            }
            return Optional.empty();
        });
        if (document.isPresent() && signals.isEmpty()) {
            spec.commandLine().getErr().println(messages.get("signals.none-read", file));
            exit[0] = Regiekit.USAGE;
        }
        signals.ifPresent(list -> {
            if (format == Format.json) {
                out.println(RegiekitJson.mapper().writeValueAsString(list));
                return;
            }
            out.println(messages.get("signals.header", file, day, list.size()));
            boolean english = "en".equals(messages.locale().getLanguage());
            for (Signal s : list) {
                out.println("  " + messages.get("signals.line", s.severity(), s.code(), s.due(), s.subject(),
                    english ? s.messageEn() : s.messageNl(), s.rule()));
            }
        });
        out.flush();
        return exit[0];
    }
}
