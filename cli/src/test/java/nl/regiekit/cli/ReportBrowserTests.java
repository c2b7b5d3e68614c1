package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.report.CaseReport;

/**
 * The report in a real browser: headless Chromium loads it from a file URL, with no way out to the
 * network. Where Chromium is missing these tests fail, since a report nobody looked at in a browser is
 * not tested; {@code -Dregiekit.browser=optional} skips them instead, on a machine that cannot have it. The screenshot of the first page
 * is saved as {@code cli/target/report-screenshot.png}.
 */
class ReportBrowserTests {

    private static final Path SCREENSHOT = Path.of("target/report-screenshot.png");

    @TempDir
    Path dir;

    private Chromium chromium;

    @BeforeEach
    void needsChromium() {
        if ("optional".equals(System.getProperty("regiekit.browser"))) {
            assumeTrue(Chromium.installed(), "no " + Chromium.BINARY + ", and regiekit.browser=optional");
        }
        assertThat(Chromium.installed()).as("%s is missing: install Debian's chromium, or pass "
            + "-Dregiekit.browser=optional to skip the browser tests", Chromium.BINARY).isTrue();
        chromium = new Chromium(dir);
    }

    @Test
    void theReportRendersEverySectionWithoutConsoleErrorsOrRequests() throws Exception {
        Path report = report("--date", "2026-04-20");
        Chromium.Load load = chromium.load(report);

        assertRendered(load);
        assertThat(load.dom()).contains("<svg role=\"img\" aria-labelledby=\"genogram-caption\"")
            .contains("Casusrapport case-2025-017");

        chromium.screenshot(report, SCREENSHOT);
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(png).hasSizeGreaterThan(10_000);
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void theEnglishAndTheLimitedReportRenderToo() throws Exception {
        Chromium.Load english = chromium.load(report("--date", "2026-04-20", "--lang", "en"));
        assertRendered(english);
        assertThat(english.dom()).contains("Case report case-2025-017");

        Chromium.Load limited = chromium.load(report("--date", "2026-04-20", "--for", "org-addiction-care"));
        assertRendered(limited);
        assertThat(limited.dom()).contains("Beperkte versie voor Verslavingszorg Noord")
            .doesNotContain("Samira").doesNotContain("<svg");
    }

    @Test
    void theHarnessSeesARequestAndAConsoleErrorWhereAPageMakesThem() throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><img src=\"https://example.org/x.png\" alt=\"x\">"
            + "<script>console.error('boom')</script></body></html>");

        Chromium.Load load = chromium.load(bad);

        assertThat(load.requests()).anyMatch(r -> r.startsWith("https://example.org/x.png"));
        assertThat(load.console()).anyMatch(line -> line.contains("boom"));
    }

    private static void assertRendered(Chromium.Load load) {
        for (String id : CaseReport.SECTIONS) {
            assertThat(load.dom()).contains("<section id=\"" + id + "\"");
        }
        assertThat(load.console()).isEmpty();
        assertThat(load.requests()).isEmpty();
    }

    private Path report(String... options) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path demo = dir.resolve("demo");
        if (!Files.exists(demo.resolve("case-file.json"))) {
            assertThat(Regiekit.run(new PrintWriter(out), new PrintWriter(err), "demo", "--out", demo.toString()))
                .isZero();
        }
        Path target = dir.resolve("report-" + String.join("-", options).replace("--", ""));
        String[] args = new String[options.length + 4];
        args[0] = "report";
        args[1] = demo.resolve("case-file.json").toString();
        args[2] = "--out";
        args[3] = target.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        assertThat(Regiekit.run(new PrintWriter(out), new PrintWriter(err), args)).as(err.toString()).isZero();
        try (var files = Files.list(target)) {
            return files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
        }
    }
}
