package nl.regiekit.casemodel.finding;

import java.util.Collection;
import java.util.List;

/**
 * Codes of broken structural invariants (see {@link ModelViolation}): an object with one of
 * these cannot be built, so each is an {@link Severity#ERROR}.
 */
public final class ModelCodes {

    /** An identifier is used twice where it must be unique. */
    public static final FindingCode DUPLICATE_ID = FindingCode.of("MODEL-DUPLICATE-ID", Severity.ERROR,
        "Deze identificatie komt al eerder voor in de lijst.",
        "This identifier occurs earlier in the list.");
    /** A reference does not resolve to an object in the document. */
    public static final FindingCode DANGLING_REFERENCE = FindingCode.of("MODEL-DANGLING-REFERENCE", Severity.ERROR,
        "Deze verwijzing wijst naar iets dat niet in het document staat.",
        "This reference points to something that is not in the document.");
    /** Two dates are in the wrong order. */
    public static final FindingCode DATE_ORDER = FindingCode.of("MODEL-DATE-ORDER", Severity.ERROR,
        "Deze datum ligt voor een datum die eraan vooraf moet gaan.",
        "This date lies before a date that must come first.");
    /** A BSN fails the eleven-test. */
    public static final FindingCode BSN_INVALID = FindingCode.of("MODEL-BSN-INVALID", Severity.ERROR,
        "Dit BSN voldoet niet aan de elfproef.",
        "This BSN fails the eleven-test.");
    /** An identifier does not have the allowed form. */
    public static final FindingCode IDENTIFIER_INVALID = FindingCode.of("MODEL-IDENTIFIER-INVALID", Severity.ERROR,
        "Een identificatie bestaat uit 1 tot 64 letters, cijfers, punten, dubbele punten, liggende streepjes of "
            + "verbindingsstreepjes en begint met een letter of cijfer.",
        "An identifier has 1 to 64 letters, digits, dots, colons, underscores or hyphens and starts with a "
            + "letter or digit.");
    /** A value is refused for another reason stated in the type's documentation. */
    public static final FindingCode VALUE_INVALID = FindingCode.of("MODEL-VALUE-INVALID", Severity.ERROR,
        "Deze waarde is niet toegestaan.",
        "This value is not allowed.");

    private ModelCodes() {
    }

    /** The catalogue of these codes, for {@link FindingCatalog#all()}. */
    public static final class Catalog implements FindingCatalog {
        /** Called by {@link java.util.ServiceLoader}. */
        public Catalog() {
        }

        @Override
        public Collection<FindingCode> codes() {
            return List.of(DUPLICATE_ID, DANGLING_REFERENCE, DATE_ORDER, BSN_INVALID, IDENTIFIER_INVALID,
                VALUE_INVALID);
        }
    }
}
