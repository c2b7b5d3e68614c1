package nl.regiekit.casemodel.finding;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;

/**
 * Codes of broken structural invariants (see {@link ModelViolation}): an object with one of
 * these cannot be built, so each is an {@link Severity#ERROR}.
 */
public final class ModelCodes {

    /** An identifier is used twice where it must be unique. */
    public static final FindingCode DUPLICATE_ID = FindingCode.of("MODEL-DUPLICATE-ID", Severity.ERROR);
    /** A reference does not resolve to an object in the document. */
    public static final FindingCode DANGLING_REFERENCE = FindingCode.of("MODEL-DANGLING-REFERENCE", Severity.ERROR);
    /** Two dates are in the wrong order. */
    public static final FindingCode DATE_ORDER = FindingCode.of("MODEL-DATE-ORDER", Severity.ERROR);
    /** A BSN fails the eleven-test. */
    public static final FindingCode BSN_INVALID = FindingCode.of("MODEL-BSN-INVALID", Severity.ERROR);
    /** An identifier does not have the allowed form. */
    public static final FindingCode IDENTIFIER_INVALID = FindingCode.of("MODEL-IDENTIFIER-INVALID", Severity.ERROR);
    /** A value is refused for another reason stated in the type's documentation. */
    public static final FindingCode VALUE_INVALID = FindingCode.of("MODEL-VALUE-INVALID", Severity.ERROR);

    private ModelCodes() {
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
            return List.of(DUPLICATE_ID, DANGLING_REFERENCE, DATE_ORDER, BSN_INVALID, IDENTIFIER_INVALID,
                VALUE_INVALID);
        }
    }
}
