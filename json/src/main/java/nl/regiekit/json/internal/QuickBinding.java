package nl.regiekit.json.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import nl.regiekit.balance.FactorCatalog;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.json.RegiekitModule;
import nl.regiekit.json.Subtypes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.filter.FilteringParserDelegate;
import tools.jackson.core.filter.TokenFilter;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * The quick path's own binding: from the parser straight to the model's records, without Jackson databind's
 * deserializers, which a fresh JVM spends about a quarter of a second building for a case file and which cost
 * the quick path half its time. It binds exactly what the mapper of {@link nl.regiekit.json.RegiekitJson} binds
 * without a finding, and refuses everything else, for the full path to answer:
 * <ul>
 *   <li>a record from a JSON object of its components, each by its JSON name (the component's, or a mix-in's
 *       {@link JsonProperty}; a mix-in's {@link JsonIgnoreProperties} are passed over), through its canonical
 *       constructor by reflection, as {@link RecordCreators} calls it, or through the static method a mix-in
 *       names its {@link JsonCreator} (a signal's {@code Signal.read}); a generic record with the type arguments
 *       of the component that holds it; a required component
 *       ({@link StrictBinding#required}) that is missing is refused, a list, set or map that is missing is empty,
 *       an {@code Optional} empty;</li>
 *   <li>a string, an {@code int} or {@code long} from a JSON integer of its range, a {@code double} from a
 *       finite JSON number, a {@code boolean}, an
 *       enumeration constant by its exact name, the {@linkplain TextValues text values} through their factories,
 *       lists and sets from arrays, maps with text keys from objects, a sealed type from an object that names its
 *       subtype ({@link Subtypes}) first;</li>
 *   <li>the references of {@link References}: factor scores straight from the parser
 *       ({@link References#quickScore}); agreements and genogram people straight where they are whole, and a
 *       reference parsed again from its bytes as a tree, resolved by {@link References#whole}; the document's
 *       meetings and family, which {@link References#referents} names, bound straight too, and parsed again from
 *       their bytes, only the parts {@link References#settleReads} names, when the first reference needs them; an
 *       assessment's catalogue read as a tree (a text); a referring value that comes before what it refers to (the
 *       plans before the meetings) passed over and parsed again from its bytes after the rest, as the full path's
 *       binding gives it after the rest.</li>
 * </ul>
 * Refused: an unknown name (a name twice and a {@code null} the {@link GuardedParser} refuses), a value of
 * another JSON type (no coercion; also a whole number written {@code 2.0}, which the full path reads), a value a
 * factory or constructor refuses, a reference that does not resolve, a type it does not know (none of the model's
 * today; {@code QuickBindingTests} checks that every valid document of every kind binds). Per record class the
 * binding is made once and shared. Thread-safe.
 */
public final class QuickBinding {

    /** The module whose mix-ins give JSON names and ignored properties, as they give them to Jackson. */
    private static final RegiekitModule MODULE = new RegiekitModule();

    /** The reader of each class, made on first use. */
    private static final ClassValue<Reader> READERS = new ClassValue<>() {
        @Override
        protected Reader computeValue(Class<?> type) {
            return classReader(type);
        }
    };

    private QuickBinding() {
    }

    /**
     * The document {@code bytes} hold, bound to {@code type}, or empty if the quick path does not bind it (see
     * the class's description) or the {@link GuardedParser} it reads through refuses it; also empty if anything
     * follows the document. Only if it is not empty has the guard seen every token.
     *
     * @param bytes the document, UTF-8
     * @param parsers makes the parsers: the mapper's, without its duplicate-key check, which the guard makes
     * @param maxContainers the most objects and arrays the document may hold
     * @param type the document's record type ({@link nl.regiekit.json.DocumentKind#type()})
     * @param catalogs the factor catalogues that factor scores refer to
     */
    public static Optional<Object> bind(byte[] bytes, ObjectReader parsers, int maxContainers, Class<?> type,
                                        FactorCatalogs catalogs) {
        try (JsonParser parser = new GuardedParser(parsers.createParser(bytes), maxContainers)) {
            parser.nextToken();
            Object document = READERS.get(type).read(parser, new State(catalogs, bytes, parsers, parser));
            return parser.nextToken() == null ? Optional.of(document) : Optional.empty();
        } catch (Refused | JacksonException | IllegalArgumentException | NullPointerException e) {
            // A value refused by the parser, a factory, a constructor or a reference that does not resolve.
            return Optional.empty();
        }
    }

    /**
     * The JSON names of a record's components, in their order, as this binding reads them (a mix-in's renames
     * included); empty if it reads the record otherwise, through a mix-in's creator (a signal, whose finding's
     * parts stand beside its own), or not at all. The quick path's check of the constraints points into a
     * document by them ({@link QuickConstraints#onlyViolation}).
     *
     * @throws NullPointerException if {@code type} is null
     */
    public static Optional<List<String>> componentNames(Class<?> type) {
        RecordReader record = type.isRecord() ? RecordReader.of(type) : null;
        return record == null || !(record.creator instanceof Constructor<?>) ? Optional.empty()
            : Optional.of(List.of(record.componentNames));
    }

    /** A value the quick path does not bind; without a stack trace, since it is only a signal. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Refused INSTANCE = new Refused();

        private Refused() {
            super("not bound on the quick path", null, false, false);
        }
    }

    private static Refused refused() {
        return Refused.INSTANCE;
    }

    /** Reads one value, the parser at its first token and left at its last. */
    @FunctionalInterface
    private interface Reader {
        Object read(JsonParser parser, State state);
    }

    /** What a reader of a type it does not know does: refuse. */
    private static final Reader UNKNOWN = (parser, state) -> {
        throw refused();
    };

    /** The reader of a class: a record, a sealed type, an enumeration, a scalar or a text value. */
    private static Reader classReader(Class<?> type) {
        if (type == FactorScore.class) {
            return (parser, state) -> References.quickScore(parser, state.catalog());
        }
        Function<String, ?> factory = TextValues.FACTORIES.get(type);
        if (factory != null) {
            return (parser, state) -> factory.apply(text(parser));
        }
        if (References.resolvedAsTree(type)) {
            return resolving(type);
        }
        if (type.isRecord()) {
            RecordReader record = RecordReader.of(type);
            return record == null ? UNKNOWN : record;
        }
        if (type.isSealed() && Subtypes.property(type) != null) {
            return sealed(type);
        }
        if (type.isEnum()) {
            return enumeration(type);
        }
        return scalar(type);
    }

    private static Reader scalar(Class<?> type) {
        if (type == String.class) {
            return (parser, state) -> text(parser);
        }
        if (type == int.class || type == Integer.class) {
            return (parser, state) -> {
                if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.getNumberType() != JsonParser.NumberType.INT) {
                    throw refused();
                }
                return parser.getIntValue();
            };
        }
        if (type == long.class || type == Long.class) {
            return (parser, state) -> {
                if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw refused();
                }
                return parser.getLongValue();
            };
        }
        if (type == double.class || type == Double.class) {
            return (parser, state) -> {
                if (!parser.currentToken().isNumeric() || !Double.isFinite(parser.getDoubleValue())) {
                    throw refused();
                }
                return parser.getDoubleValue();
            };
        }
        if (type == boolean.class || type == Boolean.class) {
            return (parser, state) -> {
                if (!parser.currentToken().isBoolean()) {
                    throw refused();
                }
                return parser.getBooleanValue();
            };
        }
        return UNKNOWN;
    }

    /** The JSON string the parser is at. */
    private static String text(JsonParser parser) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw refused();
        }
        return parser.getString();
    }

    private static Reader enumeration(Class<?> type) {
        Map<String, Object> byName = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
        }
        return (parser, state) -> {
            Object constant = byName.get(text(parser));
            if (constant == null) {
                throw refused();
            }
            return constant;
        };
    }

    /** A sealed type from an object whose first property names its subtype, as the module writes it. */
    private static Reader sealed(Class<?> type) {
        PropertyNameMatcher property = BinaryNameMatcher.construct(List.of(Subtypes.property(type)));
        Map<String, Class<?>> byName = new HashMap<>();
        Subtypes.names().forEach((subtype, name) -> {
            if (type.isAssignableFrom(subtype)) {
                byName.put(name, subtype);
            }
        });
        return (parser, state) -> {
            if (!parser.hasToken(JsonToken.START_OBJECT) || parser.nextNameMatch(property) != 0) {
                throw refused();
            }
            parser.nextToken();
            Class<?> subtype = byName.get(text(parser));
            if (subtype == null || !(READERS.get(subtype) instanceof RecordReader record)) {
                throw refused();
            }
            return record.properties(parser, state);
        };
    }

    /**
     * An agreement or a genogram person: bound straight from the parser where it is whole, else (a name its record
     * lacks, the agreement's {@code meeting}, or a required component missing, the person's {@code name}) parsed
     * again from its bytes as a tree, resolved by {@link References#whole} and bound from that. Whole, it is what
     * {@code References.whole} gives back unchanged; only a reference (10 of the demo's 16) costs a tree.
     */
    private static Reader resolving(Class<?> type) {
        RecordReader record = RecordReader.of(type);
        if (record == null) {
            return UNKNOWN;
        }
        return (parser, state) -> {
            if (!parser.hasToken(JsonToken.START_OBJECT)) {
                throw refused();
            }
            long from = state.offset(parser.currentTokenLocation());
            Object whole = record.properties(parser, state, true);
            if (whole != RecordReader.NOT_WHOLE) {
                return whole;
            }
            ObjectNode tree = (ObjectNode) state.tree(from, state.offset(parser.currentLocation()),
                TokenFilter.INCLUDE_ALL);
            return fromTree(References.whole(type, tree, state.meetings(), state.family()), record, parser, state);
        };
    }

    /** What {@code reader} reads from {@code tree}. */
    private static Object fromTree(JsonNode tree, Reader reader, JsonParser live, State state) {
        try (JsonParser parser = tree.traverse(live.objectReadContext())) {
            parser.nextToken();
            return reader.read(parser, state);
        }
    }

    /**
     * The reader of a component's type: a class's, a generic record's with its type arguments, or a list's,
     * set's, map's or {@code Optional}'s of its elements.
     *
     * @param variables the type arguments of the record whose component it is, by its type parameters
     */
    private static Reader reader(Type type, Map<TypeVariable<?>, Type> variables) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = variables.get(variable);
            return bound == null ? UNKNOWN : reader(bound, Map.of());
        }
        if (type instanceof Class<?> raw) {
            return raw.isPrimitive() ? READERS.get(raw) : (parser, state) -> READERS.get(raw).read(parser, state);
        }
        if (!(type instanceof ParameterizedType generic) || !(generic.getRawType() instanceof Class<?> raw)) {
            return UNKNOWN;
        }
        Type[] arguments = generic.getActualTypeArguments();
        if (raw.isRecord()) {
            // Made for each component of such a type, since the class alone does not say how to read its values.
            Map<TypeVariable<?>, Type> bound = new HashMap<>();
            for (int i = 0; i < arguments.length; i++) {
                bound.put(raw.getTypeParameters()[i], arguments[i] instanceof TypeVariable<?> v ? variables.get(v)
                    : arguments[i]);
            }
            RecordReader record = RecordReader.ofComponents(raw, MODULE.mixInFor(raw), bound);
            return record == null ? UNKNOWN : record;
        }
        if (raw == Optional.class) {
            Reader value = reader(arguments[0], variables);
            return (parser, state) -> Optional.of(value.read(parser, state));
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            Reader element = reader(arguments[0], variables);
            boolean set = raw == Set.class;
            return (parser, state) -> {
                if (!parser.hasToken(JsonToken.START_ARRAY)) {
                    throw refused();
                }
                Collection<Object> elements = set ? new HashSet<>() : new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(element.read(parser, state));
                }
                return elements;
            };
        }
        if (raw == Map.class && arguments[0] == String.class) {
            Reader value = reader(arguments[1], variables);
            return (parser, state) -> {
                if (!parser.hasToken(JsonToken.START_OBJECT)) {
                    throw refused();
                }
                Map<String, Object> map = new LinkedHashMap<>();
                for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                    parser.nextToken();
                    map.put(name, value.read(parser, state));
                }
                return map;
            };
        }
        return UNKNOWN;
    }

    /**
     * A record's binding: its components' JSON names, readers and values when missing, and how it is made: its
     * canonical constructor, or the static method a mix-in names as its creator, with the parameters' names.
     */
    private static final class RecordReader implements Reader {

        /** The canonical constructor or the creator method, called by reflection as {@link RecordCreators} does. */
        private final Executable creator;
        /** The components' JSON names, then the names passed over. */
        private final PropertyNameMatcher names;
        private final String[] componentNames;
        private final Reader[] readers;
        /** Each component's value when it is missing; null if it is required. */
        private final Object[] missing;
        /** What the references inside a value of this record name, or null. */
        private final References.Referents referents;
        /** What {@link #properties(JsonParser, State, boolean)} gives for an object that may be a reference. */
        static final Object NOT_WHOLE = new Object();

        private RecordReader(Executable creator, List<String> names, Reader[] readers, Object[] missing,
                             References.Referents referents) {
            this.creator = creator;
            this.names = BinaryNameMatcher.construct(names);
            this.componentNames = names.subList(0, readers.length).toArray(String[]::new);
            this.readers = readers;
            this.missing = missing;
            this.referents = referents;
        }

        /** The binding of {@code type}, or null if this module may not call its constructor or creator. */
        static RecordReader of(Class<?> type) {
            Class<?> mixIn = MODULE.mixInFor(type);
            Method named = mixIn == null ? null : Arrays.stream(mixIn.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(JsonCreator.class)).findFirst().orElse(null);
            return named != null ? ofCreator(type, named) : ofComponents(type, mixIn, Map.of());
        }

        /**
         * The binding through the record's canonical constructor, its components named as {@code mixIn} names them.
         *
         * @param variables the record's type arguments, by its type parameters
         */
        static RecordReader ofComponents(Class<?> type, Class<?> mixIn, Map<TypeVariable<?>, Type> variables) {
            RecordComponent[] components = type.getRecordComponents();
            Map<String, String> renamed = Findings.JsonNames.renamedBy(mixIn);
            List<String> names = new ArrayList<>();
            Reader[] readers = new Reader[components.length];
            Object[] missing = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                names.add(renamed.getOrDefault(component.getName(), component.getName()));
                readers[i] = reader(component.getGenericType(), variables);
                types[i] = component.getType();
                missing[i] = missing(types[i], component.getAccessor()::getAnnotation);
            }
            JsonIgnoreProperties ignored = mixIn == null ? null : mixIn.getAnnotation(JsonIgnoreProperties.class);
            if (ignored != null) {
                names.addAll(List.of(ignored.value()));
            }
            try {
                return made(type.getDeclaredConstructor(types), names, readers, missing, type);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor", e);
            }
        }

        /**
         * The binding through the static method of {@code type} that the mix-in's {@link JsonCreator} {@code named}
         * stands for, its parameters named by their {@link JsonProperty}.
         */
        private static RecordReader ofCreator(Class<?> type, Method named) {
            Method method;
            try {
                method = type.getDeclaredMethod(named.getName(), named.getParameterTypes());
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a mix-in's creator that its type lacks", e);
            }
            Parameter[] parameters = method.getParameters();
            Parameter[] namedBy = named.getParameters();
            List<String> names = new ArrayList<>();
            Reader[] readers = new Reader[parameters.length];
            Object[] missing = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                JsonProperty property = namedBy[i].getAnnotation(JsonProperty.class);
                if (property == null) {
                    return null;
                }
                names.add(property.value());
                readers[i] = reader(parameters[i].getParameterizedType(), Map.of());
                missing[i] = missing(parameters[i].getType(), parameters[i]::getAnnotation);
            }
            return made(method, names, readers, missing, type);
        }

        private static RecordReader made(Executable creator, List<String> names, Reader[] readers, Object[] missing,
                                         Class<?> type) {
            return creator.trySetAccessible()
                ? new RecordReader(creator, names, readers, missing, References.referents(type)) : null;
        }

        /**
         * The value of a component of {@code type} when it is missing: empty, or null if it is required
         * ({@link StrictBinding#required}).
         */
        private static Object missing(Class<?> type, StrictBinding.Annotations annotations) {
            if (StrictBinding.required(type, annotations)) {
                return null;
            }
            if (type == Optional.class) {
                return Optional.empty();
            }
            if (Map.class.isAssignableFrom(type)) {
                return Map.of();
            }
            return Set.class.isAssignableFrom(type) ? Set.of() : List.of();
        }

        @Override
        public Object read(JsonParser parser, State state) {
            if (!parser.hasToken(JsonToken.START_OBJECT)) {
                throw refused();
            }
            return properties(parser, state);
        }

        /** The record from the properties that follow, up to the end of the object the parser is in. */
        Object properties(JsonParser parser, State state) {
            return properties(parser, state, false);
        }

        /**
         * The record from the properties that follow, up to the end of the object the parser is in; or, if
         * {@code orNotWhole}, {@link #NOT_WHOLE} where an unknown name or a missing required component refuses it,
         * the parser passed over the rest of the object.
         */
        Object properties(JsonParser parser, State state, boolean orNotWhole) {
            Owner outer = state.owner;
            Optional<FactorCatalog> catalog = state.catalog;
            if (referents != null) {
                state.owner = new Owner(referents, parser.streamReadContext());
                state.owner.settle(state);
            }
            try {
                Object[] values = new Object[readers.length];
                List<long[]> deferred = null;
                for (int i = parser.nextNameMatch(names); i != PropertyNameMatcher.MATCH_END_OBJECT;
                     i = parser.nextNameMatch(names)) {
                    if (i < 0 && orNotWhole) {
                        passRest(parser);
                        return NOT_WHOLE;
                    }
                    if (i < 0) {
                        throw refused();
                    }
                    Owner owner = state.owner;
                    // At the name, the parser's context is the object's, which the path is of.
                    String path = owner == null || i >= readers.length ? null : owner.path(parser, componentNames[i]);
                    parser.nextToken();
                    if (i >= readers.length) {
                        parser.skipChildren();
                        continue;
                    }
                    if (path == null) {
                        values[i] = readers[i].read(parser, state);
                    } else if (owner.paths.contains(path) && parser.currentToken().isStructStart()) {
                        // Bound straight; the tree References settles on is parsed from its bytes when asked for.
                        long from = state.offset(parser.currentTokenLocation());
                        values[i] = readers[i].read(parser, state);
                        owner.unread(path, from, state.offset(parser.currentLocation()));
                    } else if (owner.paths.contains(path)) {
                        // A scalar (an assessment's catalogue): its tree is a node.
                        JsonNode tree = parser.readValueAsTree();
                        owner.found(path, tree);
                        values[i] = fromTree(tree, readers[i], parser, state);
                    } else if (owner.waits(path)) {
                        deferred = deferred == null ? new ArrayList<>() : deferred;
                        deferred.add(new long[] {i, state.skipped(parser), parser.currentLocation().getByteOffset()});
                    } else {
                        values[i] = readers[i].read(parser, state);
                    }
                }
                for (int d = 0; deferred != null && d < deferred.size(); d++) {
                    long[] range = deferred.get(d);
                    long base = state.base;
                    try (JsonParser again = state.again(range[1], range[2])) {
                        state.base = range[1];
                        again.nextToken();
                        values[(int) range[0]] = readers[(int) range[0]].read(again, state);
                    } finally {
                        state.base = base;
                    }
                }
                return orNotWhole && missesRequired(values) ? NOT_WHOLE : construct(values);
            } finally {
                // What an object's references name holds inside it only: an assessment's catalogue, its scores.
                state.owner = outer;
                state.catalog = catalog;
            }
        }

        /** Passes over the rest of the object the parser is in, from a property's name to the object's end. */
        private static void passRest(JsonParser parser) {
            do {
                parser.nextToken();
                parser.skipChildren();
            } while (parser.nextToken() == JsonToken.PROPERTY_NAME);
        }

        /** Whether a required component has no value. */
        private boolean missesRequired(Object[] values) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null && missing[i] == null) {
                    return true;
                }
            }
            return false;
        }

        private Object construct(Object[] values) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    values[i] = missing[i];
                    if (values[i] == null) {
                        throw refused();
                    }
                }
            }
            try {
                return creator instanceof Constructor<?> constructor ? constructor.newInstance(values)
                    : ((Method) creator).invoke(null, values);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw refused();
            } catch (ReflectiveOperationException e) {
                throw refused();
            }
        }
    }

    /**
     * The innermost object being bound whose references name values inside it ({@link References#referents}),
     * and what of those values was found so far, by path: as trees, or as the byte ranges of values bound straight,
     * parsed as trees only when a reference needs what they give ({@link #settle}).
     */
    private static final class Owner {
        final References.Referents referents;
        final Set<String> paths;
        final TokenStreamContext object;
        private final Map<String, JsonNode> found = new HashMap<>();
        /** The values found but not parsed as trees yet: their first and last byte, by path. */
        private final Map<String, long[]> unread = new HashMap<>();
        /** Whether References was told what {@link #found} holds now. */
        private boolean settled;

        Owner(References.Referents referents, TokenStreamContext object) {
            this.referents = referents;
            this.paths = referents.paths();
            this.object = object;
        }

        /**
         * The path of a property just read, as {@link References.Referents} names paths: its name in the object,
         * or joined to the name of the property whose object holds it; null deeper.
         */
        String path(JsonParser parser, String name) {
            TokenStreamContext context = parser.streamReadContext();
            if (context == object) {
                return name;
            }
            return context.getParent() == object ? object.currentName() + '/' + name : null;
        }

        /** Whether the property at {@code path} refers to values not found yet. */
        boolean waits(String path) {
            Set<String> needs = referents.referrers().get(path);
            if (needs == null) {
                return false;
            }
            for (String need : needs) {
                if (!found.containsKey(need) && !unread.containsKey(need)) {
                    return true;
                }
            }
            return false;
        }

        /** The value at {@code path}, found as a tree. */
        void found(String path, JsonNode tree) {
            found.put(path, tree);
            settled = false;
        }

        /** The value at {@code path}, found and bound straight, from byte {@code from} up to {@code to}. */
        void unread(String path, long from, long to) {
            unread.put(path, new long[] {from, to});
            settled = false;
        }

        /** Tells {@code state} what the values found so far give ({@link References#settle}), if not told yet. */
        void settle(State state) {
            if (settled) {
                return;
            }
            unread.forEach((path, range) -> found.put(path, state.tree(range[0], range[1],
                References.settleReads(path))));
            unread.clear();
            References.settle(referents, found, state.catalogs, state);
            settled = true;
        }
    }

    /** What one binding knows as it reads: the document, the catalogues, and what references name. */
    private static final class State implements References.Referred {
        final FactorCatalogs catalogs;
        final byte[] bytes;
        final ObjectReader parsers;
        /** The guarded parser of the whole document. */
        final JsonParser live;
        Owner owner;
        /** The offset in {@link #bytes} of the parser's first byte: a value parsed {@link #again} starts there. */
        long base;
        private Map<String, ObjectNode> meetings;
        private Map<String, ObjectNode> family;
        private Optional<FactorCatalog> catalog = Optional.empty();

        State(FactorCatalogs catalogs, byte[] bytes, ObjectReader parsers, JsonParser live) {
            this.catalogs = catalogs;
            this.bytes = bytes;
            this.parsers = parsers;
            this.live = live;
        }

        /**
         * Passes over the array or object {@code parser} is at, to be bound later from the bytes again
         * ({@link #again}), and gives the offset of its first byte. Read again rather than kept as tokens,
         * which would cost a copy of every string in it: the guard has seen its tokens as it passed over them.
         */
        long skipped(JsonParser parser) {
            if (parser != live || !parser.currentToken().isStructStart()) {
                throw refused();
            }
            long from = parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            return from;
        }

        /** A parser of the bytes from {@code from} up to {@code to}, a value {@link #skipped} before. */
        JsonParser again(long from, long to) {
            return parsers.createParser(bytes, (int) from, (int) (to - from));
        }

        /**
         * The offset in {@link #bytes} of {@code location} of the parser being read; refused where it has none (a
         * tree's parser), which no value the binding passes there needs.
         */
        long offset(TokenStreamLocation location) {
            if (location.getByteOffset() < 0) {
                throw refused();
            }
            return base + location.getByteOffset();
        }

        /**
         * The parts {@code filter} takes of the value from byte {@code from} up to {@code to}, as a tree; null if
         * it takes none. The guard has seen its tokens.
         */
        JsonNode tree(long from, long to, TokenFilter filter) {
            JsonParser again = again(from, to);
            try (JsonParser filtered = filter == TokenFilter.INCLUDE_ALL ? again : new FilteringParserDelegate(again,
                filter, TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH, true)) {
                return filtered.nextToken() == null ? null : filtered.readValueAsTree();
            }
        }

        /** The document's meetings' whole agreements, as far as found ({@link References.Referred#meetings}). */
        Map<String, ObjectNode> meetings() {
            settle();
            return meetings;
        }

        /** The document's family members, as far as found ({@link References.Referred#family}). */
        Map<String, ObjectNode> family() {
            settle();
            return family;
        }

        /** The catalogue of the assessment being read, if known ({@link References.Referred#catalog}). */
        Optional<FactorCatalog> catalog() {
            settle();
            return catalog;
        }

        private void settle() {
            if (owner != null) {
                owner.settle(this);
            }
        }

        @Override
        public void meetings(Map<String, ObjectNode> agreements) {
            meetings = agreements;
        }

        @Override
        public void family(Map<String, ObjectNode> members) {
            family = members;
        }

        @Override
        public void catalog(Optional<FactorCatalog> found) {
            catalog = found;
        }
    }
}
