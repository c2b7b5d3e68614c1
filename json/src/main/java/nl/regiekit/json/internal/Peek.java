package nl.regiekit.json.internal;

import java.util.Optional;

import nl.regiekit.json.DocumentKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A quick look at a document's bytes for the validation pipeline's quick path, before any tree is
 * built: one pass of the parser, which refuses a document the quick path must leave to the full
 * path.
 */
public final class Peek {

    private Peek() {
    }

    /**
     * The kind and schema version a JSON object names in its top-level {@code kind} and
     * {@code schemaVersion} properties, read by the parser over the whole document, which must
     * hold no {@code null} anywhere: binding would read a {@code null} quietly as an absent value,
     * where the schemas refuse it.
     *
     * @return the kind with the version, or empty if the document is no object, names no known kind
     *     or no version as text, holds a {@code null}, or is malformed
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Envelope> envelope(JsonMapper mapper, byte[] json) {
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Optional<DocumentKind> kind = Optional.empty();
            String version = null;
            int depth = 1;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case VALUE_NULL -> {
                        return Optional.empty();
                    }
                    case START_OBJECT, START_ARRAY -> depth++;
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
     * A document's envelope: what it says it is.
     *
     * @param kind the kind; never null
     * @param schemaVersion the schema version, as written; never null
     */
    public record Envelope(DocumentKind kind, String schemaVersion) {
    }
}
