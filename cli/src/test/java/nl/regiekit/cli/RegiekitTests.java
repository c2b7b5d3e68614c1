package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.json.RegiekitJson;
import tools.jackson.databind.JsonNode;

/**
 * The command as a person and a pipeline use it. The demo's case file is a golden file: when the
 * demo family changes on purpose, regenerate with
 * {@code mvn -pl cli -am test -Dtest=RegiekitTests -Dsurefire.failIfNoSpecifiedTests=false -Dregiekit.regenerate=true}
 * and read the diff.
 */
class RegiekitTests {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/demo-case-file.json");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Regiekit.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void demoWritesTheGoldenCaseFileAndFindsItValid() throws IOException {
        int exit = run("demo", "--out", dir.toString());

        Path written = dir.resolve("case-file.json");
        if (Boolean.getBoolean("regiekit.regenerate")) {
            Files.copy(written, GOLDEN, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(exit).isZero();
        assertThat(Files.readString(written)).isEqualTo(Files.readString(GOLDEN));
        assertThat(out.toString()).contains(written.toString()).contains("0 fouten");
    }

    @Test
    void validateExitsZeroForAValidFile() {
        Path file = demo();
        assertThat(run("validate", file.toString())).isEqualTo(Regiekit.OK);
        assertThat(out.toString()).contains("geldig (0 fouten");
    }

    @Test
    void validateExitsOneAndNamesCodeAndPointerForErrors() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Files.readString(demo()).replace("\"referrer\" :", "\"referredBy\" :"));

        assertThat(run("validate", "--lang", "en", file.toString())).isEqualTo(Regiekit.FINDINGS);
        assertThat(out.toString())
            .contains("invalid (1 errors")
            .contains("SCHEMA-UNKNOWN-FIELD /case/referral/referredBy: This field is unknown");
    }

    @Test
    void anotherLanguageTakesAVendorsBundleForTheFindingsAndDutchForTheRest() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Files.readString(demo()).replace("\"referrer\" :", "\"referredBy\" :"));

        assertThat(run("validate", "--lang", "fy", file.toString())).isEqualTo(Regiekit.FINDINGS);
        assertThat(out.toString()).contains("ongeldig (1 fouten")
            .contains("SCHEMA-UNKNOWN-FIELD /case/referral/referredBy: Dit fjild is ûnbekend");
    }

    @Test
    void refusesALanguageThatIsNoLanguageCode() throws IOException {
        Path file = demo();

        assertThat(run("validate", "--lang", "english please", file.toString())).isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("not a language code (ISO 639)");
    }

    @Test
    void lenientModeKeepsUnknownFieldsAsNotes() throws IOException {
        Path file = dir.resolve("extra.json");
        Files.writeString(file, Files.readString(demo()).replace("\"referrer\" :", "\"vendorNote\" : 1, \"referrer\" :"));

        assertThat(run("validate", "--lenient", file.toString())).isEqualTo(Regiekit.OK);
        assertThat(out.toString()).contains("MELDING SCHEMA-UNKNOWN-FIELD-KEPT /case/referral/vendorNote");
    }

    @Test
    void validateWritesJsonForPipelines() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"kind\": ");

        assertThat(run("validate", "--format", "json", file.toString())).isEqualTo(Regiekit.FINDINGS);
        JsonNode report = RegiekitJson.mapper().readTree(out.toString());
        JsonNode entry = report.get("files").get(0);
        assertThat(entry.get("valid").asBoolean()).isFalse();
        assertThat(entry.get("findings").get(0).get("code").asString()).isEqualTo("JSON-SYNTAX");
        assertThat(entry.get("findings").get(0).get("severity").asString()).isEqualTo("ERROR");
    }

    @Test
    void validateExitsTwoForAMissingFileAndGoesOnWithTheRest() {
        Path valid = demo();
        int exit = run("validate", dir.resolve("missing.json").toString(), valid.toString());

        assertThat(exit).isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("missing.json").contains("bestaat niet").doesNotContain("Exception");
        assertThat(out.toString()).contains("geldig");
    }

    @Test
    void anOrganisationsOwnCatalogueIsReadFromADocument() throws IOException {
        Path catalog = dir.resolve("catalog.json");
        Files.writeString(catalog, """
            {"kind": "regiekit/life-domain-catalog", "schemaVersion": "1.0",
             "catalog": {"id": "org:wijkteam", "version": "2", "nameNl": "Leefgebieden wijkteam",
               "nameEn": "Neighbourhood team domains",
               "domains": [{"code": "money", "nameNl": "Geld", "nameEn": "Money"}]}}
            """);
        Path file = dir.resolve("own.json");
        Files.writeString(file, Files.readString(demo())
            .replace("regiekit:active-case-management", "org:wijkteam")
            .replace("\"domains\" : [ \"financial-situation\" ]", "\"domains\" : [ \"money\" ]"));

        assertThat(run("validate", "--lang", "en", file.toString())).isEqualTo(Regiekit.FINDINGS);
        assertThat(out.toString()).contains("CASE-UNKNOWN-CATALOG /case/catalog");
        out.getBuffer().setLength(0);

        assertThat(run("validate", "--lang", "en", "--catalog", catalog.toString(), file.toString()))
            .isEqualTo(Regiekit.FINDINGS);
        assertThat(out.toString()).doesNotContain("CASE-UNKNOWN-CATALOG")
            .contains("CASE-UNKNOWN-LIFE-DOMAIN /case/organisations/0/domains/0")
            .doesNotContain("/case/exchanges/0/domains/0");
    }

    @Test
    void aCatalogueThatIsNotOneIsAUsageError() {
        Path notACatalogue = demo();
        assertThat(run("validate", "--catalog", notACatalogue.toString(), notACatalogue.toString()))
            .isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("geen bruikbare leefgebiedenlijst");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void aMistypedCommandGetsTheCommandsItMayHaveMeant() {
        assertThat(run("valdate", "x.json")).isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("valdate").contains("validate");
    }

    @Test
    void theUsageMessageListsEveryCommand() {
        assertThat(run("--help")).isEqualTo(Regiekit.OK);
        assertThat(out.toString()).contains("validate", "schema", "demo", "plan", "balance", "genogram", "sociogram",
            "ecogram", "agenda", "signals", "report", "policy", "serve");
    }

    /**
     * A command line is built with only the command its arguments name (the first word that names one),
     * so a file named like another command is a file, and without one it has them all.
     */
    @Test
    void onlyTheCommandNamedFirstIsBuilt() {
        assertThat(Regiekit.commandLine("--lang", "en", "report", "plan", "--out", "validate").getSubcommands())
            .containsOnlyKeys("report");
        assertThat(Regiekit.commandLine("validate", "validate", "plan").getSubcommands()).containsOnlyKeys("validate");
        assertThat(Regiekit.commandLine("--version").getSubcommands()).hasSize(13);
    }

    @Test
    void schemaPrintsThePublishedSchema() throws IOException {
        assertThat(run("schema", "regiekit/case-file")).isZero();
        try (InputStream in = getClass().getResourceAsStream("/nl/regiekit/json/schema/case-file.schema.json")) {
            assertThat(out.toString()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void schemaOfAnUnknownKindListsTheKnownOnes() {
        assertThat(run("schema", "--lang", "en", "regiekit/nonsense")).isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("Unknown document kind").contains("regiekit/case-file");
    }

    private Path demo() {
        Path demoDir = dir.resolve("demo");
        assertThat(run("demo", "--out", demoDir.toString())).isZero();
        out.getBuffer().setLength(0);
        return demoDir.resolve("case-file.json");
    }
}
