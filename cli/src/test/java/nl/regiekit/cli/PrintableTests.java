package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The printable agenda page: what its data says is shown as text, in Markdown and in HTML. */
class PrintableTests {

    private static final String ATTACK = "<img src=x onerror=alert(1)>";

    private static Printable page() {
        return new Printable("Agenda " + ATTACK, "Casus case-1, 2026-07-15")
            .bullets("Afspraken", List.of("a-1: Samira \u2013 " + ATTACK + ", uiterlijk 2026-07-01 (OPEN)",
                "[klik](javascript:alert(1)) *vet* _schuin_ `code`"))
            .numbered("Volgorde " + ATTACK, List.of("Milan (p-son)", "- geen lijst\n# geen kop"));
    }

    @Test
    void freeTextInTheMarkdownPageDoesNotComeOutAsMarkup() {
        String markdown = page().markdown();

        // Every '<' and ']' comes with the backslash that makes it text.
        assertThat(markdown).doesNotContainPattern("(?<!\\\\)<").doesNotContainPattern("(?<!\\\\)\\]")
            .doesNotContain("*vet*", "_schuin_", "`code`", "\n# geen kop", "\n- geen lijst")
            .contains("# Agenda \\<img src=x onerror=alert(1)\\>\n")
            .contains("- a-1: Samira \u2013 \\<img src=x onerror=alert(1)\\>, uiterlijk 2026-07-01 (OPEN)\n")
            .contains("- \\[klik\\](javascript:alert(1)) \\*vet\\* \\_schuin\\_ \\`code\\`\n")
            .contains("## Volgorde \\<img src=x onerror=alert(1)\\>\n\n1. Milan (p-son)\n2. \\- geen lijst \\# geen kop\n");
    }

    @Test
    void freeTextInTheHtmlPageDoesNotComeOutAsMarkup() {
        String html = page().html("nl");

        assertThat(html).doesNotContain("<img").startsWith("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<title>Agenda &lt;img src=x onerror=alert(1)&gt;</title>\n<style>\n")
            .contains("<li>a-1: Samira \u2013 &lt;img src=x onerror=alert(1)&gt;, uiterlijk 2026-07-01 (OPEN)</li>\n")
            .contains("<h2>Volgorde &lt;img src=x onerror=alert(1)&gt;</h2>\n<ol>\n<li>Milan (p-son)</li>\n")
            .contains("body{font-family:Georgia,'Times New Roman',serif;")
            .endsWith("</ol>\n</body>\n</html>\n");
    }

    @Test
    void writesTheHtmlPageAsBefore() {
        assertThat(new Printable("T", "S").bullets("H", List.of("a")).html("en")).isEqualTo("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>T</title>
            <style>
            body{font-family:Georgia,'Times New Roman',serif;max-width:44em;margin:2em auto;padding:0 1em;\
            color:#222;line-height:1.45}
            h1{font-size:1.7em;border-bottom:3px solid #2a6f97;padding-bottom:.2em;margin-bottom:.2em}
            p.sub{color:#555;margin-top:0}
            h2{font-size:1.15em;color:#2a6f97;margin-top:1.4em;border-bottom:1px solid #ccd}
            li{margin:.25em 0}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}}
            </style>
            </head>
            <body>
            <h1>T</h1>
            <p class="sub">S</p>
            <h2>H</h2>
            <ul>
            <li>a</li>
            </ul>
            </body>
            </html>
            """);
    }
}
