package nl.regiekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.report.CaseReport;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.CaseFileView;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regiekit demo}: writes the fictional sample case file, validates it, and writes today's case
 * file report and the separate pictures next to it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Write a fictional sample case file, validate it, write its report and pictures, and say where "
        + "they are.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    Regiekit parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "regiekit-demo", description = "Folder to write to (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Messages messages = parent.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        Files.createDirectories(out);
        Path file = out.resolve("case-file.json");
        Files.writeString(file, text(), StandardCharsets.UTF_8);
        stdout.println(messages.get("demo.wrote", file));
        ValidationResult result = Validation.defaults().validate(file);
        stdout.println(messages.get("demo.validated", ValidateCommand.count(result, Severity.ERROR),
            ValidateCommand.count(result, Severity.WARNING), ValidateCommand.count(result, Severity.INFO)));
        stdout.println(messages.get("demo.next", file));
        stdout.println(messages.get("plan.demo.next", file));
        stdout.println(messages.get("demo.balance", file, out.resolve("balance.svg")));
        stdout.println(messages.get("genogram.demo.next", file, out.resolve("genogram.svg")));
        stdout.println(messages.get("agenda.demo.next", file));
        writeReport(result, messages, stdout);
        stdout.flush();
        return result.isValid() ? Regiekit.OK : Regiekit.FINDINGS;
    }

    /** Writes the report of today and the separate pictures next to the case file, and says what to open first. */
    private void writeReport(ValidationResult result, Messages messages, PrintWriter stdout) throws IOException {
        CaseFile demo = result.document(CaseFile.class).orElseThrow();
        CaseReport report = ReportCommand.report(messages);
        LocalDate today = LocalDate.now();
        Path html = out.resolve(ReportCommand.fileName(Optional.empty(), messages));
        Files.writeString(html, report.write(CaseFileView.full(demo, today), result.findings()), StandardCharsets.UTF_8);
        List<Path> pictures = new ArrayList<>();
        for (Map.Entry<String, String> picture : report.pictures(demo, today).entrySet()) {
            pictures.add(out.resolve(picture.getKey()));
            Files.writeString(pictures.get(pictures.size() - 1), picture.getValue(), StandardCharsets.UTF_8);
        }
        stdout.println(messages.get("report.wrote", html));
        stdout.println(messages.get("demo.pictures", pictures.stream().map(Path::toString)
            .collect(Collectors.joining(", "))));
        stdout.println(messages.get("demo.report", html));
    }

    /** The demo case file as JSON text with a final newline. */
    static String text() {
        CaseFile demo = DemoBalance.addTo(CaseFile.of(DemoCase.build()).withPlan(DemoPlan.build()))
            .withGenogram(DemoGraphs.genogram()).withSociogram(DemoGraphs.sociogram()).withEcogram(DemoGraphs.ecogram())
            .withMeetings(DemoMeetings.build());
        return RegiekitJson.mapper().writeValueAsString(demo) + "\n";
    }
}
