package nl.regiekit.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.regiekit.json.DocumentKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
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
     * where the schemas refuse it), no name twice in one object (the quick path binds without the
     * parser's own check of that) and no more than {@code maxContainers} objects and arrays (the
     * full path's limit).
     *
     * @return the kind with the version, or empty if the document is no object, names no known kind
     *     or no version as text, holds a {@code null} or a name twice in an object, has too many objects and arrays, or is malformed
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Envelope> envelope(JsonMapper mapper, byte[] json, int maxContainers) {
        // The parser's own check of duplicate names keeps a hash set for every object; the names here
        // are checked with no allocation for an object of a few properties.
        try (JsonParser parser = mapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Optional<DocumentKind> kind = Optional.empty();
            String version = null;
            int depth = 1;
            int containers = 1;
            Names names = new Names();
            names.open(depth);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case VALUE_NULL -> {
                        return Optional.empty();
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (++containers > maxContainers) {
                            return Optional.empty();
                        }
                        names.open(++depth);
                    }
                    case END_OBJECT, END_ARRAY -> names.close(depth--);
                    case PROPERTY_NAME -> {
                        if (!names.add(depth, parser.currentName())) {
                            return Optional.empty();
                        }
                    }
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
     * The property names of the objects a parser is in, to find one given twice in an object: one list of
     * all of them, each object's from where it opened; an object of more than {@link #FEW} names checks
     * them with a set of its own.
     */
    private static final class Names {

        private static final int FEW = 16;

        private final List<String> names = new ArrayList<>();
        private int[] opened = new int[16];
        /** The set of each object of many names, by depth; null for an object of few. */
        private final List<Set<String>> many = new ArrayList<>();

        void open(int depth) {
            if (depth >= opened.length) {
                opened = Arrays.copyOf(opened, opened.length * 2);
            }
            opened[depth] = names.size();
            while (many.size() <= depth) {
                many.add(null);
            }
            many.set(depth, null);
        }

        void close(int depth) {
            names.subList(opened[depth], names.size()).clear();
            many.set(depth, null);
        }

        /** Adds a name of the object at {@code depth}; false if the object has it already. */
        boolean add(int depth, String name) {
            Set<String> set = many.get(depth);
            if (set != null) {
                return set.add(name);
            }
            int from = opened[depth];
            for (int i = from; i < names.size(); i++) {
                if (names.get(i).equals(name)) {
                    return false;
                }
            }
            names.add(name);
            if (names.size() - from > FEW) {
                set = new HashSet<>(names.subList(from, names.size()));
                many.set(depth, set);
            }
            return true;
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
