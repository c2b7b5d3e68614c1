package nl.regiekit.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkupWriterTests {

    @Test
    void escapesEveryCharacterThatMeansSomethingInMarkup() {
        assertThat(MarkupWriter.escape("&")).isEqualTo("&amp;");
        assertThat(MarkupWriter.escape("<")).isEqualTo("&lt;");
        assertThat(MarkupWriter.escape(">")).isEqualTo("&gt;");
        assertThat(MarkupWriter.escape("\"")).isEqualTo("&quot;");
        assertThat(MarkupWriter.escape("'")).isEqualTo("&apos;");
        assertThat(MarkupWriter.escape("<a href=\"x\">Tom & 'Jan'</a>"))
            .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jan&apos;&lt;/a&gt;");
        assertThat(MarkupWriter.escape("&amp;")).isEqualTo("&amp;amp;");
    }

    @Test
    void dropsCharactersXmlDoesNotAllowAndKeepsTabsAndLineBreaks() {
        assertThat(MarkupWriter.escape("a\u0000b\u0007c\u001Fd\te\nf\rg")).isEqualTo("abcd\te\nf\rg");
        assertThat(MarkupWriter.escape("a\uFFFEb\uFFFFc\uD800d\uDFFFe")).isEqualTo("abcde");
        assertThat(MarkupWriter.escape("\u007F\u0085\uFFFD")).isEqualTo("\u007F\u0085\uFFFD");
    }

    @Test
    void keepsEveryScriptAndCharactersBeyondTheBasicPlane() {
        assertThat(MarkupWriter.escape("Ἀθηνᾶ نور 李 😀")).isEqualTo("Ἀθηνᾶ نور 李 😀");
    }

    @Test
    void writesNumbersWithOneDecimalAtMostADotAndNoMinusZero() {
        assertThat(MarkupWriter.number(12.0)).isEqualTo("12");
        assertThat(MarkupWriter.number(12.34)).isEqualTo("12.3");
        assertThat(MarkupWriter.number(12.35)).isEqualTo("12.4");
        assertThat(MarkupWriter.number(0.05)).isEqualTo("0.1");
        assertThat(MarkupWriter.number(0.04)).isEqualTo("0");
        assertThat(MarkupWriter.number(-0.0)).isEqualTo("0");
        assertThat(MarkupWriter.number(-0.04)).isEqualTo("0");
        assertThat(MarkupWriter.number(-0.05)).isEqualTo("0");
        assertThat(MarkupWriter.number(-0.06)).isEqualTo("-0.1");
        assertThat(MarkupWriter.number(-0.5)).isEqualTo("-0.5");
        assertThat(MarkupWriter.number(-7.0)).isEqualTo("-7");
        assertThat(MarkupWriter.number(9.96)).isEqualTo("10");
        assertThat(MarkupWriter.number(1234567.89)).isEqualTo("1234567.9");
        assertThat(MarkupWriter.number(1e15)).isEqualTo("1000000000000000");
    }

    @Test
    void appendsNumbersInTheSameFormatToABuilder() {
        StringBuilder d = new StringBuilder("M");
        MarkupWriter.appendNumber(MarkupWriter.appendNumber(d, -0.04).append(','), -12.36).append(' ');
        MarkupWriter.appendNumber(d, 1234567.89);
        assertThat(d).hasToString("M0,-12.4 1234567.9");
        for (double value : new double[] {0.05, -0.05, -0.06, 9.96, 1e15, -7.0}) {
            assertThat(MarkupWriter.appendNumber(new StringBuilder(), value)).hasToString(MarkupWriter.number(value));
            assertThat(MarkupWriter.xml().open("a").attr("x", value).close("a").finish())
                .isEqualTo("<a x=\"" + MarkupWriter.number(value) + "\"/>");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.appendNumber(new StringBuilder(), 2e15));
    }

    @Test
    void escapesWhatFollowsAPlainStartOfAText() {
        assertThat(MarkupWriter.escape("plain text then <b> & 'q'")).isEqualTo("plain text then &lt;b&gt; &amp; &apos;q&apos;");
        assertThat(MarkupWriter.escape("ab\u0001c\tdé")).isEqualTo("abc\tdé");
        assertThat(MarkupWriter.xml().open("a").attr("t", "M0,0 'x' & \"y\"").close("a").finish())
            .isEqualTo("<a t=\"M0,0 'x' &amp; &quot;y&quot;\"/>");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0000001e15, -2e15})
    void refusesNumbersWithoutAFiniteTextOfTenths(double value) {
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.number(value));
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").attr("x", value));
    }

    @Test
    void writesAnSvgDocumentElementByElement() {
        String svg = MarkupWriter.xml().declaration()
            .open("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("width", 640).newline()
            .element("title", "Balans: <in evenwicht>").newline()
            .open("line").attr("x1", 1.25).attr("y1", -0.01).close("line").newline()
            .open("g").attr("class", "people").close("g").newline()
            .close("svg").newline()
            .finish();
        assertThat(svg).isEqualTo("""
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="640">
            <title>Balans: &lt;in evenwicht&gt;</title>
            <line x1="1.3" y1="0"/>
            <g class="people"/>
            </svg>
            """);
    }

    @Test
    void escapesAttributeValuesAndKeepsTheApostropheInsideTheirDoubleQuotes() {
        String xml = MarkupWriter.xml().open("a").attr("title", "\"x\" & 'y' <z>\u0001").close("a").finish();
        assertThat(xml).isEqualTo("<a title=\"&quot;x&quot; &amp; 'y' &lt;z&gt;\"/>");
    }

    @Test
    void writesAListOfAttributesInItsOrderWithReferencesUnderThePrefix() {
        Attributes ink = Attributes.of("stroke", "#222222").and("stroke-width", 1.75);
        Attributes arrow = ink.and("fill", "none").andUrlRef("marker-end", "arrow");
        assertThat(MarkupWriter.xml().idPrefix("g-").open("path").attrs(arrow).close("path").finish())
            .isEqualTo("<path stroke=\"#222222\" stroke-width=\"1.8\" fill=\"none\" marker-end=\"url(#g-arrow)\"/>");
        assertThat(ink).hasToString("stroke=\"#222222\" stroke-width=\"1.8\"");
        assertThat(ink.and(Attributes.none())).isSameAs(ink);
        assertThat(Attributes.none().isEmpty()).isTrue();
    }

    @Test
    void checksTheNamesOfAListOfAttributesWhenItIsWritten() {
        Attributes bad = Attributes.of("a b", "x");
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").attrs(bad));
        assertThatIllegalArgumentException().isThrownBy(
            () -> MarkupWriter.xml().open("a").attrs(Attributes.of("id", "x")));
        assertThatIllegalArgumentException().isThrownBy(
            () -> MarkupWriter.xml().open("a").attrs(Attributes.none().andUrlRef("fill", "1x")));
        assertThatIllegalArgumentException().isThrownBy(() -> Attributes.of("x", Double.NaN));
    }

    @Test
    void writesHtmlVoidElementsWithoutEndTagAndOtherEmptyElementsWithOne() {
        String html = MarkupWriter.html().doctype()
            .open("html").attr("lang", "nl")
            .open("meta").attr("charset", "utf-8").close("meta")
            .open("br").close("br")
            .open("p").close("p")
            .open("td").text("").close("td")
            .close("html").finish();
        assertThat(html).isEqualTo("<!DOCTYPE html>\n<html lang=\"nl\"><meta charset=\"utf-8\"><br><p></p><td></td></html>");
    }

    @Test
    void refusesContentInAnHtmlVoidElement() {
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.html().open("br").text("x"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.html().open("img").open("b"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.html().open("hr").newline());
        assertThatIllegalStateException().isThrownBy(
            () -> MarkupWriter.html().open("meta").embed(Markup.trusted("<b/>")));
    }

    @Test
    void writesAStyleSheetVerbatimInAnHtmlStyleElementOnly() {
        String html = MarkupWriter.html().open("style").css("body{font-family:'Noto Sans',serif}\n").close("style")
            .finish();
        assertThat(html).isEqualTo("<style>body{font-family:'Noto Sans',serif}\n</style>");
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.html().open("style").css("</style><b>"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.html().open("style").text("b{}"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.html().open("script").text("x"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.html().open("p").css("b{}"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().open("style").css("b{}"));
    }

    @Test
    void escapesTextInAnSvgStyleElementAsAnywhereInXml() {
        assertThat(MarkupWriter.xml().element("style", "a>b").finish()).isEqualTo("<style>a&gt;b</style>");
    }

    @Test
    void refusesToCloseAnElementThatIsNotTheOpenOne() {
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().open("svg").open("g").close("svg"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().close("g"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().open("g").close("g").close("g"));
    }

    @Test
    void refusesToFinishWithAnElementOpenOrTwice() {
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().open("svg").finish());
        MarkupWriter writer = MarkupWriter.xml();
        writer.open("svg").close("svg").finish();
        assertThatIllegalStateException().isThrownBy(writer::finish);
        assertThatIllegalStateException().isThrownBy(() -> writer.open("g"));
        assertThatIllegalStateException().isThrownBy(writer::newline);
    }

    @Test
    void refusesAttributesOutsideAStartTag() {
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().attr("x", "1"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().open("a").text("t").attr("x", "1"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().open("a").open("b").close("b")
            .attr("x", "1"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().open("a").newline().id("x"));
    }

    @Test
    void refusesTextOutsideAnElement() {
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().text("loose"));
    }

    @Test
    void refusesTheSameAttributeTwiceOnOneElement() {
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").attr("x", 1).attr("x", 2));
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").id("p").id("q"));
        assertThat(MarkupWriter.xml().open("a").attr("x", 1).open("b").attr("x", 2).close("b").close("a").finish())
            .isEqualTo("<a x=\"1\"><b x=\"2\"/></a>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1a", "-a", ".a", "a b", "a>", "a\"", "a=b", "a/", "é", "<a", "a\n"})
    void refusesBadElementAndAttributeNames(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open(name));
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").attr(name, "v"));
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").attr(name, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").id(name));
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").urlRef("fill", name));
    }

    @Test
    void acceptsNamesWithDigitsHyphensDotsAndNamespaces() {
        assertThat(MarkupWriter.xml().open("x:a-b.c_1").attr("xlink:href", "#x").attr("aria-label", "a")
            .close("x:a-b.c_1").finish()).isEqualTo("<x:a-b.c_1 xlink:href=\"#x\" aria-label=\"a\"/>");
    }

    @Test
    void refusesAnIdAttributeThatBypassesThePrefix() {
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").attr("id", "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").attr("id", 1));
    }

    @Test
    void appliesTheIdPrefixToIdsAndEveryReference() {
        String svg = MarkupWriter.xml().idPrefix("genogram-")
            .open("svg")
            .open("marker").id("arrow").close("marker")
            .open("path").urlRef("marker-end", "arrow").close("path")
            .open("use").fragmentRef("href", "arrow").close("use")
            .open("g").idRef("aria-labelledby", "caption").close("g")
            .close("svg").finish();
        assertThat(svg).isEqualTo("<svg><marker id=\"genogram-arrow\"/><path marker-end=\"url(#genogram-arrow)\"/>"
            + "<use href=\"#genogram-arrow\"/><g aria-labelledby=\"genogram-caption\"/></svg>");
    }

    @Test
    void leavesIdsAsGivenWithoutAPrefix() {
        assertThat(MarkupWriter.xml().open("marker").id("arrow").urlRef("marker-end", "arrow").close("marker")
            .finish()).isEqualTo("<marker id=\"arrow\" marker-end=\"url(#arrow)\"/>");
    }

    @Test
    void refusesABadIdPrefixOrOneSetAfterWriting() {
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().idPrefix("1-"));
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().idPrefix("a\"b"));
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().idPrefix("a:"));
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().open("svg").idPrefix("p-"));
        assertThatIllegalArgumentException().isThrownBy(() -> MarkupWriter.xml().open("a").id("x:y"));
    }

    @Test
    void embedsAFinishedFragmentAsItIsWithoutItsXmlDeclaration() {
        Markup picture = MarkupWriter.xml().idPrefix("p1-").declaration()
            .open("svg").open("marker").id("m").close("marker").close("svg").newline().toMarkup();
        String page = MarkupWriter.html().open("figure").embed(picture).element("figcaption", "<b>")
            .close("figure").finish();
        assertThat(page).isEqualTo("<figure><svg><marker id=\"p1-m\"/></svg>\n<figcaption>&lt;b&gt;</figcaption></figure>");
        assertThat(MarkupWriter.xml().open("a").embed(Markup.trusted("<b/>")).close("a").finish())
            .isEqualTo("<a><b/></a>");
    }

    @Test
    void writesTheDeclarationAndDoctypeOnlyAtTheStartOfTheirKindOfDocument() {
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.html().declaration());
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().doctype());
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.xml().open("a").declaration());
        assertThatIllegalStateException().isThrownBy(() -> MarkupWriter.html().open("a").doctype());
    }

    @Test
    void refusesNulls() {
        assertThatNullPointerException().isThrownBy(() -> MarkupWriter.xml().open(null));
        assertThatNullPointerException().isThrownBy(() -> MarkupWriter.xml().open("a").attr("x", (String) null));
        assertThatNullPointerException().isThrownBy(() -> MarkupWriter.xml().open("a").text(null));
        assertThatNullPointerException().isThrownBy(() -> MarkupWriter.xml().embed(null));
        assertThatNullPointerException().isThrownBy(() -> Markup.trusted(null));
        assertThatNullPointerException().isThrownBy(() -> MarkupWriter.escape(null));
    }

    @Test
    void comparesMarkupByItsText() {
        assertThat(Markup.trusted("<a/>")).isEqualTo(MarkupWriter.xml().open("a").close("a").toMarkup())
            .hasSameHashCodeAs(Markup.trusted("<a/>")).hasToString("<a/>");
        assertThat(Markup.trusted("<a/>")).isNotEqualTo(Markup.trusted("<b/>"));
    }
}
