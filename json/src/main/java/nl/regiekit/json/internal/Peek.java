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
     * The kind and schema version a JSON object names in its top-level {@code kind} and
     * {@code schemaVersion} properties, reading no further than both (the first two, in documents
     * Regiekit writes).
     *
     * @return the kind with the version, or empty if the document is no object, names no known kind
     *     or no version as text, or is malformed before both
     */
    public static Optional<Envelope> envelope(JsonMapper mapper, byte[] json) {
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Optional<DocumentKind> kind = Optional.empty();
            String version = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("kind".equals(name) || "schemaVersion".equals(name)) {
                    if (value != JsonToken.VALUE_STRING) {
                        return Optional.empty();
                    }
                    if ("kind".equals(name)) {
                        kind = DocumentKind.of(parser.getString());
                        if (kind.isEmpty()) {
                            return Optional.empty();
                        }
                    } else {
                        version = parser.getString();
                    }
                    if (kind.isPresent() && version != null) {
                        return Optional.of(new Envelope(kind.get(), version));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * A document's envelope: what it says it is.
     *
     * @param kind the kind; never null
     * @param schemaVersion the schema version, as written; never null
     */
    public record Envelope(DocumentKind kind, String schemaVersion) {
    }
}
