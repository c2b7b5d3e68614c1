package nl.regiekit.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regiekit.json.DocumentKind;
import nl.regiekit.json.RegiekitJson;

class PeekTests {

    private static final tools.jackson.databind.json.JsonMapper MAPPER = RegiekitJson.mapper();
    private static final int MAX = nl.regiekit.json.Limits.DEFAULT_MAX_CONTAINERS;

    @Test
    void answersNoEnvelopeForMoreObjectsAndArraysThanTheLimit() {
        byte[] json = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",\"a\":[{},[]]}".getBytes(UTF_8);
        assertThat(Peek.envelope(MAPPER, json, 4)).isPresent();
        assertThat(Peek.envelope(MAPPER, json, 3)).isEmpty();
        assertThat(Peek.moreContainersThan(MAPPER, json, 3)).isTrue();
        assertThat(Peek.moreContainersThan(MAPPER, json, 4)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":null}", "{\"a\":[1, null]}", "{\"a\":\"x\\\\\",\"b\":null}",
        "{\"a\":{\"b\":[null]}}"})
    void answersNoEnvelopeForADocumentWithANull(String json) {
        String envelope = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",";
        assertThat(Peek.envelope(MAPPER, (envelope + json.substring(1)).getBytes(UTF_8), MAX)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"null\":\"null\"}", "{\"a\":\"say \\\"null\\\" now\"}",
        "{\"nl\":true,\"n\":1}", "{\"a\":\"\\\\\"}", "{\"note\":\"\\nnull\"}"})
    void findsNoNullInsideStrings(String json) {
        String envelope = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\"";
        String rest = json.length() > 2 ? "," + json.substring(1) : "}";
        assertThat(Peek.envelope(MAPPER, (envelope + rest).getBytes(UTF_8), MAX))
            .contains(new Peek.Envelope(DocumentKind.CASE_FILE, "1.0"));
    }

    @Test
    void readsTheEnvelopeWhereverItStands() {
        assertThat(Peek.envelope(RegiekitJson.mapper(),
            "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",\"x\":[]}".getBytes(UTF_8), MAX))
            .contains(new Peek.Envelope(DocumentKind.CASE_FILE, "1.0"));
        assertThat(Peek.envelope(MAPPER, ("{\"a\":{\"kind\":\"other\"},\"schemaVersion\":\"1.2\","
            + "\"b\":[1,{}],\"kind\":\"regiekit/case-file\"}").getBytes(UTF_8), MAX))
            .contains(new Peek.Envelope(DocumentKind.CASE_FILE, "1.2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "{\"kind\":7}", "{\"kind\":\"regiekit/unknown\"}", "{\"a\":{\"kind\":"
        + "\"regiekit/case-file\"}}", "{\"a\":tru", "", "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",\"x\":[", "{\"kind\":[\"regiekit/case-file\"]}",
        "{\"kind\":\"regiekit/case-file\"}", "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":1}",
        "{\"schemaVersion\":\"1.0\",\"kind\":\"regiekit/unknown\"}"})
    void answersNoEnvelopeForOtherDocuments(String json) {
        assertThat(Peek.envelope(MAPPER, json.getBytes(UTF_8), MAX)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"c\":[{\"d\":1,\"d\":1}]}}",
        "{\"a\":{},\"b\":{\"x\":1},\"a\":3}", "{\"\\u0061\":1,\"a\":2}"})
    void answersNoEnvelopeForANameTwiceInAnObject(String json) {
        String envelope = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",";
        assertThat(Peek.envelope(MAPPER, (envelope + json.substring(1)).getBytes(UTF_8), MAX)).isEmpty();
    }

    @Test
    void findsANameTwiceInAnObjectOfManyNamesAndNoneAcrossObjects() {
        StringBuilder many = new StringBuilder("{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\"");
        for (int i = 0; i < 40; i++) {
            many.append(",\"n").append(i).append("\":{\"n").append(i).append("\":1,\"kind\":2}");
        }
        String distinct = many + "}";
        assertThat(Peek.envelope(MAPPER, distinct.getBytes(UTF_8), MAX))
            .contains(new Peek.Envelope(DocumentKind.CASE_FILE, "1.0"));
        assertThat(Peek.envelope(MAPPER, (many + ",\"n3\":0}").getBytes(UTF_8), MAX)).isEmpty();
        assertThat(Peek.envelope(MAPPER, (many + ",\"n39\":0}").getBytes(UTF_8), MAX)).isEmpty();
    }
}
