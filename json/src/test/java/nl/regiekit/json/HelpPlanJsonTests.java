package nl.regiekit.json;

import static nl.regiekit.json.SampleDocuments.array;
import static nl.regiekit.json.SampleDocuments.bytes;
import static nl.regiekit.json.SampleDocuments.object;
import static nl.regiekit.json.SampleDocuments.person;
import static nl.regiekit.json.SampleDocuments.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.List;
import java.util.stream.Stream;

import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.plan.GoalStatus;
import nl.regiekit.plan.HelpPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Help plans in JSON: inside a case file ({@code /plans}) and as a {@code regiekit/help-plan}
 * document of their own, through the mapper and the validation pipeline. The sample case file
 * holds the demo family's plan.
 */
class HelpPlanJsonTests {

    private static final Validation STRICT = Validation.defaults();
    /** A pipeline whose "today" lies after every generated date. */
    private static final Validation LATER = Validation.builder()
        .config(RegiekitConfig.defaults().withClock(clockAt(HelpPlanGenerator.HORIZON))).build();
    private static final JsonMapper MAPPER = RegiekitJson.mapper();
    private static final String PLAN = "/plans/0/versions/1/content";

    private static HelpPlan samplePlan() {
        return MAPPER.readValue(SampleDocuments.caseFileBytes(), CaseFile.class).plans().get(0);
    }

    private static ObjectNode helpPlanTree() {
        ObjectNode document = SampleDocuments.TREES.createObjectNode()
            .put("kind", "regiekit/help-plan").put("schemaVersion", "1.0");
        document.set("plan", tree().get("plans").get(0));
        return document;
    }

    @Test
    void bindsThePlansOfTheSampleCaseFile() {
        HelpPlan plan = samplePlan();

        assertThat(plan.versions()).hasSize(2);
        assertThat(plan.compare(1, 2).reached()).extracting(Object::toString).containsExactly("g-school");
        assertThat(plan.youthPlans()).hasSize(1);
        assertThat(plan.interimEvaluations()).hasSize(1);
    }

    @Test
    void roundTripsAHelpPlanDocumentByteForByte() {
        HelpPlanDocument document = HelpPlanDocument.of(samplePlan());

        String json = MAPPER.writeValueAsString(document);
        HelpPlanDocument read = MAPPER.readValue(json, HelpPlanDocument.class);

        assertThat(read).isEqualTo(document);
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
        ValidationResult result = STRICT.validate(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.findings()).isEmpty();
        assertThat(result.document()).contains(document);
    }

    @Test
    void keepsAFalseFlagAndEmptySmartPartsThroughARoundTrip() {
        ObjectNode root = helpPlanTree();
        object(root, "/plan/versions/1/content/situation/6").put("problem", false);
        object(root, "/plan/versions/1/content/goals/0").putObject("smart");

        ValidationResult result = STRICT.validate(bytes(root));

        HelpPlanDocument bound = (HelpPlanDocument) result.document().orElseThrow();
        assertThat(bound.plan().current().content().situation().get(6).problem()).isFalse();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(bound), HelpPlanDocument.class)).isEqualTo(bound);
        assertThat(result.findings()).extracting(Finding::code).containsOnly("PLAN-GOAL-NOT-SMART");
    }

    @Test
    void givesTheFuzzTestAValidHelpPlanToStartFrom() {
        byte[] seed = SampleDocuments.load("/nl/regiekit/json/ValidationFuzzTestsInputs/fuzzPipeline/sample-help-plan.json");

        ValidationResult result = STRICT.validate(seed);

        assertThat(result.findings()).isEmpty();
        assertThat(result.document()).containsInstanceOf(HelpPlanDocument.class);
    }

    @Test
    void runsThePlanRulesThatNeedNoCaseOnAHelpPlanDocument() {
        ObjectNode root = helpPlanTree();
        object(root, "/plan/versions/1/content/goals/0/smart").remove("indicator");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("PLAN-GOAL-NOT-SMART", "/plan/versions/1/content/goals/0/smart"));
    }

    @Test
    void runsThePlanRulesWithTheCaseInACaseFile() {
        ObjectNode root = tree();
        array(root, "/case/consents").remove(2);

        assertThat(STRICT.validate(bytes(root)).findings()).filteredOn(f -> f.pointer().startsWith("/plans/"))
            .extracting(Finding::code, Finding::pointer)
            .containsExactly(
                // Both versions were in force without it. The budget overview (goal 5) is Ruben's, whose own
                // consent still covers it.
                tuple("PLAN-CONTRIBUTION-WITHOUT-CONSENT", "/plans/0/versions/0/content/goals/0/contributor"),
                tuple("PLAN-CONTRIBUTION-WITHOUT-CONSENT", "/plans/0/versions/0/content/trajectories/0/provider"),
                tuple("PLAN-CONTRIBUTION-WITHOUT-CONSENT", PLAN + "/goals/0/contributor"),
                tuple("PLAN-CONTRIBUTION-WITHOUT-CONSENT", PLAN + "/trajectories/0/provider"));
    }

    @Test
    void reportsAYouthPlanForSomeoneOutsideTheAgeRange() {
        ObjectNode root = tree();
        person(root, 3).put("birthDate", "1990-01-01");

        assertThat(STRICT.validate(bytes(root)).findings()).filteredOn(f -> f.pointer().startsWith("/plans/"))
            .extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("PLAN-YOUTH-PLAN-AGE", "/plans/0/youthPlans/0/youngPerson"));
    }

    @Test
    void reportsABrokenPlanInvariantAtItsPointer() {
        ObjectNode root = tree();
        object(root, PLAN + "/goals/1").put("id", "g-rent");

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.isValid()).isFalse();
        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MODEL-DUPLICATE-ID", PLAN + "/goals/1/id"));
    }

    @Test
    void reportsACaseFileWithoutPlanPastThePolicyPeriodOnTheInjectedClock() {
        ObjectNode root = tree();
        root.remove("plans");
        Validation early = Validation.builder()
            .config(RegiekitConfig.defaults().withClock(clockAt(LocalDate.of(2026, 2, 13)))).build();
        Validation late = Validation.builder()
            .config(RegiekitConfig.defaults().withClock(clockAt(LocalDate.of(2026, 2, 14)))).build();

        assertThat(early.validate(bytes(root)).findings()).isEmpty();
        assertThat(late.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("PLAN-NOT-READY-IN-TIME", "/plans"));
    }

    @Test
    void showsNoFreeTextOfAPlanInToString() {
        String text = HelpPlanDocument.of(samplePlan()).toString();

        assertThat(text).contains("plan-2025-017").doesNotContain("Huurachterstand", "Noor", "oma");
    }

    static Stream<Long> seeds() {
        return Stream.iterate(20_251_123L, seed -> seed + 1).limit(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void roundTripsGeneratedPlansInACaseFile(long seed) {
        Case subject = new CaseFileGenerator(seed).nextCase();
        CaseFile original = CaseFile.of(subject).withPlan(new HelpPlanGenerator(seed).nextPlan(subject));

        byte[] json = MAPPER.writeValueAsBytes(original);
        CaseFile read = MAPPER.readValue(json, CaseFile.class);

        assertThat(read).as("seed %d: model -> JSON -> model", seed).isEqualTo(original);
        assertThat(MAPPER.writeValueAsBytes(read)).as("seed %d: JSON -> model -> JSON", seed).isEqualTo(json);
        ValidationResult result = LATER.validate(json);
        assertThat(result.findings()).as("seed %d: errors", seed).filteredOn(f -> f.severity() == Severity.ERROR)
            .isEmpty();
        assertThat(result.document()).contains(original);
    }

    @Test
    void generatesVariedPlans() {
        List<HelpPlan> plans = seeds().map(seed -> new HelpPlanGenerator(seed)
            .nextPlan(new CaseFileGenerator(seed).nextCase())).toList();

        // Enough variety that the round trips above cover each part of the plan.
        assertThat(plans).anySatisfy(p -> assertThat(p.versions()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(plans).anySatisfy(p -> assertThat(p.finalEvaluation()).isPresent());
        assertThat(plans).anySatisfy(p -> assertThat(p.youthPlans()).isNotEmpty());
        assertThat(plans).anySatisfy(p -> assertThat(p.current().content().trajectories()).hasSizeGreaterThan(1));
        assertThat(plans).anySatisfy(p -> assertThat(p.current().content().goals())
            .anySatisfy(g -> assertThat(g.contributor()).isPresent()));
        assertThat(plans).anySatisfy(p -> assertThat(p.current().content().goals())
            .anySatisfy(g -> assertThat(g.status()).isEqualTo(GoalStatus.REACHED)));
        assertThat(plans).anySatisfy(p -> assertThat(p.current().content().situation())
            .anySatisfy(s -> assertThat(s.problem()).isFalse()));
    }

    private static Clock clockAt(LocalDate date) {
        return Clock.fixed(date.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
