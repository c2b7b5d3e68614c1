package nl.regiekit.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.networknt.schema.Error;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.json.DocumentKind;
import nl.regiekit.json.JsonCodes;
import nl.regiekit.json.Limits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns what Jackson, the schema validator and Jakarta Validation report into findings. It builds
 * findings from their structured data (locations, paths, keywords) and never copies their
 * messages, which may quote the document's values; only Jackson's fixed message openings tell
 * which stream limit was broken and whether a key was duplicated.
 */
public final class Findings {

    private Findings() {
    }

    /**
     * The finding for a broken stream limit. Jackson tells which limit only in its message, whose
     * start is fixed text: depth, string or name length, document length; a number too long to be
     * a number is a syntax error.
     */
    public static Finding limit(StreamConstraintsException e, Limits limits) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return Finding.of(JsonCodes.LIMIT_DEPTH, "", limits.maxDepth());
        }
        if (message.startsWith("String value length") || message.startsWith("Name length")) {
            return Finding.of(JsonCodes.LIMIT_STRING, "", limits.maxStringLength());
        }
        if (message.startsWith("Document length")) {
            return Finding.of(JsonCodes.LIMIT_SIZE, "", limits.maxBytes());
        }
        return syntax(e);
    }

    /** The finding for malformed JSON or a duplicate key, with line and column. */
    public static Finding syntax(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        long line = location == null ? 0 : location.getLineNr();
        long column = location == null ? 0 : location.getColumnNr();
        boolean duplicate = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property");
        return Finding.of(duplicate ? JsonCodes.DUPLICATE_KEY : JsonCodes.SYNTAX, "", line, column);
    }

    /** Whether a schema version has the major version this library reads: {@code 1} or {@code 1.n}. */
    public static boolean sameMajor(String version) {
        String major = DocumentKind.SCHEMA_VERSION.substring(0, DocumentKind.SCHEMA_VERSION.indexOf('.'));
        return version.matches(major + "(\\.[0-9]+)?");
    }

    /** Whether no finding is an error. */
    public static boolean noErrors(Collection<Finding> findings) {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * The findings for schema errors, one per code and pointer. In lenient mode unknown fields
     * are information, not errors. A date's {@code pattern} says what its {@code format} says
     * ({@link IsoDates#DATE_PATTERN}): a value refused by both gets the format's finding only.
     */
    public static List<Finding> schema(List<Error> errors, boolean lenient) {
        Set<Finding> findings = new LinkedHashSet<>();
        Set<String> formats = new HashSet<>();
        for (Error error : errors) {
            if ("format".equals(error.getKeyword())) {
                formats.add(error.getInstanceLocation().toString());
            }
        }
        for (Error error : errors) {
            String pointer = error.getInstanceLocation().toString();
            String keyword = String.valueOf(error.getKeyword());
            if (error.getProperty() != null && (keyword.equals("required") || keyword.equals("additionalProperties")
                || keyword.equals("unevaluatedProperties"))) {
                pointer = pointer + Pointer.of(error.getProperty());
            }
            if (keyword.equals("enum") || keyword.equals("const")) {
                findings.add(notAllowed(pointer, error));
            } else if (keyword.equals("pattern") && !formats.contains(pointer)) {
                findings.add(new Finding(JsonCodes.SCHEMA_PATTERN.code(), JsonCodes.SCHEMA_PATTERN.severity(), pointer,
                    Optional.empty(), List.of(form(error.getSchemaNode()))));
            } else if (!(keyword.equals("pattern") && formats.contains(pointer))) {
                findings.add(Finding.of(schemaCode(keyword, lenient), pointer));
            }
        }
        return new ArrayList<>(findings);
    }

    /**
     * The form a {@code pattern} asks for, for the message of a {@code SCHEMA-PATTERN} finding: the schema's
     * regular expression (an identifier's, a BSN's, a period's), or {@code \S} for a text that may not be
     * blank, whose listed white space would say less. The schema's text, never the document's.
     */
    private static String form(JsonNode pattern) {
        String text = pattern == null || !pattern.isString() ? "?" : pattern.asString();
        return text.equals(StrictBinding.NOT_BLANK_PATTERN) ? "\\S" : text;
    }

    /**
     * The finding for a value not in an {@code enum} or not the {@code const}, naming the allowed values: the constants of
     * the model's enumeration, or the variants of a sealed type ({@link AllowedValues}), never a
     * document's text.
     */
    private static Finding notAllowed(String pointer, Error error) {
        String allowed = AllowedValues.of(error.getSchemaNode()).orElse("?");
        return new Finding(JsonCodes.SCHEMA_ENUM.code(), JsonCodes.SCHEMA_ENUM.severity(), pointer, Optional.empty(), List.of(allowed));
    }

    /**
     * The errors of the schema validator, at most {@code max} of them: beyond, it only notes
     * whether an error it left out was one ({@link Capped#dropped(Severity)}), so that a document
     * of a million small faults costs no more memory than one of {@code max}. Not thread-safe.
     */
    public static final class SchemaErrors extends ArrayList<Error> {

        private static final long serialVersionUID = 1L;

        private final int max;
        private final boolean lenient;
        private transient Severity dropped;

        /** A list of at most {@code max} errors, mapped as {@link #schema(List, boolean)} maps them. */
        public SchemaErrors(int max, boolean lenient) {
            this.max = max;
            this.lenient = lenient;
        }

        @Override
        public boolean add(Error error) {
            if (size() < max) {
                return super.add(error);
            }
            Severity severity = schemaCode(String.valueOf(error.getKeyword()), lenient).severity();
            dropped = dropped == Severity.ERROR ? dropped : severity;
            return true;
        }

        @Override
        public void add(int index, Error error) {
            add(error);
        }

        @Override
        public boolean addAll(Collection<? extends Error> errors) {
            errors.forEach(this::add);
            return !errors.isEmpty();
        }

        @Override
        public boolean addAll(int index, Collection<? extends Error> errors) {
            return addAll(errors);
        }

        /** Passes on to {@code findings} that errors were left out, if they were. */
        public void reportDropped(Capped findings) {
            if (dropped != null) {
                findings.dropped(dropped);
            }
        }
    }

    /**
     * The findings of one document, at most {@code max} of them in the order they are added; beyond,
     * one finding says that the rest were not reported: {@link JsonCodes#LIMIT_FINDINGS} if there are
     * errors among them, so that a document is never called valid for its errors being left out, or
     * else {@link JsonCodes#LIMIT_FINDINGS_MINOR}. Not thread-safe.
     */
    public static final class Capped {

        private final int max;
        private final List<Finding> kept = new ArrayList<>();
        private Severity dropped;

        /** An empty list of at most {@code max} findings. */
        public Capped(int max) {
            this.max = max;
        }

        /** Adds {@code findings} in their order, as far as the cap allows. */
        public Capped addAll(Collection<Finding> findings) {
            for (Finding finding : findings) {
                if (kept.size() < max) {
                    kept.add(finding);
                } else {
                    dropped(finding.severity());
                }
            }
            return this;
        }

        /** Notes that a finding of {@code severity} was left out. */
        void dropped(Severity severity) {
            dropped = dropped == Severity.ERROR ? dropped : severity;
        }

        /** Whether no finding, reported or left out, is an error. */
        public boolean noErrors() {
            return dropped != Severity.ERROR && Findings.noErrors(kept);
        }

        /** The findings, with the one that says the rest were not reported if some were not. */
        public List<Finding> list() {
            if (dropped == null) {
                return List.copyOf(kept);
            }
            List<Finding> all = new ArrayList<>(kept);
            all.add(Finding.of(dropped == Severity.ERROR ? JsonCodes.LIMIT_FINDINGS : JsonCodes.LIMIT_FINDINGS_MINOR,
                "", max));
            return all;
        }
    }

    private static FindingCode schemaCode(String keyword, boolean lenient) {
        return switch (keyword) {
            case "type" -> JsonCodes.SCHEMA_TYPE;
            case "required" -> JsonCodes.SCHEMA_REQUIRED;
            case "additionalProperties", "unevaluatedProperties" ->
                lenient ? JsonCodes.SCHEMA_UNKNOWN_FIELD_KEPT : JsonCodes.SCHEMA_UNKNOWN_FIELD;
            case "enum", "const" -> JsonCodes.SCHEMA_ENUM;
            case "pattern" -> JsonCodes.SCHEMA_PATTERN;
            case "format" -> JsonCodes.SCHEMA_FORMAT;
            case "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties" ->
                JsonCodes.SCHEMA_SIZE;
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> JsonCodes.SCHEMA_RANGE;
            default -> JsonCodes.SCHEMA_OTHER;
        };
    }

    /**
     * The finding for a binding failure: the code of a broken model invariant at its pointer
     * below the object that refused it, or {@link JsonCodes#BIND_REFUSED} at the failing path.
     */
    public static Finding binding(JacksonException e) {
        String base = pointer(e.getPath());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ModelViolation violation) {
                return violation.toFinding(base);
            }
        }
        return Finding.of(JsonCodes.BIND_REFUSED, base);
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                pointer.append(Pointer.of(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /**
     * The findings for Jakarta Validation's violations, one per path, with the root document's
     * properties under the names {@code names} gives them in JSON.
     */
    public static List<Finding> constraints(Set<? extends ConstraintViolation<?>> violations, JsonNames names) {
        Set<Finding> findings = new LinkedHashSet<>();
        for (ConstraintViolation<?> violation : violations) {
            findings.add(Finding.of(JsonCodes.CONSTRAINT,
                pointer(violation.getPropertyPath(), names.of(violation.getRootBeanClass()))));
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparing(Finding::pointer));
        return sorted;
    }

    private static String pointer(Path path, Map<String, String> rootNames) {
        StringBuilder pointer = new StringBuilder();
        boolean root = true;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append(Pointer.of(root ? rootNames.getOrDefault(node.getName(), node.getName()) : node.getName()));
                root = false;
            }
        }
        return pointer.toString();
    }

    /**
     * The JSON names of the properties of document types whose mix-in renames them (such as a case
     * file's {@code subject}, written {@code case}), read from the mapper's own mix-ins so that the
     * binding and the findings cannot disagree. Immutable and thread-safe.
     */
    public static final class JsonNames {

        private final JsonMapper mapper;
        private final Map<Class<?>, Map<String, String>> names = new ConcurrentHashMap<>();

        /** The names as {@code mapper} binds them. */
        public JsonNames(JsonMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
        }

        /** Java property name to JSON name, for the properties of {@code type} that JSON names otherwise. */
        Map<String, String> of(Class<?> type) {
            return names.computeIfAbsent(type, this::renamed);
        }

        private Map<String, String> renamed(Class<?> type) {
            return renamedBy(mapper.serializationConfig().findMixInClassFor(type));
        }

        /** Java property name to JSON name, for the accessors that {@code mixIn} (null: none) names otherwise. */
        static Map<String, String> renamedBy(Class<?> mixIn) {
            if (mixIn == null) {
                return Map.of();
            }
            Map<String, String> renamed = new HashMap<>();
            for (Method method : mixIn.getDeclaredMethods()) {
                JsonProperty property = method.getAnnotation(JsonProperty.class);
                if (property != null && !property.value().isEmpty()) {
                    renamed.put(method.getName(), property.value());
                }
            }
            return Map.copyOf(renamed);
        }
    }
}
