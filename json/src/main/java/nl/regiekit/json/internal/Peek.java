package nl.regiekit.json.internal;

import java.util.Optional;

import nl.regiekit.json.DocumentKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quick looks at a document's bytes for the validation pipeline's quick path, before any tree is
 * built. Each answers for well-formed JSON; on malformed JSON it may answer anything, since such
 * a document takes the full path anyway.
 */
public final class Peek {

    private Peek() {
    }

    /**
     * Whether the JSON holds a {@code null} literal: outside strings, {@code n} starts nothing else.
     *
     * @throws NullPointerException if {@code json} is null
     */
    public static boolean hasNullLiteral(byte[] json) {
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == 'n') {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind a JSON object names in its top-level {@code kind} property, reading no further than
     * that property (the first, in documents Regiekit writes).
     *
     * @return the kind, or empty if the document is no object, names no known kind, or is malformed
     *     before its kind
     */
    public static Optional<DocumentKind> kind(JsonMapper mapper, byte[] json) {
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                boolean isKind = "kind".equals(parser.currentName());
                JsonToken value = parser.nextToken();
                if (isKind) {
                    return value == JsonToken.VALUE_STRING ? DocumentKind.of(parser.getString()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
