package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import org.junit.jupiter.api.Test;

/**
 * A Jazzer fuzz test of the whole validation pipeline on arbitrary bytes: it never throws, always
 * answers with findings or a bound document, a document it could not bind always comes with an
 * error, and the answer is the full path's, findings and document alike.
 *
 * <p><b>Regression mode</b> (the default, in every {@code mvn test}): {@link #fuzzPipeline} runs
 * once for the empty input and once for each file in
 * {@code src/test/resources/nl/regiekit/json/ValidationFuzzTestsInputs/fuzzPipeline/}: the
 * sample, a truncated sample, {@code {}}, {@code [}, deep nesting, a duplicate key, and the graphs
 * (a case file that bundles them, a broken genogram, an isolated sociogram).
 *
 * <p><b>Fuzzing for real</b>, from the project root (jazzer-junit 0.30 reads {@code JAZZER_FUZZ};
 * the older name {@code JAZZ_FUZZ} is ignored and leaves the test in regression mode):
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl json test -Dtest=ValidationFuzzTests
 * </pre>
 * It fuzzes for {@code maxDuration} below; {@code -Djazzer.max_duration=30m} overrides it. Only
 * classes in folders are instrumented by default, not the casemodel and Jackson jars; for coverage
 * guidance through them add {@code '-Djazzer.instrument=nl.regiekit.**,tools.jackson.**,com.networknt.**'}.
 * Jazzer keeps the inputs it generates in {@code json/.cifuzz-corpus/} (do not commit it) and writes
 * an input that fails into the inputs folder above as {@code crash-<hash>}: keep that file with the
 * fix, so that regression mode goes on checking it.
 */
class ValidationFuzzTests {

    private static final Validation VALIDATION = Validation.defaults();
    private static final String INPUTS = "ValidationFuzzTestsInputs/fuzzPipeline";

    @FuzzTest(maxDuration = "5m")
    void fuzzPipeline(byte[] data) {
        ValidationResult result = VALIDATION.validate(data);

        assertThat(result).isNotNull();
        assertThat(result.findings()).isNotNull();
        assertThat(!result.findings().isEmpty() || result.document().isPresent())
            .as("findings or a document").isTrue();
        if (result.document().isEmpty()) {
            assertThat(result.findings()).extracting(Finding::severity).contains(Severity.ERROR);
        }
        // One answer: the quick path, where it answers, gives what the full path gives.
        if (data.length <= Limits.DEFAULTS.maxBytes()) {
            ValidationResult full = VALIDATION.validateFully(data);
            assertThat(result.findings()).as("the full path's findings").isEqualTo(full.findings());
            assertThat(result.document()).as("the full path's document").isEqualTo(full.document());
        }
    }

    @Test
    void keepsItsRegressionInputsWhereJazzerLooksForThem() throws IOException, URISyntaxException {
        URL folder = ValidationFuzzTests.class.getResource(INPUTS);
        assertThat(folder).as(INPUTS + " on the test class path").isNotNull();

        List<String> names;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            names = files.map(file -> file.getFileName().toString()).toList();
        }

        assertThat(names).contains("sample-case-file.json", "truncated-case-file.json", "empty-object.json",
            "open-array.json", "deep-nesting.json", "duplicate-key.json", "demo-case-file.json",
            "balance-assessments.json", "self-reliance-scores.json");
        assertThat(VALIDATION.validate(SampleDocuments.load("/nl/regiekit/json/" + INPUTS + "/sample-case-file.json"))
            .findings()).isEmpty();
        assertThat(VALIDATION.validate(SampleDocuments.load("/nl/regiekit/json/" + INPUTS + "/duplicate-key.json"))
            .findings()).extracting(Finding::code).containsExactly("JSON-DUPLICATE-KEY");
        assertThat(VALIDATION.validate(SampleDocuments.load("/nl/regiekit/json/" + INPUTS + "/deep-nesting.json"))
            .findings()).extracting(Finding::code).containsExactly("JSON-LIMIT-DEPTH");
        // The demo case file with every part (plans, balance, graphs, meetings) holds the balance
        // model's suggestions and one warning, the overdue agreement it shows on purpose; then a
        // broken genogram and an isolated network.
        assertThat(VALIDATION.validate(SampleDocuments.load("/nl/regiekit/json/" + INPUTS
            + "/demo-case-file.json")).findings()).isNotEmpty()
            .filteredOn(f -> f.severity() != Severity.INFO).extracting(Finding::code)
            .containsExactly("PLAN-AGREEMENT-OVERDUE");
        assertThat(VALIDATION.validate(SampleDocuments.load("/nl/regiekit/json/" + INPUTS
            + "/genogram-with-cycle.json")).findings()).extracting(Finding::code).containsExactly(
                "GENOGRAM-UNKNOWN-PERSON", "GENOGRAM-UNKNOWN-PERSON", "GENOGRAM-DEATH-BEFORE-BIRTH",
                "GENOGRAM-OWN-ANCESTOR", "GENOGRAM-OWN-ANCESTOR");
        assertThat(VALIDATION.validate(SampleDocuments.load("/nl/regiekit/json/" + INPUTS
            + "/sociogram-isolated.json")).findings()).extracting(Finding::code)
            .containsExactly("GENOGRAM-SOCIOGRAM-ISOLATION");
    }
}
