package nl.regiekit.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTests {

    @Test
    void escapesMarkupAndDropsWhatXmlForbids() {
        assertThat(Xml.escape("<a href=\"x\">Tom & 'Jan'</a>"))
            .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jan&apos;&lt;/a&gt;");
        assertThat(Xml.escape("a\u0000b\u0007c\td\ne\uFFFEf\uD800g")).isEqualTo("abc\td\nefg");
        assertThat(Xml.escape("Ἀθηνᾶ نور 😀")).isEqualTo("Ἀθηνᾶ نور 😀");
    }

    @Test
    void writesNumbersWithOneDecimalAtMostAndNoMinusZero() {
        assertThat(Xml.num(12.0)).isEqualTo("12");
        assertThat(Xml.num(12.34)).isEqualTo("12.3");
        assertThat(Xml.num(12.35)).isEqualTo("12.4");
        assertThat(Xml.num(-0.04)).isEqualTo("0");
        assertThat(Xml.num(-0.5)).isEqualTo("-0.5");
        assertThat(Xml.num(-7.0)).isEqualTo("-7");
        assertThat(Xml.num(1234567.89)).isEqualTo("1234567.9");
    }
}
