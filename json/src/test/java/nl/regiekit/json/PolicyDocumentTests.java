package nl.regiekit.json;

import static nl.regiekit.json.SampleDocuments.bytes;
import static nl.regiekit.json.SampleDocuments.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.plan.PlanPolicy;
import nl.regiekit.plan.rules.PlanCodes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The policy document ({@code regiekit/policy}) and the pipeline under a policy: a changed number, a rule
 * switched off and a rule at another severity change the findings of a case file, and nothing else.
 */
class PolicyDocumentTests {

    private static final JsonMapper MAPPER = RegiekitJson.mapper();
    private static final Validation VALIDATION = Validation.defaults();
    /** The sample case file has no plan here; its contact phase began on 2025-10-14. */
    private static final LocalDate DAY = LocalDate.of(2026, 1, 20);

    @Test
    void theDefaultPolicyAsADocumentIsValidAndReadsBackAsTheDefaults() {
        byte[] json = MAPPER.writeValueAsBytes(PolicyDocument.of(OrganisationPolicy.DEFAULTS));

        ValidationResult result = VALIDATION.validate(json);

        assertThat(result.findings()).isEmpty();
        assertThat(result.document()).get().isInstanceOfSatisfying(PolicyDocument.class,
            d -> assertThat(d.policy()).isEqualTo(OrganisationPolicy.DEFAULTS));
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"planDue\" : \"P4M\"",
            "\"youngPersonMinAge\" : 12", "\"afterClosing\" : \"P20Y\"", "\"jointFrom\" : 12");
    }

    @Test
    void aSectionLeftOutKeepsTheDefaultsAndASectionGivenIsTakenWhole() {
        String json = """
            {"kind": "regiekit/policy", "schemaVersion": "1.0",
             "plan": {"planDue": "P3M", "interimEvaluationAfter": "P10W", "trajectoryWaitMax": "P6W"},
             "rules": {"off": ["PLAN-GOAL-NOT-SMART"]}}
            """;

        PolicyDocument document = (PolicyDocument) VALIDATION.validate(json.getBytes(StandardCharsets.UTF_8))
            .document().orElseThrow();

        assertThat(document.policy()).isEqualTo(OrganisationPolicy.DEFAULTS
            .withPlan(new PlanPolicy(Period.ofMonths(3), Period.ofWeeks(10), Period.ofWeeks(6)))
            .withRules(RuleSettings.DEFAULTS.withOff(PlanCodes.GOAL_NOT_SMART)));
    }

    @Test
    void aRuleThatDoesNotExistOrMayNotBeSetIsAnErrorAtItsEntry() {
        String json = """
            {"kind": "regiekit/policy", "schemaVersion": "1.0",
             "rules": {"off": ["PLAN-GOAL-NOT-SMART", "PLAN-NO-SUCH-RULE"],
                       "severities": {"JSON-SYNTAX": "INFO", "CASE-REFERRAL-NO-REFERRER": "WARNING"}}}
            """;

        ValidationResult result = VALIDATION.validate(json.getBytes(StandardCharsets.UTF_8));

        assertThat(result.isValid()).isFalse();
        assertThat(result.findings()).extracting(Finding::code, Finding::pointer).containsExactly(
            tuple("POLICY-RULE-UNKNOWN", "/rules/severities/JSON-SYNTAX"),
            tuple("POLICY-RULE-UNKNOWN", "/rules/off/1"));
    }

    @Test
    void aNumberOutOfRangeIsRefusedAtItsPointerOnBothPaths() {
        String json = """
            {"kind": "regiekit/policy", "schemaVersion": "1.0",
             "caseManagement": {"youngPersonMinAge": 18, "youngPersonMaxAge": 16, "intensivePeriodMax": "P9M",
               "intensiveHours": 200, "careCoordinationMax": "P18M", "caseManagerCaseload": 0,
               "youthWorkerCaseload": 12},
             "monitoring": {"notice": "-P2W", "consentNotice": "P1M", "organisationReview": "P6M"}}
            """;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        ValidationResult result = VALIDATION.validate(bytes);

        assertThat(result.findings()).extracting(Finding::pointer).contains("/caseManagement/caseManagerCaseload",
            "/monitoring/notice");
        assertThat(result.findings()).isEqualTo(VALIDATION.validateFully(bytes).findings());
        ObjectNode swapped = (ObjectNode) MAPPER.readTree(bytes);
        ((ObjectNode) swapped.get("caseManagement")).put("caseManagerCaseload", 6);
        swapped.remove("monitoring");
        assertThat(VALIDATION.validate(MAPPER.writeValueAsBytes(swapped)).findings())
            .extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MODEL-VALUE-INVALID", "/caseManagement/youngPersonMaxAge"));
    }

    @Test
    void aChangedNumberChangesTheFindingsOfACaseFile() {
        ObjectNode root = tree();
        root.remove("plans");
        Validation threeMonths = on(DAY, OrganisationPolicy.DEFAULTS.withPlan(PlanPolicy.DEFAULTS
            .withPlanDue(Period.ofMonths(3))));

        assertThat(on(DAY, OrganisationPolicy.DEFAULTS).validate(bytes(root)).findings()).isEmpty();
        assertThat(threeMonths.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer,
            Finding::severity).containsExactly(tuple("PLAN-NOT-READY-IN-TIME", "/plans", Severity.WARNING));
    }

    @Test
    void aRuleSwitchedOffOrGivenAnotherSeverityChangesOnlyItsOwnFindings() {
        ObjectNode root = tree();
        root.remove("plans");
        OrganisationPolicy threeMonths = OrganisationPolicy.DEFAULTS.withPlan(PlanPolicy.DEFAULTS
            .withPlanDue(Period.ofMonths(3)));
        Validation off = on(DAY, threeMonths.withRules(RuleSettings.DEFAULTS.withOff(PlanCodes.NOT_READY_IN_TIME)));
        Validation error = on(DAY, threeMonths.withRules(RuleSettings.DEFAULTS.withSeverity(
            PlanCodes.NOT_READY_IN_TIME, Severity.ERROR)));

        assertThat(off.validate(bytes(root)).findings()).isEmpty();
        ValidationResult refused = error.validate(bytes(root));
        assertThat(refused.findings()).extracting(Finding::code, Finding::severity)
            .containsExactly(tuple("PLAN-NOT-READY-IN-TIME", Severity.ERROR));
        assertThat(refused.isValid()).as("an error makes the document invalid").isFalse();
    }

    @Test
    void theSettingsNeverReachTheStagesBeforeTheRules() {
        ObjectNode root = tree();
        root.put("unknownField", 1);
        Validation silenced = on(DAY, OrganisationPolicy.DEFAULTS.withRules(RuleSettings.DEFAULTS.withSeverity(
            PlanCodes.NOT_READY_IN_TIME, Severity.INFO)));

        assertThat(silenced.validate(bytes(root)).findings()).extracting(Finding::code, Finding::severity)
            .containsExactly(tuple("SCHEMA-UNKNOWN-FIELD", Severity.ERROR));
    }

    @Test
    void thePlanRulesJudgeWhoMayConsentByThePolicysAges() {
        ObjectNode root = (ObjectNode) SampleDocuments.TREES.readTree(SampleDocuments.demoCaseFileBytes());
        ArrayNode consents = SampleDocuments.array(root, "/case/consents");
        for (int i = 0; i < consents.size(); i++) {
            if (consents.get(i).get("id").asString().equals("c-school-noor")) {
                consents.remove(i);
                break;
            }
        }
        LocalDate day = LocalDate.of(2026, 4, 20);
        OrganisationPolicy later = OrganisationPolicy.DEFAULTS.withConsent(new ConsentPolicy(16, 16, 18));

        // Noor is 15: by default she consents together with her mother, so her mother's consent alone is not enough;
        // under a policy in which a child consents only from 16, her mother's is.
        assertThat(on(day, OrganisationPolicy.DEFAULTS).validate(bytes(root)).findings())
            .filteredOn(f -> f.code().equals("PLAN-CONTRIBUTION-WITHOUT-CONSENT")).isNotEmpty()
            .allSatisfy(f -> assertThat(f.values()).contains("org-school-social-work", "p-daughter"));
        assertThat(on(day, later).validate(bytes(root)).findings())
            .filteredOn(f -> f.code().equals("PLAN-CONTRIBUTION-WITHOUT-CONSENT")).isEmpty();
    }

    private static Validation on(LocalDate day, OrganisationPolicy policy) {
        return Validation.builder().config(RegiekitConfig.defaults().withPolicy(policy)
            .withClock(Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))).build();
    }
}
