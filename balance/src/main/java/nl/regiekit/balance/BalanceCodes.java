package nl.regiekit.balance;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.FindingMessages;
import nl.regiekit.casemodel.finding.Severity;

/** The codes of the balance model's rules and suggestions; each is documented in {@code docs/rules.md}. */
public final class BalanceCodes {

    /** Route 1 of method §8 is suggested. */
    public static final FindingCode ROUTE_INCREASE_SKILLS = FindingCode.of("BALANCE-ROUTE-INCREASE-SKILLS", Severity.INFO);
    /** Route 2 of method §8 is suggested. */
    public static final FindingCode ROUTE_LIGHTEN_TASKS = FindingCode.of("BALANCE-ROUTE-LIGHTEN-TASKS", Severity.INFO);
    /** Route 3 of method §8 is suggested. */
    public static final FindingCode ROUTE_RELIEVE_STRESS = FindingCode.of("BALANCE-ROUTE-RELIEVE-STRESS", Severity.INFO);
    /** Route 4 of method §8 is suggested. */
    public static final FindingCode ROUTE_ACTIVATE_PROTECTION = FindingCode.of("BALANCE-ROUTE-ACTIVATE-PROTECTION", Severity.INFO);
    /** Route 5 of method §8 is suggested. */
    public static final FindingCode ROUTE_REDUCE_PATHOLOGY = FindingCode.of("BALANCE-ROUTE-REDUCE-PATHOLOGY", Severity.INFO);

    /** An assessment names a factor catalogue that is not known. */
    public static final FindingCode CATALOG_UNKNOWN = FindingCode.of("BALANCE-CATALOG-UNKNOWN", Severity.WARNING);
    /** An assessment uses another version of a known factor catalogue. */
    public static final FindingCode CATALOG_VERSION = FindingCode.of("BALANCE-CATALOG-VERSION", Severity.WARNING);
    /** A scored factor is not in the assessment's catalogue. */
    public static final FindingCode FACTOR_UNKNOWN = FindingCode.of("BALANCE-FACTOR-UNKNOWN", Severity.ERROR);
    /** A scored factor has another category than its catalogue gives it. */
    public static final FindingCode CATEGORY_MISMATCH = FindingCode.of("BALANCE-CATEGORY-MISMATCH", Severity.ERROR);
    /** An assessment scores no factor. */
    public static final FindingCode NO_SCORES = FindingCode.of("BALANCE-NO-SCORES", Severity.WARNING);
    /** An assessment scores burden but no capacity. */
    public static final FindingCode NO_CAPACITY = FindingCode.of("BALANCE-NO-CAPACITY", Severity.WARNING);
    /** An assessment in a case file concerns someone who is not a member of the family. */
    public static final FindingCode MEMBER_UNKNOWN = FindingCode.of("BALANCE-MEMBER-UNKNOWN", Severity.ERROR);
    /** A self-reliance history names an instrument that is not known. */
    public static final FindingCode INSTRUMENT_UNKNOWN = FindingCode.of("BALANCE-INSTRUMENT-UNKNOWN", Severity.ERROR);
    /** A self-reliance history uses another version of a known instrument. */
    public static final FindingCode INSTRUMENT_VERSION = FindingCode.of("BALANCE-INSTRUMENT-VERSION", Severity.WARNING);
    /** A self-reliance score names a domain the instrument does not have. */
    public static final FindingCode INSTRUMENT_DOMAIN_UNKNOWN = FindingCode.of("BALANCE-INSTRUMENT-DOMAIN-UNKNOWN", Severity.ERROR);
    /** A self-reliance score is not a level of the instrument's scale. */
    public static final FindingCode INSTRUMENT_LEVEL = FindingCode.of("BALANCE-INSTRUMENT-LEVEL", Severity.ERROR);
    /** Self-reliance on a domain fell between two measurements. */
    public static final FindingCode SELF_RELIANCE_DECLINED = FindingCode.of("BALANCE-SELF-RELIANCE-DECLINED", Severity.INFO);

    private BalanceCodes() {
    }

    /** The code of the suggestion of {@code route}. */
    public static FindingCode route(InterventionRoute route) {
        return switch (route) {
            case INCREASE_SKILLS -> ROUTE_INCREASE_SKILLS;
            case LIGHTEN_TASKS -> ROUTE_LIGHTEN_TASKS;
            case RELIEVE_STRESS -> ROUTE_RELIEVE_STRESS;
            case ACTIVATE_PROTECTION -> ROUTE_ACTIVATE_PROTECTION;
            case REDUCE_PATHOLOGY -> ROUTE_REDUCE_PATHOLOGY;
        };
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
            return List.of(ROUTE_INCREASE_SKILLS, ROUTE_LIGHTEN_TASKS, ROUTE_RELIEVE_STRESS, ROUTE_ACTIVATE_PROTECTION,
                ROUTE_REDUCE_PATHOLOGY, CATALOG_UNKNOWN, CATALOG_VERSION, FACTOR_UNKNOWN, CATEGORY_MISMATCH, NO_SCORES,
                NO_CAPACITY, MEMBER_UNKNOWN, INSTRUMENT_UNKNOWN, INSTRUMENT_VERSION, INSTRUMENT_DOMAIN_UNKNOWN,
                INSTRUMENT_LEVEL, SELF_RELIANCE_DECLINED);
        }
    }
}
