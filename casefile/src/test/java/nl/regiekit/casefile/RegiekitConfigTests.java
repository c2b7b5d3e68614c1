package nl.regiekit.casefile;

import static nl.regiekit.casefile.SampleCaseFiles.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.regiekit.balance.FactorCatalog;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.selfreliance.Instrument;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Rule;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.plan.monitor.MonitorCodes;
import nl.regiekit.plan.rules.PlanCodes;

/**
 * The configuration built once: the defaults hold the library's own parts only, {@code discover()} finds
 * each kind of provider on the class path (the test class path declares one of each, {@link AcmeProviders}),
 * and an organisation's own rule runs after the method's, under the policy's settings, with its messages
 * from a vendor's bundle.
 */
class RegiekitConfigTests {

    private static final Clock CLOCK = SampleCaseFiles.clockAt(TODAY);

    /** The full sample without its genogram: a case file with a plan, which Acme's rule finds wanting. */
    private static CaseFile withoutGenogram() {
        CaseFile full = SampleCaseFiles.full();
        CaseFile bare = CaseFile.of(full.subject());
        for (var plan : full.plans()) {
            bare = bare.withPlan(plan);
        }
        return bare;
    }

    @Test
    void theDefaultsHoldTheBuiltInCataloguesAndNoRulesOfAnOrganisation() {
        RegiekitConfig defaults = RegiekitConfig.defaults();

        assertThat(defaults.policy()).isEqualTo(OrganisationPolicy.DEFAULTS);
        assertThat(defaults.catalogues()).isEqualTo(Catalogues.builtIn());
        assertThat(defaults.catalogues().lifeDomains().all()).extracting(LifeDomainCatalog::id)
            .doesNotContain(AcmeProviders.DOMAINS.id());
        assertThat(defaults.ownRules()).isEmpty();
        assertThat(defaults.rules().check(withoutGenogram()))
            .noneMatch(f -> f.code().equals(AcmeProviders.GENOGRAM_MISSING.code()));
    }

    @Test
    void discoverFindsEachKindOfProviderOnceAfterTheBuiltInOnes() {
        RegiekitConfig found = RegiekitConfig.discover();

        assertThat(found.catalogues().lifeDomains().all()).extracting(LifeDomainCatalog::id)
            .endsWith(AcmeProviders.DOMAINS.id()).hasSize(Catalogues.builtIn().lifeDomains().all().size() + 1);
        assertThat(found.catalogues().factors().all()).extracting(FactorCatalog::id)
            .containsExactly(FactorCatalogs.DEFAULT.id(), AcmeProviders.FACTORS.id());
        assertThat(found.catalogues().instruments().all()).extracting(Instrument::id)
            .endsWith(AcmeProviders.INSTRUMENT.id());
        assertThat(found.ownRules()).singleElement()
            .satisfies(rule -> assertThat(rule.codes()).containsExactly(AcmeProviders.GENOGRAM_MISSING));
    }

    @Test
    void anOrganisationsOwnRuleRunsAfterTheMethodsWithItsMessageFromTheVendorsBundle() {
        CaseFile file = withoutGenogram();
        RegiekitConfig found = RegiekitConfig.discover().withClock(CLOCK);

        List<Finding> findings = found.rules().check(file);

        assertThat(findings).last().satisfies(f -> {
            assertThat(f.code()).isEqualTo("ACME-GENOGRAM-MISSING");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEmpty();
            assertThat(f.subject()).contains(file.subject().id());
            assertThat(f.message(Locale.ENGLISH)).isEqualTo(
                "The case file has 1 plan(s) but no genogram: draw it with the family (Acme's way of working).");
            assertThat(f.message(Locale.forLanguageTag("nl"))).startsWith("Het dossier heeft 1 plan(nen)");
        });
        // The method's findings come first and are those of the defaults.
        assertThat(findings.subList(0, findings.size() - 1))
            .isEqualTo(RegiekitConfig.defaults().withClock(CLOCK).rules().check(file));
        assertThat(found.rules().check(SampleCaseFiles.full()))
            .noneMatch(f -> f.code().equals("ACME-GENOGRAM-MISSING"));
    }

    @Test
    void thePolicySwitchesAnOwnRuleOffOrGivesItAnotherSeverityAsItDoesTheMethods() {
        CaseFile file = withoutGenogram();
        RegiekitConfig found = RegiekitConfig.discover().withClock(CLOCK);
        OrganisationPolicy off = OrganisationPolicy.DEFAULTS.withRules(
            RuleSettings.DEFAULTS.withOff(AcmeProviders.GENOGRAM_MISSING));
        OrganisationPolicy error = OrganisationPolicy.DEFAULTS.withRules(
            RuleSettings.DEFAULTS.withSeverity(AcmeProviders.GENOGRAM_MISSING, Severity.ERROR));

        assertThat(found.withPolicy(off).rules().check(file)).noneMatch(f -> f.code().equals("ACME-GENOGRAM-MISSING"));
        assertThat(found.withPolicy(error).rules().check(file)).filteredOn(f -> f.code().equals("ACME-GENOGRAM-MISSING"))
            .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
        assertThat(found.withPolicy(off).ownRules()).hasSize(1);
    }

    @Test
    void theCodesAPolicyMaySetAreThoseOfEveryRuleAndSignalPresent() {
        assertThat(RegiekitConfig.defaults().rules().configurable())
            .contains(PlanCodes.GOAL_NOT_SMART.code(), MonitorCodes.PLAN_DUE.code())
            .doesNotContain("ACME-GENOGRAM-MISSING", "JSON-SYNTAX", "MODEL-VALUE-INVALID");
        assertThat(RegiekitConfig.discover().rules().configurable()).contains("ACME-GENOGRAM-MISSING");
    }

    @Test
    void aProviderIsMadeAgainUnderEachConfigurationItIsPartOf() {
        // Each configuration made from one with this provider asks it for its rules anew.
        List<Rule<CaseFile>> seen = new java.util.ArrayList<>();
        RuleProvider provider = config -> {
            Rule<CaseFile> rule = Rule.of("nothing", List.of(AcmeProviders.GENOGRAM_MISSING), file -> List.of());
            seen.add(rule);
            return List.of(rule);
        };
        RegiekitConfig once = RegiekitConfig.defaults().withRules(provider);
        RegiekitConfig again = once.withClock(CLOCK);

        assertThat(seen).hasSize(2);
        assertThat(once.ownRules()).containsExactly(seen.get(0));
        assertThat(again.ownRules()).containsExactly(seen.get(1));
    }

    @Test
    void refusesWhatIsMissingOrTwice() {
        RegiekitConfig defaults = RegiekitConfig.defaults();

        assertThatNullPointerException().isThrownBy(() -> defaults.withPolicy(null)).withMessage("policy");
        assertThatNullPointerException().isThrownBy(() -> defaults.withCatalogues(null)).withMessage("catalogues");
        assertThatNullPointerException().isThrownBy(() -> defaults.withClock(null)).withMessage("clock");
        assertThatIllegalArgumentException().isThrownBy(() -> Catalogues.builtIn().withFactors(FactorCatalogs.DEFAULT));
        assertThatIllegalArgumentException().isThrownBy(() -> Rule.of("nothing", List.of(), file -> List.of()));
    }
}
