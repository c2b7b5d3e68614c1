package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.json.internal.AllowedValues;
import nl.regiekit.json.internal.CodePointSize;
import nl.regiekit.json.internal.IsoDates;
import nl.regiekit.json.internal.QuickConstraints;
import nl.regiekit.json.internal.StrictBinding;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the published schema says and what the pipeline does are one: lengths in code points, lists
 * that must not be empty required, dates with a pattern that a validator taking formats as
 * annotations still applies, whole numbers written with a zero fraction read as integers, and the
 * allowed values named in a {@code SCHEMA-ENUM} finding. Each on the quick and the full path.
 */
class SchemaContractTests {

    private static final Validation STRICT = Validation.defaults();
    private static final String EMOJI = "\ud83d\ude00";

    /** Both paths give the same findings; the quick path's own answer is returned. */
    private static ValidationResult bothPaths(ObjectNode root) {
        return bothPaths(SampleDocuments.bytes(root));
    }

    private static ValidationResult bothPaths(byte[] bytes) {
        ValidationResult quick = STRICT.validate(bytes);
        ValidationResult full = STRICT.validateFully(bytes);
        assertThat(quick.findings()).isEqualTo(full.findings());
        assertThat(quick.document()).isEqualTo(full.document());
        return quick;
    }

    /** The sample with the decision's priority written as {@code number}, exactly as given. */
    private static byte[] priority(String number) {
        String marker = "number-to-be-replaced";
        String text = new String(SampleDocuments.bytes(edited(root -> ((ObjectNode) root.at("/case/decisions/0"))
            .put("priority", marker))), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains(marker);
        return text.replace("\"" + marker + "\"", number).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ObjectNode edited(Consumer<ObjectNode> edit) {
        ObjectNode root = SampleDocuments.tree();
        edit.accept(root);
        return root;
    }

    private static List<String> codes(ValidationResult result) {
        return result.findings().stream().map(f -> f.code() + "@" + f.pointer()).toList();
    }

    @Test
    void countsTheLengthOfATextInCodePointsAsTheSchemaDoes() {
        ObjectNode emoji = edited(root -> SampleDocuments.person(root, 0).putObject("name")
            .put("given", EMOJI.repeat(200)).put("family", "El Amrani"));
        ObjectNode tooLong = edited(root -> SampleDocuments.person(root, 0).putObject("name")
            .put("given", EMOJI.repeat(201)).put("family", "El Amrani"));

        ValidationResult valid = bothPaths(emoji);
        assertThat(valid.isValid()).as(codes(valid).toString()).isTrue();
        CaseFile file = (CaseFile) valid.document().orElseThrow();
        assertThat(file.subject().family().members().get(0).person().name().given()).hasSize(400);
        // The quick path answers it itself: its constraints count code points too.
        assertThat(new QuickConstraints(java.time.Clock.systemUTC()).certainlyValid(file)).isTrue();
        assertThat(CodePointSize.validator(java.time.Clock.systemUTC()).validate(file)).isEmpty();

        assertThat(codes(bothPaths(tooLong))).containsExactly("SCHEMA-SIZE@/case/family/members/0/person/name/given");
    }

    @Test
    void countsCodePointsOnlyWhenTheLengthCannotAnswer() {
        assertThat(CodePointSize.within("", 0, 0)).isTrue();
        assertThat(CodePointSize.within("ab", 1, 2)).isTrue();
        assertThat(CodePointSize.within("abc", 1, 2)).isFalse();
        assertThat(CodePointSize.within(EMOJI.repeat(2), 1, 2)).isTrue();
        assertThat(CodePointSize.within(EMOJI.repeat(3), 1, 2)).isFalse();
        assertThat(CodePointSize.within(EMOJI, 2, 5)).isFalse();
        assertThat(CodePointSize.within("a", 2, 5)).isFalse();
        // A lone surrogate, which an escape can write, is one code point, as in the schema validator.
        assertThat(CodePointSize.within("\ud83d", 1, 1)).isTrue();
    }

    @Test
    void requiresTheListsThatMayNotBeEmpty() {
        ObjectNode demo = (ObjectNode) SampleDocuments.TREES.readTree(SampleDocuments.demoCaseFileBytes());
        ObjectNode noVersions = demo.deepCopy();
        ((ObjectNode) noVersions.at("/plans/0")).remove("versions");
        ObjectNode noAbout = edited(root -> ((ObjectNode) root.at("/case/exchanges/0")).remove("about"));
        ObjectNode emptyAbout = edited(root -> ((ObjectNode) root.at("/case/exchanges/0")).putArray("about"));

        assertThat(codes(bothPaths(noVersions))).containsExactly("SCHEMA-REQUIRED@/plans/0/versions");
        assertThat(codes(bothPaths(noAbout))).containsExactly("SCHEMA-REQUIRED@/case/exchanges/0/about");
        assertThat(codes(bothPaths(emptyAbout))).containsExactly("SCHEMA-SIZE@/case/exchanges/0/about");
        // The mapper on its own refuses it too, rather than reading an empty list the constraints then refuse.
        assertThatThrownBy(() -> RegiekitJson.mapper().readValue(SampleDocuments.bytes(noAbout), CaseFile.class))
            .isInstanceOf(JacksonException.class).hasMessageContaining("about");
    }

    @Test
    void givesEveryDateAPatternThatSaysWhatTheParserSays() {
        Pattern pattern = Pattern.compile(IsoDates.DATE_PATTERN);
        int dates = 0;
        for (int year : new int[] {0, 1, 4, 100, 400, 1900, 1996, 2000, 2023, 2024, 2025, 2100, 2400, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
                    boolean parses;
                    try {
                        IsoDates.parse(text);
                        parses = true;
                        dates++;
                    } catch (IllegalArgumentException e) {
                        parses = false;
                    }
                    assertThat(pattern.matcher(text).matches()).as(text).isEqualTo(parses);
                }
            }
        }
        assertThat(dates).isEqualTo(14 * 365 + 7);  // 0, 4, 400, 1996, 2000, 2024, 2400 are leap years
        for (String text : List.of("tomorrow", "2025-1-01", "2025-01-01T00:00", " 2025-01-01", "12025-01-01",
            "2025-01-01\n", "2025-W01-1", "+2025-01-01")) {
            assertThat(pattern.matcher(text).matches()).as(text).isFalse();
        }
    }

    @Test
    void refusesTomorrowUnderAValidatorThatTakesFormatsAsAnnotations() throws IOException {
        Schema schema;
        try (InputStream in = Validation.class.getResourceAsStream(DocumentKind.CASE_FILE.schemaResource())) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        ObjectNode tomorrow = edited(root -> ((ObjectNode) root.at("/case/referral")).put("date", "tomorrow"));

        assertThat(schema.validate(SampleDocuments.tree())).isEmpty();
        assertThat(schema.validate(tomorrow)).extracting(e -> e.getKeyword() + "@" + e.getInstanceLocation())
            .containsExactly("pattern@/case/referral/date");
        // The pipeline, which also asserts the format, reports the one finding of the format.
        assertThat(codes(bothPaths(tomorrow))).containsExactly("SCHEMA-FORMAT@/case/referral/date");
        assertThat(codes(bothPaths(edited(root -> ((ObjectNode) root.at("/case/referral"))
            .put("date", "2025-02-29"))))).containsExactly("SCHEMA-FORMAT@/case/referral/date");
    }

    @Test
    void refusesABlankTextByThePatternOfTheSchema() {
        Pattern notBlank = Pattern.compile(StrictBinding.NOT_BLANK_PATTERN);
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            String text = " " + c + "\t";
            assertThat(notBlank.matcher(text).find()).as("U+%04X", (int) c).isEqualTo(!text.isBlank());
        }
        assertThat(notBlank.matcher(EMOJI).find()).isTrue();

        ObjectNode blank = edited(root -> ((ObjectNode) root.at("/case/referral")).putArray("signals").add(" \u2003"));
        assertThat(codes(bothPaths(blank))).containsExactly("SCHEMA-PATTERN@/case/referral/signals/0");
        ObjectNode blankName = edited(root -> ((ObjectNode) SampleDocuments.person(root, 0).get("name")).put("given", "\t"));
        assertThat(codes(bothPaths(blankName))).containsExactly("SCHEMA-PATTERN@/case/family/members/0/person/name/given");
    }

    @Test
    void requiresExactlyOnePartOfWhoIsResponsible() {
        ObjectNode demo = (ObjectNode) SampleDocuments.TREES.readTree(SampleDocuments.demoCaseFileBytes());
        ObjectNode responsible = (ObjectNode) demo.at("/plans/0/versions/0/content/goals/0/responsible");
        assertThat(responsible.size()).isEqualTo(1);
        ObjectNode none = demo.deepCopy();
        ((ObjectNode) none.at("/plans/0/versions/0/content/goals/0/responsible")).removeAll();
        ObjectNode two = demo.deepCopy();
        ((ObjectNode) two.at("/plans/0/versions/0/content/goals/0/responsible")).put("member", "p-mother")
            .put("professional", "cm-jansen");

        assertThat(codes(bothPaths(none))).containsExactly("SCHEMA-SIZE@/plans/0/versions/0/content/goals/0/responsible");
        assertThat(codes(bothPaths(two))).containsExactly("SCHEMA-SIZE@/plans/0/versions/0/content/goals/0/responsible");
    }

    @Test
    void requiresWhatTheConstructorsRequireOfOptionalParts() {
        ObjectNode demo = (ObjectNode) SampleDocuments.TREES.readTree(SampleDocuments.demoCaseFileBytes());
        String goals = "/plans/0/versions/0/content/goals";
        int member = -1;
        int other = -1;
        for (int i = 0; i < demo.at(goals).size(); i++) {
            boolean fromMember = "MEMBER".equals(demo.at(goals + "/" + i + "/source").asString());
            member = fromMember && member < 0 ? i : member;
            other = !fromMember && other < 0 ? i : other;
        }
        assertThat(member).as("a goal a member proposed").isNotNegative();
        assertThat(other).as("a goal from elsewhere").isNotNegative();
        ObjectNode noProposer = demo.deepCopy();
        ((ObjectNode) noProposer.at(goals + "/" + member)).remove("proposer");
        ObjectNode strayProposer = demo.deepCopy();
        ((ObjectNode) strayProposer.at(goals + "/" + other)).put("proposer", "p-mother");
        ObjectNode waiting = demo.deepCopy();
        ObjectNode trajectory = (ObjectNode) waiting.at("/plans/0/versions/0/content/trajectories/0");
        trajectory.put("status", "WAITING").remove("waitingSince");

        assertThat(codes(bothPaths(noProposer))).containsExactly("SCHEMA-REQUIRED@" + goals + "/" + member + "/proposer");
        assertThat(codes(bothPaths(strayProposer))).containsExactly("SCHEMA-OTHER@" + goals + "/" + other);
        assertThat(codes(bothPaths(waiting))).containsExactly(
            "SCHEMA-REQUIRED@/plans/0/versions/0/content/trajectories/0/waitingSince");
    }

    @Test
    void readsAWholeNumberWrittenWithAZeroFractionAsTheInteger() {
        for (String two : List.of("2.0", "2E0", "2e+0", "0.2e1", "20E-1", "2.000000000000000000000000000000")) {
            ValidationResult result = bothPaths(priority(two));
            assertThat(result.isValid()).as(two + " " + codes(result)).isTrue();
            CaseFile file = (CaseFile) result.document().orElseThrow();
            assertThat(file.subject().decisions().get(0)).isEqualTo(
                new IntakeDecision.WaitingList(LocalDate.of(2025, 9, 8), 2));
        }
        assertThat(RegiekitJson.mapper().readValue("1e0", int.class)).isEqualTo(1);
        assertThat(RegiekitJson.mapper().readValue("-3.0", Long.class)).isEqualTo(-3L);
        assertThat(RegiekitJson.mapper().readValue("[5E0, 6]", new TypeReference<List<Integer>>() { }))
            .containsExactly(5, 6);
    }

    @Test
    void refusesAFractionOrAWholeNumberOutOfRangeOnBothPaths() {
        assertThat(codes(bothPaths(priority("2.5")))).containsExactly("SCHEMA-TYPE@/case/decisions/0/priority");
        assertThat(codes(bothPaths(priority("0.0")))).containsExactly("SCHEMA-RANGE@/case/decisions/0/priority");
        // Beyond the range of an int: the schema says so too, rather than binding alone.
        assertThat(codes(bothPaths(priority("2147483648")))).containsExactly("SCHEMA-RANGE@/case/decisions/0/priority");
        assertThat(codes(bothPaths(priority("2147483648.0")))).containsExactly("SCHEMA-RANGE@/case/decisions/0/priority");
        for (String number : List.of("2.5", "1e-400", "1e400", "3e9", "2147483648.0", "1.0000000000000000000001")) {
            assertThatThrownBy(() -> RegiekitJson.mapper().readValue(number, int.class)).as(number)
                .isInstanceOf(JacksonException.class);
        }
        assertThat(RegiekitJson.mapper().readValue("2147483647.0", int.class)).isEqualTo(Integer.MAX_VALUE);
        assertThat(RegiekitJson.mapper().readValue("0e999999999", int.class)).isZero();
    }

    @Test
    void namesTheAllowedValuesOfAnEnumeration() {
        ValidationResult result = bothPaths(edited(root -> SampleDocuments.member(root, 1).put("role", "FATHER")));

        assertThat(result.findings()).hasSize(1);
        Finding finding = result.findings().get(0);
        assertThat(finding.code()).isEqualTo("SCHEMA-ENUM");
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo(
            "This value is not one of the allowed values: " + String.join(", ",
                Stream.of(nl.regiekit.casemodel.Role.values()).map(Enum::name).toList()) + ".");
        assertThat(finding.message(Locale.forLanguageTag("nl"))).startsWith(
            "Deze waarde is niet een van de toegestane waarden: PARENT, ");
        ValidationResult outcome = bothPaths(edited(root -> ((ObjectNode) root.at("/case/decisions/0"))
            .put("outcome", "maybe")));
        assertThat(outcome.findings()).extracting(f -> f.message(Locale.ENGLISH)).containsExactly(
            "This value is not one of the allowed values: accepted, waiting-list, declined.");
    }

    @Test
    void knowsTheValuesOfEveryEnumerationInTheSchemas() throws IOException {
        List<String> unknown = new ArrayList<>();
        int lists = 0;
        try (Stream<Path> files = Files.list(SchemaGeneration.COMMITTED)) {
            for (Path file : files.sorted().toList()) {
                List<JsonNode> enums = new ArrayList<>();
                collectEnums(SampleDocuments.TREES.readTree(file.toFile()), enums);
                for (JsonNode values : enums) {
                    lists++;
                    if (AllowedValues.of(values).isEmpty()) {
                        unknown.add(file.getFileName() + " " + values);
                    }
                }
            }
        }
        assertThat(lists).isGreaterThan(40);
        assertThat(unknown).isEmpty();
        assertThat(AllowedValues.of(SampleDocuments.TREES.readTree("[\"p-mother\"]"))).isEmpty();
        assertThat(AllowedValues.of(SampleDocuments.TREES.readTree("\"p-mother\""))).isEmpty();
    }

    private static void collectEnums(JsonNode node, List<JsonNode> enums) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                if (name.equals("if")) {
                    continue;  // a condition's const is never reported
                }
                if ((name.equals("enum") || name.equals("const")) && !node.get(name).isObject()) {
                    enums.add(node.get(name));
                } else {
                    collectEnums(node.get(name), enums);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectEnums(child, enums));
        }
    }
}
