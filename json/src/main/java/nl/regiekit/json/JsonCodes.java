package nl.regiekit.json;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.FindingMessages;
import nl.regiekit.casemodel.finding.Severity;

/**
 * The codes of the validation pipeline's first three stages: limits, syntax and schema, and
 * binding and constraints; and the one rule of a policy document, that the rules it sets exist. Each is documented in {@code docs/rules.md}. Messages never quote
 * the document's values.
 */
public final class JsonCodes {

    /** The document is larger than the limit. */
    public static final FindingCode LIMIT_SIZE = FindingCode.of("JSON-LIMIT-SIZE", Severity.ERROR);
    /** Objects and arrays are nested deeper than the limit. */
    public static final FindingCode LIMIT_DEPTH = FindingCode.of("JSON-LIMIT-DEPTH", Severity.ERROR);
    /** A string is longer than the limit. */
    public static final FindingCode LIMIT_STRING = FindingCode.of("JSON-LIMIT-STRING", Severity.ERROR);
    /** More objects and arrays than the limit. */
    public static final FindingCode LIMIT_CONTAINERS = FindingCode.of("JSON-LIMIT-CONTAINERS", Severity.ERROR);
    /** More findings than the cap, errors among those left out. */
    public static final FindingCode LIMIT_FINDINGS = FindingCode.of("JSON-LIMIT-FINDINGS", Severity.ERROR);
    /** More findings than the cap, only warnings and information among those left out. */
    public static final FindingCode LIMIT_FINDINGS_MINOR = FindingCode.of("JSON-LIMIT-FINDINGS-MINOR", Severity.WARNING);
    /** The bytes are in UTF-16 or UTF-32, not UTF-8. */
    public static final FindingCode ENCODING_UNSUPPORTED = FindingCode.of("JSON-ENCODING-UNSUPPORTED", Severity.ERROR);
    /** The bytes are not well-formed UTF-8. */
    public static final FindingCode ENCODING = FindingCode.of("JSON-ENCODING", Severity.ERROR);
    /** The bytes are not well-formed JSON. */
    public static final FindingCode SYNTAX = FindingCode.of("JSON-SYNTAX", Severity.ERROR);
    /** An object holds the same key twice. */
    public static final FindingCode DUPLICATE_KEY = FindingCode.of("JSON-DUPLICATE-KEY", Severity.ERROR);
    /** The document is not a JSON object. */
    public static final FindingCode NOT_AN_OBJECT = FindingCode.of("DOC-NOT-AN-OBJECT", Severity.ERROR);
    /** The document has no known kind. */
    public static final FindingCode KIND_UNKNOWN = FindingCode.of("DOC-KIND-UNKNOWN", Severity.ERROR);
    /** The document has a schema version this library does not read. */
    public static final FindingCode SCHEMA_VERSION_UNSUPPORTED = FindingCode.of("DOC-SCHEMA-VERSION-UNSUPPORTED", Severity.ERROR);
    /** A value has the wrong JSON type. */
    public static final FindingCode SCHEMA_TYPE = FindingCode.of("SCHEMA-TYPE", Severity.ERROR);
    /** A required field is missing. */
    public static final FindingCode SCHEMA_REQUIRED = FindingCode.of("SCHEMA-REQUIRED", Severity.ERROR);
    /** A field the schema does not know, refused in strict mode. */
    public static final FindingCode SCHEMA_UNKNOWN_FIELD = FindingCode.of("SCHEMA-UNKNOWN-FIELD", Severity.ERROR);
    /** A field the schema does not know, kept in lenient mode. */
    public static final FindingCode SCHEMA_UNKNOWN_FIELD_KEPT = FindingCode.of("SCHEMA-UNKNOWN-FIELD-KEPT", Severity.INFO);
    /** A value not among the allowed ones. */
    public static final FindingCode SCHEMA_ENUM = FindingCode.of("SCHEMA-ENUM", Severity.ERROR);
    /** A text that does not have the required form. */
    public static final FindingCode SCHEMA_PATTERN = FindingCode.of("SCHEMA-PATTERN", Severity.ERROR);
    /** A text that is not a valid date or other format. */
    public static final FindingCode SCHEMA_FORMAT = FindingCode.of("SCHEMA-FORMAT", Severity.ERROR);
    /** A text or list that is too short or too long. */
    public static final FindingCode SCHEMA_SIZE = FindingCode.of("SCHEMA-SIZE", Severity.ERROR);
    /** A number out of range. */
    public static final FindingCode SCHEMA_RANGE = FindingCode.of("SCHEMA-RANGE", Severity.ERROR);
    /** Any other schema violation. */
    public static final FindingCode SCHEMA_OTHER = FindingCode.of("SCHEMA-OTHER", Severity.ERROR);
    /** The model refused a value while binding. */
    public static final FindingCode BIND_REFUSED = FindingCode.of("BIND-REFUSED", Severity.ERROR);
    /** A Jakarta Validation constraint of the model failed. */
    public static final FindingCode CONSTRAINT = FindingCode.of("CONSTRAINT-VIOLATED", Severity.ERROR);

    /** A policy document switches off or sets a rule that does not exist or may not be set. */
    public static final FindingCode POLICY_RULE_UNKNOWN = FindingCode.of("POLICY-RULE-UNKNOWN", Severity.ERROR);

    private JsonCodes() {
    }

    /** The catalogue of these codes, for {@link FindingCatalog#all()}. */
    public static final class Catalog implements FindingCatalog {
        /** Called by {@link java.util.ServiceLoader}. */
        public Catalog() {
        }

        /** The messages beside this class: {@code findings.properties} (Dutch) and {@code findings_en.properties}. */
        @Override
        public InputStream messages(String language) {
            return Catalog.class.getResourceAsStream(FindingMessages.file(language));
        }

        @Override
        public Collection<FindingCode> codes() {
            return List.of(LIMIT_SIZE, LIMIT_DEPTH, LIMIT_STRING, LIMIT_CONTAINERS, LIMIT_FINDINGS, LIMIT_FINDINGS_MINOR, ENCODING_UNSUPPORTED, ENCODING, SYNTAX, DUPLICATE_KEY, NOT_AN_OBJECT, KIND_UNKNOWN,
                SCHEMA_VERSION_UNSUPPORTED, SCHEMA_TYPE, SCHEMA_REQUIRED, SCHEMA_UNKNOWN_FIELD,
                SCHEMA_UNKNOWN_FIELD_KEPT, SCHEMA_ENUM, SCHEMA_PATTERN, SCHEMA_FORMAT, SCHEMA_SIZE, SCHEMA_RANGE,
                SCHEMA_OTHER, BIND_REFUSED, CONSTRAINT, POLICY_RULE_UNKNOWN);
        }
    }
}
