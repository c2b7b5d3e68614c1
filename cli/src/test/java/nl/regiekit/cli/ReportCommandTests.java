package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.report.CaseReport;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.RegiekitJson;

/**
 * {@code regiekit report} on the demo case file. The Dutch report of the demo on 2026-04-20 is a
 * golden file: when the report changes on purpose, regenerate with
 * {@code mvn -pl cli -am test -Dtest=ReportCommandTests -Dsurefire.failIfNoSpecifiedTests=false -Dregiekit.regenerate=true}
 * and read the diff (open the file in a browser too).
 */
class ReportCommandTests {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/demo-report.html");
    private static final String DATE = "2026-04-20";

    /** Names and texts of the demo that the addiction care organisation may not see, made recognisable. */
    private static final List<String> SENTINELS = List.of("Samira", "Ruben", "Fatima", "Gerrit", "Kevin", "Sanne",
        "Huurachterstand", "Na de scheiding", "Alle post over geld", "Voetbalclub");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Regiekit.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesTheGoldenReportOfTheDemo() throws IOException {
        Path report = report(demo(), "--date", DATE);

        if (Boolean.getBoolean("regiekit.regenerate")) {
            Files.copy(report, GOLDEN, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readString(report)).isEqualTo(Files.readString(GOLDEN));
        assertThat(out.toString()).contains("Rapport geschreven naar").contains(report.toString());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path file = demo();
        byte[] first = Files.readAllBytes(report(file, "--date", DATE));
        byte[] second = Files.readAllBytes(report(file, "--date", DATE));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void holdsEverySectionWithHeadingsAndCaptionedPictures() throws IOException {
        String html = Files.readString(report(demo(), "--date", DATE));

        for (String id : CaseReport.SECTIONS) {
            assertThat(html).contains("<section id=\"" + id + "\" aria-labelledby=\"" + id + "-h\">")
                .contains("<h2 id=\"" + id + "-h\">");
        }
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">")
            .contains("<svg role=\"img\" aria-labelledby=\"genogram-caption\"")
            .contains("<svg role=\"img\" aria-labelledby=\"balance-caption\"")
            .contains("<th scope=\"col\">")
            .contains("Uitvoering").contains("Noor Bakker").contains("Tussenevaluatie")
            .contains("Jeugdplan van Noor Bakker (jeugdhulpverlener Thomas de Groot, 2026-04-14)")
            .contains("Patroon over generaties: verslaving in 2 generaties, bij Gerrit Bakker, Dennis Bakker")
            .contains("Steunpilaren van Noor Bakker: Fatima El Amrani")
            .contains("<caption>Zelfredzaamheid volgens Zelfredzaamheid-Matrix (13 domeinen)");
    }

    @Test
    void isSelfContained() throws IOException {
        String html = Files.readString(report(demo(), "--date", DATE));

        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script")
            .doesNotContain("<link").doesNotContain("src=").doesNotContain("@import").doesNotContain("url(http")
            .contains("default-src 'none'");
    }

    @Test
    void neverShowsTheCitizenServiceNumber() throws IOException {
        assertThat(Files.readString(report(demo(), "--date", DATE))).doesNotContain("111222333");
    }

    @Test
    void writesAThirdLanguageInAFileOfItsOwnWithDutchWhereNoBundleHasIt() throws IOException {
        Path report = report(demo(), "--date", DATE, "--lang", "fy");

        assertThat(report.getFileName()).hasToString("report.fy.html");
        assertThat(Files.readString(report)).contains("<html lang=\"fy\">").contains("Uitvoering");
    }

    @Test
    void writesEnglishWithLangEn() throws IOException {
        Path report = report(demo(), "--date", DATE, "--lang", "en");

        assertThat(report.getFileName()).hasToString("report.en.html");
        assertThat(Files.readString(report)).contains("<html lang=\"en\">").contains("Case report case-2025-017")
            .contains("Execution").contains("Interim evaluation").doesNotContain("Uitvoering");
    }

    @Test
    void escapesEveryTextFromTheCaseFile() throws IOException {
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, Files.readString(demo()).replace("\"Noor verzuimt vaak school\"",
            "\"<script>alert('x')</script> & <img src=x>\""));

        String html = Files.readString(report(file, "--date", DATE));

        assertThat(html).doesNotContain("<script>").doesNotContain("<img")
            .contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &lt;img src=x&gt;");
    }

    @Test
    void theLimitedReportHoldsNoneOfTheWithheldData() throws IOException {
        Path file = dir.resolve("sentinels.json");
        String text = Files.readString(demo());
        for (String sentinel : SENTINELS) {
            text = text.replace(sentinel, "Sentinel" + sentinel);
        }
        Files.writeString(file, text);

        String full = Files.readString(report(file, "--date", DATE));
        Path limitedFile = report(file, "--date", DATE, "--for", "org-addiction-care");
        String limited = Files.readString(limitedFile);

        for (String sentinel : SENTINELS) {
            assertThat(full).contains("Sentinel" + sentinel);
        }
        assertThat(limitedFile.getFileName()).hasToString("report-org-addiction-care.html");
        assertThat(limited).doesNotContain("Sentinel").doesNotContain("p-mother").doesNotContain("p-partner")
            .doesNotContain("p-grandmother").doesNotContain("111222333").doesNotContain("<svg")
            .contains("Beperkte versie voor Verslavingszorg Noord")
            .contains("Dennis Bakker").contains("Vader drinkt niet meer")
            .contains("Deze versie toont alleen de gezinsleden over wie de toestemmingen van deze instantie")
            .as("a limited page holds no trace of whom it leaves out").doesNotContain("weggelaten:")
            .doesNotContain("niet gedeeld");
        for (String id : CaseReport.SECTIONS) {
            assertThat(limited).contains("<section id=\"" + id + "\"");
        }
    }

    @Test
    void overdueAgreementsAreOpenSignalsAndMarkedInThePlan() throws IOException {
        Path file = dir.resolve("overdue.json");
        Files.writeString(file, Files.readString(demo()).replace("\"status\" : \"KEPT\"", "\"status\" : \"OPEN\""));

        String full = Files.readString(report(file, "--date", DATE));
        String signals = full.substring(full.indexOf("<section id=\"signals\""), full.indexOf("<section id=\"validation\""));
        assertThat(signals).contains("SIGNAL-AGREEMENT-OVERDUE").contains("a-post").contains("a-intake-youth-care")
            .contains("2026-01-31").as("a signal names identifiers, never the agreement's text")
            .doesNotContain("Alle post over geld gaat ongeopend mee");
        assertThat(full).contains("<tr class=\"attention\"><th scope=\"row\" class=\"nb\">a-post</th>")
            .contains("open, over de einddatum");

        String limited = Files.readString(report(file, "--date", DATE, "--for", "org-youth-care"));
        String limitedSignals = limited.substring(limited.indexOf("<section id=\"signals\""));
        assertThat(limitedSignals).contains("a-intake-youth-care").doesNotContain("a-post");
    }

    @Test
    void theLimitedReportFollowsTheConsentsOnItsDate() throws IOException {
        Path file = demo();
        // The mother refused addiction care information about the children on 2025-10-20 and granted it on 2025-12-01.
        String refused = Files.readString(report(file, "--date", "2025-11-15", "--for", "org-addiction-care"));
        String granted = Files.readString(report(file, "--date", "2025-12-15", "--for", "org-addiction-care"));

        assertThat(refused).contains("Dennis Bakker").doesNotContain("Noor Bakker").doesNotContain("Milan Bakker")
            .as("the refused consent is about the children, whom the page may not name")
            .doesNotContain("2025-10-20 geweigerd").doesNotContain("weggelaten:")
            .doesNotContain("2025-12-01 gegeven").contains("2025-10-13 tot nu (33 dagen)").doesNotContain("Uitvoering")
            .as("a page describes its day: a plan first written later is not on it").doesNotContain("2026-01-09")
            .doesNotContain("plan-2025-017").contains("De casus heeft nog geen hulpverleningsplan.");
        assertThat(granted).contains("Dennis Bakker").contains("Noor Bakker").contains("Milan Bakker")
            .as("the consent about the children was given by the mother, whom the page may not name")
            .doesNotContain("2025-10-20 geweigerd").doesNotContain("Samira").doesNotContain("weggelaten:");
    }

    @Test
    void aCaseFileWithOnlyTheCaseGetsEverySectionSayingWhatIsMissingAndTheLatePlanAsASignal() throws IOException {
        Path file = dir.resolve("bare.json");
        Files.writeString(file, RegiekitJson.mapper().writeValueAsString(CaseFile.of(DemoCase.build())));

        String html = Files.readString(report(file, "--date", DATE));

        for (String id : CaseReport.SECTIONS) {
            assertThat(html).contains("<section id=\"" + id + "\"");
        }
        assertThat(html).contains("De casus heeft nog geen hulpverleningsplan.")
            .contains("Er is nog geen evaluatie gehouden.")
            .contains("Er zijn geen balansmetingen van het gezin als geheel.")
            .contains("Het casusdossier bevat deze tekening niet.")
            .doesNotContain("<svg");
        // Without a plan half a year into the contact phase, the plan rules' deadline is an open signal.
        assertThat(html.substring(html.indexOf("<section id=\"signals\""), html.indexOf("<section id=\"validation\"")))
            .contains("SIGNAL-PLAN-DUE");
    }

    @Test
    void anUnknownOrganisationIsAUsageError() {
        assertThat(run("report", demo().toString(), "--out", dir.toString(), "--for", "org-nobody"))
            .isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("org-nobody");
    }

    @Test
    void aFileThatIsNotACaseFileGetsNoReport() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"kind\": ");

        assertThat(run("report", file.toString(), "--out", dir.resolve("r").toString())).isEqualTo(Regiekit.FINDINGS);
        assertThat(err.toString()).contains("geen leesbaar casusdossier");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void theDemoWritesTheReportAndThePicturesAndSaysWhatToOpenFirst() {
        Path demoDir = dir.resolve("demo");
        assertThat(run("demo", "--out", demoDir.toString())).isZero();

        for (String name : List.of("report.html", "balance.svg", "genogram.svg", "sociogram.svg", "ecogram.svg")) {
            assertThat(demoDir.resolve(name)).isNotEmptyFile();
        }
        assertThat(out.toString()).contains("open eerst het rapport in een browser: " + demoDir.resolve("report.html"))
            .contains("Voorbeeldcasus geschreven naar");
    }

    private Path demo() {
        Path demoDir = dir.resolve("demo-source");
        assertThat(run("demo", "--out", demoDir.toString())).isZero();
        out.getBuffer().setLength(0);
        return demoDir.resolve("case-file.json");
    }

    private Path report(Path file, String... options) {
        Path target = dir.resolve("out");
        // Tests write their reports into one folder, one after another: each replaces the last.
        String[] args = new String[options.length + 5];
        args[0] = "report";
        args[1] = file.toString();
        args[2] = "--out";
        args[3] = target.toString();
        args[4] = "--force";
        System.arraycopy(options, 0, args, 5, options.length);
        int exit = run(args);
        assertThat(exit).as(err.toString()).isZero();
        String line = out.toString().lines().filter(l -> l.contains(target.toString())).reduce((a, b) -> b)
            .orElseThrow();
        return Path.of(line.substring(line.indexOf(target.toString())));
    }
}
