package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.casefile.Catalogues;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.AssessmentId;
import nl.regiekit.balance.Factor;
import nl.regiekit.balance.FactorCatalog;
import nl.regiekit.balance.FactorCatalogId;
import nl.regiekit.balance.FactorCategory;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The balance model in the JSON contract: case files with assessments and self-reliance scores round
 * trip and validate; the single documents {@code regiekit/balance-assessments} and
 * {@code regiekit/self-reliance-scores} read the same parts at the same pointers; findings about
 * assessments never quote their notes.
 */
class BalanceDocumentsTests {

    private static final Validation VALIDATION = Validation.defaults();
    private static final JsonMapper MAPPER = RegiekitJson.mapper();
    private static final String SENTINEL = "SENTINELTEKST";

    static Stream<Long> seeds() {
        return Stream.iterate(20_261_123L, seed -> seed + 1).limit(100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void roundTripsGeneratedCaseFilesWithBalanceData(long seed) {
        CaseFile original = new BalanceDocumentGenerator(seed).nextCaseFile();

        byte[] json = MAPPER.writeValueAsBytes(original);
        CaseFile read = MAPPER.readValue(json, CaseFile.class);

        assertThat(read).isEqualTo(original);
        assertThat(MAPPER.writeValueAsBytes(read)).isEqualTo(json);
        ValidationResult result = VALIDATION.validate(json);
        assertThat(result.findings()).as("seed %d", seed).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(result.document()).contains(original);
    }

    @Test
    void generatesCaseFilesWithAndWithoutBalanceData() {
        List<CaseFile> files = seeds().map(seed -> new BalanceDocumentGenerator(seed).nextCaseFile()).toList();

        assertThat(files).anySatisfy(f -> assertThat(f.assessments()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(files).anySatisfy(f -> assertThat(f.assessments()).isEmpty());
        assertThat(files).anySatisfy(f -> assertThat(f.selfReliance()).isNotEmpty());
        assertThat(files).flatMap(CaseFile::assessments).anySatisfy(a -> assertThat(a.member()).isPresent());
    }

    @Test
    void aCaseFileWithoutBalanceDataStaysAsItWas() {
        byte[] sample = SampleDocuments.caseFileBytes();

        CaseFile read = MAPPER.readValue(sample, CaseFile.class);

        assertThat(read.assessments()).isEmpty();
        assertThat(MAPPER.writeValueAsString(read)).doesNotContain("assessments", "selfReliance");
    }

    @Test
    void readsTheSingleDocumentsAtTheSamePointers() {
        CaseFile file = withBalance();
        byte[] assessments = MAPPER.writeValueAsBytes(BalanceAssessmentsDocument.of(file.assessments()));
        byte[] scores = MAPPER.writeValueAsBytes(SelfRelianceScoresDocument.of(file.selfReliance()));

        ValidationResult a = VALIDATION.validate(assessments);
        ValidationResult s = VALIDATION.validate(scores);

        assertThat(a.isValid()).isTrue();
        assertThat(a.document()).containsInstanceOf(BalanceAssessmentsDocument.class);
        assertThat(a.findings()).extracting(Finding::code).contains("BALANCE-ROUTE-RELIEVE-STRESS");
        assertThat(a.findings()).allSatisfy(f -> assertThat(f.pointer()).startsWith("/assessments/"));
        assertThat(s.isValid()).isTrue();
        assertThat(s.document()).containsInstanceOf(SelfRelianceScoresDocument.class);
    }

    @Test
    void reportsBalanceProblemsAtTheirPathsInTheBundle() {
        ObjectNode root = tree(withBalance());
        ObjectNode score = (ObjectNode) root.at("/assessments/0/scores/0");
        score.put("score", 7);

        assertThat(VALIDATION.validate(SampleDocuments.bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-RANGE", "/assessments/0/scores/0/score"));
    }

    @Test
    void reportsBrokenInvariantsAndRulesOfTheBundle() {
        ObjectNode duplicate = tree(withBalance());
        ArrayNode scores = (ArrayNode) duplicate.at("/assessments/0/scores");
        scores.add(scores.get(0).deepCopy());
        ObjectNode stranger = tree(withBalance());
        ((ObjectNode) stranger.at("/assessments/1")).put("member", "p-nobody");
        ((ObjectNode) stranger.at("/selfReliance/0/measurements/0/scores/0")).put("level", 9);

        List<Finding> twice = VALIDATION.validate(SampleDocuments.bytes(duplicate)).findings();
        List<Finding> rules = VALIDATION.validate(SampleDocuments.bytes(stranger)).findings();

        assertThat(twice).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MODEL-DUPLICATE-ID", "/assessments/0/scores/" + (scores.size() - 1) + "/factor"));
        assertThat(rules).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("BALANCE-MEMBER-UNKNOWN", "/assessments/1/member"),
                tuple("BALANCE-INSTRUMENT-LEVEL", "/selfReliance/0/measurements/0/scores/0/level"));
    }

    @Test
    void findingsAboutAssessmentsNeverQuoteTheirNotes() {
        ObjectNode root = tree(withBalance());
        ((ObjectNode) root.at("/assessments/0")).put("note", SENTINEL);
        ((ObjectNode) root.at("/assessments/1")).put("note", SENTINEL + " ".repeat(4001));
        ((ObjectNode) root.at("/assessments/2")).put("member", "p-nobody").put("note", SENTINEL);

        ValidationResult tooLong = VALIDATION.validate(SampleDocuments.bytes(root));
        ((ObjectNode) root.at("/assessments/1")).put("note", SENTINEL);
        ValidationResult rules = VALIDATION.validate(SampleDocuments.bytes(root));

        assertThat(tooLong.findings()).extracting(Finding::code).contains("SCHEMA-SIZE");
        assertThat(rules.findings()).extracting(Finding::code).contains("BALANCE-MEMBER-UNKNOWN");
        for (ValidationResult result : List.of(tooLong, rules)) {
            assertThat(result.toString()).doesNotContain(SENTINEL);
            result.findings().forEach(f -> assertThat(f.toString()).doesNotContain(SENTINEL));
            result.document().ifPresent(d -> assertThat(((CaseFile) d).assessments().toString())
                .doesNotContain(SENTINEL));
        }
    }

    @Test
    void readsAnOrganisationsFactorCatalogueAsADocumentAndUsesIt() {
        FactorCatalog own = new FactorCatalog(FactorCatalogId.of("acme:factors"), "2", "Acme", "Acme", List.of(
            new Factor(FactorId.of("gambling"), FactorCategory.RISK_PARENT, "Gokken", "Gambling", 3, true)));
        byte[] json = MAPPER.writeValueAsBytes(FactorCatalogDocument.of(own));
        Assessment assessment = new Assessment(AssessmentId.of("a-1"), java.time.LocalDate.of(2026, 1, 5),
            nl.regiekit.casemodel.ProfessionalId.of("cm-1"), java.util.Optional.empty(), own.id(), "2",
            List.of(new FactorScore(FactorId.of("gambling"), FactorCategory.RISK_PARENT, 2, 3, List.of())),
            java.util.Optional.empty());
        byte[] assessments = MAPPER.writeValueAsBytes(BalanceAssessmentsDocument.of(List.of(assessment)));

        ValidationResult read = VALIDATION.validate(json);
        List<Finding> without = VALIDATION.validate(assessments).findings();
        List<Finding> with = Validation.builder().config(RegiekitConfig.defaults()
            .withCatalogues(Catalogues.builtIn().withFactors(own))).build()
            .validate(assessments).findings();

        assertThat(read.isValid()).isTrue();
        assertThat(read.document()).contains(FactorCatalogDocument.of(own));
        assertThat(without).extracting(Finding::code).contains("BALANCE-CATALOG-UNKNOWN")
            .doesNotContain("BALANCE-ROUTE-REDUCE-PATHOLOGY");
        assertThat(with).extracting(Finding::code).doesNotContain("BALANCE-CATALOG-UNKNOWN")
            .contains("BALANCE-ROUTE-REDUCE-PATHOLOGY");
    }

    /** A valid case file with three assessments and self-reliance scores, from the first seed that has them. */
    private static CaseFile withBalance() {
        return seeds().map(seed -> new BalanceDocumentGenerator(seed).nextCaseFile())
            .filter(f -> f.assessments().size() >= 3 && !f.selfReliance().isEmpty()
                && f.assessments().get(0).scores().size() >= 2
                && f.selfReliance().get(0).measurements().get(0).scores().size() >= 1
                && VALIDATION.validate(MAPPER.writeValueAsBytes(f)).findings().stream()
                    .anyMatch(x -> x.code().equals("BALANCE-ROUTE-RELIEVE-STRESS")))
            .findFirst().orElseThrow();
    }

    private static ObjectNode tree(CaseFile file) {
        return (ObjectNode) SampleDocuments.TREES.readTree(MAPPER.writeValueAsString(file)
            .getBytes(StandardCharsets.UTF_8));
    }
}
