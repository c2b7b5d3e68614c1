package nl.regiekit.genogram;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.FindingMessages;
import nl.regiekit.casemodel.finding.Severity;

/** The codes of the genogram, sociogram and ecogram checks; each is documented in {@code docs/rules.md}. */
public final class GenogramCodes {

    /** A person who is their own ancestor through parent-child links. */
    public static final FindingCode OWN_ANCESTOR = FindingCode.of("GENOGRAM-OWN-ANCESTOR", Severity.ERROR);
    /** A child with more than two biological parents. */
    public static final FindingCode TOO_MANY_BIOLOGICAL_PARENTS = FindingCode.of("GENOGRAM-TOO-MANY-BIOLOGICAL-PARENTS", Severity.ERROR);
    /** A biological parent younger than the policy's plausible age at the child's birth. */
    public static final FindingCode PARENT_TOO_YOUNG = FindingCode.of("GENOGRAM-PARENT-TOO-YOUNG", Severity.WARNING);
    /** A year of death before the year of birth. */
    public static final FindingCode DEATH_BEFORE_BIRTH = FindingCode.of("GENOGRAM-DEATH-BEFORE-BIRTH", Severity.ERROR);
    /** A relationship or the index that names a person who is not in the genogram. */
    public static final FindingCode UNKNOWN_PERSON = FindingCode.of("GENOGRAM-UNKNOWN-PERSON", Severity.ERROR);
    /** A genogram without an index person. */
    public static final FindingCode NO_INDEX_PERSON = FindingCode.of("GENOGRAM-NO-INDEX-PERSON", Severity.WARNING);
    /** A family member of the case who is not in the case's genogram. */
    public static final FindingCode MEMBER_NOT_DRAWN = FindingCode.of("GENOGRAM-MEMBER-NOT-DRAWN", Severity.INFO);
    /** A person in the genogram whose gender or year of birth differs from the case's family member. */
    public static final FindingCode MEMBER_MISMATCH = FindingCode.of("GENOGRAM-MEMBER-MISMATCH", Severity.WARNING);
    /**
     * A parenthood recorded in the case's family that the genogram draws with another kind or does not
     * draw between the two people (method §11: legal and biological parenthood differ).
     */
    public static final FindingCode PARENTHOOD_MISMATCH = FindingCode.of("GENOGRAM-PARENTHOOD-MISMATCH", Severity.WARNING);
    /** A sociogram whose informal support is below the policy's threshold. */
    public static final FindingCode ISOLATION = FindingCode.of("GENOGRAM-SOCIOGRAM-ISOLATION", Severity.WARNING);

    private GenogramCodes() {
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
            return List.of(OWN_ANCESTOR, TOO_MANY_BIOLOGICAL_PARENTS, PARENT_TOO_YOUNG, DEATH_BEFORE_BIRTH,
                UNKNOWN_PERSON, NO_INDEX_PERSON, MEMBER_NOT_DRAWN, MEMBER_MISMATCH, PARENTHOOD_MISMATCH, ISOLATION);
        }
    }
}
