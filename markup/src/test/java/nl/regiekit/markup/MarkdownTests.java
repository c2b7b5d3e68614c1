package nl.regiekit.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void htmlInDataStaysText() {
        assertThat(Markdown.text("<img src=x onerror=alert(1)>")).isEqualTo("\\<img src=x onerror=alert(1)\\>");
        assertThat(Markdown.text("a & b")).isEqualTo("a \\& b");
    }

    @Test
    void emphasisCodeLinksAndTablesStayText() {
        assertThat(Markdown.text("*x* _y_ `z` [l](http://e) a|b ~~s~~ c\\d"))
            .isEqualTo("\\*x\\* \\_y\\_ \\`z\\` \\[l\\](http://e) a\\|b \\~\\~s\\~\\~ c\\\\d");
    }

    @Test
    void aLineBreakCannotStartAHeadingOrAListOfItsOwn() {
        assertThat(Markdown.text("first\n# heading\r\n- item")).isEqualTo("first # heading  - item");
    }

    @Test
    void keepsOrdinaryTextAndLettersOfEveryScriptAsTheyAre() {
        assertThat(Markdown.text("Samira El Amrani, 3 kinderen (ouder). Zoë — سميرة"))
            .isEqualTo("Samira El Amrani, 3 kinderen (ouder). Zoë — سميرة");
    }

    @Test
    void leavesOutWhatXmlLeavesOut() {
        assertThat(Markdown.text("a\u0000b\u0007c\uFFFEd")).isEqualTo("abcd");
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> Markdown.text(null));
    }
}
