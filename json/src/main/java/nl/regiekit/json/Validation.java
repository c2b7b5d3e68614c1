package nl.regiekit.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.validation.Validator;


import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.casemodel.rules.CaseRules;
import nl.regiekit.genogram.GenogramRules;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.CaseFileRules;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.json.internal.CodePointSize;
import nl.regiekit.json.internal.Findings;
import nl.regiekit.json.internal.GuardedParser;
import nl.regiekit.json.internal.Peek;
import nl.regiekit.json.internal.QuickConstraints;
import nl.regiekit.json.internal.QuickBinding;
import nl.regiekit.json.internal.Schemas;
import nl.regiekit.json.internal.Utf8;
import nl.regiekit.plan.meeting.MeetingRules;
import nl.regiekit.plan.rules.PlanRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The validation pipeline: turns any input into findings and never throws on bad input.
 * Stages, each stopping the pipeline when it finds an error:
 * <ol>
 *   <li>limits and encoding: size, UTF-8 (nothing else is read), nesting depth and string length
 *       ({@link Limits});</li>
 *   <li>syntax and schema: JSON parse errors, the document's {@code kind} and {@code schemaVersion},
 *       and the kind's committed JSON Schema;</li>
 *   <li>binding and constraints: binding to the model (a value a constructor refuses becomes a
 *       finding at its path) and Jakarta Validation of the bound objects;</li>
 *   <li>domain rules: {@link CaseRules}; {@link PlanRules} on the plans of a case file and on a
 *       help-plan document (only the rules that need no case); the balance rules; {@link GenogramRules}
 *       on the genogram and sociogram; {@link MeetingRules} on the meetings of a case file and of a
 *       meeting-minutes document (there only the checks that need no case); on a policy document, that
 *       every rule it sets exists and may be set ({@code POLICY-RULE-UNKNOWN}).</li>
 * </ol>
 * The rules are those of the {@linkplain Builder#config(RegiekitConfig) configuration}, under the
 * organisation's policy: its numbers, and its settings that switch a rule off or give it another
 * severity. Each kind of document has its list of rules; a kind with none (a catalogue, a picture's
 * graph, an agenda) ends with the constraints.
 * A strict pipeline given bytes first tries a quick path that binds them without the schema; a document with any error goes through all stages, so the findings are the same either
 * way (see {@code docs/json-contract.md}, "The quick path").
 * Unknown fields are refused by default; in {@linkplain Builder#lenient(boolean) lenient mode}
 * they are reported as information and kept in the document. Immutable and thread-safe: build
 * one and reuse it: each kind's schema, and the constraint validator, are loaded on first use.
 */
public final class Validation {

    private static final Logger LOG = LoggerFactory.getLogger(Validation.class);

    /** The default cap on the findings reported for one document ({@link Builder#maxFindings(int)}). */
    public static final int DEFAULT_MAX_FINDINGS = 2_000;

    /**
     * The largest document the quick path binds: the default size limit. The hostile documents of that
     * size (half a million one-character texts in one list, say) bound to the model and checked stay
     * within the 64 MB heap of {@code HostileDocumentsTests} on either path; a pipeline with a larger
     * size limit sends what is larger still through the full path, whose memory those tests bound.
     * Below it, the full path would cost a valid 2 MB case file twice the time of the quick path.
     */
    private static final int QUICK_PATH_MAX_BYTES = Limits.DEFAULTS.maxBytes();

    private final Limits limits;
    private final int maxFindings;
    private final boolean lenient;
    private final CaseFileRules rules;
    /** The rules of each kind of document that has any. */
    private final Map<DocumentKind, Function<Object, List<Finding>>> byKind;
    private final Findings.JsonNames jsonNames;
    private final JsonMapper mapper;
    private final Schemas schemas;
    /**
     * The quick path's parsers: the mapper's, without its duplicate-key check. The {@link GuardedParser} that
     * {@link QuickBinding} reads through refuses a name given twice in an object itself; the parser's check
     * would cost a set of names for every object.
     */
    private final ObjectReader quickParsers;
    /**
     * The full path's binding, per kind, made on first use ({@link #reader}): the mapper's, with the
     * configuration's factor catalogues. A reader builds the deserializers of its whole type when it is
     * made, so readers of every kind made up front cost a command that reads one kind a tenth of its start.
     */
    private final Map<DocumentKind, ObjectReader> readers = new ConcurrentHashMap<>();
    /** The configuration's factor catalogues, which resolve the factor scores that refer to them. */
    private final FactorCatalogs factors;
    /**
     * Hibernate Validator, built on the first document that takes the full path: a document the quick
     * path answers never needs it, and building it and its metadata is most of a command's start-up.
     */
    private volatile Validator validator;
    /** The quick path's check of the constraints; a document it cannot clear takes the full path. */
    private final QuickConstraints quickConstraints;
    private final Clock clock;

    private Validation(Builder builder) {
        this.limits = builder.limits;
        this.maxFindings = builder.maxFindings;
        this.lenient = builder.lenient;
        this.rules = builder.config.rules();
        this.byKind = byKind(rules);
        this.mapper = Mappers.shared(limits, lenient);
        this.jsonNames = new Findings.JsonNames(mapper);
        this.schemas = new Schemas();
        this.factors = builder.config.catalogues().factors();
        this.clock = builder.config.clock();
        this.quickConstraints = new QuickConstraints(clock);
        this.quickParsers = mapper.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /**
     * The mappers of pipelines, shared by those with the same limits and leniency: a mapper keeps the
     * deserializers it has built, which a new pipeline's first document would otherwise build again (about
     * 26 ms of CPU for a case file in a warm JVM, against a validation's half millisecond), as for each new
     * day that the service is asked to validate on. The few used last are kept. Mappers are immutable and
     * thread-safe.
     */
    private static final class Mappers {

        private static final int KEPT = 8;
        private static final Map<Key, JsonMapper> BY_KEY = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, JsonMapper> eldest) {
                    return size() > KEPT;
                }
            });

        private record Key(Limits limits, boolean lenient) {
        }

        static JsonMapper shared(Limits limits, boolean lenient) {
            return BY_KEY.computeIfAbsent(new Key(limits, lenient), k -> RegiekitJson.mapper(k.limits(), k.lenient()));
        }
    }

    /** The mapper this pipeline binds with (for the tests of {@link Mappers}). */
    JsonMapper mapper() {
        return mapper;
    }

    private ObjectReader reader(DocumentKind kind) {
        return readers.computeIfAbsent(kind, k -> mapper.readerFor(k.type()).withAttribute(FactorCatalogs.class,
            factors));
    }

    /** The constraint validator, built once, on first use. */
    private Validator validator() {
        Validator built = validator;
        if (built == null) {
            synchronized (this) {
                built = validator;
                if (built == null) {
                    // One factory per pipeline, texts' sizes counted in code points as the schemas count them.
                    built = CodePointSize.validator(clock);
                    validator = built;
                }
            }
        }
        return built;
    }

    /**
     * A pipeline with the default limits, strict mode and {@link RegiekitConfig#defaults()}: the method's
     * policy, the built-in catalogues and the system clock.
     */
    public static Validation defaults() {
        return builder().build();
    }

    /** A builder, starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates a document given as bytes: UTF-8 JSON, with or without a byte order mark. Bytes in
     * UTF-16 or UTF-32 are refused with {@code JSON-ENCODING-UNSUPPORTED}, bytes that are not
     * well-formed UTF-8 with {@code JSON-ENCODING} at the offset of the first bad sequence.
     *
     * @throws NullPointerException if {@code bytes} is null
     */
    public ValidationResult validate(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > limits.maxBytes()) {
            return refused(Finding.of(JsonCodes.LIMIT_SIZE, "", limits.maxBytes()));
        }
        Optional<Finding> encoding = encoding(bytes);
        if (encoding.isPresent()) {
            return refused(encoding.get());
        }
        if (lenient || bytes.length > QUICK_PATH_MAX_BYTES) {
            return parsed(bytes, true);
        }
        Optional<Peek.Envelope> envelope = Peek.envelope(mapper, bytes);
        if (envelope.isEmpty() || !Findings.sameMajor(envelope.get().schemaVersion())) {
            return parsed(bytes, true);
        }
        // The full path runs once the quick path's frame is gone, so that what it bound is garbage by then.
        Quick quick = quick(envelope.get().kind(), bytes);
        return quick.result().orElseGet(() -> parsed(bytes, quick.uncounted()));
    }

    /** The finding for bytes that are not UTF-8, checked before anything else reads them. */
    private static Optional<Finding> encoding(byte[] bytes) {
        if (Utf8.looksWide(bytes)) {
            return Optional.of(Finding.of(JsonCodes.ENCODING_UNSUPPORTED, ""));
        }
        int malformed = Utf8.firstMalformed(bytes);
        return malformed < 0 ? Optional.empty() : Optional.of(Finding.of(JsonCodes.ENCODING, "", malformed));
    }

    /**
     * The quick path of a strict pipeline, for documents with no errors: binds the bytes to the model
     * (resolving a case file's references as it reads), then runs the constraints
     * and the rules, without applying the schema. It gives what the full path gives because binding refuses every document the
     * schema refuses: its own binding ({@link QuickBinding}, which binds only what the mapper would bind, to
     * an equal model, and builds none of databind's deserializers) refuses unknown fields, coerced scalars,
     * dates in another form, enumeration values that are not exactly a constant's name and missing required
     * components, and everything else it does not know for certain;
     * the model's constructors check identifiers and structure; the constraints are those the
     * schema was generated from; and the parser binding reads through ({@link GuardedParser}) refuses
     * the JSON {@code null} that binding would read as an absent value, a name given twice in an object
     * and more objects and arrays than the limit. Anything short of a document that
     * {@link QuickConstraints} clears of constraint violations takes the full path, which says exactly
     * what is wrong; a document it cannot clear for certain does too, rather than asking Hibernate
     * Validator first and then again; but one that binds and breaks a single constraint that the schema
     * states in one keyword (a text too long) gets the schema's finding from {@link
     * QuickConstraints#onlyViolation}, since the schema would find nothing else. {@code RobustnessTests}
     * and {@code QuickPathSweepTests} hold both paths to the same answer on every mutant and every edit of
     * every node, {@code QuickConstraintsTests} the check to Hibernate Validator.
     *
     * @param kind the kind the document names ({@link Peek#envelope})
     */
    private Quick quick(DocumentKind kind, byte[] bytes) {
        Optional<Object> document = QuickBinding.bind(bytes, quickParsers, limits.maxContainers(), kind.type(), factors);
        if (document.isEmpty()) {
            // Bound in part, or refused by the guard: the objects and arrays are not all counted.
            return Quick.FULL_UNCOUNTED;
        }
        // The guard has seen every token: the objects and arrays are within the limit.
        if (!quickConstraints.certainlyValid(document.get())) {
            // One text too long, say: what the schema says of it is known without the tree and the schema.
            Optional<Finding> only = quickConstraints.onlyViolation(document.get());
            if (only.isEmpty()) {
                return Quick.FULL_COUNTED;
            }
            Findings.Capped findings = new Findings.Capped(maxFindings);
            findings.addAll(List.of(only.get()));
            return new Quick(Optional.of(new ValidationResult(findings.list(), Optional.empty())), false);
        }
        return new Quick(Optional.of(checked(kind, document.get(), new Findings.Capped(maxFindings))), false);
    }

    /**
     * What the quick path made of a document.
     *
     * @param result its result, or empty if the document must take the full path
     * @param uncounted whether the full path must count the objects and arrays first: the guard did not see them all
     */
    private record Quick(Optional<ValidationResult> result, boolean uncounted) {
        static final Quick FULL_UNCOUNTED = new Quick(Optional.empty(), true);
        static final Quick FULL_COUNTED = new Quick(Optional.empty(), false);
    }

    /** All stages in turn, the size limit apart: encoding, limits, syntax, schema, binding, constraints, rules. */
    ValidationResult validateFully(byte[] bytes) {
        return encoding(bytes).map(Validation::refused).orElseGet(() -> parsed(bytes, true));
    }

    /**
     * The stages from the parse on, for bytes that are UTF-8.
     *
     * @param countContainers whether the objects and arrays must be counted first: false once a pass of
     *     the parser found them within the limit
     */
    private ValidationResult parsed(byte[] bytes, boolean countContainers) {
        if (countContainers && Peek.moreContainersThan(mapper, bytes, limits.maxContainers())) {
            return refused(Finding.of(JsonCodes.LIMIT_CONTAINERS, "", limits.maxContainers()));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            return refused(Findings.limit(e, limits));
        } catch (StreamReadException e) {
            return refused(Findings.syntax(e));
        } catch (JacksonException e) {
            return refused(Findings.syntax(e));
        }
        if (tree == null || tree.isMissingNode()) {
            return refused(Finding.of(JsonCodes.SYNTAX, "", 1, 1));
        }
        return validateTree(tree);
    }

    /**
     * Validates a document read from a stream, reading at most one byte more than the size limit.
     * The stream is not closed.
     *
     * @throws NullPointerException if {@code input} is null
     * @throws IOException if the stream cannot be read: an input/output problem, not bad data
     */
    public ValidationResult validate(InputStream input) throws IOException {
        Objects.requireNonNull(input, "input");
        byte[] bytes = input.readNBytes(limits.maxBytes() + 1);
        return validate(bytes);
    }

    /**
     * Validates a document in a file; a file over the size limit is refused without reading it.
     *
     * @throws NullPointerException if {@code file} is null
     * @throws IOException if the file cannot be read: missing, a directory, no permission
     */
    public ValidationResult validate(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (Files.size(file) > limits.maxBytes()) {
            return refused(Finding.of(JsonCodes.LIMIT_SIZE, "", limits.maxBytes()));
        }
        try (InputStream input = Files.newInputStream(file)) {
            return validate(input);
        }
    }

    /**
     * Validates a parsed document: the stages after syntax. Limits other than what the tree's
     * parser enforced are not checked. Named apart from the {@code validate} methods so that a caller
     * of those need not see Jackson's types.
     *
     * @throws NullPointerException if {@code tree} is null
     */
    public ValidationResult validateTree(JsonNode tree) {
        Objects.requireNonNull(tree, "tree");
        if (!(tree instanceof ObjectNode root)) {
            return refused(Finding.of(JsonCodes.NOT_AN_OBJECT, ""));
        }
        Optional<DocumentKind> kind = Optional.ofNullable(root.get("kind"))
            .filter(JsonNode::isString).flatMap(k -> DocumentKind.of(k.asString()));
        if (kind.isEmpty()) {
            return refused(Finding.of(JsonCodes.KIND_UNKNOWN, "/kind"));
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isString() || !Findings.sameMajor(version.asString())) {
            return refused(Finding.of(JsonCodes.SCHEMA_VERSION_UNSUPPORTED, "/schemaVersion"));
        }
        Findings.Capped findings = new Findings.Capped(maxFindings);
        try {
            Findings.SchemaErrors errors = new Findings.SchemaErrors(maxFindings, lenient);
            schemas.get(kind.get()).validate(root, context -> context.setErrors(errors));
            findings.addAll(Findings.schema(errors, lenient));
            errors.reportDropped(findings);
        } catch (JacksonException e) {
            // The schema library cannot compare a number beyond the range of a long with a minimum or
            // maximum (it throws on 1e308); such a number is outside every range the schemas allow.
            return refused(Finding.of(JsonCodes.SCHEMA_RANGE, hugeNumber(root, "").orElse("")));
        }
        if (!findings.noErrors()) {
            return new ValidationResult(findings.list(), Optional.empty());
        }
        Object document;
        try {
            document = reader(kind.get()).readValue(root);
        } catch (JacksonException e) {
            findings.addAll(List.of(Findings.binding(e)));
            return new ValidationResult(findings.list(), Optional.empty());
        }
        findings.addAll(Findings.constraints(validator().validate(document), jsonNames));
        if (!findings.noErrors()) {
            return new ValidationResult(findings.list(), Optional.of(document));
        }
        return checked(kind.get(), document, findings);
    }

    /** The result for a document that passed the stages before the rules with {@code findings}. */
    private ValidationResult checked(DocumentKind kind, Object document, Findings.Capped findings) {
        List<Finding> all = findings.addAll(rules(kind, document)).list();
        LOG.debug("validated a {} document: {} findings", kind.id(), all.size());
        return new ValidationResult(all, Optional.of(document));
    }

    private List<Finding> rules(DocumentKind kind, Object document) {
        Function<Object, List<Finding>> check = byKind.get(kind);
        return check == null ? List.of() : check.apply(document);
    }

    /**
     * The rules of each kind of document, from {@code rules}: a case file's whole, the parts that stand alone
     * as documents of their own, and a policy document's check that every rule it sets exists here.
     */
    private static Map<DocumentKind, Function<Object, List<Finding>>> byKind(CaseFileRules rules) {
        Map<DocumentKind, Function<Object, List<Finding>>> map = new EnumMap<>(DocumentKind.class);
        map.put(DocumentKind.CASE_FILE, on(CaseFile.class, rules::check));
        map.put(DocumentKind.HELP_PLAN, on(HelpPlanDocument.class, d -> rules.plan(d.plan())));
        map.put(DocumentKind.BALANCE_ASSESSMENTS, on(BalanceAssessmentsDocument.class,
            d -> rules.balance(d.assessments(), List.of())));
        map.put(DocumentKind.SELF_RELIANCE_SCORES, on(SelfRelianceScoresDocument.class,
            d -> rules.balance(List.of(), d.selfReliance())));
        map.put(DocumentKind.MEETING_MINUTES, on(MeetingMinutesDocument.class, d -> rules.meetings(d.meetings())));
        map.put(DocumentKind.GENOGRAM, on(GenogramDocument.class, d -> rules.genogram(d.genogram())));
        map.put(DocumentKind.SOCIOGRAM, on(SociogramDocument.class, d -> rules.sociogram(d.sociogram())));
        map.put(DocumentKind.POLICY, on(PolicyDocument.class,
            d -> d.rules().map(settings -> unknownRules(settings, rules.configurable())).orElse(List.of())));
        return map;
    }

    /** The rules over documents of {@code type}, which their kind binds to. */
    private static <T> Function<Object, List<Finding>> on(Class<T> type, Function<T, List<Finding>> check) {
        return document -> check.apply(type.cast(document));
    }

    /** A finding at each code in {@code settings} that names no rule or signal that may be set. */
    private static List<Finding> unknownRules(RuleSettings settings, Set<String> configurable) {
        List<String> unknown = settings.unknown(configurable);
        List<Finding> findings = new ArrayList<>();
        List<String> off = List.copyOf(settings.off());
        for (String code : unknown) {
            String pointer = off.contains(code) ? Pointer.of("rules", "off", off.indexOf(code))
                : Pointer.of("rules", "severities", code);
            findings.add(Finding.of(JsonCodes.POLICY_RULE_UNKNOWN, pointer));
        }
        return findings;
    }

    /** The pointer of the first number in {@code node} that a long cannot hold, if there is one. */
    private static Optional<String> hugeNumber(JsonNode node, String pointer) {
        if (node.isNumber()) {
            return node.canConvertToLong() ? Optional.empty() : Optional.of(pointer);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = hugeNumber(node.get(i), pointer + "/" + i);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (var entry : node.properties()) {
                Optional<String> found = hugeNumber(entry.getValue(), nl.regiekit.casemodel.finding.Pointer.append(
                    pointer, entry.getKey()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static ValidationResult refused(Finding finding) {
        return new ValidationResult(List.of(finding), Optional.empty());
    }

    /** Builds a {@link Validation}; not thread-safe. */
    public static final class Builder {
        private Limits limits = Limits.DEFAULTS;
        private int maxFindings = DEFAULT_MAX_FINDINGS;
        private boolean lenient;
        private RegiekitConfig config = RegiekitConfig.defaults();

        private Builder() {
        }

        /**
         * The configuration: the organisation's policy (the numbers the rules judge by and the settings that
         * switch a rule off or give it another severity), the catalogues a document may name, the
         * organisation's own rules, and the clock for "today" in constraints such as a birth date in the past
         * and in the rules' due dates; default {@link RegiekitConfig#defaults()}. A policy read from a
         * {@code regiekit/policy} document is {@link PolicyDocument#policy()}, given with
         * {@link RegiekitConfig#withPolicy}.
         */
        public Builder config(RegiekitConfig value) {
            this.config = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The limits; default {@link Limits#DEFAULTS}. */
        public Builder limits(Limits value) {
            this.limits = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The most findings reported for one document; default {@link #DEFAULT_MAX_FINDINGS}. Beyond
         * it, one more finding says that the rest were not reported: {@code JSON-LIMIT-FINDINGS}, an
         * error, if there are errors among them, else {@code JSON-LIMIT-FINDINGS-MINOR}, a warning. The
         * schema stage keeps no more than this many of its validator's errors either, so that the
         * memory a document costs is bounded by its size and this cap.
         *
         * @throws IllegalArgumentException if {@code value} is below 1
         */
        public Builder maxFindings(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxFindings must be 1 or more");
            }
            this.maxFindings = value;
            return this;
        }

        /** Whether unknown fields are kept and reported as information instead of refused; default false. */
        public Builder lenient(boolean value) {
            this.lenient = value;
            return this;
        }

        /**
         * The pipeline.
         *
         * @throws IllegalStateException if a committed schema is missing from the class path
         */
        public Validation build() {
            return new Validation(this);
        }
    }
}
