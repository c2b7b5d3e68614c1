package nl.regiekit.genogram;

import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Severity;

/** The codes of the genogram, sociogram and ecogram checks; each is documented in {@code docs/rules.md}. */
public final class GenogramCodes {

    /** A person who is their own ancestor through parent-child links. */
    public static final FindingCode OWN_ANCESTOR = FindingCode.of("GENOGRAM-OWN-ANCESTOR", Severity.ERROR,
        "Persoon {0} is via ouder-kindrelaties zijn of haar eigen voorouder.",
        "Person {0} is their own ancestor through parent-child links.");
    /** A child with more than two biological parents. */
    public static final FindingCode TOO_MANY_BIOLOGICAL_PARENTS = FindingCode.of(
        "GENOGRAM-TOO-MANY-BIOLOGICAL-PARENTS", Severity.ERROR,
        "Persoon {0} heeft {1} biologische ouders; dat kunnen er hoogstens twee zijn.",
        "Person {0} has {1} biological parents; there can be two at most.");
    /** A biological parent younger than the policy's plausible age at the child's birth. */
    public static final FindingCode PARENT_TOO_YOUNG = FindingCode.of("GENOGRAM-PARENT-TOO-YOUNG", Severity.WARNING,
        "Ouder {0} was {1} jaar bij de geboorte van kind {2}; het beleid noemt {3} jaar de jongste aannemelijke "
            + "leeftijd.",
        "Parent {0} was {1} at the birth of child {2}; the policy names {3} as the youngest plausible age.");
    /** A year of death before the year of birth. */
    public static final FindingCode DEATH_BEFORE_BIRTH = FindingCode.of("GENOGRAM-DEATH-BEFORE-BIRTH", Severity.ERROR,
        "Persoon {0} is overleden voor het geboortejaar.",
        "Person {0} died before the year of birth.");
    /** A relationship or the index that names a person who is not in the genogram. */
    public static final FindingCode UNKNOWN_PERSON = FindingCode.of("GENOGRAM-UNKNOWN-PERSON", Severity.ERROR,
        "Persoon {0} staat niet in het genogram.",
        "Person {0} is not in the genogram.");
    /** A genogram without an index person. */
    public static final FindingCode NO_INDEX_PERSON = FindingCode.of("GENOGRAM-NO-INDEX-PERSON", Severity.WARNING,
        "Het genogram heeft geen indexpersoon.",
        "The genogram has no index person.");
    /** A family member of the case who is not in the case's genogram. */
    public static final FindingCode MEMBER_NOT_DRAWN = FindingCode.of("GENOGRAM-MEMBER-NOT-DRAWN", Severity.INFO,
        "Gezinslid {0} staat niet in het genogram van de casus.",
        "Family member {0} is not in the case's genogram.");
    /** A person in the genogram whose gender or year of birth differs from the case's family member. */
    public static final FindingCode MEMBER_MISMATCH = FindingCode.of("GENOGRAM-MEMBER-MISMATCH", Severity.WARNING,
        "Bij persoon {0} verschilt {1} tussen het genogram en het gezinslid in de casus.",
        "For person {0}, {1} differs between the genogram and the family member of the case.");
    /** A sociogram whose informal support is below the policy's threshold. */
    public static final FindingCode ISOLATION = FindingCode.of("GENOGRAM-SOCIOGRAM-ISOLATION", Severity.WARNING,
        "Het netwerk heeft {0} informele steunbronnen; het beleid vraagt er ten minste {1}: signaal van isolement.",
        "The network has {0} informal sources of support; the policy asks for at least {1}: a sign of isolation.");

    private GenogramCodes() {
    }

    /** The catalogue of these codes, for {@link FindingCatalog#all()}. */
    public static final class Catalog implements FindingCatalog {
        /** Called by {@link java.util.ServiceLoader}. */
        public Catalog() {
        }

        @Override
        public Collection<FindingCode> codes() {
            return List.of(OWN_ANCESTOR, TOO_MANY_BIOLOGICAL_PARENTS, PARENT_TOO_YOUNG, DEATH_BEFORE_BIRTH,
                UNKNOWN_PERSON, NO_INDEX_PERSON, MEMBER_NOT_DRAWN, MEMBER_MISMATCH, ISOLATION);
        }
    }
}
