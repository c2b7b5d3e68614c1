package nl.regiekit.json.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TreeNode;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.type.ResolvedType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * The parser the quick path binds through: while binding reads, it refuses what binding would read
 * quietly or not see at all, in the same pass: a JSON {@code null} anywhere (binding would read it as an
 * absent value, where the schemas refuse it), a name given twice in one object (the quick path's parser
 * does not check that itself, since its check keeps a set of names for every object) and more than
 * {@code maxContainers} objects and arrays (the full path's limit). A refusal is a
 * {@link StreamReadException}, and every read after it throws again, so that no binding that caught it
 * can finish. Every way of reading on goes through {@link #nextToken()}, or reads one token of the
 * parser it wraps and looks at it the same way, so that no token passes unseen. Not thread-safe; one per
 * document.
 */
public final class GuardedParser extends JsonParserDelegate {

    /** The most names of one object compared one by one; an object of more has a set of its own. */
    private static final int FEW = 16;
    /** A set of an object of many names is emptied for the next object at its depth up to this size, else dropped. */
    private static final int REUSED = 64;

    private final int maxContainers;
    private int containers;
    /** How deep in objects the parser is; arrays do not count, since names belong to the innermost object. */
    private int depth;
    /** The names of the objects the parser is in, each object's from where it opened. */
    private String[] names = new String[32];
    private int size;
    /** Where each object's names start in {@link #names}, by depth. */
    private int[] opened = new int[16];
    /** The set of each object of many names, by depth, kept for the next object at that depth. */
    private Set<String>[] sets = newSets(16);
    /** Whether the object at each depth has more than {@link #FEW} names, held in its set. */
    private boolean[] many = new boolean[16];
    private boolean refused;

    /**
     * A guard over {@code parser}, which must be at the start of the document.
     *
     * @param maxContainers the most objects and arrays the document may hold
     */
    public GuardedParser(JsonParser parser, int maxContainers) {
        super(parser);
        this.maxContainers = maxContainers;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<String>[] newSets(int length) {
        return new Set[length];
    }

    @Override
    public JsonToken nextToken() {
        refuseAgain();
        return seen(delegate.nextToken());
    }

    @Override
    public String nextName() {
        refuseAgain();
        String name = delegate.nextName();
        seen(delegate.currentToken());
        return name;
    }

    @Override
    public boolean nextName(SerializableString name) {
        return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
        refuseAgain();
        int match = delegate.nextNameMatch(matcher);
        seen(delegate.currentToken());
        return match;
    }

    @Override
    public JsonToken nextValue() {
        JsonToken token = nextToken();
        return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() {
        JsonToken token = currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        for (int open = 1; open > 0; ) {
            token = nextToken();
            if (token == null) {
                return this;
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    @Override
    public <T> T readValueAs(Class<T> type) {
        return objectReadContext().readValue(this, type);
    }

    @Override
    public <T> T readValueAs(TypeReference<T> type) {
        return objectReadContext().readValue(this, type);
    }

    @Override
    public <T> T readValueAs(ResolvedType type) {
        return objectReadContext().readValue(this, type);
    }

    @Override
    public <T extends TreeNode> T readValueAsTree() {
        return objectReadContext().readTree(this);
    }

    private void refuseAgain() {
        if (refused) {
            throw new StreamReadException(this, "the quick path refused the document");
        }
    }

    /** Looks at the token the wrapped parser is at now, refusing the document if it must. */
    private JsonToken seen(JsonToken token) {
        if (token == null) {
            return null;
        }
        switch (token) {
            case VALUE_NULL -> refuse("a null value");
            case START_OBJECT -> {
                counted();
                open();
            }
            case START_ARRAY -> counted();
            case END_OBJECT -> size = opened[depth--];
            case PROPERTY_NAME -> {
                if (!added(delegate.currentName())) {
                    refuse("a name twice in an object");
                }
            }
            default -> {
            }
        }
        return token;
    }

    private void counted() {
        if (++containers > maxContainers) {
            refuse("too many objects and arrays");
        }
    }

    private void refuse(String what) {
        refused = true;
        throw new StreamReadException(this, "the quick path refused the document: " + what);
    }

    private void open() {
        if (++depth >= opened.length) {
            opened = Arrays.copyOf(opened, opened.length * 2);
            many = Arrays.copyOf(many, many.length * 2);
            sets = Arrays.copyOf(sets, sets.length * 2);
        }
        opened[depth] = size;
        many[depth] = false;
    }

    /** Adds a name of the innermost object; false if the object has it already. */
    private boolean added(String name) {
        if (many[depth]) {
            return sets[depth].add(name);
        }
        int from = opened[depth];
        for (int i = from; i < size; i++) {
            if (names[i].equals(name)) {
                return false;
            }
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size++] = name;
        if (size - from > FEW) {
            Set<String> set = sets[depth];
            if (set == null || set.size() > REUSED) {
                set = new HashSet<>();
                sets[depth] = set;
            } else {
                set.clear();
            }
            set.addAll(Arrays.asList(names).subList(from, size));
            many[depth] = true;
            size = from;
        }
        return true;
    }
}
