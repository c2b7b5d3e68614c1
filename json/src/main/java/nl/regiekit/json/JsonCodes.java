package nl.regiekit.json;

import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Severity;

/**
 * The codes of the validation pipeline's first three stages: limits, syntax and schema, and
 * binding and constraints; and the one rule of a policy document, that the rules it sets exist. Each is documented in {@code docs/rules.md}. Messages never quote
 * the document's values.
 */
public final class JsonCodes {

    /** The document is larger than the limit. */
    public static final FindingCode LIMIT_SIZE = FindingCode.of("JSON-LIMIT-SIZE", Severity.ERROR,
        "Het document is groter dan {0} bytes en is niet gelezen.",
        "The document is larger than {0} bytes and was not read.");
    /** Objects and arrays are nested deeper than the limit. */
    public static final FindingCode LIMIT_DEPTH = FindingCode.of("JSON-LIMIT-DEPTH", Severity.ERROR,
        "Het document is dieper genest dan {0} niveaus en is niet gelezen.",
        "The document is nested deeper than {0} levels and was not read.");
    /** A string is longer than the limit. */
    public static final FindingCode LIMIT_STRING = FindingCode.of("JSON-LIMIT-STRING", Severity.ERROR,
        "Het document bevat een tekst langer dan {0} tekens en is niet gelezen.",
        "The document holds a text longer than {0} characters and was not read.");
    /** More objects and arrays than the limit. */
    public static final FindingCode LIMIT_CONTAINERS = FindingCode.of("JSON-LIMIT-CONTAINERS", Severity.ERROR,
        "Het document bevat meer dan {0} objecten en lijsten en is niet gelezen.",
        "The document holds more than {0} objects and arrays and was not read.");
    /** More findings than the cap, errors among those left out. */
    public static final FindingCode LIMIT_FINDINGS = FindingCode.of("JSON-LIMIT-FINDINGS", Severity.ERROR,
        "Na {0} bevindingen zijn de overige niet gemeld; daaronder zijn fouten.",
        "After {0} findings the rest were not reported; there are errors among them.");
    /** More findings than the cap, only warnings and information among those left out. */
    public static final FindingCode LIMIT_FINDINGS_MINOR = FindingCode.of("JSON-LIMIT-FINDINGS-MINOR",
        Severity.WARNING,
        "Na {0} bevindingen zijn de overige niet gemeld; het zijn alleen waarschuwingen en informatie.",
        "After {0} findings the rest were not reported; they are only warnings and information.");
    /** The bytes are in UTF-16 or UTF-32, not UTF-8. */
    public static final FindingCode ENCODING_UNSUPPORTED = FindingCode.of("JSON-ENCODING-UNSUPPORTED", Severity.ERROR,
        "Het document is niet in UTF-8 maar in UTF-16 of UTF-32 en is niet gelezen; Regiekit leest alleen UTF-8.",
        "The document is in UTF-16 or UTF-32, not UTF-8, and was not read; Regiekit reads UTF-8 only.");
    /** The bytes are not well-formed UTF-8. */
    public static final FindingCode ENCODING = FindingCode.of("JSON-ENCODING", Severity.ERROR,
        "Het document is geen geldige UTF-8 (byte {0}) en is niet gelezen.",
        "The document is not valid UTF-8 (byte {0}) and was not read.");
    /** The bytes are not well-formed JSON. */
    public static final FindingCode SYNTAX = FindingCode.of("JSON-SYNTAX", Severity.ERROR,
        "Het document is geen geldige JSON (regel {0}, kolom {1}).",
        "The document is not valid JSON (line {0}, column {1}).");
    /** An object holds the same key twice. */
    public static final FindingCode DUPLICATE_KEY = FindingCode.of("JSON-DUPLICATE-KEY", Severity.ERROR,
        "Dit object bevat dezelfde sleutel twee keer (regel {0}, kolom {1}).",
        "This object holds the same key twice (line {0}, column {1}).");
    /** The document is not a JSON object. */
    public static final FindingCode NOT_AN_OBJECT = FindingCode.of("DOC-NOT-AN-OBJECT", Severity.ERROR,
        "Een Regiekit-document is een JSON-object.",
        "A Regiekit document is a JSON object.");
    /** The document has no known kind. */
    public static final FindingCode KIND_UNKNOWN = FindingCode.of("DOC-KIND-UNKNOWN", Severity.ERROR,
        "Het veld kind ontbreekt of noemt geen bekende documentsoort.",
        "The kind field is missing or names no known document kind.");
    /** The document has a schema version this library does not read. */
    public static final FindingCode SCHEMA_VERSION_UNSUPPORTED = FindingCode.of("DOC-SCHEMA-VERSION-UNSUPPORTED",
        Severity.ERROR,
        "Het veld schemaVersion ontbreekt of heeft een hoofdversie die deze bibliotheek niet leest.",
        "The schemaVersion field is missing or has a major version this library does not read.");
    /** A value has the wrong JSON type. */
    public static final FindingCode SCHEMA_TYPE = FindingCode.of("SCHEMA-TYPE", Severity.ERROR,
        "Deze waarde heeft het verkeerde type.",
        "This value has the wrong type.");
    /** A required field is missing. */
    public static final FindingCode SCHEMA_REQUIRED = FindingCode.of("SCHEMA-REQUIRED", Severity.ERROR,
        "Dit verplichte veld ontbreekt.",
        "This required field is missing.");
    /** A field the schema does not know, refused in strict mode. */
    public static final FindingCode SCHEMA_UNKNOWN_FIELD = FindingCode.of("SCHEMA-UNKNOWN-FIELD", Severity.ERROR,
        "Dit veld is onbekend; gebruik de soepele modus om onbekende velden te bewaren.",
        "This field is unknown; use lenient mode to keep unknown fields.");
    /** A field the schema does not know, kept in lenient mode. */
    public static final FindingCode SCHEMA_UNKNOWN_FIELD_KEPT = FindingCode.of("SCHEMA-UNKNOWN-FIELD-KEPT",
        Severity.INFO,
        "Dit veld is onbekend; het blijft in het document staan maar het model leest het niet.",
        "This field is unknown; it stays in the document but the model does not read it.");
    /** A value not among the allowed ones. */
    public static final FindingCode SCHEMA_ENUM = FindingCode.of("SCHEMA-ENUM", Severity.ERROR,
        "Deze waarde is niet een van de toegestane waarden.",
        "This value is not one of the allowed values.");
    /** A text that does not have the required form. */
    public static final FindingCode SCHEMA_PATTERN = FindingCode.of("SCHEMA-PATTERN", Severity.ERROR,
        "Deze tekst heeft niet de vereiste vorm.",
        "This text does not have the required form.");
    /** A text that is not a valid date or other format. */
    public static final FindingCode SCHEMA_FORMAT = FindingCode.of("SCHEMA-FORMAT", Severity.ERROR,
        "Deze waarde heeft niet het vereiste formaat, zoals een datum JJJJ-MM-DD.",
        "This value does not have the required format, such as a date YYYY-MM-DD.");
    /** A text or list that is too short or too long. */
    public static final FindingCode SCHEMA_SIZE = FindingCode.of("SCHEMA-SIZE", Severity.ERROR,
        "Deze tekst of lijst is te kort of te lang.",
        "This text or list is too short or too long.");
    /** A number out of range. */
    public static final FindingCode SCHEMA_RANGE = FindingCode.of("SCHEMA-RANGE", Severity.ERROR,
        "Dit getal ligt buiten het toegestane bereik.",
        "This number is out of the allowed range.");
    /** Any other schema violation. */
    public static final FindingCode SCHEMA_OTHER = FindingCode.of("SCHEMA-OTHER", Severity.ERROR,
        "Deze waarde voldoet niet aan het schema.",
        "This value does not conform to the schema.");
    /** The model refused a value while binding. */
    public static final FindingCode BIND_REFUSED = FindingCode.of("BIND-REFUSED", Severity.ERROR,
        "Het model weigert deze waarde.",
        "The model refuses this value.");
    /** A Jakarta Validation constraint of the model failed. */
    public static final FindingCode CONSTRAINT = FindingCode.of("CONSTRAINT-VIOLATED", Severity.ERROR,
        "Deze waarde voldoet niet aan een beperking van het model.",
        "This value breaks a constraint of the model.");

    /** A policy document switches off or sets a rule that does not exist or may not be set. */
    public static final FindingCode POLICY_RULE_UNKNOWN = FindingCode.of("POLICY-RULE-UNKNOWN", Severity.ERROR,
        "Deze regel bestaat niet of is niet in te stellen: alleen de regels en signalen van de methode zijn uit te "
            + "zetten of anders te wegen, niet de controles die bepalen of een document te lezen is.",
        "There is no rule of this code that can be set: only the rules and signals of the method can be switched "
            + "off or given another severity, not the checks of whether a document can be read.");

    private JsonCodes() {
    }

    /** The catalogue of these codes, for {@link FindingCatalog#all()}. */
    public static final class Catalog implements FindingCatalog {
        /** Called by {@link java.util.ServiceLoader}. */
        public Catalog() {
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
