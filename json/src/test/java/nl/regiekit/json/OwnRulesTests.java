package nl.regiekit.json;

import static nl.regiekit.json.SampleDocuments.caseFileBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casefile.RuleProvider;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Rule;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.casemodel.finding.Severity;
import org.junit.jupiter.api.Test;

/**
 * An organisation's own rule through the pipeline (docs/rules.md, "An organisation's own rule"): its
 * findings come with the method's, the policy sets its severity or switches it off, and a policy
 * document may name its code only where the rule is configured.
 */
class OwnRulesTests {

    /**
     * The organisation's rule: a case file with a help plan but no genogram gets a warning (the sample has
     * one plan and no genogram).
     */
    private static final FindingCode GENOGRAM_MISSING = FindingCode.of("ACME-GENOGRAM-MISSING", Severity.WARNING);
    private static final RuleProvider ACME = config -> List.of(Rule.of("a case file with a plan has a genogram", List.of(GENOGRAM_MISSING),
        file -> !file.plans().isEmpty() && file.genogram().isEmpty()
            ? List.of(Finding.about(GENOGRAM_MISSING, "", file.subject().id(), file.plans().size()))
            : List.of()));
    private static final RegiekitConfig WITH_ACME = RegiekitConfig.defaults().withRules(ACME);

    @Test
    void anOwnRulesFindingComesWithTheMethodsAndOnlyWhereItIsConfigured() {
        ValidationResult own = Validation.builder().config(WITH_ACME).build().validate(caseFileBytes());
        ValidationResult method = Validation.defaults().validate(caseFileBytes());

        assertThat(own.findings()).filteredOn(f -> f.code().startsWith("ACME-"))
            .extracting(Finding::code, Finding::severity, Finding::pointer)
            .containsExactly(tuple("ACME-GENOGRAM-MISSING", Severity.WARNING, ""));
        assertThat(own.findings()).filteredOn(f -> !f.code().startsWith("ACME-"))
            .containsExactlyElementsOf(method.findings());
        assertThat(own.isValid()).isTrue();
    }

    @Test
    void thePolicyGivesAnOwnRuleAnotherSeverityOrSwitchesItOff() {
        RuleSettings stricter = RuleSettings.DEFAULTS.withSeverity(GENOGRAM_MISSING, Severity.ERROR);
        ValidationResult strict = Validation.builder()
            .config(WITH_ACME.withPolicy(OrganisationPolicy.DEFAULTS.withRules(stricter))).build()
            .validate(caseFileBytes());
        ValidationResult off = Validation.builder()
            .config(WITH_ACME.withPolicy(OrganisationPolicy.DEFAULTS.withRules(RuleSettings.DEFAULTS.withOff(GENOGRAM_MISSING))))
            .build().validate(caseFileBytes());

        assertThat(strict.findings()).filteredOn(f -> f.code().equals("ACME-GENOGRAM-MISSING"))
            .extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(strict.isValid()).isFalse();
        assertThat(off.findings()).extracting(Finding::code).doesNotContain("ACME-GENOGRAM-MISSING");
    }

    @Test
    void aPolicyDocumentMayNameAnOwnRulesCodeOnlyWhereTheRuleIsConfigured() {
        byte[] policy = """
            {"kind": "regiekit/policy", "schemaVersion": "1.0",
             "rules": {"severities": {"ACME-GENOGRAM-MISSING": "ERROR"}}}
            """.getBytes(StandardCharsets.UTF_8);

        ValidationResult without = Validation.defaults().validate(policy);
        ValidationResult with = Validation.builder().config(WITH_ACME).build().validate(policy);

        assertThat(without.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("POLICY-RULE-UNKNOWN", "/rules/severities/ACME-GENOGRAM-MISSING"));
        assertThat(with.findings()).isEmpty();
        assertThat(with.document()).get().isInstanceOfSatisfying(PolicyDocument.class, d ->
            assertThat(d.policy().rules()).isEqualTo(RuleSettings.DEFAULTS.withSeverity(GENOGRAM_MISSING, Severity.ERROR)));
    }
}
