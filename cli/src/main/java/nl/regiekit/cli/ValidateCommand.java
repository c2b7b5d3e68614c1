package nl.regiekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.json.LifeDomainCatalogDocument;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regiekit validate FILE...}: runs the validation pipeline on each file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate Regiekit documents. Exit 0 valid, 1 errors found, 2 usage or I/O error.")
final class ValidateCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { human, json }

    @ParentCommand
    Regiekit parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to validate.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "human", description = "human (default) or json.")
    Format format;

    @Option(names = "--lenient", description = "Keep unknown fields, reported as notes, instead of refusing them.")
    boolean lenient;

    @Option(names = "--catalog", paramLabel = "FILE",
        description = "An organisation's own life-domain catalogue (a regiekit/life-domain-catalog document); repeatable.")
    List<Path> catalogFiles = List.of();

    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return Problem.reported(spec, () -> validate(messages, out, err));
    }

    private int validate(Messages messages, PrintWriter out, PrintWriter err) throws Problem {
        RegiekitConfig config = policy.config(messages, out);
        for (Path file : catalogFiles) {
            Optional<LifeDomainCatalog> catalog = readCatalog(file, out, err, messages);
            if (catalog.isEmpty()) {
                return Regiekit.USAGE;
            }
            config = config.withCatalogues(config.catalogues().withLifeDomains(catalog.get()));
        }
        Validation validation = Validation.builder().lenient(lenient).config(config).build();
        int exit = Regiekit.OK;
        List<Map<String, Object>> report = new ArrayList<>();
        for (Path file : files) {
            ValidationResult result;
            try {
                result = validation.validate(file);
            } catch (IOException e) {
                err.println(Problem.unreadable(file, e, messages).getMessage());
                exit = Regiekit.USAGE;
                if (format == Format.json) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("file", file.toString());
                    entry.put("valid", false);
                    entry.put("unreadable", Problem.reason(e, messages));
                    report.add(entry);
                }
                continue;
            }
            if (!result.isValid() && exit == Regiekit.OK) {
                exit = Regiekit.FINDINGS;
            }
            if (format == Format.json) {
                report.add(json(file, result, messages));
            } else {
                human(out, file, result, messages);
            }
        }
        if (format == Format.json) {
            out.println(RegiekitJson.mapper().writeValueAsString(Map.of("files", report)));
        }
        out.flush();
        return exit;
    }

    /** The catalogue in {@code file}, or empty after reporting why it cannot be used. */
    private Optional<LifeDomainCatalog> readCatalog(Path file, PrintWriter out, PrintWriter err, Messages messages) {
        ValidationResult result;
        try {
            result = Validation.builder().lenient(lenient).build().validate(file);
        } catch (IOException e) {
            err.println(Problem.unreadable(file, e, messages).getMessage());
            return Optional.empty();
        }
        if (result.document().orElse(null) instanceof LifeDomainCatalogDocument document && result.isValid()) {
            return Optional.of(document.catalog());
        }
        human(out, file, result, messages);
        err.println(messages.get("catalog.unusable", file));
        return Optional.empty();
    }

    /**
     * The valid document in {@code file} under {@code config}, or empty after reporting why not; sets the
     * exit code in {@code exit}: 2 for a file that cannot be read, 1 for a document with errors.
     */
    static Optional<Object> readValid(Path file, RegiekitConfig config, Messages messages, PrintWriter out,
                                      PrintWriter err, int[] exit) {
        ValidationResult result;
        try {
            result = Validation.builder().config(config).build().validate(file);
        } catch (IOException e) {
            err.println(Problem.unreadable(file, e, messages).getMessage());
            exit[0] = Regiekit.USAGE;
            return Optional.empty();
        }
        if (!result.isValid()) {
            ValidateCommand.human(out, file, result, messages);
            exit[0] = Regiekit.FINDINGS;
            return Optional.empty();
        }
        return result.document();
    }

    static void human(PrintWriter out, Path file, ValidationResult result, Messages messages) {
        out.println(messages.get(result.isValid() ? "file.valid" : "file.invalid", file,
            count(result, Severity.ERROR), count(result, Severity.WARNING), count(result, Severity.INFO)));
        for (Finding finding : result.findings()) {
            out.println("  " + messages.get("severity." + finding.severity()) + " " + finding.code() + " "
                + (finding.pointer().isEmpty() ? "/" : finding.pointer())
                + finding.subject().map(s -> " [" + s.value() + "]").orElse("") + ": "
                + finding.message(messages.locale()));
        }
    }

    private static Map<String, Object> json(Path file, ValidationResult result, Messages messages) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", file.toString());
        entry.put("valid", result.isValid());
        entry.put("findings", RegiekitJson.findings(result.findings(), messages.locale()));
        return entry;
    }

    static long count(ValidationResult result, Severity severity) {
        return result.findings().stream().filter(f -> f.severity() == severity).count();
    }
}
