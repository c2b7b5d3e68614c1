package nl.regiekit.balance;

import java.util.Collection;
import java.util.List;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Severity;

/** The codes of the balance model's rules and suggestions; each is documented in {@code docs/rules.md}. */
public final class BalanceCodes {

    /** Route 1 of method §8 is suggested. */
    public static final FindingCode ROUTE_INCREASE_SKILLS = route("INCREASE-SKILLS", "vaardigheden vergroten",
        "increase skills");
    /** Route 2 of method §8 is suggested. */
    public static final FindingCode ROUTE_LIGHTEN_TASKS = route("LIGHTEN-TASKS", "taken verlichten of verrijken",
        "lighten or enrich tasks");
    /** Route 3 of method §8 is suggested. */
    public static final FindingCode ROUTE_RELIEVE_STRESS = route("RELIEVE-STRESS", "stress verminderen",
        "relieve stress");
    /** Route 4 of method §8 is suggested. */
    public static final FindingCode ROUTE_ACTIVATE_PROTECTION = route("ACTIVATE-PROTECTION",
        "veerkracht en beschermende factoren activeren", "activate resilience and protective factors");
    /** Route 5 of method §8 is suggested. */
    public static final FindingCode ROUTE_REDUCE_PATHOLOGY = route("REDUCE-PATHOLOGY",
        "invloed van pathologie verminderen", "reduce the influence of pathology");

    /** An assessment names a factor catalogue that is not known. */
    public static final FindingCode CATALOG_UNKNOWN = FindingCode.of("BALANCE-CATALOG-UNKNOWN", Severity.WARNING,
        "Factorenlijst {0} is niet bekend; de meting wordt gescoord zonder te weten welke factoren pathologie zijn.",
        "Factor catalogue {0} is not known; the assessment is scored without knowing which factors are pathology.");
    /** An assessment uses another version of a known factor catalogue. */
    public static final FindingCode CATALOG_VERSION = FindingCode.of("BALANCE-CATALOG-VERSION", Severity.WARNING,
        "De meting gebruikt een andere versie van factorenlijst {0} dan de bekende.",
        "The assessment uses another version of factor catalogue {0} than the known one.");
    /** A scored factor is not in the assessment's catalogue. */
    public static final FindingCode FACTOR_UNKNOWN = FindingCode.of("BALANCE-FACTOR-UNKNOWN", Severity.ERROR,
        "Factor {0} staat niet in factorenlijst {1}.",
        "Factor {0} is not in factor catalogue {1}.");
    /** A scored factor has another category than its catalogue gives it. */
    public static final FindingCode CATEGORY_MISMATCH = FindingCode.of("BALANCE-CATEGORY-MISMATCH", Severity.ERROR,
        "Factor {0} heeft categorie {1}, maar factorenlijst {2} geeft categorie {3}.",
        "Factor {0} has category {1}, but factor catalogue {2} gives category {3}.");
    /** An assessment scores no factor. */
    public static final FindingCode NO_SCORES = FindingCode.of("BALANCE-NO-SCORES", Severity.WARNING,
        "De meting scoort geen enkele factor.",
        "The assessment scores no factor.");
    /** An assessment scores burden but no capacity. */
    public static final FindingCode NO_CAPACITY = FindingCode.of("BALANCE-NO-CAPACITY", Severity.WARNING,
        "De meting scoort draaglast maar geen draagkracht; het balansmodel weegt beide.",
        "The assessment scores burden but no capacity; the balance model weighs both.");
    /** An assessment in a case file concerns someone who is not a member of the family. */
    public static final FindingCode MEMBER_UNKNOWN = FindingCode.of("BALANCE-MEMBER-UNKNOWN", Severity.ERROR,
        "Gezinslid {0} hoort niet bij het gezin van de casus.",
        "Member {0} is not a member of the case's family.");
    /** A self-reliance history names an instrument that is not known. */
    public static final FindingCode INSTRUMENT_UNKNOWN = FindingCode.of("BALANCE-INSTRUMENT-UNKNOWN", Severity.ERROR,
        "Instrument {0} is niet bekend.",
        "Instrument {0} is not known.");
    /** A self-reliance history uses another version of a known instrument. */
    public static final FindingCode INSTRUMENT_VERSION = FindingCode.of("BALANCE-INSTRUMENT-VERSION", Severity.WARNING,
        "De scores gebruiken een andere versie van instrument {0} dan de bekende.",
        "The scores use another version of instrument {0} than the known one.");
    /** A self-reliance score names a domain the instrument does not have. */
    public static final FindingCode INSTRUMENT_DOMAIN_UNKNOWN = FindingCode.of("BALANCE-INSTRUMENT-DOMAIN-UNKNOWN",
        Severity.ERROR,
        "Domein {0} hoort niet bij instrument {1}.",
        "Domain {0} does not belong to instrument {1}.");
    /** A self-reliance score is not a level of the instrument's scale. */
    public static final FindingCode INSTRUMENT_LEVEL = FindingCode.of("BALANCE-INSTRUMENT-LEVEL", Severity.ERROR,
        "Niveau {0} staat niet op de schaal van instrument {1}.",
        "Level {0} is not on the scale of instrument {1}.");
    /** Self-reliance on a domain fell between two measurements. */
    public static final FindingCode SELF_RELIANCE_DECLINED = FindingCode.of("BALANCE-SELF-RELIANCE-DECLINED",
        Severity.INFO,
        "De zelfredzaamheid op domein {0} daalde van niveau {1} naar niveau {2}.",
        "Self-reliance on domain {0} fell from level {1} to level {2}.");

    private BalanceCodes() {
    }

    private static FindingCode route(String name, String nl, String en) {
        return FindingCode.of("BALANCE-ROUTE-" + name, Severity.INFO,
            "Interventieroute {0} (" + nl + ") past bij deze meting; {1} factoren wijzen erop, het sterkst {2}.",
            "Intervention route {0} (" + en + ") fits this assessment; {1} factors point to it, most strongly {2}.");
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

        @Override
        public Collection<FindingCode> codes() {
            return List.of(ROUTE_INCREASE_SKILLS, ROUTE_LIGHTEN_TASKS, ROUTE_RELIEVE_STRESS, ROUTE_ACTIVATE_PROTECTION,
                ROUTE_REDUCE_PATHOLOGY, CATALOG_UNKNOWN, CATALOG_VERSION, FACTOR_UNKNOWN, CATEGORY_MISMATCH, NO_SCORES,
                NO_CAPACITY, MEMBER_UNKNOWN, INSTRUMENT_UNKNOWN, INSTRUMENT_VERSION, INSTRUMENT_DOMAIN_UNKNOWN,
                INSTRUMENT_LEVEL, SELF_RELIANCE_DECLINED);
        }
    }
}
