package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.json.DocumentMutator.Kind;
import nl.regiekit.json.DocumentMutator.Mutant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Robustness properties over {@value #MUTANTS} seeded mutants ({@link DocumentMutator}) of the
 * sample and of generated cases: the pipeline never throws, always answers with findings or a
 * bound document, nearly always finds something, and always finds an error in a document that a
 * mutation certainly broke. Each document is validated once, before the tests, in strict or
 * lenient mode; the tests check the outcomes. A failure names the mutant's number; rerun it with
 * the same seed.
 */
class RobustnessTests {

    private static final long SEED = 0x5EED_2025L;
    private static final int MUTANTS = 1_500;
    private static final int BASE_DOCUMENTS = 20;

    private static final Validation STRICT = Validation.defaults();
    private static final Validation LENIENT = Validation.builder().lenient(true).build();
    private static final Set<String> CATALOGUED =
        FindingCatalog.all().stream().map(FindingCode::code).collect(Collectors.toSet());

    private static final List<Outcome> OUTCOMES = new ArrayList<>();

    /**
     * What the pipeline made of a mutant: a result, or what it threw, and for a strict pipeline
     * also what its full path alone made of it. The mutant's bytes are not kept (some are over
     * 2 MB); its tree is, if the mutation was on the tree. For a mutant within the size limit also how the
     * quick path's binding differs from databind's ({@link QuickBound#disagreement}; null if it does not), and
     * whether it bound the mutant.
     */
    private record Outcome(int number, Kind kind, JsonNode tree, boolean lenient, ValidationResult result,
                           Throwable thrown, ValidationResult fullPath, String bindingDisagreement, boolean quickBound) {

        List<Finding> findings() {
            return result == null ? List.of() : result.findings();
        }

        boolean hasError() {
            return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
        }

        @Override
        public String toString() {
            String answer = thrown != null ? "threw " + thrown
                : findings().stream().map(f -> f.code() + "@" + f.pointer()).toList()
                    + (result.document().isPresent() ? " with document" : " without document");
            return "mutant " + number + " (" + kind + (lenient ? ", lenient" : "") + "): " + answer;
        }
    }

    @BeforeAll
    static void validateAllMutants() {
        JsonMapper mapper = RegiekitJson.mapper();
        List<byte[]> bases = new ArrayList<>();
        bases.add(SampleDocuments.caseFileBytes());
        // Documents of every module, so that the quick path meets plans, balance data and graphs.
        for (String seed : List.of("demo-case-file.json", "sample-help-plan.json", "balance-assessments.json",
            "self-reliance-scores.json")) {
            bases.add(SampleDocuments.load("/nl/regiekit/json/ValidationFuzzTestsInputs/fuzzPipeline/" + seed));
        }
        CaseFileGenerator generator = new CaseFileGenerator(SEED);
        while (bases.size() < BASE_DOCUMENTS) {
            bases.add(mapper.writeValueAsBytes(generator.nextCaseFile()));
        }
        DocumentMutator mutator = new DocumentMutator(SEED, Limits.DEFAULTS);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < MUTANTS; i++) {
            byte[] base = bases.get(i % bases.size());
            // Every kind in turn, so that each is well represented whatever the seed.
            Mutant mutant = mutator.mutate(base, kinds[i % kinds.length]);
            boolean lenient = i % 3 == 0;
            ValidationResult result = null;
            Throwable thrown = null;
            ValidationResult fullPath = null;
            String disagreement = null;
            boolean quickBound = false;
            try {
                result = (lenient ? LENIENT : STRICT).validate(mutant.bytes());
                fullPath = lenient || mutant.bytes().length > Limits.DEFAULTS.maxBytes() ? null
                    : STRICT.validateFully(mutant.bytes());
                if (mutant.bytes().length <= Limits.DEFAULTS.maxBytes()) {
                    disagreement = QuickBound.disagreement(mutant.bytes()).orElse(null);
                    quickBound = QuickBound.bind(mutant.bytes()).isPresent();
                }
            } catch (RuntimeException | Error e) {
                thrown = e;
            }
            OUTCOMES.add(new Outcome(i, mutant.kind(), mutant.tree(), lenient, result, thrown, fullPath, disagreement,
                quickBound));
        }
    }

    @Test
    void validatesEveryMutantWithoutThrowing() {
        assertThat(OUTCOMES).hasSize(MUTANTS);
        assertThat(OUTCOMES).filteredOn(o -> o.thrown() != null).isEmpty();
        assertThat(OUTCOMES).allSatisfy(o -> assertThat(o.result()).as(o.toString()).isNotNull());
    }

    @Test
    void quickPathAnswersEveryStrictMutantAsTheFullPathDoes() {
        List<Outcome> compared = OUTCOMES.stream().filter(o -> o.fullPath() != null).toList();
        assertThat(compared).hasSizeGreaterThan(800);
        assertThat(compared).allSatisfy(o -> {
            assertThat(o.result().findings()).as(o.toString()).isEqualTo(o.fullPath().findings());
            assertThat(o.result().document()).as(o.toString()).isEqualTo(o.fullPath().document());
        });
        // The mutants that bind cleanly are the ones the quick path answers on its own.
        assertThat(compared).filteredOn(o -> o.result().document().isPresent() && !o.hasError()).isNotEmpty();
    }

    @Test
    void quickPathBindsNoMutantOtherwiseThanDatabind() {
        assertThat(OUTCOMES).filteredOn(o -> o.bindingDisagreement() != null)
            .extracting(o -> o + ": " + o.bindingDisagreement()).isEmpty();
        // Mutations that leave a document the binding takes (a text changed, a value removed) are among them.
        assertThat(OUTCOMES).filteredOn(Outcome::quickBound).hasSizeGreaterThan(50);
    }

    @Test
    void answersEveryMutantWithFindingsOrADocument() {
        assertThat(OUTCOMES).filteredOn(o -> o.result() != null)
            .allSatisfy(o -> assertThat(!o.findings().isEmpty() || o.result().document().isPresent())
                .as(o.toString()).isTrue());
        // Without a document there is an error to say why; a document with no finding at all is a
        // mutation that happened to leave it valid.
        assertThat(OUTCOMES).filteredOn(o -> o.result() != null && o.result().document().isEmpty())
            .allSatisfy(o -> assertThat(o.hasError()).as(o.toString()).isTrue());
        assertThat(OUTCOMES).filteredOn(o -> o.result() != null && o.findings().isEmpty())
            .allSatisfy(o -> assertThat(o.result().isValid()).as(o.toString()).isTrue());
    }

    @Test
    void findsSomethingInNearlyEveryMutant() {
        long withFindings = OUTCOMES.stream().filter(o -> !o.findings().isEmpty()).count();

        assertThat((double) withFindings / MUTANTS).as("share of mutants with a finding").isGreaterThan(0.90);
    }

    @Test
    void findsAnErrorInEveryCertainlyBrokenMutant() {
        List<Outcome> broken = OUTCOMES.stream().filter(o -> o.kind().certainlyBreaks()).toList();

        assertThat(broken).hasSizeGreaterThan(400);
        assertThat(broken).allSatisfy(o -> {
            assertThat(o.hasError()).as(o.toString()).isTrue();
            assertThat(o.result().document()).as(o.toString()).isEmpty();
        });
    }

    @Test
    void refusesCertainlyBrokenMutantsWithTheFindingOfTheirStage() {
        assertThat(codesOf(Kind.TRUNCATE)).containsOnly(List.of("JSON-SYNTAX"));
        // Random bytes are often not UTF-8, refused before the parse; a NUL byte is refused by it.
        assertThat(codesOf(Kind.BYTE_GARBAGE)).isSubsetOf(List.of("JSON-SYNTAX"), List.of("JSON-ENCODING"),
            List.of("JSON-ENCODING-UNSUPPORTED")).contains(List.of("JSON-SYNTAX"), List.of("JSON-ENCODING"));
        assertThat(codesOf(Kind.DUPLICATE_KEY)).containsOnly(List.of("JSON-DUPLICATE-KEY"));
        assertThat(codesOf(Kind.DEEP_NESTING)).containsOnly(List.of("JSON-LIMIT-DEPTH"));
        assertThat(codesOf(Kind.HUGE_STRING)).containsOnly(List.of("JSON-LIMIT-STRING"));
        assertThat(codesOf(Kind.OVERSIZE)).containsOnly(List.of("JSON-LIMIT-SIZE"));
    }

    @Test
    void reportsOnlyCataloguedWellFormedFindings() {
        assertThat(OUTCOMES).flatMap(Outcome::findings).allSatisfy(finding -> {
            assertThat(CATALOGUED).as("catalogued codes").contains(finding.code());
            assertThat(finding.pointer()).satisfiesAnyOf(p -> assertThat(p).isEmpty(),
                p -> assertThat(p).startsWith("/"));
            assertThat(finding.message(Locale.forLanguageTag("nl"))).isNotBlank().doesNotContain("{0}");
            assertThat(finding.message(Locale.ENGLISH)).isNotBlank().doesNotContain("{0}");
        });
    }

    @Test
    void pointsIntoTheMutatedDocument() {
        // A finding points at a value of the document or, for a missing field, at a field of an
        // object that is there.
        List<String> astray = new ArrayList<>();
        for (Outcome outcome : OUTCOMES) {
            JsonNode tree = outcome.tree();
            if (tree == null) {
                continue;
            }
            for (Finding finding : outcome.findings()) {
                String pointer = finding.pointer();
                String parent = pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
                if (tree.at(pointer).isMissingNode() && !tree.at(parent).isObject()) {
                    astray.add(outcome.number() + " " + finding.code() + "@" + pointer);
                }
            }
        }

        assertThat(astray).isEmpty();
    }

    @Test
    void coversEveryKindOfMutationAndBothModes() {
        Set<Kind> kinds = OUTCOMES.stream().map(o -> o.kind())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));

        assertThat(kinds).containsExactlyInAnyOrder(Kind.values());
        assertThat(OUTCOMES).anySatisfy(o -> assertThat(o.lenient()).isTrue());
        assertThat(OUTCOMES).anySatisfy(o -> assertThat(o.lenient()).isFalse());
        // Some mutants get past the schema: the later stages are exercised too.
        assertThat(OUTCOMES).anySatisfy(o -> assertThat(o.findings()).anySatisfy(
            f -> assertThat(f.code()).startsWith("MODEL-")));
        assertThat(OUTCOMES).anySatisfy(o -> assertThat(o.findings()).anySatisfy(
            f -> assertThat(f.code()).startsWith("CASE-")));
    }

    private static Set<List<String>> codesOf(Kind kind) {
        return OUTCOMES.stream().filter(o -> o.kind() == kind)
            .map(o -> o.findings().stream().map(Finding::code).toList()).collect(Collectors.toSet());
    }
}
