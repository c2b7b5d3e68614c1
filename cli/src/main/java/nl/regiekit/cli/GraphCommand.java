package nl.regiekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the picture commands share: read a case file or the graph's own document kind through the
 * validation pipeline, report its findings, draw the graph and write the picture. The picture is
 * drawn even when the checks find errors (links to unknown people are left out), and the exit
 * code then says so: 0 without errors, 1 with errors or when the file holds no such graph, 2 on
 * a usage or input/output error. Every file is written through {@link Output}.
 *
 * @param <G> the graph
 */
abstract class GraphCommand<G> implements Callable<Integer> {

    @ParentCommand
    Regiekit parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A case file, or the graph's own document.")
    Path file;

    @Option(names = "--svg", paramLabel = "OUT", required = true, description = "Where to write the SVG picture.")
    Path svg;

    @Mixin
    Output output;

    @Mixin
    PolicyOption policy;

    /** The graph's name in messages: genogram, sociogram or ecogram. */
    abstract String name();

    /** The graph in a case file, if it has one. */
    abstract Optional<G> fromCaseFile(CaseFile caseFile);

    /** The graph in the graph's own document, if the document is one. */
    abstract Optional<G> fromOwnDocument(Object document);

    /** The SVG picture of the graph, drawn under {@code policy}. */
    abstract String draw(G graph, OrganisationPolicy policy, Messages messages);

    /** Writes further outputs, such as DOT, through {@link #output}; by default none. */
    void writeMore(G graph, PrintWriter out, Messages messages) throws Problem {
    }

    /** The files the command writes: the picture, and those of {@link #writeMore}. */
    List<Path> targets() {
        return List.of(svg);
    }

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        return Problem.reported(spec, () -> draw(messages, spec.commandLine().getOut()));
    }

    private int draw(Messages messages, PrintWriter out) throws Problem {
        output.check(messages, List.of(file), targets());
        RegiekitConfig config = policy.config(messages, out);
        OrganisationPolicy own = config.policy();
        ValidationResult result;
        try {
            result = Validation.builder().config(config).build().validate(file);
        } catch (IOException e) {
            throw Problem.unreadable(file, e, messages);
        }
        // Errors bear on the picture, and so do the findings about the graph itself; the rest of a
        // case file's findings (the plan's, the balance model's) is for `regiekit validate`.
        String graphPointer = "/" + name();
        ValidationResult shown = result.isValid() ? new ValidationResult(result.findings().stream()
            .filter(f -> f.pointer().startsWith(graphPointer)).toList(), result.document()) : result;
        if (!shown.findings().isEmpty()) {
            ValidateCommand.human(out, file, shown, messages);
        }
        Function<Object, Optional<G>> graphOf = document -> document instanceof CaseFile caseFile
            ? fromCaseFile(caseFile) : fromOwnDocument(document);
        Optional<G> graph = result.document().flatMap(graphOf);
        if (graph.isEmpty()) {
            spec.commandLine().getErr().println(messages.get("genogram.missing", file, name()));
            out.flush();
            return Regiekit.FINDINGS;
        }
        output.write(messages, svg, draw(graph.get(), own, messages));
        out.println(messages.get("genogram.wrote", svg));
        writeMore(graph.get(), out, messages);
        out.flush();
        return ValidateCommand.count(result, Severity.ERROR) > 0 ? Regiekit.FINDINGS : Regiekit.OK;
    }
}
