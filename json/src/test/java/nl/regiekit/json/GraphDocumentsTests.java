package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.genogram.CoupleStatus;
import nl.regiekit.genogram.Couple;
import nl.regiekit.genogram.EcoSystem;
import nl.regiekit.genogram.Ecogram;
import nl.regiekit.genogram.EmotionalKind;
import nl.regiekit.genogram.EmotionalTie;
import nl.regiekit.genogram.EnergyFlow;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.ParentKind;
import nl.regiekit.genogram.Relative;
import nl.regiekit.genogram.SocialTie;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.genogram.SupportType;
import nl.regiekit.genogram.SystemKind;
import nl.regiekit.genogram.TieKind;
import nl.regiekit.genogram.TieQuality;
import nl.regiekit.genogram.TieStrength;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The genogram, sociogram and ecogram as documents of their own and bundled in the case file. */
class GraphDocumentsTests {

    private static final JsonMapper MAPPER = RegiekitJson.mapper();
    private static final Validation VALIDATION = Validation.defaults();
    private static final PersonId MUM = PersonId.of("p-mum");
    private static final PersonId KID = PersonId.of("p-kid");

    static Genogram genogram() {
        return Genogram.empty()
            .with(Relative.of(MUM, PersonName.of("Ans", "Kok"), Gender.FEMALE, 1980).labelled(
                nl.regiekit.genogram.ConditionLabel.ADDICTION))
            .with(Relative.of(KID, PersonName.of("Bram", "Kok"), Gender.MALE, 2010))
            .with(Couple.of(MUM, PersonId.of("p-dad"), CoupleStatus.MARRIED, 2005))
            .withChild(KID, ParentKind.BIOLOGICAL, MUM)
            .with(EmotionalTie.of(KID, MUM, EmotionalKind.CLOSE))
            .withIndex(KID);
    }

    static Sociogram sociogram() {
        return new Sociogram("Bram", Optional.of(KID), List.of(
            SocialTie.of("Ans", TieKind.FAMILY, 1, TieQuality.POSITIVE, SupportType.EMOTIONAL)));
    }

    static Ecogram ecogram() {
        return new Ecogram("Gezin Kok", List.of(
            new EcoSystem("School", SystemKind.SCHOOL, TieStrength.STRONG, EnergyFlow.TO_FAMILY)));
    }

    @Test
    void eachGraphRoundTripsAsItsOwnDocument() {
        for (Document document : List.of(GenogramDocument.of(genogram()), SociogramDocument.of(sociogram()),
            EcogramDocument.of(ecogram()))) {
            byte[] json = MAPPER.writeValueAsBytes(document);
            assertThat(MAPPER.readValue(json, document.getClass())).isEqualTo(document);
            ValidationResult result = VALIDATION.validate(json);
            assertThat(result.document()).contains(document);
            assertThat(result.findings()).extracting(Finding::code).doesNotContain("SCHEMA-TYPE", "SCHEMA-REQUIRED");
        }
    }

    @Test
    void theGenogramChecksRunWithPointersIntoTheDocument() {
        ValidationResult result = VALIDATION.validate(MAPPER.writeValueAsBytes(GenogramDocument.of(genogram())));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("GENOGRAM-UNKNOWN-PERSON");
            assertThat(f.pointer()).isEqualTo("/genogram/couples/0/second");
        });
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void theSociogramSignalsIsolationUnderThePolicy() {
        byte[] json = MAPPER.writeValueAsBytes(SociogramDocument.of(sociogram()));
        assertThat(VALIDATION.validate(json).findings()).extracting(Finding::pointer).containsExactly("/sociogram/ties");
        assertThat(Validation.builder().config(RegiekitConfig.defaults().withPolicy(
            nl.regiekit.casefile.OrganisationPolicy.DEFAULTS.withGenogram(new nl.regiekit.genogram.GenogramPolicy(13, 1))))
            .build()
            .validate(json).findings()).isEmpty();
    }

    @Test
    void theCaseFileBundlesTheGraphsAndPointsIntoThem() {
        ObjectNode root = SampleDocuments.tree();
        ObjectNode graphs = (ObjectNode) SampleDocuments.TREES.readTree(MAPPER.writeValueAsBytes(
            CaseFile.of(((CaseFile) VALIDATION.validate(SampleDocuments.caseFileBytes()).document().orElseThrow())
                .subject()).withGenogram(genogram()).withSociogram(sociogram()).withEcogram(ecogram())));
        root.set("genogram", graphs.get("genogram"));
        root.set("sociogram", graphs.get("sociogram"));
        root.set("ecogram", graphs.get("ecogram"));

        ValidationResult result = VALIDATION.validate(SampleDocuments.bytes(root));

        CaseFile bound = (CaseFile) result.document().orElseThrow();
        assertThat(bound.genogram()).contains(genogram());
        assertThat(bound.ecogram()).contains(ecogram());
        assertThat(result.findings()).extracting(Finding::pointer)
            .contains("/genogram/couples/0/second", "/sociogram/ties");
        // The bundled genogram is compared with the case's family: none of its six members is drawn.
        assertThat(result.findings()).filteredOn(f -> f.code().equals("GENOGRAM-MEMBER-NOT-DRAWN")).hasSize(6)
            .allSatisfy(f -> assertThat(f.pointer()).isEqualTo("/genogram/people"));
    }

    @Test
    void aCaseFileWithoutGraphsStaysValid() {
        assertThat(VALIDATION.validate(SampleDocuments.caseFileBytes()).findings())
            .extracting(Finding::code).noneMatch(code -> code.startsWith("GENOGRAM"));
    }

    @Test
    void theSchemaRefusesAnUnknownConditionLabelAtItsPath() {
        ObjectNode root = (ObjectNode) SampleDocuments.TREES.readTree(MAPPER.writeValueAsBytes(
            GenogramDocument.of(genogram())));
        ((ObjectNode) root.get("genogram").get("people").get(0)).putArray("labels").add("GAMBLING");

        assertThat(VALIDATION.validate(SampleDocuments.bytes(root)).findings())
            .extracting(Finding::pointer).contains("/genogram/people/0/labels/0");
    }
}
