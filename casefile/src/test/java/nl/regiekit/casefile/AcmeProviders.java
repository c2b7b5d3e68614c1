package nl.regiekit.casefile;

import java.util.List;

import nl.regiekit.balance.Factor;
import nl.regiekit.balance.FactorCatalog;
import nl.regiekit.balance.FactorCatalogId;
import nl.regiekit.balance.FactorCatalogProvider;
import nl.regiekit.balance.FactorCategory;
import nl.regiekit.balance.selfreliance.Instrument;
import nl.regiekit.balance.selfreliance.InstrumentId;
import nl.regiekit.balance.selfreliance.InstrumentProvider;
import nl.regiekit.balance.selfreliance.ScaleLevel;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogId;
import nl.regiekit.casemodel.LifeDomainCatalogProvider;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Rule;
import nl.regiekit.casemodel.finding.Severity;

/**
 * A fictional organisation's own catalogues, instrument and rule, declared in {@code META-INF/services}
 * of the test class path so that {@link RegiekitConfig#discover()} can be seen to find each kind. The
 * rule's messages are in {@code regiekit/findings.properties} and {@code regiekit/findings_en.properties}
 * of the test class path, as a vendor's would be.
 */
final class AcmeProviders {

    /** The life-domain catalogue. */
    static final LifeDomainCatalog DOMAINS = new LifeDomainCatalog(LifeDomainCatalogId.of("acme:wijkteam"), "1",
        "Leefgebieden Wijkteam Acme", "Life domains of the Acme neighbourhood team", List.of(
            LifeDomain.of("money", "Geld", "Money"), LifeDomain.of("home", "Thuis", "Home")));

    /** The factor catalogue. */
    static final FactorCatalog FACTORS = new FactorCatalog(FactorCatalogId.of("acme:factors"), "2024.2",
        "Acme factoren", "Acme factors", List.of(
            Factor.of("gambling", FactorCategory.RISK_PARENT, 2, "Gokken", "Gambling")));

    /** The instrument. */
    static final Instrument INSTRUMENT = new Instrument(InstrumentId.of("acme:matrix"), "3", "Eigen matrix",
        "Own matrix", List.of(LifeDomain.of("school", "School", "School")),
        List.of(new ScaleLevel(0, "Slecht", "Poor"), new ScaleLevel(10, "Goed", "Good")));

    /**
     * The rule's code: the organisation's teams draw a genogram with the family once the first plan is
     * written (method §9 leaves when to the organisation).
     */
    static final FindingCode GENOGRAM_MISSING = FindingCode.of("ACME-GENOGRAM-MISSING", Severity.WARNING);

    private AcmeProviders() {
    }

    /** Supplies {@link #DOMAINS}. */
    public static final class Domains implements LifeDomainCatalogProvider {
        @Override
        public List<LifeDomainCatalog> catalogs() {
            return List.of(DOMAINS);
        }
    }

    /** Supplies {@link #FACTORS}. */
    public static final class Factors implements FactorCatalogProvider {
        @Override
        public List<FactorCatalog> catalogs() {
            return List.of(FACTORS);
        }
    }

    /** Supplies {@link #INSTRUMENT}. */
    public static final class Instruments implements InstrumentProvider {
        @Override
        public List<Instrument> instruments() {
            return List.of(INSTRUMENT);
        }
    }

    /** Supplies the rule of {@link #GENOGRAM_MISSING}. */
    public static final class Rules implements RuleProvider {
        @Override
        public List<Rule<CaseFile>> rules(RegiekitConfig config) {
            return List.of(Rule.of("a case file with a plan has a genogram", List.of(GENOGRAM_MISSING), file ->
                !file.plans().isEmpty() && file.genogram().isEmpty()
                    ? List.of(Finding.about(GENOGRAM_MISSING, "", file.subject().id(), file.plans().size()))
                    : List.of()));
        }
    }
}
