package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.EcogramDocument;
import nl.regiekit.json.GenogramDocument;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.json.SociogramDocument;

/** The picture commands on the demo's case file and on the graphs' own documents. */
class GraphCommandsTests {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Regiekit.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path demo() {
        Path folder = dir.resolve("demo");
        assertThat(Regiekit.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "demo",
            "--out", folder.toString())).isZero();
        return folder.resolve("case-file.json");
    }

    @Test
    void drawsTheDemoGenogramAsSvgAndDotFromTheCaseFile() throws IOException {
        Path svg = Files.createDirectories(dir.resolve("out")).resolve("genogram.svg");
        Path dot = dir.resolve("out/genogram.dot");

        int exit = run("genogram", demo().toString(), "--svg", svg.toString(), "--dot", dot.toString(), "--year", "2026");

        assertThat(exit).isEqualTo(Regiekit.OK);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).startsWith("<?xml").contains(">Noor<")
            .contains(">Legenda<").contains(">gescheiden<").contains(">samenwonend<");
        assertThat(Files.readString(dot, StandardCharsets.UTF_8)).startsWith("digraph genogram {")
            .contains("\"p-daughter\" [shape=ellipse, label=\"Noor\\n2010\", peripheries=2]");
        assertThat(out.toString()).contains(svg + " geschreven").contains(dot + " geschreven")
            .contains("Patroon over generaties: ADDICTION in 2 generaties bij p-paternal-grandfather, p-father")
            .contains("Steunpilaren van de indexpersoon: p-grandmother")
            .contains("Verbroken contact met de indexpersoon: -");
    }

    @Test
    void drawsTheSociogramAndEcogramInEnglish() throws IOException {
        Path file = demo();
        Path sociogram = dir.resolve("sociogram.svg");
        Path ecogram = dir.resolve("ecogram.svg");

        assertThat(run("sociogram", file.toString(), "--svg", sociogram.toString(), "--lang", "en")).isZero();
        assertThat(run("ecogram", file.toString(), "--svg", ecogram.toString(), "--lang", "en")).isZero();

        assertThat(Files.readString(sociogram)).contains("Network size: 9").contains(">Legend<")
            .doesNotContain("Sign of isolation");
        assertThat(Files.readString(ecogram)).contains(">Voetbalclub<").contains(">Milan<").contains(">stressful<");
        assertThat(out.toString()).contains("Wrote " + sociogram)
            .as("the case file's information findings belong to validate, not to a picture")
            .doesNotContain("BALANCE-ROUTE");
    }

    @Test
    void acceptsTheGraphsOwnDocumentKinds() throws IOException {
        Path file = demo();
        nl.regiekit.casefile.CaseFile caseFile = RegiekitJson.mapper().readValue(file.toFile(),
            nl.regiekit.casefile.CaseFile.class);
        Path genogram = dir.resolve("genogram.json");
        Path sociogram = dir.resolve("sociogram.json");
        Path ecogram = dir.resolve("ecogram.json");
        Files.writeString(genogram, RegiekitJson.mapper().writeValueAsString(
            GenogramDocument.of(caseFile.genogram().orElseThrow())));
        Files.writeString(sociogram, RegiekitJson.mapper().writeValueAsString(
            SociogramDocument.of(caseFile.sociogram().orElseThrow())));
        Files.writeString(ecogram, RegiekitJson.mapper().writeValueAsString(
            EcogramDocument.of(caseFile.ecogram().orElseThrow())));

        assertThat(run("genogram", genogram.toString(), "--svg", dir.resolve("g.svg").toString())).isZero();
        assertThat(run("sociogram", sociogram.toString(), "--svg", dir.resolve("s.svg").toString())).isZero();
        assertThat(run("ecogram", ecogram.toString(), "--svg", dir.resolve("e.svg").toString())).isZero();
        assertThat(run("validate", genogram.toString(), sociogram.toString(), ecogram.toString())).isZero();
        assertThat(dir.resolve("g.svg")).exists();
    }

    @Test
    void saysSoWhenTheFileHoldsNoSuchGraph() throws IOException {
        Path ecogram = dir.resolve("ecogram.json");
        Files.writeString(ecogram, RegiekitJson.mapper().writeValueAsString(EcogramDocument.of(DemoGraphs.ecogram())));

        assertThat(run("genogram", ecogram.toString(), "--svg", dir.resolve("g.svg").toString(), "--lang", "en"))
            .isEqualTo(Regiekit.FINDINGS);
        assertThat(err.toString()).contains("holds no genogram");
        assertThat(dir.resolve("g.svg")).doesNotExist();
    }

    @Test
    void drawsDespiteErrorsAndExitsOneWithTheFindings() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Files.readString(demo()).replace("\"index\" : \"p-daughter\"",
            "\"index\" : \"p-nobody\""));

        assertThat(run("genogram", file.toString(), "--svg", dir.resolve("g.svg").toString()))
            .isEqualTo(Regiekit.FINDINGS);
        assertThat(out.toString()).contains("GENOGRAM-UNKNOWN-PERSON /genogram/index [p-nobody]");
        assertThat(dir.resolve("g.svg")).exists();
    }

    @Test
    void aMissingFileIsAnInputError() {
        assertThat(run("ecogram", dir.resolve("none.json").toString(), "--svg", dir.resolve("e.svg").toString()))
            .isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("kan niet worden gelezen");
    }
}
