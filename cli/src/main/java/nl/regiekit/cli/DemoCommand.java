package nl.regiekit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.report.CaseReport;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.CaseFileView;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--out", defaultValue = "regiekit-demo",
        description = "Folder to write to (default ${DEFAULT-VALUE}); made if it does not exist. Files already there "
            + "are replaced only with --force.")
    Path out;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        return Problem.reported(spec, () -> demo(messages, stdout));
    }

    /**
     * Writes the case file, today's report and the separate pictures, having checked all of them
     * first, and says what to open first.
     */
    private int demo(Messages messages, PrintWriter stdout) throws Problem {
        String text = text();
        ValidationResult result = Validation.defaults().validate(text.getBytes(StandardCharsets.UTF_8));
        CaseFile demo = result.document(CaseFile.class).orElseThrow();
        CaseReport report = ReportCommand.report(messages, RegiekitConfig.defaults());
        LocalDate today = parent.today();
        Output.folder(messages, out);
        Path file = out.resolve("case-file.json");
        Path html = out.resolve(ReportCommand.fileName(Optional.empty(), messages));
        Map<String, String> drawn = report.pictures(demo, today);
        List<Path> pictures = drawn.keySet().stream().map(out::resolve).toList();
        List<Path> targets = new ArrayList<>(List.of(file, html));
        targets.addAll(pictures);
        output.check(messages, List.of(), targets);

        output.write(messages, file, text);
        stdout.println(messages.get("demo.wrote", file));
        stdout.println(messages.get("demo.validated", ValidateCommand.count(result, Severity.ERROR),
            ValidateCommand.count(result, Severity.WARNING), ValidateCommand.count(result, Severity.INFO)));
        stdout.println(messages.get("demo.next", file));
        stdout.println(messages.get("plan.demo.next", file));
        stdout.println(messages.get("demo.balance", file, out.resolve("my-balance.svg")));
        stdout.println(messages.get("genogram.demo.next", file, out.resolve("my-genogram.svg")));
        stdout.println(messages.get("agenda.demo.next", file));
        output.write(messages, html, report.write(CaseFileView.full(demo, today), result.findings()));
        for (Path picture : pictures) {
            output.write(messages, picture, drawn.get(picture.getFileName().toString()));
        }
        stdout.println(messages.get("report.wrote", html));
        stdout.println(messages.get("demo.pictures", pictures.stream().map(Path::toString)
            .collect(Collectors.joining(", "))));
        stdout.println(messages.get("demo.report", html));
        stdout.flush();
        return result.isValid() ? Regiekit.OK : Regiekit.FINDINGS;
    }

    /** The demo case file as JSON text with a final newline. */
    static String text() {
        CaseFile demo = DemoBalance.addTo(CaseFile.of(DemoCase.build()).withPlan(DemoPlan.build()))
            .withGenogram(DemoGraphs.genogram()).withSociogram(DemoGraphs.sociogram()).withEcogram(DemoGraphs.ecogram())
            .withMeetings(DemoMeetings.build());
        return RegiekitJson.mapper().writeValueAsString(demo) + "\n";
    }
}
