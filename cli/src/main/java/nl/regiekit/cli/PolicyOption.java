package nl.regiekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.json.PolicyDocument;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import picocli.CommandLine.Option;

/**
 * The one way the commands take an organisation's policy, mixed into every command that judges by
 * policy: {@code --policy FILE}, a {@code regiekit/policy} document, validated like any other before
 * it is used; without it, the method's defaults. It gives the command its {@link RegiekitConfig}.
 */
final class PolicyOption {

    @Option(names = "--policy", paramLabel = "FILE",
        description = "An organisation's policy (a regiekit/policy document; 'regiekit policy' writes the defaults "
            + "to start from). Default: the method's defaults.")
    Path file;

    /**
     * The command's configuration, made once: the catalogues and rules that providers on the class path
     * supply ({@link RegiekitConfig#discover()}), under the file's policy, or the method's defaults without
     * one.
     *
     * @param out where the findings of a policy document that cannot be used are printed
     * @throws Problem if the file cannot be read, or is not a policy document without errors
     */
    RegiekitConfig config(Messages messages, PrintWriter out) throws Problem {
        RegiekitConfig found = RegiekitConfig.discover();
        if (file == null) {
            return found;
        }
        ValidationResult result;
        try {
            result = Validation.builder().config(found).build().validate(file);
        } catch (IOException e) {
            throw Problem.unreadable(file, e, messages);
        }
        if (result.isValid() && result.document().orElse(null) instanceof PolicyDocument document) {
            return found.withPolicy(document.policy());
        }
        ValidateCommand.human(out, file, result, messages);
        out.flush();
        throw new Problem(messages.get("policy.unusable", file));
    }
}
