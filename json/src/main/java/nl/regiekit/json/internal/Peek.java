package nl.regiekit.json.internal;

import java.util.Optional;

import nl.regiekit.json.DocumentKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quick looks at a document's bytes before any tree is built: for the quick path, the envelope of a
 * document it may bind, read from the first properties; for the full path, whether a tree of it would be
 * too large, one pass of the parser.
 */
public final class Peek {

    private Peek() {
    }

    /**
     * The kind and schema version a JSON object names in its top-level {@code kind} and
     * {@code schemaVersion} properties, the first of each. The parser reads the top-level properties
     * until it has both, which a written document gives first: the rest of the document is left to the
     * binding, whose {@link GuardedParser} refuses what the quick path must not bind.
     *
     * @return the kind with the version, or empty if the document is no object, names no known kind
     *     or no version as text before the end of its top-level object, or is malformed before that
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Envelope> envelope(JsonMapper mapper, byte[] json) {
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            boolean kindRead = false;
            boolean versionRead = false;
            String kind = null;
            String version = null;
            while (!(kindRead && versionRead) && parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                String text = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                if (!kindRead && "kind".equals(name)) {
                    kindRead = true;
                    kind = text;
                } else if (!versionRead && "schemaVersion".equals(name)) {
                    versionRead = true;
                    version = text;
                }
                parser.skipChildren();
            }
            String written = version;
            return kind == null || written == null ? Optional.empty()
                : DocumentKind.of(kind).map(k -> new Envelope(k, written));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the JSON holds more than {@code max} objects and arrays, counted by the parser before
     * any tree is built.
     *
     * @return true if it does; false if it does not, or is malformed before it would (the tree's
     *     parser then says what is wrong)
     * @throws NullPointerException if an argument is null
     */
    public static boolean moreContainersThan(JsonMapper mapper, byte[] json, int max) {
        int containers = 0;
        try (JsonParser parser = mapper.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && ++containers > max) {
                    return true;
                }
            }
            return false;
        } catch (JacksonException e) {
            return false;
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
