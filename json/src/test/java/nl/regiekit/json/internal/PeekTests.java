package nl.regiekit.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regiekit.json.DocumentKind;
import nl.regiekit.json.RegiekitJson;

class PeekTests {

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":null}", "{\"a\":[1, null]}", "{\"a\":\"x\\\\\",\"b\":null}",
        "{\"a\":{\"b\":[null]}}"})
    void answersNoEnvelopeForADocumentWithANull(String json) {
        String envelope = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",";
        assertThat(Peek.envelope(RegiekitJson.mapper(), (envelope + json.substring(1)).getBytes(UTF_8))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"null\":\"null\"}", "{\"a\":\"say \\\"null\\\" now\"}",
        "{\"nl\":true,\"n\":1}", "{\"a\":\"\\\\\"}", "{\"note\":\"\\nnull\"}"})
    void findsNoNullInsideStrings(String json) {
        String envelope = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\"";
        String rest = json.length() > 2 ? "," + json.substring(1) : "}";
        assertThat(Peek.envelope(RegiekitJson.mapper(), (envelope + rest).getBytes(UTF_8)))
            .contains(new Peek.Envelope(DocumentKind.CASE_FILE, "1.0"));
    }

    @Test
    void readsTheEnvelopeWhereverItStands() {
        assertThat(Peek.envelope(RegiekitJson.mapper(),
            "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",\"x\":[]}".getBytes(UTF_8)))
            .contains(new Peek.Envelope(DocumentKind.CASE_FILE, "1.0"));
        assertThat(Peek.envelope(RegiekitJson.mapper(), ("{\"a\":{\"kind\":\"other\"},\"schemaVersion\":\"1.2\","
            + "\"b\":[1,{}],\"kind\":\"regiekit/case-file\"}").getBytes(UTF_8)))
            .contains(new Peek.Envelope(DocumentKind.CASE_FILE, "1.2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "{\"kind\":7}", "{\"kind\":\"regiekit/unknown\"}", "{\"a\":{\"kind\":"
        + "\"regiekit/case-file\"}}", "{\"a\":tru", "", "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",\"x\":[", "{\"kind\":[\"regiekit/case-file\"]}",
        "{\"kind\":\"regiekit/case-file\"}", "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":1}",
        "{\"schemaVersion\":\"1.0\",\"kind\":\"regiekit/unknown\"}"})
    void answersNoEnvelopeForOtherDocuments(String json) {
        assertThat(Peek.envelope(RegiekitJson.mapper(), json.getBytes(UTF_8))).isEmpty();
    }
}
