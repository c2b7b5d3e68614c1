package nl.regiekit.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regiekit.json.RegiekitJson;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

class GuardedParserTests {

    /** The quick path's reader: the mapper's without its own duplicate-name check. */
    private static final ObjectReader READER = RegiekitJson.mapper().readerFor(JsonNode.class)
        .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    private static final int MAX = nl.regiekit.json.Limits.DEFAULT_MAX_CONTAINERS;
    private static final String ENVELOPE = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\"";

    /** A tree of {@code json} read through a guard, as binding reads: by name, value and tree. */
    private static JsonNode bound(String json, int maxContainers) {
        try (GuardedParser parser = new GuardedParser(READER.createParser(json.getBytes(UTF_8)), maxContainers)) {
            return READER.readValue(parser);
        }
    }

    /** Every token of {@code json} through a guard, one by one. */
    private static int tokens(String json) {
        int count = 0;
        try (GuardedParser parser = new GuardedParser(READER.createParser(json.getBytes(UTF_8)), MAX)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }

    @Test
    void refusesMoreObjectsAndArraysThanTheLimit() {
        String json = ENVELOPE + ",\"a\":[{},[]]}";
        assertThat(bound(json, 4).get("a").size()).isEqualTo(2);
        assertThatThrownBy(() -> bound(json, 3)).isInstanceOf(StreamReadException.class)
            .hasMessageContaining("too many objects and arrays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":null}", "{\"a\":[1, null]}", "{\"a\":\"x\\\\\",\"b\":null}",
        "{\"a\":{\"b\":[null]}}", "{\"k\":7,\"a\":{\"kind\":null}}"})
    void refusesANull(String json) {
        String document = ENVELOPE + "," + json.substring(1);
        assertThatThrownBy(() -> bound(document, MAX)).hasMessageContaining("a null value");
        assertThatThrownBy(() -> tokens(document)).hasMessageContaining("a null value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"null\":\"null\"}", "{\"a\":\"say \\\"null\\\" now\"}",
        "{\"nl\":true,\"n\":1}", "{\"a\":\"\\\\\"}", "{\"note\":\"\\nnull\"}"})
    void findsNoNullInsideStrings(String json) {
        String rest = json.length() > 2 ? "," + json.substring(1) : "}";
        assertThat(bound(ENVELOPE + rest, MAX).get("kind").asString()).isEqualTo("regiekit/case-file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"c\":[{\"d\":1,\"d\":1}]}}",
        "{\"a\":{},\"b\":{\"x\":1},\"a\":3}", "{\"\\u0061\":1,\"a\":2}", "{\"kind\":\"regiekit/genogram\"}"})
    void refusesANameTwiceInAnObject(String json) {
        String document = ENVELOPE + "," + json.substring(1);
        assertThatThrownBy(() -> bound(document, MAX)).hasMessageContaining("a name twice in an object");
        assertThatThrownBy(() -> tokens(document)).hasMessageContaining("a name twice in an object");
    }

    @Test
    void findsANameTwiceInAnObjectOfManyNamesAndNoneAcrossObjects() {
        StringBuilder many = new StringBuilder(ENVELOPE);
        for (int i = 0; i < 40; i++) {
            many.append(",\"n").append(i).append("\":{\"n").append(i).append("\":1,\"kind\":2}");
        }
        assertThat(bound(many + "}", MAX).size()).isEqualTo(42);
        assertThatThrownBy(() -> bound(many + ",\"n3\":0}", MAX)).hasMessageContaining("twice");
        assertThatThrownBy(() -> bound(many + ",\"n39\":0}", MAX)).hasMessageContaining("twice");
    }

    @Test
    void checksEachOfManyObjectsOfManyNamesAtOneDepthOnItsOwn() {
        StringBuilder object = new StringBuilder("{\"n0\":0");
        for (int i = 1; i < 30; i++) {
            object.append(",\"n").append(i).append("\":").append(i);
        }
        String list = ENVELOPE + ",\"list\":[" + object + "}," + object + ",\"x\":{\"n5\":5}}," + object + "}";
        assertThat(bound(list + "]}", MAX).get("list").size()).isEqualTo(3);
        assertThatThrownBy(() -> bound(list + "," + object + ",\"n29\":1}]}", MAX)).hasMessageContaining("twice");
        assertThatThrownBy(() -> bound(list + "," + object + ",\"x\":{\"n1\":1,\"n1\":2}}]}", MAX))
            .hasMessageContaining("twice");
    }

    @Test
    void seesWhatItSkipsAndWhatItReadsAsValues() {
        try (GuardedParser parser = new GuardedParser(READER.createParser(
            (ENVELOPE + ",\"a\":{\"b\":[{\"c\":null}]}}").getBytes(UTF_8)), MAX)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(parser.nextValue()).isEqualTo(JsonToken.VALUE_STRING);
            assertThat(parser.nextName()).isEqualTo("schemaVersion");
            assertThat(parser.nextStringValue()).isEqualTo("1.0");
            assertThat(parser.nextValue()).isEqualTo(JsonToken.START_OBJECT);
            assertThatThrownBy(parser::skipChildren).hasMessageContaining("a null value");
        }
        try (GuardedParser parser = new GuardedParser(READER.createParser("{\"a\":1,\"a\":2}".getBytes(UTF_8)), MAX)) {
            parser.nextToken();
            assertThat(parser.nextValue()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThatThrownBy(parser::nextValue).hasMessageContaining("twice");
        }
    }

    @Test
    void refusesEveryReadAfterARefusal() {
        try (GuardedParser parser = new GuardedParser(READER.createParser("{\"a\":null,\"b\":1}".getBytes(UTF_8)), MAX)) {
            parser.nextToken();
            parser.nextToken();
            assertThatThrownBy(parser::nextToken).hasMessageContaining("a null value");
            assertThatThrownBy(parser::nextToken).isInstanceOf(StreamReadException.class);
            assertThatThrownBy(parser::nextName).isInstanceOf(StreamReadException.class);
        }
    }

    @Test
    void givesEveryTokenOfAValidDocument() {
        assertThat(tokens(ENVELOPE + ",\"a\":[{\"b\":1},[true,false]],\"c\":{}}")).isEqualTo(20);
    }
}
