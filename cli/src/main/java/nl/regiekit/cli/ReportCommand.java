package nl.regiekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.Texts;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.casefile.CaseFileView;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.report.CaseReport;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regiekit report CASEFILE --out DIR [--for ORG] [--date DATE]}: writes the case file report,
 * one self-contained HTML page, validated on the report's date. The report is written even when
 * validation finds errors, as long as the file could be read as a case file; the exit code then says
 * so: 0 without errors, 1 with errors or when the file is not a case file, 2 on a usage or
 * input/output error.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the case file report: one self-contained HTML page (Dutch, or English with --lang en), "
        + "in full or limited to what one organisation may see under the consents.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    Regiekit parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASEFILE", description = "A case file (regiekit/case-file).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "Folder to write the report to; made if it does not exist.")
    Path out;

    @Mixin
    Output output;

    @Option(names = "--for", paramLabel = "ORG",
        description = "Write the consent-limited version for this organisation's identifier.")
    String organisation;

    @Option(names = "--date", paramLabel = "DATE",
        description = "The day the report describes, as 2026-04-30 (default: today).")
    LocalDate date;

    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return Problem.reported(spec, () -> report(messages, stdout, err));
    }

    private int report(Messages messages, PrintWriter stdout, PrintWriter err) throws Problem {
        LocalDate on = date == null ? parent.today() : date;
        Optional<OrganisationId> limitedTo = organisation == null ? Optional.empty()
            : Optional.of(Problem.organisation(organisation, "--for", messages));
        Path target = out.resolve(fileName(limitedTo, messages));
        if (Files.isDirectory(out)) {
            output.check(messages, List.of(file), List.of(target));
        }
        RegiekitConfig config = policy.config(messages, stdout)
            .withClock(Clock.fixed(on.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        ValidationResult result;
        try {
            result = Validation.builder().config(config).build().validate(file);
        } catch (IOException e) {
            throw Problem.unreadable(file, e, messages);
        }
        if (!(result.document().orElse(null) instanceof CaseFile caseFile)) {
            ValidateCommand.human(stdout, file, result, messages);
            err.println(messages.get("report.notCaseFile", file));
            stdout.flush();
            return Regiekit.FINDINGS;
        }
        if (limitedTo.isPresent() && caseFile.subject().organisation(limitedTo.get()).isEmpty()) {
            err.println(messages.get("report.unknownOrganisation", organisation));
            return Regiekit.USAGE;
        }
        Output.folder(messages, out);
        output.check(messages, List.of(file), List.of(target));
        CaseFileView view = limitedTo
            .map(org -> CaseFileView.forOrganisation(caseFile, org, on, config))
            .orElseGet(() -> CaseFileView.full(caseFile, on, config));
        output.write(messages, target, report(messages, config).write(view, result.findings()));
        stdout.println(messages.get("report.wrote", target));
        stdout.flush();
        return ValidateCommand.count(result, Severity.ERROR) > 0 ? Regiekit.FINDINGS : Regiekit.OK;
    }

    /** The report in the command's language under {@code config}. */
    static CaseReport report(Messages messages, RegiekitConfig config) {
        return CaseReport.builder().locale(messages.locale()).config(config).build();
    }

    /**
     * {@code report.html}, {@code report-ORG.html}, with the language before the extension in any language but
     * Dutch ({@code report.en.html}, {@code report.fy.html}).
     */
    static String fileName(Optional<OrganisationId> limitedTo, Messages messages) {
        return "report" + limitedTo.map(org -> "-" + org.value().replaceAll("[^A-Za-z0-9._-]", "_")).orElse("")
            + (Texts.language(messages.locale()).isEmpty() ? "" : "." + Texts.language(messages.locale())) + ".html";
    }
}
