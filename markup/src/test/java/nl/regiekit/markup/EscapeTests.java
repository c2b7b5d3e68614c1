package nl.regiekit.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapeTests {

    @Test
    void escapesMarkupAndDropsWhatXmlForbids() {
        assertThat(MarkupWriter.escape("<a href=\"x\">Tom & 'Jan'</a>"))
            .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jan&apos;&lt;/a&gt;");
        assertThat(MarkupWriter.escape("a\u0000b\u0007c\td\ne\uFFFEf\uD800g")).isEqualTo("abc\td\nefg");
        assertThat(MarkupWriter.escape("Ἀθηνᾶ نور 😀")).isEqualTo("Ἀθηνᾶ نور 😀");
    }

    @Test
    void writesNumbersWithOneDecimalAtMostAndNoMinusZero() {
        assertThat(MarkupWriter.number(12.0)).isEqualTo("12");
        assertThat(MarkupWriter.number(12.34)).isEqualTo("12.3");
        assertThat(MarkupWriter.number(12.35)).isEqualTo("12.4");
        assertThat(MarkupWriter.number(-0.04)).isEqualTo("0");
        assertThat(MarkupWriter.number(-0.5)).isEqualTo("-0.5");
        assertThat(MarkupWriter.number(-7.0)).isEqualTo("-7");
        assertThat(MarkupWriter.number(1234567.89)).isEqualTo("1234567.9");
    }
}
