package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.HelpPlanDocument;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.plan.HelpPlan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code regiekit plan} on the demo case file and on help-plan documents taken from it. The
 * printed matrix of the demo is a golden file; when the demo plan changes on purpose, regenerate with
 * {@code mvn -pl cli -am test -Dtest=PlanCommandTests -Dsurefire.failIfNoSpecifiedTests=false -Dregiekit.regenerate=true}
 * and read the diff.
 */
class PlanCommandTests {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/demo-who-does-what.txt");
    private static final JsonMapper TREES = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Regiekit.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsWhoDoesWhatOfTheDemoAsTheGoldenFileHoldsIt() throws IOException {
        Path demo = demo();

        int exit = run("plan", "who-does-what", demo.toString());

        if (Boolean.getBoolean("regiekit.regenerate")) {
            Files.writeString(GOLDEN, out.toString());
        }
        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo(Files.readString(GOLDEN));
        assertThat(out.toString()).startsWith("Wie doet wat: plan plan-2025-017, versie 2 (2026-04-07)")
            .contains("org-addiction-care (t-addiction RUNNING) [g-drinking]");
    }

    @Test
    void printsWhoDoesWhatInEnglishFromAHelpPlanDocument() throws IOException {
        Path plan = helpPlanDocument(demo(), false);

        assertThat(run("plan", "who-does-what", "--lang", "en", plan.toString())).isZero();
        assertThat(out.toString()).startsWith("Who does what: plan plan-2025-017, version 2 (2026-04-07)")
            .contains("member ").contains("p-partner");
    }

    @Test
    void diffsTheFirstAndLastVersionOfOneFile() {
        assertThat(run("plan", "diff", demo().toString())).isZero();
        assertThat(out.toString()).isEqualTo("""
            Plan plan-2025-017: versie 1 (2026-01-09) naar versie 2 (2026-04-07)
              toegevoegd: g-family-council, g-budget
              gewijzigd: g-rent
              vervallen: g-family-evening
              behaald: g-school
            """);
    }

    @Test
    void diffsTheCurrentVersionsOfAnOldAndANewFile() throws IOException {
        Path demo = demo();
        Path older = helpPlanDocument(demo, true);

        assertThat(run("plan", "diff", "--lang", "en", older.toString(), demo.toString())).isZero();
        assertThat(out.toString()).startsWith("Plan plan-2025-017: version 1 (2026-01-09) to version 2 (2026-04-07)")
            .contains("  reached: g-school").contains("  dropped: g-family-evening");
        out.getBuffer().setLength(0);

        assertThat(run("plan", "diff", "--lang", "en", demo.toString(), demo.toString())).isZero();
        assertThat(out.toString()).contains("no difference in the goals");
    }

    @Test
    void reportsAnInvalidFileLikeValidateAndExitsOne() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(demo()).replace("\"g-school\" ]", "\"g-nowhere\" ]"));

        assertThat(run("plan", "who-does-what", "--lang", "en", bad.toString())).isEqualTo(Regiekit.FINDINGS);
        assertThat(out.toString()).contains("MODEL-DANGLING-REFERENCE /plans/0/versions/");
    }

    @Test
    void aCaseFileWithoutPlansIsAUsageError() throws IOException {
        ObjectNode root = (ObjectNode) TREES.readTree(demo().toFile());
        root.remove("plans");
        Path bare = dir.resolve("bare.json");
        TREES.writeValue(bare.toFile(), root);

        assertThat(run("plan", "diff", bare.toString())).isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("bevat geen hulpverleningsplan");
    }

    @Test
    void showsAnOrganisationOnlyWhatTheConsentsAllowAndWhatWasWrittenByTheDate() {
        Path demo = demo();

        // The plan's first version was written on 9 January 2026: on 15 November 2025 there is none.
        assertThat(run("plan", "view", "--organisation", "org-addiction-care", "--date", "2025-11-15",
            demo.toString())).isZero();
        assertThat(RegiekitJson.mapper().readTree(out.toString())).isEmpty();
        out.getBuffer().setLength(0);
        // The interim evaluation was held on 7 April 2026, with the second version.
        assertThat(run("plan", "view", "--organisation", "org-addiction-care", "--date", "2026-04-06",
            demo.toString())).isZero();
        JsonNode before = RegiekitJson.mapper().readTree(out.toString()).get(0);
        out.getBuffer().setLength(0);
        assertThat(run("plan", "view", "--organisation", "org-addiction-care", "--date", "2026-04-30",
            demo.toString())).isZero();
        JsonNode after = RegiekitJson.mapper().readTree(out.toString()).get(0);

        assertThat(before.get("version").asInt()).isEqualTo(1);
        assertThat(before.path("evaluations")).isEmpty();
        assertThat(after.get("version").asInt()).isEqualTo(2);
        assertThat(after.get("evaluations")).hasSize(1);
        // The mother granted addiction care information about the children on 1 December 2025.
        assertThat(after.get("goals").findValuesAsString("id")).containsExactly("g-school", "g-drinking");
        assertThat(out.toString()).doesNotContain("g-rent", "p-mother", "Huurachterstand");
    }

    @Test
    void theViewPerOrganisationNeedsACaseFile() throws IOException {
        Path plan = helpPlanDocument(demo(), false);

        assertThat(run("plan", "view", "--organisation", "org-youth-care", plan.toString()))
            .isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("geen casusdossier");
    }

    /**
     * The demo's plan as a help-plan document; with {@code firstOnly} only its first version. The plan is
     * written from the model: in the case file its agreements refer to the meetings they were made at.
     */
    private Path helpPlanDocument(Path caseFile, boolean firstOnly) throws IOException {
        HelpPlan whole = RegiekitJson.mapper().readValue(caseFile.toFile(), CaseFile.class).plans().get(0);
        ObjectNode document = (ObjectNode) TREES.readTree(
            RegiekitJson.mapper().writeValueAsString(HelpPlanDocument.of(whole)));
        JsonNode plan = document.get("plan");
        if (firstOnly) {
            ((ArrayNode) plan.get("versions")).remove(1);
            ((ObjectNode) plan).remove("youthPlans");
        }
        Path file = dir.resolve(firstOnly ? "plan-v1.json" : "plan.json");
        Files.writeString(file, RegiekitJson.mapper().writeValueAsString(document));
        return file;
    }

    private Path demo() {
        Path demoDir = dir.resolve("demo");
        assertThat(run("demo", "--out", demoDir.toString())).isZero();
        out.getBuffer().setLength(0);
        return demoDir.resolve("case-file.json");
    }
}
