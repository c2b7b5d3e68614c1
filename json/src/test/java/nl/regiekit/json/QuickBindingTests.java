package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.regiekit.json.internal.Peek;
import nl.regiekit.json.internal.QuickBinding;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quick path's own binding ({@link QuickBinding}) against databind's, the full path's: on every document
 * the json and cli tests hold (the files, one seed of every kind, generated case files and balance documents,
 * and every single-node edit of the seeds) it either refuses or binds a model equal to databind's, and it binds
 * every valid one, so that the quick path is not silently left for the full path. {@code RobustnessTests} holds
 * it to the same on its mutants.
 */
class QuickBindingTests {

    private static final Validation STRICT = Validation.defaults();
    private static final JsonMapper MAPPER = RegiekitJson.mapper();
    private static final int GENERATED = 40;

    /** Every JSON file of the json module's and the command line's test resources, by path. */
    private static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../cli/src/test/resources"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    files.put(path.toString(), Files.readAllBytes(path));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The files, a seed of every kind, generated case files and balance documents. */
    private static Map<String, byte[]> documents() {
        Map<String, byte[]> documents = new LinkedHashMap<>(files());
        QuickPathSweepTests.seeds().forEach((kind, tree) -> documents.put("seed " + kind, SampleDocuments.bytes(tree)));
        CaseFileGenerator cases = new CaseFileGenerator(19L);
        BalanceDocumentGenerator balance = new BalanceDocumentGenerator(19L);
        for (int i = 0; i < GENERATED; i++) {
            documents.put("generated case file " + i, MAPPER.writeValueAsBytes(cases.nextCaseFile()));
            documents.put("generated balance case file " + i, MAPPER.writeValueAsBytes(balance.nextCaseFile()));
        }
        return documents;
    }

    @Test
    void bindsEveryValidDocumentToDatabindsModelAndNoOtherOtherwise() {
        List<String> valid = new ArrayList<>();
        List<String> notBound = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        documents().forEach((name, bytes) -> {
            QuickBound.disagreement(bytes).ifPresent(d -> disagreements.add(name + ": " + d));
            if (STRICT.validateFully(bytes).isValid()) {
                valid.add(name);
                if (QuickBound.bind(bytes).isEmpty()) {
                    notBound.add(name);
                } else {
                    kinds.add(Peek.envelope(MAPPER, bytes).orElseThrow().kind());
                }
            }
        });

        assertThat(disagreements).isEmpty();
        assertThat(notBound).isEmpty();
        assertThat(valid).hasSizeGreaterThan(2 * GENERATED + DocumentKind.values().length)
            .contains("../cli/src/test/resources/golden/demo-case-file.json");
        assertThat(kinds).containsExactlyInAnyOrder(DocumentKind.values());
    }

    @Test
    void bindsNoEditOfAnyNodeOtherwiseThanDatabind() {
        List<String> disagreements = new ArrayList<>();
        int[] bound = {0, 0};
        QuickPathSweepTests.forEachEdit(1, edit -> {
            byte[] bytes = SampleDocuments.bytes(edit.document());
            bound[0]++;
            QuickBound.disagreement(bytes).ifPresent(d -> disagreements.add(edit + ": " + d));
            if (QuickBound.bind(bytes).isPresent()) {
                bound[1]++;
            }
        });

        assertThat(disagreements).isEmpty();
        // Some edits leave a document the binding takes (a text changed, an optional value removed), most not.
        assertThat(bound[1]).isPositive().isLessThan(bound[0]);
    }
}
