package nl.regiekit.json.internal;

import java.util.Optional;

import nl.regiekit.json.DocumentKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quick looks at a document's bytes before any tree is built, each one pass of the parser: for
 * the quick path, the envelope of a document it may bind; for the full path, whether a tree of it
 * would be too large.
 */
public final class Peek {

    private Peek() {
    }

    /**
     * The kind and schema version a JSON object names in its top-level {@code kind} and
     * {@code schemaVersion} properties, read by the parser over the whole document, which must
     * hold no {@code null} anywhere (binding would read a {@code null} quietly as an absent value,
     * where the schemas refuse it) and no more than {@code maxContainers} objects and arrays (the
     * full path's limit).
     *
     * @return the kind with the version, or empty if the document is no object, names no known kind
     *     or no version as text, holds a {@code null}, has too many objects and arrays, or is malformed
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Envelope> envelope(JsonMapper mapper, byte[] json, int maxContainers) {
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Optional<DocumentKind> kind = Optional.empty();
            String version = null;
            int depth = 1;
            int containers = 1;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case VALUE_NULL -> {
                        return Optional.empty();
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (++containers > maxContainers) {
                            return Optional.empty();
                        }
                        depth++;
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_STRING -> {
                        if (depth == 1 && "kind".equals(parser.currentName())) {
                            kind = DocumentKind.of(parser.getString());
                        } else if (depth == 1 && "schemaVersion".equals(parser.currentName())) {
                            version = parser.getString();
                        }
                    }
                    default -> {
                    }
                }
            }
            return kind.isPresent() && version != null ? Optional.of(new Envelope(kind.get(), version))
                : Optional.empty();
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
