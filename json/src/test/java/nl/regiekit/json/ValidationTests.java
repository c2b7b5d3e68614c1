package nl.regiekit.json;

import static nl.regiekit.json.SampleDocuments.array;
import static nl.regiekit.json.SampleDocuments.bytes;
import static nl.regiekit.json.SampleDocuments.caseOf;
import static nl.regiekit.json.SampleDocuments.member;
import static nl.regiekit.json.SampleDocuments.object;
import static nl.regiekit.json.SampleDocuments.person;
import static nl.regiekit.json.SampleDocuments.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.Locale;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One test per path through the validation pipeline: each asserts the finding's code and its
 * exact JSON Pointer. Bad documents are the sample case file edited as a Jackson tree.
 */
class ValidationTests {

    private static final Validation STRICT = Validation.defaults();
    private static final Validation LENIENT = Validation.builder().lenient(true).build();

    private static final int MAX_BYTES = Limits.DEFAULTS.maxBytes();
    private static final int MAX_DEPTH = Limits.DEFAULTS.maxDepth();
    private static final int MAX_STRING = Limits.DEFAULTS.maxStringLength();

    @TempDir
    Path folder;

    // --- the valid sample -------------------------------------------------------------------

    @Test
    void acceptsTheSampleWithoutFindings() {
        ValidationResult result = STRICT.validate(SampleDocuments.caseFileBytes());

        assertThat(result.findings()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.document()).containsInstanceOf(CaseFile.class);
        assertThat(((CaseFile) result.document().orElseThrow()).subject().id().value())
            .isEqualTo(SampleDocuments.CASE_ID);
    }

    @Test
    void pipelinesShareAMapperOnlyWithTheSameLimitsAndLeniency() {
        Validation shallow = Validation.builder()
            .limits(new Limits(MAX_BYTES, 4, MAX_STRING, Limits.DEFAULTS.maxContainers())).build();

        assertThat(Validation.defaults().mapper()).isSameAs(STRICT.mapper());
        assertThat(LENIENT.mapper()).isNotSameAs(STRICT.mapper());
        assertThat(shallow.mapper()).isNotSameAs(STRICT.mapper());
        // The shallow pipeline keeps its own limit after the default one has read the same document.
        assertThat(STRICT.validate(SampleDocuments.caseFileBytes()).isValid()).isTrue();
        assertThat(shallow.validate(SampleDocuments.caseFileBytes()).findings()).extracting(Finding::code)
            .containsExactly(JsonCodes.LIMIT_DEPTH.code());
    }

    // --- stage 1: limits ----------------------------------------------------------------------

    @Test
    void refusesDocumentOverTheSizeLimitWithOneFinding() {
        byte[] oversized = padded(SampleDocuments.caseFileBytes(), MAX_BYTES + 1);

        ValidationResult result = STRICT.validate(oversized);

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer, Finding::severity)
            .containsExactly(tuple("JSON-LIMIT-SIZE", "", Severity.ERROR));
        assertThat(result.findings().get(0).message(Locale.ENGLISH)).contains(String.valueOf(MAX_BYTES));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void readsDocumentOfExactlyTheSizeLimit() {
        byte[] largest = padded(SampleDocuments.caseFileBytes(), MAX_BYTES);

        ValidationResult result = STRICT.validate(largest);

        assertThat(result.findings()).isEmpty();
        assertThat(result.document()).isPresent();
    }

    @Test
    void refusesFileOverTheSizeLimitWithOneFinding() throws IOException {
        Path file = Files.write(folder.resolve("big.json"), padded(SampleDocuments.caseFileBytes(), MAX_BYTES + 10));

        assertThat(STRICT.validate(file).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("JSON-LIMIT-SIZE", ""));
        try (var input = Files.newInputStream(file)) {
            assertThat(STRICT.validate(input).findings()).extracting(Finding::code, Finding::pointer)
                .containsExactly(tuple("JSON-LIMIT-SIZE", ""));
        }
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        ObjectNode root = tree();
        object(root, "/case/referral").set("signals", nestedArrays(MAX_DEPTH + 5));

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("JSON-LIMIT-DEPTH", ""));
        assertThat(result.findings().get(0).message(Locale.ENGLISH)).contains(String.valueOf(MAX_DEPTH));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void countsNestingUpToTheLimitAsAllowed() {
        byte[] atLimit = ("[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH)).getBytes(StandardCharsets.UTF_8);
        byte[] overLimit = ("[".repeat(MAX_DEPTH + 1) + "]".repeat(MAX_DEPTH + 1)).getBytes(StandardCharsets.UTF_8);

        assertThat(STRICT.validate(atLimit).findings()).extracting(Finding::code).containsExactly("DOC-NOT-AN-OBJECT");
        assertThat(STRICT.validate(overLimit).findings()).extracting(Finding::code).containsExactly("JSON-LIMIT-DEPTH");
    }

    @Test
    void refusesStringLongerThanTheLimit() {
        ObjectNode root = tree();
        array(root, "/case/referral/signals").set(0, "x".repeat(MAX_STRING + 1));

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("JSON-LIMIT-STRING", ""));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void readsStringOfExactlyTheLimitAndLeavesItsLengthToTheSchema() {
        ObjectNode root = tree();
        array(root, "/case/referral/signals").set(0, "x".repeat(MAX_STRING));

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-SIZE", "/case/referral/signals/0"));
    }

    // --- stage 2: syntax, kind, version and schema --------------------------------------------

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        byte[] missingComma = SampleDocuments.caseFileText()
            .replace("\"schemaVersion\" : \"1.0\",", "\"schemaVersion\" : \"1.0\"")
            .getBytes(StandardCharsets.UTF_8);

        ValidationResult result = STRICT.validate(missingComma);

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("JSON-SYNTAX", ""));
        assertThat(result.findings().get(0).message(Locale.ENGLISH)).contains("line 4, column");
        assertThat(result.findings().get(0).message(Locale.forLanguageTag("nl"))).contains("regel 4, kolom");
        assertThat(result.document()).isEmpty();
    }

    @Test
    void reportsTruncatedDocumentAsMalformed() {
        byte[] sample = SampleDocuments.caseFileBytes();
        byte[] truncated = java.util.Arrays.copyOf(sample, sample.length / 2);

        assertThat(STRICT.validate(truncated).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("JSON-SYNTAX", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t  \r\n"})
    void reportsEmptyInputAsMalformed(String input) {
        ValidationResult result = STRICT.validate(input.getBytes(StandardCharsets.UTF_8));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer, Finding::severity)
            .containsExactly(tuple("JSON-SYNTAX", "", Severity.ERROR));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void reportsDuplicateKey() {
        byte[] duplicate = SampleDocuments.caseFileText()
            .replace("\"model\" : \"INTENSIVE\",", "\"model\" : \"INTENSIVE\", \"model\" : \"BROKER\",")
            .getBytes(StandardCharsets.UTF_8);

        ValidationResult result = STRICT.validate(duplicate);

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("JSON-DUPLICATE-KEY", ""));
        assertThat(result.findings().get(0).message(Locale.ENGLISH)).contains("line ");
        assertThat(result.document()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"kind\":\"regiekit/case-file\"}]", "\"regiekit/case-file\"", "42", "null",
        "true"})
    void refusesRootThatIsNotAnObject(String input) {
        ValidationResult result = STRICT.validate(input.getBytes(StandardCharsets.UTF_8));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("DOC-NOT-AN-OBJECT", ""));
    }

    @Test
    void refusesDocumentWithoutKind() {
        ObjectNode root = tree();
        root.remove("kind");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("DOC-KIND-UNKNOWN", "/kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"regiekit/no-such-kind\"", "\"REGIEKIT/CASE-FILE\"", "\"\"", "7", "null", "{}"})
    void refusesUnknownKind(String kind) {
        ObjectNode root = tree();
        root.set("kind", SampleDocuments.TREES.readTree(kind));

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("DOC-KIND-UNKNOWN", "/kind"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2.0\"", "\"0.9\"", "\"10\"", "\"1x\"", "\"\"", "1.0", "null"})
    void refusesUnsupportedSchemaVersion(String version) {
        ObjectNode root = tree();
        root.set("schemaVersion", SampleDocuments.TREES.readTree(version));

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("DOC-SCHEMA-VERSION-UNSUPPORTED", "/schemaVersion"));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void refusesDocumentWithoutSchemaVersion() {
        ObjectNode root = tree();
        root.remove("schemaVersion");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("DOC-SCHEMA-VERSION-UNSUPPORTED", "/schemaVersion"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.0", "1.7"})
    void readsEveryMinorVersionOfTheSameMajor(String version) {
        ObjectNode root = tree();
        root.put("schemaVersion", version);

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).isEmpty();
        assertThat(result.document(CaseFile.class)).isPresent();
    }

    @Test
    void reportsValueOfTheWrongType() {
        ObjectNode root = tree();
        object(root, "/case/referral").put("date", 20250901);

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-TYPE", "/case/referral/date"));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void reportsNullOrObjectWhereAListBelongsAsWrongType() {
        ObjectNode root = tree();
        object(root, "/case/family").putNull("members");
        ObjectNode object = tree();
        object(object, "/case/family").putObject("members");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-TYPE", "/case/family/members"));
        assertThat(STRICT.validate(bytes(object)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-TYPE", "/case/family/members"));
    }

    @Test
    void refusesUnknownFieldByDefault() {
        ObjectNode root = tree();
        object(root, "/case/referral").put("remark", "call back on Monday");

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer, Finding::severity)
            .containsExactly(tuple("SCHEMA-UNKNOWN-FIELD", "/case/referral/remark", Severity.ERROR));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void refusesUnknownFieldAtTheRoot() {
        ObjectNode root = tree();
        root.put("comment", 1);

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-UNKNOWN-FIELD", "/comment"));
    }

    @Test
    void escapesUnknownFieldNameInThePointer() {
        ObjectNode root = tree();
        person(root, 0).put("a/b~c", true);

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-UNKNOWN-FIELD", "/case/family/members/0/person/a~1b~0c"));
    }

    @Test
    void keepsUnknownFieldInLenientMode() {
        ObjectNode root = tree();
        object(root, "/case/referral").put("remark", "call back on Monday");
        person(root, 2).putObject("extension").put("vendor", "acme");

        ValidationResult result = LENIENT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer, Finding::severity)
            .containsExactlyInAnyOrder(
                tuple("SCHEMA-UNKNOWN-FIELD-KEPT", "/case/referral/remark", Severity.INFO),
                tuple("SCHEMA-UNKNOWN-FIELD-KEPT", "/case/family/members/2/person/extension", Severity.INFO));
        assertThat(result.isValid()).isTrue();
        Object sample = STRICT.validate(SampleDocuments.caseFileBytes()).document().orElseThrow();
        assertThat(result.document()).contains(sample);
    }

    @Test
    void reportsMissingRequiredFieldAtItsOwnPointer() {
        ObjectNode root = tree();
        person(root, 0).remove("gender");

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-REQUIRED", "/case/family/members/0/person/gender"));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void reportsEachMissingRequiredField() {
        ObjectNode root = tree();
        object(root, "/case/referral").remove("date");
        caseOf(root).remove("id");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactlyInAnyOrder(tuple("SCHEMA-REQUIRED", "/case/id"),
                tuple("SCHEMA-REQUIRED", "/case/referral/date"));
    }

    @Test
    void reportsValueNotAmongTheAllowedOnes() {
        ObjectNode root = tree();
        member(root, 1).put("role", "UNCLE");
        object(root, "/case/consents/0").put("basis", "consent");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactlyInAnyOrder(tuple("SCHEMA-ENUM", "/case/family/members/1/role"),
                tuple("SCHEMA-ENUM", "/case/consents/0/basis"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-45", "01-09-2025", "2025-02-29", "2025-9-1", "2025-09-01T10:00:00Z", "gisteren"})
    void reportsBadDateFormat(String date) {
        ObjectNode root = tree();
        object(root, "/case/referral").put("date", date);

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-FORMAT", "/case/referral/date"));
        assertThat(result.document()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-son", "p son", "p-son\n", "", "p/son"})
    void reportsIdentifierOfTheWrongForm(String id) {
        // "p-son\n": a JDK regular expression's $ matches before a final line break; the schema's
        // identifier pattern must not.
        ObjectNode root = tree();
        person(root, 4).put("id", id);

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-PATTERN", "/case/family/members/4/person/id"));
    }

    @Test
    void namesTheFormAPatternAsksForInItsMessage() {
        ObjectNode root = tree();
        person(root, 4).put("id", "p son");
        person(root, 0).put("bsn", "11122233");
        person(root, 1).putObject("name").put("given", "   ").put("family", "Bakker");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(f -> f.message(Locale.ENGLISH))
            .containsExactly(
                "This text does not have the required form: ^[0-9]{9}$.",
                "This text does not have the required form: \\S.",
                "This text does not have the required form: " + Identifier.PATTERN + ".");
    }

    @Test
    void reportsBsnThatIsNotNineDigitsAsPattern() {
        ObjectNode root = tree();
        person(root, 0).put("bsn", "11122233");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-PATTERN", "/case/family/members/0/person/bsn"));
    }

    @Test
    void reportsListThatIsTooShort() {
        ObjectNode root = tree();
        object(root, "/case/exchanges/0").putArray("about");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-SIZE", "/case/exchanges/0/about"));
    }

    @Test
    void reportsValuesThatBindingWouldOtherwiseCoerceAtTheirField() {
        // A null for an optional value and a number for a text: Jackson could read both (as absent
        // and as "42"), the schema refuses them, and the quick path must not slip them through.
        ObjectNode root = tree();
        person(root, 0).putNull("birthDate");
        ((ObjectNode) person(root, 1).get("name")).put("family", 42);

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer).containsExactlyInAnyOrder(
            tuple("SCHEMA-TYPE", "/case/family/members/0/person/birthDate"),
            tuple("SCHEMA-TYPE", "/case/family/members/1/person/name/family"));
        assertThat(result.document()).isEmpty();
    }

    // --- stage 3: binding and constraints -----------------------------------------------------

    @Test
    void reportsDuplicatePersonIdentifier() {
        ObjectNode root = tree();
        person(root, 2).put("id", "p-mother");

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MODEL-DUPLICATE-ID", "/case/family/members/2/person/id"));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void reportsDuplicateOrganisationIdentifier() {
        ObjectNode root = tree();
        object(root, "/case/organisations/3").put("id", "org-youth-care");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MODEL-DUPLICATE-ID", "/case/organisations/3/id"));
    }

    @Test
    void reportsDanglingHouseholdMember() {
        ObjectNode root = tree();
        array(root, "/case/family/households/1/members").add("p-nobody");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MODEL-DANGLING-REFERENCE", "/case/family/households/1/members/1"));
    }

    @Test
    void reportsDanglingConsentOrganisation() {
        ObjectNode root = tree();
        object(root, "/case/consents/1").put("organisation", "org-unknown");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MODEL-DANGLING-REFERENCE", "/case/consents/1/organisation"));
    }

    @Test
    void reportsDanglingReferencesInEveryList() {
        ObjectNode givenBy = tree();
        object(givenBy, "/case/consents/3").put("givenBy", "p-nobody");
        ObjectNode scope = tree();
        array(scope, "/case/consents/4/scope/about").add("p-nobody");
        ObjectNode organisationMember = tree();
        array(organisationMember, "/case/organisations/2/members").insert(0, "p-nobody");
        ObjectNode exchange = tree();
        object(exchange, "/case/exchanges/1").put("organisation", "org-unknown");

        assertThat(pointers(givenBy)).containsExactly("/case/consents/3/givenBy");
        assertThat(pointers(scope)).containsExactly("/case/consents/4/scope/about/2");
        assertThat(pointers(organisationMember)).containsExactly("/case/organisations/2/members/0");
        assertThat(pointers(exchange)).containsExactly("/case/exchanges/1/organisation");
        assertThat(codes(givenBy, scope, organisationMember, exchange)).containsOnly("MODEL-DANGLING-REFERENCE");
    }

    @Test
    void reportsPhaseBeforeTheReferral() {
        ObjectNode root = tree();
        object(root, "/case/phases/0").put("since", "2025-08-01");

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MODEL-DATE-ORDER", "/case/phases/0/since"));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void reportsDatesOutOfOrderInEveryList() {
        ObjectNode decision = tree();
        object(decision, "/case/decisions/1").put("date", "2025-09-02");
        ObjectNode phase = tree();
        object(phase, "/case/phases/2").put("since", "2025-10-01");
        ObjectNode until = tree();
        object(until, "/case/organisations/1").put("until", "2025-05-31");
        ObjectNode change = tree();
        object(change, "/case/consents/4/changes/1").put("date", "2025-10-19");
        ObjectNode expires = tree();
        object(expires, "/case/consents/0").put("expires", "2025-10-19");

        assertThat(pointers(decision)).containsExactly("/case/decisions/1/date");
        assertThat(pointers(phase)).containsExactly("/case/phases/2/since");
        assertThat(pointers(until)).containsExactly("/case/organisations/1/until");
        assertThat(pointers(change)).containsExactly("/case/consents/4/changes/1/date");
        assertThat(pointers(expires)).containsExactly("/case/consents/0/expires");
        assertThat(codes(decision, phase, until, change, expires)).containsOnly("MODEL-DATE-ORDER");
    }

    @Test
    void reportsDecisionAfterAFinalOne() {
        ObjectNode root = tree();
        ArrayNode decisions = array(root, "/case/decisions");
        decisions.add(decisions.get(0).deepCopy());
        ((ObjectNode) decisions.get(2)).put("date", "2025-09-23");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MODEL-VALUE-INVALID", "/case/decisions/2"));
    }

    @Test
    void reportsBsnFailingTheElevenTest() {
        ObjectNode root = tree();
        person(root, 0).put("bsn", "123456789");

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer, Finding::severity)
            .containsExactly(tuple("MODEL-BSN-INVALID", "/case/family/members/0/person/bsn", Severity.ERROR));
        assertThat(result.document()).isEmpty();
    }

    @Test
    void reportsAnErrorInsideOneVariantOnceAtItsField() {
        ObjectNode root = tree();
        object(root, "/case/decisions/0").put("priority", 0);

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-RANGE", "/case/decisions/0/priority"));
    }

    @Test
    void keepsAnUnknownFieldInsideAVariantOrOptionalPartInLenientMode() {
        ObjectNode root = tree();
        object(root, "/case/decisions/1").put("vendorNote", 1);
        object(root, "/case/team/caseManager").put("vendorNote", 2);

        ValidationResult result = LENIENT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer).containsExactly(
            tuple("SCHEMA-UNKNOWN-FIELD-KEPT", "/case/decisions/1/vendorNote"),
            tuple("SCHEMA-UNKNOWN-FIELD-KEPT", "/case/team/caseManager/vendorNote"));
        assertThat(result.document()).isPresent();
    }

    @Test
    void refusesAKeyLongerThanTheStringLimitAsAStringLimit() {
        String key = "k".repeat(Limits.DEFAULTS.maxStringLength() + 1);
        byte[] document = ("{\"" + key + "\": 1}").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(STRICT.validate(document).findings()).extracting(Finding::code).containsExactly("JSON-LIMIT-STRING");
    }

    @Test
    void judgesABirthDateInThePastByTheInjectedClock() {
        java.time.Clock before = java.time.Clock.fixed(java.time.Instant.parse("1990-01-01T00:00:00Z"),
            java.time.ZoneOffset.UTC);
        Validation earlier = Validation.builder().config(RegiekitConfig.defaults().withClock(before)).build();

        assertThat(earlier.validate(bytes(tree())).findings()).extracting(Finding::code, Finding::pointer)
            .contains(tuple("CONSTRAINT-VIOLATED", "/case/family/members/3/person/birthDate"));
        assertThat(STRICT.validate(bytes(tree())).findings()).extracting(Finding::code)
            .doesNotContain("CONSTRAINT-VIOLATED");
    }

    @Test
    void reportsBlankTextAtItsField() {
        ObjectNode root = tree();
        object(root, "/case/family/members/0/person/name").put("given", "   ");

        ValidationResult result = STRICT.validate(bytes(root));

        // The schema's pattern asks for a character that is not white space, as the model does.
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("SCHEMA-PATTERN");
            assertThat(finding.pointer()).isEqualTo("/case/family/members/0/person/name/given");
        });
        assertThat(result.document()).isEmpty();
    }

    @Test
    void reportsNumberTheModelCannotHold() {
        ObjectNode root = tree();
        object(root, "/case/decisions/0").put("priority", new java.math.BigInteger("99999999999999999999"));

        // The schema gives a whole number the range of its Java type.
        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-RANGE", "/case/decisions/0/priority"));
    }

    @Test
    void reportsBrokenConstraintOnTheBoundDocument() {
        ObjectNode root = tree();
        person(root, 0).put("birthDate", "2999-01-01");
        person(root, 1).put("birthDate", "2998-01-01");

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("CONSTRAINT-VIOLATED", "/case/family/members/0/person/birthDate"),
                tuple("CONSTRAINT-VIOLATED", "/case/family/members/1/person/birthDate"));
        // Bound, but the rules do not run on a document that breaks a constraint.
        assertThat(result.document()).isPresent();
        assertThat(result.isValid()).isFalse();
    }

    // --- stage 4: domain rules ----------------------------------------------------------------

    @Test
    void reportsReferralWithoutReferrer() {
        ObjectNode root = tree();
        object(root, "/case/referral").remove("referrer");

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer, Finding::severity, Finding::subject)
            .containsExactly(tuple("CASE-REFERRAL-NO-REFERRER", "/case/referral/referrer", Severity.ERROR,
                Optional.of(CaseId.of(SampleDocuments.CASE_ID))));
        assertThat(result.document()).isPresent();
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void reportsSkippedPhase() {
        ObjectNode root = tree();
        array(root, "/case/phases").remove(1);

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("CASE-PHASE-SKIPPED", "/case/phases/1/phase"));
    }

    @Test
    void reportsPhaseHistoryNotStartingWithTheIntroduction() {
        ObjectNode root = tree();
        array(root, "/case/phases").remove(0);

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("CASE-PHASE-FIRST-NOT-INTRODUCTION", "/case/phases/0/phase"));
    }

    @Test
    void reportsPhaseBeforeAcceptance() {
        ObjectNode root = tree();
        object(root, "/case/phases/0").put("since", "2025-09-10");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("CASE-PHASE-BEFORE-ACCEPTANCE", "/case/phases/0"));
    }

    @Test
    void reportsYoungPersonOutsideTheAgeRange() {
        ObjectNode root = tree();
        person(root, 3).put("birthDate", "1990-01-01");

        ValidationResult result = STRICT.validate(bytes(root));

        // The plan rules report the youth plan of the same member (see HelpPlanJsonTests). An adult now, she
        // is no longer one her mother may consent for.
        assertThat(result.findings()).filteredOn(f -> f.pointer().startsWith("/case/"))
            .extracting(Finding::code, Finding::pointer, Finding::subject)
            .containsExactly(tuple("CASE-YOUNG-PERSON-AGE", "/case/family/members/3/role", Optional.of(PersonId.of("p-daughter"))),
                tuple("CASE-CONSENT-NOT-ENTITLED", "/case/consents/4/scope/about/0",
                    Optional.of(ConsentId.of("c-addiction-care-children"))));
        assertThat(result.findings().get(0).message(Locale.ENGLISH)).contains("p-daughter", "35", "12", "24");
    }

    @Test
    void reportsExchangeWithoutConsent() {
        ObjectNode root = tree();
        array(root, "/case/consents").remove(2);

        // The plan rules report the organisation's contributions too (see HelpPlanJsonTests).
        assertThat(STRICT.validate(bytes(root)).findings()).filteredOn(f -> f.pointer().startsWith("/case/"))
            .extracting(Finding::code, Finding::pointer, Finding::subject)
            .containsExactly(tuple("CASE-EXCHANGE-WITHOUT-CONSENT", "/case/exchanges/0",
                Optional.of(OrganisationId.of("org-debt-counselling"))));
    }

    @Test
    void reportsExchangeBeforeTheConsentWasGranted() {
        ObjectNode root = tree();
        object(root, "/case/exchanges/1").put("date", "2025-11-01");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("CASE-EXCHANGE-WITHOUT-CONSENT", "/case/exchanges/1"));
    }

    @Test
    void reportsAcceptedCaseWithoutCaseManager() {
        ObjectNode root = tree();
        object(root, "/case/team").remove("caseManager");

        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("CASE-NO-CASE-MANAGER", "/case/team/caseManager"));
    }

    @Test
    void reportsUnknownCatalogueAndLifeDomain() {
        ObjectNode catalog = tree();
        caseOf(catalog).put("catalog", "acme:own-catalogue");
        ObjectNode domain = tree();
        array(domain, "/case/organisations/1/domains").add("astrology");

        assertThat(STRICT.validate(bytes(catalog)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("CASE-UNKNOWN-CATALOG", "/case/catalog"));
        assertThat(STRICT.validate(bytes(domain)).findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("CASE-UNKNOWN-LIFE-DOMAIN", "/case/organisations/1/domains/2"));
    }

    @Test
    void reportsWarningsWithoutMakingTheDocumentInvalid() {
        ObjectNode root = tree();
        object(root, "/case/referral").remove("criteria");
        object(root, "/case/referral/introducer").put("aftercareCommitted", false);

        ValidationResult result = STRICT.validate(bytes(root));

        assertThat(result.findings()).extracting(Finding::code, Finding::pointer, Finding::severity)
            .containsExactly(tuple("CASE-ACCEPTED-WITHOUT-CRITERIA", "/case/referral/criteria", Severity.WARNING),
                tuple("CASE-INTRODUCER-NO-AFTERCARE", "/case/referral/introducer", Severity.WARNING));
        assertThat(result.isValid()).isTrue();
    }

    // --- the life-domain catalogue document --------------------------------------------------

    @Test
    void validatesLifeDomainCatalogueDocuments() {
        String valid = "{\"kind\":\"regiekit/life-domain-catalog\",\"schemaVersion\":\"1.0\","
            + "\"catalog\":{\"id\":\"acme:x\",\"version\":\"1\",\"nameNl\":\"Eigen\",\"nameEn\":\"Own\","
            + "\"domains\":[%s]}}";
        String domain = "{\"code\":\"%s\",\"nameNl\":\"n\",\"nameEn\":\"n\"}";

        ValidationResult ok = validate(String.format(valid, String.format(domain, "a")));
        ValidationResult empty = validate(String.format(valid, ""));
        String a = String.format(domain, "a");
        ValidationResult twice = validate(String.format(valid, a + "," + a));

        assertThat(ok.findings()).isEmpty();
        assertThat(ok.document()).containsInstanceOf(LifeDomainCatalogDocument.class);
        assertThat(empty.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("SCHEMA-SIZE", "/catalog/domains"));
        assertThat(twice.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("MODEL-DUPLICATE-ID", "/catalog/domains/1/code"));
    }

    // --- the entry points agree ---------------------------------------------------------------

    static Stream<Arguments> documents() {
        ObjectNode rule = tree();
        object(rule, "/case/referral").remove("referrer");
        ObjectNode schema = tree();
        person(schema, 1).remove("name");
        ObjectNode model = tree();
        person(model, 0).put("bsn", "123456789");
        byte[] sample = SampleDocuments.caseFileBytes();
        return Stream.of(
            Arguments.of("valid sample", sample),
            Arguments.of("rule finding", bytes(rule)),
            Arguments.of("schema finding", bytes(schema)),
            Arguments.of("model finding", bytes(model)),
            Arguments.of("syntax error", java.util.Arrays.copyOf(sample, 100)),
            Arguments.of("empty", new byte[0]),
            Arguments.of("over the size limit", padded(sample, MAX_BYTES + 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void givesTheSameFindingsForBytesStreamAndFile(String name, byte[] document) throws IOException {
        ValidationResult fromBytes = STRICT.validate(document);
        Path file = Files.write(folder.resolve("document.json"), document);

        ValidationResult fromStream = STRICT.validate(new ByteArrayInputStream(document));
        ValidationResult fromFile = STRICT.validate(file);

        assertThat(fromBytes.findings()).isNotNull();
        assertThat(fromStream.findings()).isEqualTo(fromBytes.findings());
        assertThat(fromFile.findings()).isEqualTo(fromBytes.findings());
        assertThat(fromStream.document()).isEqualTo(fromBytes.document());
        assertThat(fromFile.document()).isEqualTo(fromBytes.document());
    }

    @Test
    void givesTheSameFindingsForAParsedTree() {
        ObjectNode root = tree();
        object(root, "/case/team").remove("caseManager");
        person(root, 0).put("bsn", "123456789");
        ObjectNode ruleOnly = tree();
        object(ruleOnly, "/case/team").remove("caseManager");

        assertThat(STRICT.validateTree(root).findings()).isEqualTo(STRICT.validate(bytes(root)).findings());
        assertThat(STRICT.validateTree(ruleOnly).findings()).isEqualTo(STRICT.validate(bytes(ruleOnly)).findings());
        assertThat(STRICT.validateTree(JsonNodeFactory.instance.arrayNode()).findings()).extracting(Finding::code)
            .containsExactly("DOC-NOT-AN-OBJECT");
    }

    @Test
    void readsNoMoreFromAStreamThanOneByteOverTheLimit() throws IOException {
        byte[] document = padded(SampleDocuments.caseFileBytes(), MAX_BYTES + 1000);
        ByteArrayInputStream input = new ByteArrayInputStream(document);

        ValidationResult result = STRICT.validate(input);

        assertThat(result.findings()).extracting(Finding::code).containsExactly("JSON-LIMIT-SIZE");
        assertThat(input.available()).isEqualTo(document.length - MAX_BYTES - 1);
    }

    // --- helpers ------------------------------------------------------------------------------

    /** The document with spaces inserted before its final closing brace, to exactly {@code size} bytes. */
    private static byte[] padded(byte[] document, int size) {
        int brace = document.length - 1;
        while (document[brace] != '}') {
            brace--;
        }
        byte[] padded = new byte[size];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(document, 0, padded, 0, brace);
        padded[size - 1] = '}';
        return padded;
    }

    private static ArrayNode nestedArrays(int depth) {
        ArrayNode outer = JsonNodeFactory.instance.arrayNode();
        ArrayNode current = outer;
        for (int i = 1; i < depth; i++) {
            current = current.addArray();
        }
        current.add("bottom");
        return outer;
    }

    private static ValidationResult validate(String document) {
        return STRICT.validate(document.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsParenthoodsAndPointsAtAThirdLegalParent() {
        ObjectNode root = tree();
        ArrayNode parenthoods = object(root, "/case/family").putArray("parenthoods");
        parenthoods.addObject().put("parent", "p-mother").put("child", "p-son").put("legal", true)
            .put("kind", "BIOLOGICAL");
        parenthoods.addObject().put("parent", "p-partner").put("child", "p-son").put("legal", true);
        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code)
            .doesNotContain("MODEL-VALUE-INVALID", "SCHEMA-VIOLATION");

        parenthoods.addObject().put("parent", "p-father").put("child", "p-son").put("legal", true)
            .put("kind", "BIOLOGICAL");
        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .contains(tuple("MODEL-VALUE-INVALID", "/case/family/parenthoods/2/legal"));
    }

    @Test
    void readsSafetyRestrictionsAndPointsAtAStrangerAndDatesOutOfOrder() {
        ObjectNode root = tree();
        ArrayNode restrictions = object(root, "/case/family").putArray("restrictions");
        ObjectNode order = restrictions.addObject().put("member", "p-father").put("reason", "RESTRAINING_ORDER")
            .put("since", "2026-01-05");
        order.putArray("measures").add("NOT_INVITED").add("NOT_INFORMED");
        ValidationResult read = STRICT.validate(bytes(root));
        assertThat(read.findings()).extracting(Finding::code).doesNotContain("MODEL-DANGLING-REFERENCE",
            "MODEL-DATE-ORDER", "SCHEMA-VIOLATION", "SCHEMA-ENUM");
        assertThat(read.document()).get().isInstanceOfSatisfying(CaseFile.class, f -> assertThat(f.subject().family()
            .restricts(nl.regiekit.casemodel.PersonId.of("p-father"), nl.regiekit.casemodel.SafetyMeasure.NOT_INFORMED,
                LocalDate.of(2026, 2, 1))).isTrue());

        ObjectNode stranger = restrictions.addObject().put("member", "p-stranger").put("reason", "THREAT")
            .put("since", "2026-01-05");
        stranger.putArray("measures").add("NOT_INVITED");
        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .contains(tuple("MODEL-DANGLING-REFERENCE", "/case/family/restrictions/1/member"));

        stranger.put("member", "p-father").put("until", "2026-01-04");
        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .contains(tuple("MODEL-DATE-ORDER", "/case/family/restrictions/1/until"));
    }

    @Test
    void readsARecurringAgreementAndPointsAtAKeptDateOffItsRhythm() {
        ObjectNode root = tree();
        ObjectNode recurs = object(root, "/plans/0/versions/0/content/agreements/0").putObject("recurs")
            .put("first", "2026-01-12").put("every", "P1W");
        recurs.putArray("kept").add("2026-01-12").add("2026-01-19");
        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::pointer)
            .noneMatch(p -> p.contains("recurs"));

        ((ArrayNode) recurs.get("kept")).add("2026-01-20");
        assertThat(STRICT.validate(bytes(root)).findings()).extracting(Finding::code, Finding::pointer)
            .contains(tuple("MODEL-VALUE-INVALID", "/plans/0/versions/0/content/agreements/0/recurs/kept/2"));
    }

    private static List<String> pointers(ObjectNode root) {
        return STRICT.validate(bytes(root)).findings().stream().map(Finding::pointer).toList();
    }

    private static List<String> codes(ObjectNode... roots) {
        return Stream.of(roots).flatMap(root -> STRICT.validate(bytes(root)).findings().stream())
            .map(Finding::code).toList();
    }
}
