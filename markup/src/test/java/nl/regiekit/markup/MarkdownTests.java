package nl.regiekit.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void escapesHtmlSoThatItStaysText() {
        assertThat(Markdown.escape("Noor <img src=x onerror=alert(1)> & co"))
            .isEqualTo("Noor \\<img src=x onerror=alert(1)\\> \\& co");
    }

    @Test
    void escapesEveryInlineMarkWithABackslash() {
        assertThat(Markdown.escape("a\\b`c*d_e[f]g|h~i#j")).isEqualTo("a\\\\b\\`c\\*d\\_e\\[f\\]g\\|h\\~i\\#j");
        assertThat(Markdown.escape("[klik](javascript:alert(1))")).isEqualTo("\\[klik\\](javascript:alert(1))");
        assertThat(Markdown.escape("![x](y)")).isEqualTo("!\\[x\\](y)");
    }

    @Test
    void leavesOrdinaryPunctuationInsideALineAlone() {
        assertThat(Markdown.escape("Casus case-2025-017, 2026-04-20 (fase 2). Klaar!"))
            .isEqualTo("Casus case-2025-017, 2026-04-20 (fase 2). Klaar!");
        assertThat(Markdown.escape("Ἀθηνᾶ نور 😀")).isEqualTo("Ἀθηνᾶ نور 😀");
    }

    @Test
    void escapesWhatWouldBeginABlockAtTheStart() {
        assertThat(Markdown.escape("- item")).isEqualTo("\\- item");
        assertThat(Markdown.escape("+ item")).isEqualTo("\\+ item");
        assertThat(Markdown.escape("=====")).isEqualTo("\\=====");
        assertThat(Markdown.escape("> quote")).isEqualTo("\\> quote");
        assertThat(Markdown.escape("# kop")).isEqualTo("\\# kop");
        assertThat(Markdown.escape("2026. Jaar")).isEqualTo("2026\\. Jaar");
        assertThat(Markdown.escape("3) punt")).isEqualTo("3\\) punt");
        assertThat(Markdown.escape("2026 jaar")).isEqualTo("2026 jaar");
    }

    @Test
    void turnsLineBreaksIntoSpacesSoThatTextCannotStartABlock() {
        assertThat(Markdown.escape("eerste\n# kop\r\n- lijst\rdrie")).isEqualTo("eerste \\# kop - lijst drie");
    }

    @Test
    void leavesOutWhiteSpaceAtTheEndsSoThatTextCannotIndentIntoCode() {
        assertThat(Markdown.escape("     code  ")).isEqualTo("code");
        assertThat(Markdown.escape("  - item")).isEqualTo("\\- item");
    }

    @Test
    void dropsCharactersXmlDoesNotAllow() {
        assertThat(Markdown.escape("a\u0000b\u0007c\uFFFFd\uD800e")).isEqualTo("abcde");
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> Markdown.escape(null));
    }
}
