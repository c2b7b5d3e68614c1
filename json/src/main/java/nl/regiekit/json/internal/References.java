package nl.regiekit.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.Factor;
import nl.regiekit.balance.FactorCatalog;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.FactorCategory;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.genogram.Relative;
import nl.regiekit.plan.Agreement;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.filter.TokenFilter;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.util.TokenBuffer;

/**
 * References in a document where it would otherwise repeat what it holds elsewhere (issue 17), and how
 * binding resolves them while it reads, so that the model and the rules see whole values:
 * <ul>
 *   <li>a plan's agreement that names the {@code meeting} it was made at is that meeting's agreement of the
 *       same {@code id}, with the fields it gives in place of the meeting's;</li>
 *   <li>a factor score without {@code category} or {@code weight} takes them from its factor in the
 *       assessment's catalogue ({@code catalog} and {@code catalogVersion}), found among the factor
 *       catalogues given to the reader as the attribute {@code FactorCatalogs.class} (the built-in ones
 *       where none are given);</li>
 *   <li>a genogram person without {@code name} is the family member of its {@code id}: name, gender and
 *       the year of birth are the member's, unless it gives them.</li>
 * </ul>
 * A reference that does not resolve is a {@link ModelCodes#DANGLING_REFERENCE} at the reference (the
 * agreement's {@code meeting}, the score's {@code factor}, the person's {@code id}), as binding reports
 * every broken invariant. Writing gives the short form wherever a reference resolves back to exactly
 * the same value: a case file's plan agreements that a meeting of the file holds, a case file's or a
 * balance document's factor scores whose category and weight are the catalogue's (the built-in
 * catalogues, or those given to the writer as the same attribute), and a case file's genogram people
 * who are family members by their name. Everything else is written whole.
 */
public final class References {

    /** Per-call attribute: the whole agreements of the document's meetings, by meeting and agreement. */
    private static final Object MEETING_AGREEMENTS = new Object();
    /** Per-call attribute: the family members' {@code person} objects, by identifier. */
    private static final Object FAMILY = new Object();
    /** Per-call attribute: the catalogue of the assessment being read. */
    private static final Object CATALOG = new Object();

    /** In a document: the meetings and the family that references name, and the parts that hold them. */
    private static final Referents DOCUMENT_REFERENTS = new Referents(
        Map.of("plans", Set.of("meetings"), "genogram", Set.of("case/family")));
    /** In an assessment: the catalogue its scores' factors are found in. */
    private static final Referents ASSESSMENT_REFERENTS = new Referents(
        Map.of("scores", Set.of("catalog", "catalogVersion")));

    /** The lists of a document's meetings whose agreements plan agreements refer to. */
    private static final List<String> MEETING_LISTS = List.of("familyCouncils", "careConferences");
    /**
     * What {@link #settle} reads of the values at the document's referents' paths, {@code *} for any element:
     * what {@link #meetingAgreements} and {@link #family} look at.
     */
    private static final Map<String, List<List<String>>> SETTLE_READS = Map.of(
        "meetings", MEETING_LISTS.stream().flatMap(list -> Stream.of(List.of(list, "*", "id"),
            List.of(list, "*", "agreements"))).toList(),
        "case/family", List.of(List.of("members", "*", "person")));

    /** Reads the tree a serializer writes; it knows no Regiekit type. */
    private static final JsonMapper TREES = JsonMapper.builder().build();

    private References() {
    }

    /**
     * Where the values that references name go as they are found: the whole agreements of a document's meetings,
     * its family members, the catalogue of an assessment.
     */
    interface Referred {

        /** The document's meetings' whole agreements, by {@link #key meeting and agreement}. */
        void meetings(Map<String, ObjectNode> agreements);

        /** The document's family members' {@code person} objects, by identifier. */
        void family(Map<String, ObjectNode> members);

        /** The catalogue of the assessment being read, if known. */
        void catalog(Optional<FactorCatalog> catalog);
    }

    /**
     * What the references inside an object of {@code type} name, or null if none name anything inside it: a
     * case file's or a meeting-minutes document's meetings and family, an assessment's catalogue.
     */
    static Referents referents(Class<?> type) {
        if (type == CaseFile.class || type == nl.regiekit.json.MeetingMinutesDocument.class) {
            return DOCUMENT_REFERENTS;
        }
        return type == Assessment.class ? ASSESSMENT_REFERENTS : null;
    }

    /**
     * Tells {@code into} what the values {@code found} so far at the paths of {@code referents} give: for a
     * document the whole agreements of its meetings and its family members, for an assessment its catalogue.
     *
     * @param found the trees read at the paths of {@code referents}, by path
     * @param catalogs the factor catalogues an assessment's catalogue is found in
     */
    static void settle(Referents referents, Map<String, JsonNode> found, FactorCatalogs catalogs, Referred into) {
        if (referents == ASSESSMENT_REFERENTS) {
            into.catalog(catalog(catalogs, found.get("catalog"), found.get("catalogVersion")));
        } else {
            into.meetings(meetingAgreements(found.get("meetings")));
            into.family(family(found.get("case/family")));
        }
    }

    /**
     * The parts of the value at {@code path} of a {@link Referents} that {@link #settle} reads, as a filter of its
     * tokens: a tree of only those settles to the same as the whole value's tree. {@link TokenFilter#INCLUDE_ALL}
     * for a path it reads whole.
     */
    static TokenFilter settleReads(String path) {
        List<List<String>> reads = SETTLE_READS.get(path);
        return reads == null ? TokenFilter.INCLUDE_ALL : new Within(reads);
    }

    /** Takes the values at {@code paths} in the value filtered, {@code *} standing for any element of an array. */
    private static final class Within extends TokenFilter {

        private final List<List<String>> paths;

        Within(List<List<String>> paths) {
            this.paths = paths;
        }

        @Override
        public TokenFilter includeProperty(String name) {
            return step(name);
        }

        @Override
        public TokenFilter includeElement(int index) {
            return step("*");
        }

        @Override
        protected boolean _includeScalar() {
            return false;
        }

        /** The filter of what {@code segment} holds: all of it at a path's end, else the paths through it. */
        private TokenFilter step(String segment) {
            List<List<String>> rest = new ArrayList<>();
            for (List<String> path : paths) {
                if (path.get(0).equals(segment)) {
                    if (path.size() == 1) {
                        return INCLUDE_ALL;
                    }
                    rest.add(path.subList(1, path.size()));
                }
            }
            return rest.isEmpty() ? null : new Within(rest);
        }
    }

    /** Whether a value of {@code type} may be a reference that {@link #whole} resolves: an agreement, a genogram person. */
    static boolean resolvedAsTree(Class<?> type) {
        return type == Agreement.class || type == Relative.class;
    }

    /**
     * An agreement or a genogram person whole: from what it refers to where it does.
     *
     * @param meetings the whole agreements of the document's meetings, or null outside a document
     * @param family the document's family members, or null outside a document
     * @throws ModelViolation if the reference does not resolve
     */
    static JsonNode whole(Class<?> type, ObjectNode object, Map<String, ObjectNode> meetings,
                          Map<String, ObjectNode> family) {
        if (type == Agreement.class) {
            return object.has("meeting") ? agreement(object, meetings) : object;
        }
        return object.has("name") ? object : relative(object, family);
    }

    /**
     * A factor score read from the parser as the model's binding reads it from the tree it completes,
     * for the quick path ({@link QuickBinding}): every property once, of its JSON type, with the
     * category and weight of its factor in {@code catalog} where it leaves them out. What it does not bind so
     * is refused, and the full path reports it: an unknown or repeated property, a value of another JSON
     * type, a category that is no constant's name, a factor that does not resolve, an invariant broken;
     * and, though the full path reads them, a whole number written with a fraction ({@code 4.0},
     * {@code 4e0}) or beyond the {@code int} range.
     *
     * @param parser at the score's first token
     * @param catalog the assessment's catalogue, if known
     * @throws DatabindException if the score is refused; its message holds no value of the document
     */
    static FactorScore quickScore(JsonParser parser, Optional<FactorCatalog> catalog) {
        String factor = null;
        String category = null;
        Integer score = null;
        Integer weight = null;
        List<LifeDomainCode> domains = null;
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            throw refused(parser, null);
        }
        try {
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                parser.nextToken();
                switch (name) {
                    case "factor" -> factor = once(factor, text(parser), parser);
                    case "category" -> category = once(category, text(parser), parser);
                    case "score" -> score = once(score, integer(parser), parser);
                    case "weight" -> weight = once(weight, integer(parser), parser);
                    case "domains" -> domains = once(domains, codes(parser), parser);
                    default -> throw refused(parser, null);
                }
            }
            if (!parser.hasToken(JsonToken.END_OBJECT) || factor == null || score == null) {
                throw refused(parser, null);
            }
            FactorCategory given = category == null ? null : FactorCategory.valueOf(category);
            if (given == null || weight == null) {
                Factor named = factor(catalog, factor).orElseThrow(() -> refused(parser, null));
                given = given == null ? named.category() : given;
                weight = weight == null ? named.weight() : weight;
            }
            return new FactorScore(new FactorId(factor), given, score, weight, domains);
        } catch (IllegalArgumentException | NullPointerException broken) {
            throw refused(parser, broken);
        }
    }

    /** {@code value}, unless the property had one already. */
    private static <T> T once(T before, T value, JsonParser parser) {
        if (before != null) {
            throw refused(parser, null);
        }
        return value;
    }

    /** The JSON string the parser is at. */
    private static String text(JsonParser parser) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw refused(parser, null);
        }
        return parser.getString();
    }

    /** The JSON integer of the {@code int} range the parser is at. */
    private static int integer(JsonParser parser) {
        if (!parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw refused(parser, null);
        }
        return parser.getIntValue();
    }

    /** The array of life-domain codes the parser is at. */
    private static List<LifeDomainCode> codes(JsonParser parser) {
        if (!parser.hasToken(JsonToken.START_ARRAY)) {
            throw refused(parser, null);
        }
        List<LifeDomainCode> codes = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            codes.add(new LifeDomainCode(text(parser)));
        }
        return codes;
    }

    /** A score the quick path does not bind; the message holds no value of the document. */
    private static DatabindException refused(JsonParser parser, RuntimeException cause) {
        return DatabindException.from(parser, "factor score not bound on the quick path", cause);
    }

    /** The factor catalogues an attribute gives, else the built-in ones. */
    static FactorCatalogs catalogs(Object attribute) {
        return attribute instanceof FactorCatalogs given ? given : BuiltIn.FACTORS;
    }

    /** Built once, on first use. */
    private static final class BuiltIn {
        static final FactorCatalogs FACTORS = FactorCatalogs.builtIn();
    }

    /** The catalogue an assessment names by identifier and version, if known. */
    private static Optional<FactorCatalog> catalog(FactorCatalogs catalogs, JsonNode id, JsonNode version) {
        if (id == null || version == null || !id.isString() || !version.isString()) {
            return Optional.empty();
        }
        return catalogs.all().stream()
            .filter(c -> c.id().value().equals(id.asString()) && c.version().equals(version.asString()))
            .findFirst();
    }

    /** The factor of {@code catalog} a score names, if any. */
    private static Optional<Factor> factor(Optional<FactorCatalog> catalog, JsonNode score) {
        JsonNode id = score.get("factor");
        return id == null || !id.isString() ? Optional.empty() : factor(catalog, id.asString());
    }

    /** The factor of {@code catalog} of identifier {@code id}, if any. */
    private static Optional<Factor> factor(Optional<FactorCatalog> catalog, String id) {
        // A text that is no identifier names no factor of any catalogue.
        return catalog.isEmpty() || !Identifier.matchesPattern(id) ? Optional.empty()
            : catalog.get().factor(FactorId.of(id));
    }

    /** The whole agreements of the meetings under {@code meetings}, keyed by meeting and agreement. */
    private static Map<String, ObjectNode> meetingAgreements(JsonNode meetings) {
        Map<String, ObjectNode> found = new HashMap<>();
        if (meetings == null) {
            return found;
        }
        for (String list : MEETING_LISTS) {
            for (JsonNode meeting : elements(meetings.get(list))) {
                JsonNode id = meeting.get("id");
                for (JsonNode agreement : elements(meeting.get("agreements"))) {
                    JsonNode agreementId = agreement.get("id");
                    if (id != null && id.isString() && agreement instanceof ObjectNode whole
                        && agreementId != null && agreementId.isString() && !whole.has("meeting")) {
                        found.putIfAbsent(key(id.asString(), agreementId.asString()), whole);
                    }
                }
            }
        }
        return found;
    }

    /** The {@code person} objects of the members of {@code family}, by identifier. */
    private static Map<String, ObjectNode> family(JsonNode family) {
        Map<String, ObjectNode> found = new HashMap<>();
        for (JsonNode member : elements(family == null ? null : family.get("members"))) {
            JsonNode person = member.get("person");
            JsonNode id = person == null ? null : person.get("id");
            if (person instanceof ObjectNode whole && id != null && id.isString()) {
                found.putIfAbsent(id.asString(), whole);
            }
        }
        return found;
    }

    /** The year a person's birth date gives, if it has one of the form {@code yyyy-MM-dd}. */
    private static Optional<Integer> birthYear(JsonNode person) {
        JsonNode date = person.get("birthDate");
        if (date == null || !date.isString() || !yearFirst(date.asString())) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(date.asString().substring(0, 4)));
    }

    /** Whether {@code text} starts with four digits and a hyphen. */
    private static boolean yearFirst(String text) {
        if (text.length() < 5 || text.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String key(String meeting, String agreement) {
        return meeting + '\u0000' + agreement;
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(list::add);
        }
        return list;
    }

    // ---------------------------------------------------------------- reading

    /** The agreement a plan's agreement refers to, with the fields it gives in its place. */
    static JsonNode agreement(ObjectNode node, Map<String, ObjectNode> meetings) {
        JsonNode meeting = node.get("meeting");
        JsonNode id = node.get("id");
        ObjectNode referent = meeting != null && meeting.isString() && id != null && id.isString() && meetings != null
            ? meetings.get(key(meeting.asString(), id.asString())) : null;
        if (referent == null) {
            throw new ModelViolation(ModelCodes.DANGLING_REFERENCE, "/meeting");
        }
        ObjectNode whole = referent.deepCopy();
        node.properties().forEach(e -> {
            if (!e.getKey().equals("meeting")) {
                whole.set(e.getKey(), e.getValue());
            }
        });
        return whole;
    }

    /** A factor score with its factor's category and weight where it leaves them out: {@code node}, completed. */
    static JsonNode score(ObjectNode node, Optional<FactorCatalog> catalog) {
        Factor factor = factor(catalog, node).orElseThrow(
            () -> new ModelViolation(ModelCodes.DANGLING_REFERENCE, "/factor"));
        ObjectNode whole = node;
        if (!whole.has("category")) {
            whole.put("category", factor.category().name());
        }
        if (!whole.has("weight")) {
            whole.put("weight", factor.weight());
        }
        return whole;
    }

    /** A genogram person with the family member's name, gender and year of birth where it leaves them out. */
    static JsonNode relative(ObjectNode node, Map<String, ObjectNode> family) {
        JsonNode id = node.get("id");
        ObjectNode person = id != null && id.isString() && family != null ? family.get(id.asString()) : null;
        if (person == null) {
            throw new ModelViolation(ModelCodes.DANGLING_REFERENCE, "/id");
        }
        ObjectNode whole = JsonNodeFactory.instance.objectNode();
        whole.set("id", id);
        whole.set("name", person.get("name"));
        if (person.has("gender")) {
            whole.set("gender", person.get("gender"));
        }
        birthYear(person).ifPresent(year -> whole.put("birthYear", year));
        node.properties().forEach(e -> whole.set(e.getKey(), e.getValue()));
        return whole;
    }

    /** Wraps the deserializers of the types that hold or resolve references. */
    public static final class Reading extends ValueDeserializerModifier {

        private static final long serialVersionUID = 1L;

        /** Creates the modifier. */
        public Reading() {
        }

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            Class<?> raw = description.getBeanClass();
            if (raw == CaseFile.class || raw == nl.regiekit.json.MeetingMinutesDocument.class) {
                return new Resolving(deserializer, Step.DOCUMENT);
            }
            if (raw == Assessment.class) {
                return new Resolving(deserializer, Step.ASSESSMENT);
            }
            if (raw == Agreement.class) {
                return new Resolving(deserializer, Step.AGREEMENT);
            }
            if (raw == FactorScore.class) {
                return new Resolving(deserializer, Step.SCORE);
            }
            return raw == Relative.class ? new Resolving(deserializer, Step.RELATIVE) : deserializer;
        }
    }

    /** What a wrapped deserializer does before the model's own binding. */
    private enum Step { DOCUMENT, ASSESSMENT, AGREEMENT, SCORE, RELATIVE }

    /**
     * Reads the value, resolves its references (as a tree: a small object) or gathers what the references
     * inside it name (as tokens: a document or an assessment), and binds it with the model's own deserializer.
     */
    private static final class Resolving extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        private final Step step;

        Resolving(ValueDeserializer<?> delegatee, Step step) {
            super(delegatee);
            this.step = step;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new Resolving(delegatee, step);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return switch (step) {
                case DOCUMENT -> document(parser, context);
                case ASSESSMENT -> assessment(parser, context);
                default -> resolved(context.readTree(parser), context);
            };
        }

        /** An agreement, a score or a genogram person, whole: from what it refers to where it does. */
        @SuppressWarnings("unchecked")
        private Object resolved(JsonNode node, DeserializationContext context) {
            if (!(node instanceof ObjectNode object)) {
                return bind(node, context);
            }
            JsonNode whole = step == Step.SCORE
                ? object.has("category") && object.has("weight") ? object : score(object, catalog(context))
                : whole(step == Step.AGREEMENT ? Agreement.class : Relative.class, object,
                    (Map<String, ObjectNode>) context.getAttribute(MEETING_AGREEMENTS),
                    (Map<String, ObjectNode>) context.getAttribute(FAMILY));
            return bind(whole, context);
        }

        /**
         * A whole document, bound from the parser as it reads: its meetings and its family, which the
         * references inside it name, are read as trees when they come; a plan or a genogram that comes
         * before what it refers to is kept as tokens and given to the binding after the rest.
         */
        private Object document(JsonParser parser, DeserializationContext context) {
            FactorCatalogs catalogs = catalogs(context.getAttribute(FactorCatalogs.class));
            return referentsFirst(parser, context, DOCUMENT_REFERENTS,
                found -> settle(DOCUMENT_REFERENTS, found, catalogs, into(context)));
        }

        /** An assessment, bound with the catalogue it names at hand for its scores. */
        private Object assessment(JsonParser parser, DeserializationContext context) {
            Object outer = context.getAttribute(CATALOG);
            FactorCatalogs catalogs = catalogs(context.getAttribute(FactorCatalogs.class));
            try {
                return referentsFirst(parser, context, ASSESSMENT_REFERENTS,
                    found -> settle(ASSESSMENT_REFERENTS, found, catalogs, into(context)));
            } finally {
                context.setAttribute(CATALOG, outer);
            }
        }

        /**
         * The object the parser is at, bound by the model's deserializer through a {@link ReferentsFirst};
         * {@code settle} is told what was found of {@code referents}' paths, at first (nothing) and after each.
         */
        private Object referentsFirst(JsonParser parser, DeserializationContext context, Referents referents,
                                      Consumer<Map<String, JsonNode>> settle) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return _delegatee.deserialize(parser, context);
            }
            return _delegatee.deserialize(new ReferentsFirst(parser, context, referents, settle), context);
        }

        /** Where the referents found go: the context's attributes of this call. */
        private static Referred into(DeserializationContext context) {
            return new Referred() {
                @Override
                public void meetings(Map<String, ObjectNode> agreements) {
                    context.setAttribute(MEETING_AGREEMENTS, agreements);
                }

                @Override
                public void family(Map<String, ObjectNode> members) {
                    context.setAttribute(FAMILY, members);
                }

                @Override
                public void catalog(Optional<FactorCatalog> catalog) {
                    context.setAttribute(CATALOG, catalog);
                }
            };
        }

        /** The catalogue of the assessment being read, if known. */
        @SuppressWarnings("unchecked")
        private static Optional<FactorCatalog> catalog(DeserializationContext context) {
            return context.getAttribute(CATALOG) instanceof Optional<?> found
                ? (Optional<FactorCatalog>) found : Optional.empty();
        }

        private Object bind(JsonNode node, DeserializationContext context) {
            JsonParser tree = node.traverse(context);
            tree.nextToken();
            return _delegatee.deserialize(tree, context);
        }
    }

    /**
     * What an object's references name and where they are: for each property whose references name other
     * values of the object, the paths of those values (a property's name, or a property of a property's
     * object joined by {@code /}); every path in it is read as a tree when the parser comes to it.
     *
     * @param referrers the paths each referring property needs
     */
    record Referents(Map<String, Set<String>> referrers) {

        /** The paths of the values that references name. */
        Set<String> paths() {
            Set<String> paths = new HashSet<>();
            referrers.values().forEach(paths::addAll);
            return paths;
        }
    }

    /**
     * An object's tokens as its deserializer reads them, with what its references name read first: a value
     * at one of the {@link Referents#paths()} is read as a tree (and given on as tokens), and a referring
     * property that comes before all it needs is kept as tokens and given after the object's other
     * properties, before its end. A record's deserializer takes its properties in any order, so it binds
     * the same value as from the document's own order, without the whole object held as tokens first.
     * Binding stops at the first broken invariant, so a document with more than one reports the first in
     * this order.
     */
    private static final class ReferentsFirst extends JsonParserDelegate {

        private final JsonParser live;
        private final DeserializationContext context;
        private final Referents referents;
        private final Set<String> paths;
        private final Consumer<Map<String, JsonNode>> settle;
        /** The context of the object's properties in the parser it is read from. */
        private final TokenStreamContext object;
        private final Map<String, JsonNode> found = new HashMap<>();
        private final List<TokenBuffer> deferred = new ArrayList<>();
        /** The property of the object whose value {@link #live} is in. */
        private String property = "";
        /** Whether {@link #live} is at the object's end, with {@link #deferred} still to give. */
        private boolean ending;

        ReferentsFirst(JsonParser live, DeserializationContext context, Referents referents,
                       Consumer<Map<String, JsonNode>> settle) {
            super(live);
            this.live = live;
            this.context = context;
            this.referents = referents;
            this.paths = referents.paths();
            this.settle = settle;
            this.object = live.streamReadContext();
            settle.accept(found);
        }

        @Override
        public JsonToken nextToken() {
            if (delegate != live) {
                JsonToken token = delegate.nextToken();
                if (token != null) {
                    return token;
                }
                delegate.close();
                delegate = live;
                if (ending) {
                    return end();
                }
            }
            for (JsonToken token = live.nextToken(); ; token = live.nextToken()) {
                if (token == JsonToken.END_OBJECT && live.streamReadContext() == object.getParent()) {
                    ending = true;
                    return end();
                }
                if (token != JsonToken.PROPERTY_NAME) {
                    return token;
                }
                String path;
                if (live.streamReadContext() == object) {
                    property = live.currentName();
                    path = property;
                } else if (live.streamReadContext().getParent() == object) {
                    path = property + '/' + live.currentName();
                } else {
                    return token;
                }
                if (paths.contains(path)) {
                    TokenBuffer value = context.bufferAsCopyOfValue(live);
                    try (JsonParser scan = value.asParserOnFirstToken(context)) {
                        scan.nextToken();
                        found.put(path, context.readTree(scan));
                    }
                    settle.accept(found);
                    return give(value);
                }
                Set<String> needs = referents.referrers().get(path);
                if (needs == null || found.keySet().containsAll(needs)) {
                    return token;
                }
                deferred.add(context.bufferAsCopyOfValue(live));
            }
        }

        /** The first of the deferred properties, or the object's end when none is left. */
        private JsonToken end() {
            return deferred.isEmpty() ? live.currentToken() : give(deferred.remove(0));
        }

        /** Reads on from {@code tokens}, a property's name and value, then from {@link #live} again. */
        private JsonToken give(TokenBuffer tokens) {
            delegate = tokens.asParserOnFirstToken(context);
            return delegate.currentToken();
        }

        @Override
        public JsonToken nextValue() {
            JsonToken token = nextToken();
            return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
        }

        @Override
        public String nextName() {
            return nextToken() == JsonToken.PROPERTY_NAME ? currentName() : null;
        }

        @Override
        public boolean nextName(SerializableString name) {
            return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(currentName());
        }

        @Override
        public int nextNameMatch(PropertyNameMatcher matcher) {
            String name = nextName();
            if (name != null) {
                return matcher.matchName(name);
            }
            return hasToken(JsonToken.END_OBJECT) ? PropertyNameMatcher.MATCH_END_OBJECT
                : PropertyNameMatcher.MATCH_ODD_TOKEN;
        }
    }

    // ---------------------------------------------------------------- writing

    /** Wraps the serializers of the documents that may write references. */
    public static final class Writing extends ValueSerializerModifier {

        private static final long serialVersionUID = 1L;

        /** Creates the modifier. */
        public Writing() {
        }

        @Override
        public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
                                                   ValueSerializer<?> serializer) {
            Class<?> raw = description.getBeanClass();
            return raw == CaseFile.class || raw == nl.regiekit.json.BalanceAssessmentsDocument.class
                ? new Shortening(serializer) : serializer;
        }
    }

    /** Writes the document whole into a tree, then puts references where they resolve to the same. */
    private static final class Shortening extends ValueSerializer<Object> {

        private final ValueSerializer<Object> whole;

        @SuppressWarnings("unchecked")
        Shortening(ValueSerializer<?> whole) {
            this.whole = (ValueSerializer<Object>) whole;
        }

        @Override
        public void resolve(SerializationContext context) {
            whole.resolve(context);
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext context, tools.jackson.databind.BeanProperty property) {
            ValueSerializer<?> contextual = whole.createContextual(context, property);
            return contextual == whole ? this : new Shortening(contextual);
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
            TokenBuffer buffer = context.bufferForValueConversion();
            whole.serialize(value, buffer, context);
            ObjectNode tree;
            try (JsonParser parser = buffer.asParser()) {
                tree = (ObjectNode) TREES.readTree(parser);
            }
            shorten(tree, catalogs(context.getAttribute(FactorCatalogs.class)));
            context.writeTree(generator, tree);
        }
    }

    /** Puts a reference in place of each value of {@code document} that one resolves to exactly. */
    static void shorten(ObjectNode document, FactorCatalogs catalogs) {
        Map<String, ObjectNode> meetings = meetingAgreements(document.get("meetings"));
        for (JsonNode plan : elements(document.get("plans"))) {
            for (JsonNode version : elements(plan.get("versions"))) {
                JsonNode content = version.get("content");
                for (JsonNode agreement : elements(content == null ? null : content.get("agreements"))) {
                    shortenAgreement((ObjectNode) agreement, document.get("meetings"), meetings);
                }
            }
        }
        for (JsonNode assessment : elements(document.get("assessments"))) {
            Optional<FactorCatalog> catalog = catalog(catalogs, assessment.get("catalog"),
                assessment.get("catalogVersion"));
            for (JsonNode score : elements(assessment.get("scores"))) {
                factor(catalog, score).ifPresent(factor -> {
                    ObjectNode node = (ObjectNode) score;
                    if (node.path("category").asString().equals(factor.category().name())) {
                        node.remove("category");
                    }
                    if (node.path("weight").asInt() == factor.weight()) {
                        node.remove("weight");
                    }
                });
            }
        }
        Map<String, ObjectNode> family = family(document.path("case").get("family"));
        JsonNode genogram = document.get("genogram");
        for (JsonNode person : elements(genogram == null ? null : genogram.get("people"))) {
            ObjectNode member = family.get(person.path("id").asString());
            if (member != null) {
                shortenRelative((ObjectNode) person, member);
            }
        }
    }

    /** A plan agreement as a reference to the meeting's agreement, if a meeting holds one of its id and source. */
    private static void shortenAgreement(ObjectNode agreement, JsonNode meetingsNode, Map<String, ObjectNode> meetings) {
        String id = agreement.path("id").asString();
        for (String list : MEETING_LISTS) {
            for (JsonNode meeting : elements(meetingsNode == null ? null : meetingsNode.get(list))) {
                ObjectNode referent = meetings.get(key(meeting.path("id").asString(), id));
                if (referent != null && Objects.equals(referent.get("source"), agreement.get("source"))
                    && agreement.propertyNames().containsAll(referent.propertyNames())) {
                    ObjectNode overrides = JsonNodeFactory.instance.objectNode();
                    agreement.properties().forEach(e -> {
                        if (!e.getKey().equals("id") && !e.getValue().equals(referent.get(e.getKey()))) {
                            overrides.set(e.getKey(), e.getValue());
                        }
                    });
                    agreement.removeAll();
                    agreement.put("id", id);
                    agreement.set("meeting", meeting.get("id"));
                    agreement.setAll(overrides);
                    return;
                }
            }
        }
    }

    /** A genogram person as a reference to the family member, if it has the member's name. */
    private static void shortenRelative(ObjectNode person, ObjectNode member) {
        Optional<Integer> year = birthYear(member);
        if (!person.get("name").equals(member.get("name")) || year.isPresent() && !person.has("birthYear")) {
            return;
        }
        person.remove("name");
        if (person.get("gender").equals(member.get("gender"))) {
            person.remove("gender");
        }
        if (year.isPresent() && person.get("birthYear").asInt() == year.get()) {
            person.remove("birthYear");
        }
    }
}
