package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.balance.Factor;
import nl.regiekit.balance.FactorCatalog;
import nl.regiekit.balance.FactorCatalogId;
import nl.regiekit.balance.FactorCategory;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.Catalogues;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.genogram.Relative;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * References where a document would repeat itself (issue 17): a plan agreement that names the meeting it
 * was made at, a factor score that takes category and weight from its catalogue, a genogram person who is a
 * family member by reference. A hand-written case file walks each; the old, whole form reads to the same
 * model; a reference that does not resolve is a finding on both paths of the pipeline.
 */
class ReferencesTests {

    private static final Validation STRICT = Validation.defaults();

    /** The whole demo case file as this library wrote it before references, kept as it was. */
    private static final String WHOLE_DEMO = "/samples/demo-case-file-whole.json";

    /** What a case manager adds by hand to the sample case file: the meeting, the scores, the genogram. */
    private static final String MEETINGS = """
        { "familyCouncils" : [ {
            "id" : "m-council-2026-01", "caseId" : "case-2025-017", "date" : "2026-01-06",
            "present" : [ "p-mother", "p-daughter" ],
            "agreements" : [ {
              "id" : "a-post", "who" : { "member" : "p-mother" },
              "what" : "Alle post over geld gaat ongeopend mee naar de schuldhulpverlener",
              "due" : "2026-01-31", "source" : "FAMILY_COUNCIL", "made" : "2026-01-06", "status" : "OPEN" } ],
            "closed" : true } ] }
        """;

    private static final String ASSESSMENTS = """
        [ { "id" : "bal-2025-10-20", "date" : "2025-10-20", "assessor" : "cm-jansen",
            "catalog" : "regiekit:balance-factors", "catalogVersion" : "1",
            "scores" : [
              { "factor" : "debts", "score" : 4, "domains" : [ "financial-situation" ] },
              { "factor" : "truancy", "score" : 3, "weight" : 3, "domains" : [ "children" ] },
              { "factor" : "supportive-grandparent", "category" : "PROTECTIVE_ENVIRONMENT", "score" : 3,
                "weight" : 2, "domains" : [ "network" ] } ] } ]
        """;

    private static final String GENOGRAM = """
        { "people" : [
            { "id" : "p-mother", "deceased" : false, "household" : "h-mother", "labels" : [ "DEBT" ] },
            { "id" : "p-daughter", "birthYear" : 2010, "deceased" : false },
            { "id" : "p-grandfather", "name" : { "given" : "Youssef", "family" : "El Amrani" }, "gender" : "MALE",
              "birthYear" : 1958, "deathYear" : 2019, "deceased" : true } ],
          "parentLinks" : [
            { "parent" : "p-grandfather", "child" : "p-mother", "kind" : "BIOLOGICAL" },
            { "parent" : "p-mother", "child" : "p-daughter", "kind" : "BIOLOGICAL" } ],
          "index" : "p-daughter" }
        """;

    /** The sample case file with a family council, an assessment and a genogram that refer where they can. */
    static ObjectNode handWritten() {
        ObjectNode root = SampleDocuments.tree();
        root.set("meetings", SampleDocuments.TREES.readTree(MEETINGS));
        root.set("assessments", SampleDocuments.TREES.readTree(ASSESSMENTS));
        root.set("genogram", SampleDocuments.TREES.readTree(GENOGRAM));
        for (JsonNode version : root.get("plans").get(0).get("versions")) {
            ArrayNode agreements = (ArrayNode) version.get("content").get("agreements");
            ObjectNode reference = SampleDocuments.TREES.createObjectNode().put("id", "a-post")
                .put("meeting", "m-council-2026-01");
            if (version.get("number").asInt() == 2) {
                reference.put("status", "KEPT");
            }
            agreements.set(0, reference);
        }
        return root;
    }

    private static List<Finding> errors(ValidationResult result) {
        return result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @Test
    void walksAHandWrittenCaseFileThatRefersWhereItWouldRepeat() {
        byte[] bytes = SampleDocuments.bytes(handWritten());

        ValidationResult result = STRICT.validate(bytes);

        assertThat(errors(result)).isEmpty();
        CaseFile file = (CaseFile) result.document().orElseThrow();
        // The plan's agreement is the council's, in both versions; the second gives its own status.
        Agreement atCouncil = file.meetings().orElseThrow().familyCouncils().get(0).agreements().get(0);
        Agreement first = file.plans().get(0).versions().get(0).content().agreements().get(0);
        Agreement second = file.plans().get(0).versions().get(1).content().agreements().get(0);
        assertThat(first).usingRecursiveComparison().isEqualTo(atCouncil);
        assertThat(second.source()).isEqualTo(AgreementSource.FAMILY_COUNCIL);
        assertThat(second.what()).isEqualTo(atCouncil.what());
        assertThat(second.made()).isEqualTo(atCouncil.made());
        assertThat(second.status()).isEqualTo(AgreementStatus.KEPT);
        // Scores take category and weight from the catalogue, unless they give their own.
        List<FactorScore> scores = file.assessments().get(0).scores();
        assertThat(scores.get(0).category()).isEqualTo(FactorCategory.RISK_SOCIO_ECONOMIC);
        assertThat(scores.get(0).weight()).isEqualTo(3);
        assertThat(scores.get(1).category()).isEqualTo(FactorCategory.RISK_CHILD);
        assertThat(scores.get(1).weight()).isEqualTo(3);
        assertThat(scores.get(2).weight()).isEqualTo(2);
        // Genogram people who are members take name, gender and year of birth from the family.
        Relative mother = file.genogram().orElseThrow().people().get(0);
        assertThat(mother.name().given()).isEqualTo("Samira");
        assertThat(mother.gender()).isEqualTo(Gender.FEMALE);
        assertThat(mother.birthYear()).contains(1986);
        assertThat(mother.household()).isPresent();
        assertThat(file.genogram().orElseThrow().people().get(1).birthYear()).contains(2010);

        // Both paths give the same answer; writing gives the short forms, which read to the same model.
        assertThat(STRICT.validateFully(bytes).findings()).isEqualTo(result.findings());
        String written = RegiekitJson.mapper().writeValueAsString(file);
        JsonNode tree = SampleDocuments.TREES.readTree(written);
        assertThat(tree.at("/plans/0/versions/1/content/agreements/0").toString())
            .isEqualTo("{\"id\":\"a-post\",\"meeting\":\"m-council-2026-01\",\"status\":\"KEPT\"}");
        assertThat(tree.at("/plans/0/versions/0/content/agreements/0").toString())
            .isEqualTo("{\"id\":\"a-post\",\"meeting\":\"m-council-2026-01\"}");
        assertThat(tree.at("/assessments/0/scores/0").has("weight")).isFalse();
        assertThat(tree.at("/assessments/0/scores/1/weight").asInt()).isEqualTo(3);
        assertThat(tree.at("/assessments/0/scores/1").has("category")).isFalse();
        assertThat(tree.at("/genogram/people/0").has("name")).isFalse();
        assertThat(tree.at("/genogram/people/2/name/given").asString()).isEqualTo("Youssef");
        assertThat(RegiekitJson.mapper().readValue(written, CaseFile.class)).isEqualTo(file);
    }

    @Test
    void readsTheOldWholeFormOfEachToTheSameModelAsTheShortForm() {
        byte[] whole = SampleDocuments.load(WHOLE_DEMO);
        byte[] shortForm = SampleDocuments.demoCaseFileBytes();
        assertThat(new String(whole, StandardCharsets.UTF_8)).contains("\"category\"").contains("\"what\"");
        assertThat(shortForm.length).isLessThan(whole.length);

        ValidationResult fromWhole = STRICT.validate(whole);
        ValidationResult fromShort = STRICT.validate(shortForm);

        assertThat(errors(fromWhole)).isEmpty();
        assertThat(fromWhole.findings()).isEqualTo(fromShort.findings());
        assertThat(fromWhole.document()).isEqualTo(fromShort.document());
        assertThat(RegiekitJson.mapper().writeValueAsString(fromWhole.document().orElseThrow()))
            .isEqualTo(new String(shortForm, StandardCharsets.UTF_8).strip());
    }

    @Test
    void reportsEachReferenceThatDoesNotResolveAtItsPointerOnBothPaths() {
        ObjectNode toNoMeeting = handWritten();
        ((ObjectNode) toNoMeeting.at("/plans/0/versions/0/content/agreements/0")).put("meeting", "m-elsewhere");
        ObjectNode toNoFactor = handWritten();
        ((ObjectNode) toNoFactor.at("/assessments/0/scores/0")).put("factor", "not-in-the-catalogue");
        ObjectNode toNoMember = handWritten();
        ((ObjectNode) toNoMember.at("/genogram/people/1")).put("id", "p-not-a-member");
        ((ObjectNode) toNoMember.at("/genogram/parentLinks/1")).put("child", "p-not-a-member");

        assertThat(dangling(toNoMeeting)).containsExactly("/plans/0/versions/0/content/agreements/0/meeting");
        assertThat(dangling(toNoFactor)).containsExactly("/assessments/0/scores/0/factor");
        assertThat(dangling(toNoMember)).containsExactly("/genogram/people/1/id");
    }

    @Test
    void aHelpPlanDocumentHasNoMeetingsToReferTo() {
        ObjectNode root = SampleDocuments.TREES.createObjectNode().put("kind", "regiekit/help-plan")
            .put("schemaVersion", "1.0");
        root.set("plan", handWritten().get("plans").get(0));

        assertThat(dangling(root)).containsExactly("/plan/versions/0/content/agreements/0/meeting");
    }

    @Test
    void resolvesScoresFromTheConfiguredCatalogueOfTheirVersion() {
        FactorCatalog own = new FactorCatalog(FactorCatalogId.of("acme:factors"), "2", "Eigen factoren", "Own factors",
            List.of(new Factor(nl.regiekit.balance.FactorId.of("debts"), FactorCategory.RISK_SOCIO_ECONOMIC,
                "Schulden", "Debts", 1, false)));
        ObjectNode root = handWritten();
        ((ObjectNode) root.at("/assessments/0")).put("catalog", "acme:factors").put("catalogVersion", "2");
        ((ArrayNode) root.at("/assessments/0/scores")).remove(2);
        ((ArrayNode) root.at("/assessments/0/scores")).remove(1);
        Validation own2 = Validation.builder()
            .config(RegiekitConfig.defaults().withCatalogues(Catalogues.builtIn().withFactors(own))).build();

        ValidationResult result = own2.validate(SampleDocuments.bytes(root));

        assertThat(errors(result)).isEmpty();
        assertThat(((CaseFile) result.document().orElseThrow()).assessments().get(0).scores().get(0).weight())
            .isEqualTo(1);
        ((ObjectNode) root.at("/assessments/0")).put("catalogVersion", "1");
        assertThat(own2.validate(SampleDocuments.bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .contains(org.assertj.core.groups.Tuple.tuple("MODEL-DANGLING-REFERENCE", "/assessments/0/scores/0/factor"));
    }

    /** The pointers of the dangling references, the same on the quick and the full path, never an exception. */
    private static List<String> dangling(ObjectNode root) {
        byte[] bytes = SampleDocuments.bytes(root);
        ValidationResult quick = STRICT.validate(bytes);
        ValidationResult full = STRICT.validateTree(root);
        assertThat(quick.findings()).isEqualTo(full.findings());
        assertThat(quick.document()).isEqualTo(Optional.empty());
        return quick.findings().stream().filter(f -> f.code().equals("MODEL-DANGLING-REFERENCE"))
            .map(Finding::pointer).toList();
    }
}
