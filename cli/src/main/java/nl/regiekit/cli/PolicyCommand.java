package nl.regiekit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.json.PolicyDocument;
import nl.regiekit.json.RegiekitJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regiekit policy [--out FILE]}: writes the method's default policy as a {@code regiekit/policy}
 * document, every section with every number, an organisation's starting point for its own.
 */
@Command(name = "policy", mixinStandardHelpOptions = true,
    description = "Write the method's default policy as a regiekit/policy document: the starting point for an "
        + "organisation's own, which the other commands take with --policy FILE.")
final class PolicyCommand implements Callable<Integer> {

    @ParentCommand
    Regiekit parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the document to this file instead of the standard output.")
    Path out;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        return Problem.reported(spec, () -> {
            String document = RegiekitJson.mapper().writeValueAsString(PolicyDocument.of(OrganisationPolicy.DEFAULTS))
                + "\n";
            if (out == null) {
                spec.commandLine().getOut().print(document);
            } else {
                output.check(messages, List.of(), List.of(out));
                output.write(messages, out, document);
                spec.commandLine().getOut().println(messages.get("policy.wrote", out));
            }
            spec.commandLine().getOut().flush();
            return Regiekit.OK;
        });
    }
}
