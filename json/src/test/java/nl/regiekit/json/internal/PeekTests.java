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

    @Test
    void countsObjectsAndArraysAgainstTheLimit() {
        byte[] json = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",\"a\":[{},[]]}".getBytes(UTF_8);
        assertThat(Peek.moreContainersThan(MAPPER, json, 3)).isTrue();
        assertThat(Peek.moreContainersThan(MAPPER, json, 4)).isFalse();
    }

    @Test
    void readsTheEnvelopeWhereverItStandsAtTheTop() {
        assertThat(Peek.envelope(MAPPER,
            "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",\"x\":[]}".getBytes(UTF_8)))
            .contains(new Peek.Envelope(DocumentKind.CASE_FILE, "1.0"));
        assertThat(Peek.envelope(MAPPER, ("{\"a\":{\"kind\":\"other\"},\"schemaVersion\":\"1.2\","
            + "\"b\":[1,{}],\"kind\":\"regiekit/case-file\"}").getBytes(UTF_8)))
            .contains(new Peek.Envelope(DocumentKind.CASE_FILE, "1.2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {",\"x\":[", ",\"x\":null}", ",\"kind\":\"regiekit/genogram\"}", ",\"a\":tru"})
    void readsNoFurtherThanTheEnvelope(String rest) {
        // What follows is the binding's to refuse (GuardedParser), or the full path's.
        assertThat(Peek.envelope(MAPPER,
            ("{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\"" + rest).getBytes(UTF_8)))
            .contains(new Peek.Envelope(DocumentKind.CASE_FILE, "1.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "{}", "{\"kind\":7}", "{\"kind\":\"regiekit/unknown\"}", "{\"a\":{\"kind\":"
        + "\"regiekit/case-file\"}}", "{\"a\":tru", "", "{\"kind\":[\"regiekit/case-file\"]}",
        "{\"kind\":\"regiekit/case-file\"}", "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":1}",
        "{\"schemaVersion\":\"1.0\",\"kind\":\"regiekit/unknown\"}",
        "{\"kind\":7,\"schemaVersion\":\"1.0\",\"kind\":\"regiekit/case-file\"}",
        "{\"x\":[1,{\"a\":tru],\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\"}"})
    void answersNoEnvelopeForOtherDocuments(String json) {
        assertThat(Peek.envelope(MAPPER, json.getBytes(UTF_8))).isEmpty();
    }
}
