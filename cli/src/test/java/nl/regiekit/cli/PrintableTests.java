package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A printable agenda writes a case file's texts as text, in Markdown and in HTML alike. */
class PrintableTests {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private final Printable page = new Printable("Agenda " + HOSTILE, "for *everyone*")
        .bullets("Afspraken", List.of(HOSTILE, "line\n# not a heading"));

    @Test
    void markdownHoldsNoMarkupFromData() {
        String markdown = page.markdown();

        assertThat(markdown).as("no < without its backslash").doesNotContainPattern("(?<!\\\\)<")
            .contains("\\<img src=x onerror=alert(1)\\>")
            .contains("for \\*everyone\\*").contains("- line # not a heading\n")
            .doesNotContain("\n# not a heading").startsWith("# Agenda \\<img");
    }

    @Test
    void htmlHoldsNoMarkupFromData() {
        assertThat(page.html("nl")).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}
