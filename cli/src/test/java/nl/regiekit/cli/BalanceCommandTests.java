package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.AssessmentId;
import nl.regiekit.balance.Factor;
import nl.regiekit.balance.FactorCatalog;
import nl.regiekit.balance.FactorCatalogId;
import nl.regiekit.balance.FactorCategory;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.json.BalanceAssessmentsDocument;
import nl.regiekit.json.FactorCatalogDocument;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.json.SelfRelianceScoresDocument;
import tools.jackson.databind.JsonNode;

/** {@code regiekit balance} on the demo family's case file and on the single balance documents. */
class BalanceCommandTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Regiekit.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path demo() {
        assertThat(run("demo", "--out", dir.toString())).isZero();
        out.getBuffer().setLength(0);
        return dir.resolve("case-file.json");
    }

    @Test
    void scoresTheDemoFamilyInDutchByDefault() {
        assertThat(run("balance", demo().toString())).isEqualTo(Regiekit.OK);

        assertThat(out.toString())
            .contains("Gezin als geheel")
            // C = 11, B = 59: (11 - 59) / 70 = -0.69
            .contains("2025-10-20 (fase 2) [bal-2025-10-20]: draagkracht 11, draaglast 59, balansindex -0,69: Overbelast")
            .contains("2026-04-06 (fase 3) [bal-2026-04-06]: draagkracht 31, draaglast 24, balansindex +0,13: In balans")
            .contains("zwaarste lasten: Schulden (12), Dreigende uithuiszetting (12)")
            .contains("interventieroute 5, Invloed van pathologie verminderen: Verslaving van een ouder")
            .contains("verloop van de balansindex: -0,69 → -0,31 → +0,13")
            .contains("Zelfredzaamheid: Zelfredzaamheid-Matrix (13 domeinen)")
            .contains("Middelengebruik: 2025-10-20 1 → 2026-04-06 2")
            .doesNotContain("Samira", "El Amrani", "111222333");
    }

    @Test
    void speaksEnglishOnRequest() {
        assertThat(run("--lang", "en", "balance", demo().toString())).isEqualTo(Regiekit.OK);

        assertThat(out.toString()).contains("Family as a whole", "balance index -0.69: Overloaded",
            "heaviest burdens: Debts (12)", "intervention route 3, Relieve stress: Debts",
            "Self-reliance: Self-reliance matrix (13 domains)");
    }

    @Test
    void writesJsonForPipelines() {
        assertThat(run("balance", "--format", "json", demo().toString())).isEqualTo(Regiekit.OK);

        JsonNode report = RegiekitJson.mapper().readTree(out.toString());
        JsonNode family = report.get("subjects").get(0);
        assertThat(family.has("member")).isFalse();
        assertThat(family.get("assessments")).hasSize(3);
        assertThat(family.get("assessments").get(0).get("verdict").asString()).isEqualTo("OVERLOADED");
        assertThat(family.get("assessments").get(2).get("suggestions").get(0).get("route").asString())
            .isEqualTo("RELIEVE_STRESS");
        assertThat(family.get("trend").get("points").get(1).get("phase").asString()).isEqualTo("EXECUTION");
        assertThat(report.get("selfReliance").get(0).get("instrument").asString()).isEqualTo("regiekit:zrm-13");
    }

    @Test
    void drawsThePictureOfTheFamily() throws IOException {
        Path svg = dir.resolve("balans.svg");

        assertThat(run("balance", demo().toString(), "--svg", svg.toString())).isEqualTo(Regiekit.OK);

        assertThat(out.toString()).contains("Tekening geschreven naar " + svg);
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("Balans: In balans", "Steunende grootouder (8)",
            "Verloop van de balans", "fase 3").endsWith("</svg>\n");
    }

    @Test
    void readsTheSingleDocumentKindsToo() throws IOException {
        CaseFile demo = RegiekitJson.mapper().readValue(Files.readString(demo()), CaseFile.class);
        Path assessments = dir.resolve("assessments.json");
        Path scores = dir.resolve("scores.json");
        Files.writeString(assessments, RegiekitJson.mapper().writeValueAsString(
            BalanceAssessmentsDocument.of(demo.assessments())));
        Files.writeString(scores, RegiekitJson.mapper().writeValueAsString(
            SelfRelianceScoresDocument.of(demo.selfReliance())));

        assertThat(run("--lang", "en", "balance", assessments.toString())).isEqualTo(Regiekit.OK);
        // without the case there are no phases
        assertThat(out.toString()).contains("2025-10-20 [bal-2025-10-20]: capacity 11").doesNotContain("phase 2");
        out.getBuffer().setLength(0);
        assertThat(run("--lang", "en", "balance", scores.toString())).isEqualTo(Regiekit.OK);
        assertThat(out.toString()).contains("Member p-father", "Social network: 2025-10-20 3 → 2026-04-06 2");
        assertThat(run("validate", assessments.toString(), scores.toString())).isEqualTo(Regiekit.OK);
    }

    @Test
    void namesTheFactorsOfAnOrganisationsOwnCatalogue() throws IOException {
        FactorCatalog own = new FactorCatalog(FactorCatalogId.of("acme:factors"), "2", "Acme", "Acme", List.of(
            new Factor(FactorId.of("gambling"), FactorCategory.RISK_PARENT, "Gokken", "Gambling", 3, true)));
        Path factors = dir.resolve("factors.json");
        Path assessments = dir.resolve("assessments.json");
        Files.writeString(factors, RegiekitJson.mapper().writeValueAsString(FactorCatalogDocument.of(own)));
        Files.writeString(assessments, RegiekitJson.mapper().writeValueAsString(BalanceAssessmentsDocument.of(List.of(
            new Assessment(AssessmentId.of("a-1"), LocalDate.of(2026, 1, 5), ProfessionalId.of("cm-1"),
                Optional.empty(), own.id(), "2",
                List.of(new FactorScore(FactorId.of("gambling"), FactorCategory.RISK_PARENT, 2, 3, List.of())),
                Optional.empty())))));

        assertThat(run("--lang", "en", "balance", assessments.toString())).isEqualTo(Regiekit.OK);
        assertThat(out.toString()).contains("heaviest burdens: gambling (6)")
            .doesNotContain("Reduce the influence of pathology");
        out.getBuffer().setLength(0);
        assertThat(run("--lang", "en", "balance", assessments.toString(), "--factors", factors.toString()))
            .isEqualTo(Regiekit.OK);
        assertThat(out.toString()).contains("heaviest burdens: Gambling (6)",
            "intervention route 5, Reduce the influence of pathology: Gambling");
        assertThat(run("balance", assessments.toString(), "--factors", assessments.toString()))
            .isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("geen bruikbare factorenlijst");
    }

    @Test
    void reportsFindingsOfABrokenFileAndExitsOne() throws IOException {
        Path file = demo();
        Files.writeString(file, Files.readString(file).replace("\"score\" : 4", "\"score\" : 9"));

        assertThat(run("balance", file.toString())).isEqualTo(Regiekit.FINDINGS);
        assertThat(out.toString()).contains("SCHEMA-RANGE", "/assessments/0/scores/");
    }

    @Test
    void refusesAnotherKindAndAPictureWithoutAssessments() throws IOException {
        CaseFile demo = RegiekitJson.mapper().readValue(Files.readString(demo()), CaseFile.class);
        Path scores = dir.resolve("scores.json");
        Files.writeString(scores, RegiekitJson.mapper().writeValueAsString(
            SelfRelianceScoresDocument.of(demo.selfReliance())));
        Path catalog = dir.resolve("catalog.json");
        Files.writeString(catalog, "{\"kind\":\"regiekit/life-domain-catalog\",\"schemaVersion\":\"1.0\",\"catalog\":"
            + "{\"id\":\"acme:domains\",\"version\":\"1\",\"nameNl\":\"A\",\"nameEn\":\"A\",\"domains\":"
            + "[{\"code\":\"school\",\"nameNl\":\"School\",\"nameEn\":\"School\"}]}}");

        assertThat(run("balance", catalog.toString())).isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("regiekit/life-domain-catalog");
        assertThat(run("balance", scores.toString(), "--svg", dir.resolve("x.svg").toString()))
            .isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("geen balansmetingen om te tekenen");
        assertThat(run("balance", dir.resolve("missing.json").toString())).isEqualTo(Regiekit.USAGE);
    }
}
