package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.json.internal.Utf8;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Input must be UTF-8, with or without a byte order mark: UTF-16 and UTF-32 are refused with one
 * finding, and so is every ill-formed UTF-8 sequence, at its byte offset, on both paths.
 */
class EncodingTests {

    private static final Validation VALIDATION = Validation.defaults();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void readsUtf8WithAByteOrderMarkAsWithout() {
        byte[] sample = SampleDocuments.caseFileBytes();

        ValidationResult withMark = VALIDATION.validate(concat(BOM, sample));

        assertThat(withMark.findings()).isEmpty();
        assertThat(withMark.document()).isEqualTo(VALIDATION.validate(sample).document());
        assertThat(VALIDATION.validateFully(concat(BOM, sample)).document()).isEqualTo(withMark.document());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
    void refusesUtf16AndUtf32WithOneFinding(String charset) {
        byte[] wide = SampleDocuments.caseFileText().getBytes(Charset.forName(charset));

        assertThat(codes(VALIDATION.validate(wide))).containsExactly("JSON-ENCODING-UNSUPPORTED");
        assertThat(codes(VALIDATION.validateFully(wide))).containsExactly("JSON-ENCODING-UNSUPPORTED");
    }

    @Test
    void refusesUtf16WithItsByteOrderMarkEvenWhenItHoldsANull() {
        // The byte scan for null was thrown off by U+2022, whose UTF-16 form holds a quote byte.
        String text = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",\"x\":\"\u2022\",\"y\":null}";
        for (Charset charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
            byte[] wide = text.getBytes(charset);
            byte[] marked = charset == StandardCharsets.UTF_16LE ? concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, wide)
                : wide;
            assertThat(codes(VALIDATION.validate(marked))).containsExactly("JSON-ENCODING-UNSUPPORTED");
        }
    }

    /** Each ill-formed sequence, put into the sample's first string value: refused at its offset. */
    @ParameterizedTest
    @ValueSource(strings = {"c080", "e080af", "c1bf", "f4908080", "f7bfbfbf", "eda080", "edbfbf", "80", "bf",
        "ff", "fe", "f880808080", "c2", "e0a0", "f09080", "c241", "e0a041"})
    void refusesIllFormedUtf8AtItsByteOffset(String hex) {
        byte[] sample = SampleDocuments.caseFileBytes();
        int at = indexOf(sample, "regiekit/case-file") + 2;
        byte[] broken = concat(java.util.Arrays.copyOf(sample, at), HexFormat.of().parseHex(hex),
            java.util.Arrays.copyOfRange(sample, at, sample.length));

        for (ValidationResult result : List.of(VALIDATION.validate(broken), VALIDATION.validateFully(broken))) {
            assertThat(codes(result)).containsExactly("JSON-ENCODING");
            assertThat(result.findings().get(0).pointer()).isEmpty();
            assertThat(result.findings().get(0).message(Locale.ENGLISH)).isEqualTo(
                "The document is not valid UTF-8 (byte " + at + ") and was not read.");
            assertThat(result.document()).isEmpty();
        }
    }

    @Test
    void refusesAByteBeforeAKeyThatAParserWouldDrop() {
        byte[] broken = "{\u00ff\"kind\":\"regiekit/case-file\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(VALIDATION.validate(broken).findings()).extracting(f -> f.message(Locale.ENGLISH))
            .containsExactly("The document is not valid UTF-8 (byte 1) and was not read.");
    }

    @Test
    void countsTheByteOrderMarkInTheOffset() {
        byte[] broken = concat(BOM, new byte[] {'{', (byte) 0xC0, (byte) 0x80, '}'});

        assertThat(VALIDATION.validate(broken).findings()).extracting(f -> f.message(Locale.ENGLISH))
            .containsExactly("The document is not valid UTF-8 (byte 4) and was not read.");
    }

    @Test
    void acceptsEveryWellFormedSequenceUpToTheLastCodePoint() {
        String edges = "\u0000\u007f\u0080\u07ff\u0800\ud7ff\ue000\uffff" + new String(Character.toChars(0x10000))
            + new String(Character.toChars(0x10FFFF)) + "\uD83D\uDE00";

        assertThat(Utf8.firstMalformed(edges.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(Utf8.firstMalformed(new byte[0])).isEqualTo(-1);
        assertThat(Utf8.looksWide("{}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(Utf8.looksWide(new byte[] {' ', ' ', ' ', 0})).isTrue();
        assertThat(Utf8.looksWide(new byte[] {' ', ' ', ' ', ' ', 0})).isFalse();
    }

    @Test
    void refusesEmptyAndAsciiInputAsBeforeAsSyntax() {
        assertThat(codes(VALIDATION.validate(new byte[0]))).containsExactly("JSON-SYNTAX");
        assertThat(codes(VALIDATION.validate(BOM))).containsExactly("JSON-SYNTAX");
    }

    private static List<String> codes(ValidationResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    private static int indexOf(byte[] bytes, String ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(ascii);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
