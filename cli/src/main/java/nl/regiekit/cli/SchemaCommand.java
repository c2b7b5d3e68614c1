package nl.regiekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import nl.regiekit.json.DocumentKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code regiekit schema KIND}: prints the published JSON Schema of a document kind. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the published JSON Schema of a document kind, such as regiekit/case-file.")
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    Regiekit parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "The document kind, with or without the regiekit/ prefix.")
    String kind;

    @Override
    public Integer call() throws IOException {
        String id = kind.startsWith("regiekit/") ? kind : "regiekit/" + kind;
        Optional<DocumentKind> found = DocumentKind.of(id);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println(parent.messages().get("schema.unknown", kind,
                Arrays.stream(DocumentKind.values()).map(DocumentKind::id).collect(Collectors.joining(", "))));
            return Regiekit.USAGE;
        }
        try (InputStream in = DocumentKind.class.getResourceAsStream(found.get().schemaResource())) {
            spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        spec.commandLine().getOut().flush();
        return Regiekit.OK;
    }
}
