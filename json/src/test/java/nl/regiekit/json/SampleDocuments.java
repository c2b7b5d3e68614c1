package nl.regiekit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fixture catalogue of the json module: the valid sample case file under
 * {@code src/test/resources/samples/case-file.json}, the demo case of the command line (the
 * fictional Bakker-El Amrani family). To regenerate it on purpose:
 * {@code java -jar cli/target/regiekit.jar demo --out /tmp/d} and copy {@code /tmp/d/case-file.json},
 * leaving out its {@code assessments} and {@code selfReliance}: the tests here expect a sample without
 * findings, and the balance data brings suggestions (INFO); {@link BalanceDocumentsTests} covers it.
 *
 * <p>Tests build bad documents by editing a fresh copy of the sample as a Jackson tree
 * ({@link #tree()}) and turning it back into bytes ({@link #bytes(JsonNode)}).
 */
final class SampleDocuments {

    /** The class-path resource of the valid sample. */
    static final String CASE_FILE = "/samples/case-file.json";

    /** The case identifier in the sample. */
    static final String CASE_ID = "case-2025-017";

    /** A plain mapper for editing trees: no Regiekit limits, so that tests can build oversized documents. */
    static final JsonMapper TREES = JsonMapper.builder().build();

    private static final byte[] SAMPLE = load(CASE_FILE);

    private SampleDocuments() {
    }

    /** The whole demo case file (the fuzz seed, a copy of the command line's golden demo); a fresh copy. */
    static byte[] demoCaseFileBytes() {
        return load("/nl/regiekit/json/ValidationFuzzTestsInputs/fuzzPipeline/demo-case-file.json");
    }

    /** The sample's bytes, exactly as committed (the demo output, with a final newline); a fresh copy. */
    static byte[] caseFileBytes() {
        return SAMPLE.clone();
    }

    /** The sample as text. */
    static String caseFileText() {
        return new String(SAMPLE, StandardCharsets.UTF_8);
    }

    /** A fresh, editable tree of the sample. */
    static ObjectNode tree() {
        return (ObjectNode) TREES.readTree(SAMPLE);
    }

    /** A tree as compact UTF-8 JSON. */
    static byte[] bytes(JsonNode tree) {
        return TREES.writeValueAsBytes(tree);
    }

    /** The {@code case} object of a case-file tree. */
    static ObjectNode caseOf(ObjectNode root) {
        return (ObjectNode) root.get("case");
    }

    /** Family member {@code index} (the {@code {person, role}} object) of a case-file tree. */
    static ObjectNode member(ObjectNode root, int index) {
        return (ObjectNode) caseOf(root).get("family").get("members").get(index);
    }

    /** The person of family member {@code index} of a case-file tree. */
    static ObjectNode person(ObjectNode root, int index) {
        return (ObjectNode) member(root, index).get("person");
    }

    /** The object at a JSON Pointer in a tree. */
    static ObjectNode object(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    /** The array at a JSON Pointer in a tree. */
    static ArrayNode array(JsonNode root, String pointer) {
        return (ArrayNode) root.at(pointer);
    }

    /** A class-path resource's bytes. */
    static byte[] load(String resource) {
        try (InputStream in = SampleDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
