package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.Bsn;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Round-trip properties over seeded, generated valid cases ({@link CaseFileGenerator}):
 * model to JSON to model gives an equal model, JSON to model to JSON gives the same bytes, and
 * every generated document passes the pipeline without an error. A failure names its seed; rerun
 * that one case with {@code new CaseFileGenerator(seed).nextCaseFile()}.
 */
class RoundTripTests {

    private static final Validation VALIDATION = Validation.defaults();
    private static final JsonMapper MAPPER = RegiekitJson.mapper();
    private static final int CASES = 200;
    private static final long FIRST_SEED = 20_250_901L;

    static Stream<Long> seeds() {
        return Stream.iterate(FIRST_SEED, seed -> seed + 1).limit(CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void roundTripsGeneratedCase(long seed) {
        CaseFile original = new CaseFileGenerator(seed).nextCaseFile();

        byte[] json = MAPPER.writeValueAsBytes(original);
        CaseFile read = MAPPER.readValue(json, CaseFile.class);
        byte[] again = MAPPER.writeValueAsBytes(read);

        assertThat(read).as("model -> JSON -> model").isEqualTo(original);
        assertThat(new String(again, StandardCharsets.UTF_8)).as("JSON -> model -> JSON")
            .isEqualTo(new String(json, StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(json);

        ValidationResult result = VALIDATION.validate(json);
        assertThat(result.findings()).as("findings of a generated document")
            .filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(result.document()).contains(original);
    }

    @Test
    void roundTripsTheSampleByteForByte() {
        byte[] sample = SampleDocuments.caseFileBytes();

        CaseFile read = MAPPER.readValue(sample, CaseFile.class);
        String written = MAPPER.writeValueAsString(read);

        // The command line adds a final newline to what the mapper writes.
        assertThat(written + "\n").isEqualTo(SampleDocuments.caseFileText());
        assertThat(MAPPER.readValue(written, CaseFile.class)).isEqualTo(read);
    }

    @Test
    void generatesTheSameCasesFromTheSameSeed() {
        Case first = new CaseFileGenerator(42).nextCase();
        Case second = new CaseFileGenerator(42).nextCase();
        Case other = new CaseFileGenerator(43).nextCase();

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void generatesVariedValidCases() {
        List<Case> cases = seeds().map(seed -> new CaseFileGenerator(seed).nextCase()).toList();

        assertThat(cases).allSatisfy(c -> {
            assertThat(c.family().members()).hasSizeBetween(2, 8);
            assertThat(c.isAccepted()).isTrue();
            assertThat(c.team().caseManager()).isPresent();
            assertThat(c.family().members()).allSatisfy(m ->
                m.person().bsn().ifPresent(bsn -> assertThat(Bsn.passesElevenTest(bsn.value())).isTrue()));
        });
        // Enough variety that the round trips above cover each part of the model.
        assertThat(cases).anySatisfy(c -> assertThat(c.family().members()).hasSize(8));
        assertThat(cases).anySatisfy(c -> assertThat(c.family().members()).hasSize(2));
        assertThat(cases).anySatisfy(c -> assertThat(c.phases()).hasSizeGreaterThanOrEqualTo(5));
        assertThat(cases).anySatisfy(c -> assertThat(c.decisions()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(cases).anySatisfy(c -> assertThat(c.exchanges()).isNotEmpty());
        assertThat(cases).anySatisfy(c -> assertThat(c.referral().contraIndications()).isNotEmpty());
        assertThat(cases).anySatisfy(c -> assertThat(c.family().households()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(cases).anySatisfy(c -> assertThat(c.family().restrictions()).anySatisfy(
            r -> assertThat(r.until()).isPresent()));
        assertThat(cases).anySatisfy(c -> assertThat(c.family().restrictions()).anySatisfy(
            r -> assertThat(r.until()).isEmpty()));
        assertThat(cases).anySatisfy(c -> assertThat(c.consents()).anySatisfy(
            consent -> assertThat(consent.changes()).hasSize(2)));
        assertThat(cases).flatMap(c -> c.family().members()).anySatisfy(m -> assertThat(m.person().bsn()).isPresent());
        assertThat(cases.stream().map(c -> c.catalog()).distinct()).hasSize(3);
    }

    @Test
    void generatesOnlyCasesWithoutErrorFindingsFromEverySeedOfARun() {
        CaseFileGenerator generator = new CaseFileGenerator(FIRST_SEED);
        List<Finding> errors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ValidationResult result = VALIDATION.validate(MAPPER.writeValueAsBytes(generator.nextCaseFile()));
            result.findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(errors::add);
        }

        assertThat(errors).isEmpty();
    }
}
