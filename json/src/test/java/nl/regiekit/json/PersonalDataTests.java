package nl.regiekit.json;

import static nl.regiekit.json.SampleDocuments.array;
import static nl.regiekit.json.SampleDocuments.bytes;
import static nl.regiekit.json.SampleDocuments.caseOf;
import static nl.regiekit.json.SampleDocuments.member;
import static nl.regiekit.json.SampleDocuments.object;
import static nl.regiekit.json.SampleDocuments.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.Bsn;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ConsentScope;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.DocumentedException;
import nl.regiekit.casemodel.Family;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.Introducer;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.Person;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.PhaseChange;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.Referral;
import nl.regiekit.casemodel.Referrer;
import nl.regiekit.casemodel.ReferrerKind;
import nl.regiekit.casemodel.Role;
import nl.regiekit.casemodel.Team;
import nl.regiekit.casemodel.finding.Finding;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Names, BSNs, birth dates and free text never reach a finding, an exception message, a log line
 * or a {@code toString}. Documents carry sentinel values (fictional and unmistakable) and are
 * pushed through every failing path of the pipeline while System.out, System.err and
 * java.util.logging are captured; slf4j-simple, the test binding, logs at debug level to
 * System.out (see {@code simplelogger.properties}).
 */
class PersonalDataTests {

    static final String GIVEN = "SENTINELNAAM";
    static final String FAMILY = "SENTINELFAM";
    static final String TEXT = "SENTINELTEKST";
    static final String VALID_BSN = "123456782";
    static final String INVALID_BSN = "123456789";
    static final String BIRTH_DATE = "1901-02-03";

    /** What must never appear: the sentinels, the BSNs and their digits, the birth date in any form. */
    private static final List<String> FORBIDDEN = List.of(GIVEN, FAMILY, TEXT, "SENTINEL", VALID_BSN, INVALID_BSN,
        "12345678", BIRTH_DATE, "19010203", "1901-2-3");

    private static final Validation STRICT = Validation.defaults();
    private static final Validation LENIENT = Validation.builder().lenient(true).build();

    /** Every failing path: a document full of sentinels and a code the path must report. */
    private static final Map<String, FailingPath> PATHS = new LinkedHashMap<>();
    private static final Map<String, List<ValidationResult>> RESULTS = new LinkedHashMap<>();
    private static String capturedLog;

    private record FailingPath(byte[] document, String expectedCode) {
    }

    @BeforeAll
    static void pushEveryFailingPathThroughThePipelineWhileCapturingTheLog() throws IOException {
        definePaths();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        Level rootLevel = root.getLevel();
        Handler handler = new CapturingHandler(capture);
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        System.setOut(capture);
        System.setErr(capture);
        Path file = Files.createTempFile("regiekit-personal-data", ".json");
        try {
            for (Map.Entry<String, FailingPath> path : PATHS.entrySet()) {
                byte[] document = path.getValue().document();
                Files.write(file, document);
                List<ValidationResult> results = new ArrayList<>();
                results.add(STRICT.validate(document));
                results.add(LENIENT.validate(document));
                results.add(STRICT.validate(new ByteArrayInputStream(document)));
                results.add(STRICT.validate(file));
                RESULTS.put(path.getKey(), results);
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(handler);
            root.setLevel(rootLevel);
            Files.deleteIfExists(file);
        }
        capturedLog = captured.toString(StandardCharsets.UTF_8);
    }

    private static void definePaths() {
        ObjectNode valid = sentinelTree();
        byte[] validBytes = bytes(valid);
        String validText = new String(validBytes, StandardCharsets.UTF_8);
        PATHS.put("valid sentinel document", new FailingPath(validBytes, null));

        // Stage 1: limits.
        PATHS.put("size limit", new FailingPath(padded(validBytes, Limits.DEFAULTS.maxBytes() + 1), "JSON-LIMIT-SIZE"));
        path("depth limit", "JSON-LIMIT-DEPTH", root -> object(root, "/case/referral").set("signals", nested(80)));
        path("string limit", "JSON-LIMIT-STRING", root -> array(root, "/case/referral/signals")
            .set(0, TEXT.repeat(Limits.DEFAULTS.maxStringLength() / TEXT.length() + 1)));

        // Stage 2: syntax, kind, version and schema.
        text("unquoted name", "JSON-SYNTAX", validText.replace("\"" + GIVEN + "\"", GIVEN));
        PATHS.put("truncated inside the BSN", new FailingPath(
            validText.substring(0, validText.indexOf(VALID_BSN) + VALID_BSN.length()).getBytes(StandardCharsets.UTF_8),
            "JSON-SYNTAX"));
        text("bad escape in free text", "JSON-SYNTAX", validText.replace(TEXT + " verzuimt", TEXT + "\\q verzuimt"));
        text("empty", "JSON-SYNTAX", "");
        text("duplicate key", "JSON-DUPLICATE-KEY", validText.replace("\"given\":\"" + GIVEN + "\"",
            "\"given\":\"" + GIVEN + "\",\"given\":\"" + FAMILY + "\""));
        text("array of personal data", "DOC-NOT-AN-OBJECT",
            "[\"" + GIVEN + "\",\"" + VALID_BSN + "\",\"" + BIRTH_DATE + "\"," + validText + "]");
        text("string root", "DOC-NOT-AN-OBJECT", "\"" + GIVEN + " " + FAMILY + " " + VALID_BSN + "\"");
        path("kind", "DOC-KIND-UNKNOWN", root -> root.put("kind", TEXT));
        path("schema version", "DOC-SCHEMA-VERSION-UNSUPPORTED", root -> root.put("schemaVersion", BIRTH_DATE));
        path("wrong type", "SCHEMA-TYPE", root -> person(root, 0).put("bsn", Long.parseLong(VALID_BSN)));
        path("wrong type of birth date", "SCHEMA-TYPE", root -> person(root, 0).put("birthDate", 19010203));
        path("unknown field", "SCHEMA-UNKNOWN-FIELD", root -> person(root, 0).put("note", TEXT));
        path("unknown field holding a name", "SCHEMA-UNKNOWN-FIELD",
            root -> object(root, "/case/referral").putObject("extra").put("name", GIVEN).put("bsn", VALID_BSN));
        path("missing required", "SCHEMA-REQUIRED", root -> person(root, 0).remove("gender"));
        path("missing family name", "SCHEMA-REQUIRED",
            root -> object(root, "/case/family/members/0/person/name").remove("family"));
        path("bad enum", "SCHEMA-ENUM", root -> person(root, 0).put("gender", TEXT));
        path("bad date format", "SCHEMA-FORMAT", root -> person(root, 0).put("birthDate", BIRTH_DATE + "T10:00:00"));
        path("impossible date", "SCHEMA-FORMAT", root -> person(root, 0).put("birthDate", "1901-02-30"));
        path("BSN of the wrong form", "SCHEMA-PATTERN", root -> person(root, 0).put("bsn", TEXT));
        path("BSN too short", "SCHEMA-PATTERN", root -> person(root, 0).put("bsn", VALID_BSN.substring(1)));
        path("name too long", "SCHEMA-SIZE",
            root -> object(root, "/case/family/members/0/person/name").put("given", GIVEN.repeat(20)));
        path("decision of no variant", "SCHEMA-UNKNOWN-FIELD", root -> array(root, "/case/decisions").set(1,
            JsonNodeFactory.instance.objectNode().put("outcome", "declined").put("date", "2025-09-22")
                .put("feedback", TEXT).put("priority", Long.parseLong(VALID_BSN))));

        // Stage 3: binding and constraints.
        path("BSN failing the eleven-test", "MODEL-BSN-INVALID", root -> person(root, 0).put("bsn", INVALID_BSN));
        path("duplicate person", "MODEL-DUPLICATE-ID",
            root -> array(root, "/case/family/members").add(member(root, 0).deepCopy()));
        path("dangling household member", "MODEL-DANGLING-REFERENCE",
            root -> array(root, "/case/family/households/0/members").add("p-nobody"));
        path("dangling consent organisation", "MODEL-DANGLING-REFERENCE",
            root -> object(root, "/case/consents/0").put("organisation", "org-nobody"));
        path("involvement ending on the birth date", "MODEL-DATE-ORDER",
            root -> object(root, "/case/organisations/0").put("until", BIRTH_DATE));
        path("phase before the referral", "MODEL-DATE-ORDER",
            root -> object(root, "/case/phases/0").put("since", BIRTH_DATE));
        path("decision after a final one", "MODEL-VALUE-INVALID", root -> {
            ArrayNode decisions = array(root, "/case/decisions");
            decisions.add(decisions.get(0).deepCopy());
            ((ObjectNode) decisions.get(2)).put("date", "2025-09-23");
        });
        path("blank given name", "SCHEMA-PATTERN",
            root -> object(root, "/case/family/members/0/person/name").put("given", "   "));
        path("number too large", "SCHEMA-RANGE",
            root -> object(root, "/case/decisions/0").put("priority", new BigInteger(VALID_BSN + VALID_BSN)));
        path("birth date in the future", "CONSTRAINT-VIOLATED", root -> person(root, 0).put("birthDate", "2999-02-03"));
        path("blank signal", "SCHEMA-PATTERN", root -> array(root, "/case/referral/signals").add(" "));

        // Stage 4: domain rules.
        path("no referrer", "CASE-REFERRAL-NO-REFERRER", root -> object(root, "/case/referral").remove("referrer"));
        path("phase skipped", "CASE-PHASE-SKIPPED", root -> array(root, "/case/phases").remove(1));
        path("young person of the sentinel birth date", "CASE-YOUNG-PERSON-AGE", root -> {
            person(root, 3).put("birthDate", BIRTH_DATE);
            object(root, "/case/family/members/3/person/name").put("given", GIVEN).put("family", FAMILY);
        });
        path("exchange without consent", "CASE-EXCHANGE-WITHOUT-CONSENT",
            root -> array(root, "/case/consents").remove(2));
        path("no case manager", "CASE-NO-CASE-MANAGER", root -> object(root, "/case/team").remove("caseManager"));
        path("contra-indication without exception", "CASE-ACCEPTED-DESPITE-CONTRA-INDICATION",
            root -> object(root, "/case/referral/contraIndications/0").remove("exception"));
        path("note of an assessment about a stranger", "BALANCE-MEMBER-UNKNOWN",
            root -> assessment(root).put("member", "p-nobody"));
        path("note of an assessment with a factor twice", "MODEL-DUPLICATE-ID",
            root -> ((ArrayNode) assessment(root).get("scores")).add(assessment(root).get("scores").get(0).deepCopy()));
        path("note of an assessment too long", "SCHEMA-SIZE",
            root -> assessment(root).put("note", (GIVEN + " " + TEXT + " ").repeat(200)));
        path("note of an assessment scored off the scale", "SCHEMA-RANGE",
            root -> ((ObjectNode) assessment(root).get("scores").get(0)).put("score", 5));
        path("declined without handover", "CASE-DECLINED-WITHOUT-HANDOVER", root -> array(root, "/case/decisions")
            .set(1, JsonNodeFactory.instance.objectNode().put("outcome", "declined").put("date", "2025-09-22")
                .put("feedback", TEXT).set("alternatives", JsonNodeFactory.instance.arrayNode().add(TEXT))));

        // Stage 3 and 4 in the help plan of the case file.
        path("plan invariant", "MODEL-DUPLICATE-ID", root -> object(root, PLAN + "/goals/1").put("id", "g-rent"));
        path("plan without consent", "PLAN-CONTRIBUTION-WITHOUT-CONSENT", root -> array(root, "/case/consents").remove(2));
        path("plan rule", "PLAN-UNKNOWN-MEMBER", root -> object(root, PLAN + "/trajectories/0").put("member", "p-x"));
    }

    /** The current version's content of the sample's help plan. */
    private static final String PLAN = "/plans/0/versions/1/content";

    /** The sample with sentinels in every kind of personal data; a valid document. */
    static ObjectNode sentinelTree() {
        ObjectNode root = SampleDocuments.tree();
        ObjectNode person = person(root, 0);
        person.putObject("name").put("given", GIVEN).put("prefix", TEXT).put("family", FAMILY);
        person.put("birthDate", BIRTH_DATE).put("bsn", VALID_BSN);
        ObjectNode referral = object(root, "/case/referral");
        referral.putArray("signals").add(TEXT + " verzuimt").add("Huurachterstand " + TEXT);
        referral.putArray("reasons").add(TEXT);
        object(referral, "/referrer").put("contact", GIVEN + " " + FAMILY);
        object(referral, "/introducer").put("contact", TEXT);
        referral.putArray("contraIndications").addObject().put("kind", "HOMELESS").putObject("exception")
            .put("date", "2025-09-15").put("decidedBy", "tl-1").put("justification", TEXT);
        object(root, "/case/team/caseManager").put("name", GIVEN + " " + FAMILY);
        for (JsonNode organisation : caseOf(root).get("organisations")) {
            ((ObjectNode) organisation).put("reason", TEXT).put("contact", GIVEN);
        }
        ObjectNode plan = object(root, PLAN);
        plan.put("history", TEXT).put("closingQuestion", GIVEN + " " + FAMILY);
        object(plan, "/goals/0").put("title", TEXT + " " + GIVEN);
        object(plan, "/goals/0/smart").put("outcome", TEXT).put("relevant", BIRTH_DATE);
        object(plan, "/situation/0").put("description", TEXT + " " + VALID_BSN);
        object(plan, "/agreements/0").put("what", GIVEN + " " + TEXT);
        return root;
    }

    // --- the tests ----------------------------------------------------------------------------

    @Test
    void sentinelBsnsAreOneValidAndOneInvalid() {
        assertThat(Bsn.passesElevenTest(VALID_BSN)).isTrue();
        assertThat(Bsn.passesElevenTest(INVALID_BSN)).isFalse();
    }

    @Test
    void sentinelDocumentIsValidAndCarriesTheSentinels() {
        List<ValidationResult> results = RESULTS.get("valid sentinel document");

        assertThat(results).allSatisfy(result -> assertThat(result.findings()).isEmpty());
        CaseFile bound = (CaseFile) results.get(0).document().orElseThrow();
        Person person = bound.subject().family().members().get(0).person();
        assertThat(person.name().given()).isEqualTo(GIVEN);
        assertThat(person.bsn()).contains(Bsn.parse(VALID_BSN));
        assertThat(person.birthDate()).contains(LocalDate.parse(BIRTH_DATE));
        assertThat(bound.subject().referral().signals()).allSatisfy(signal -> assertThat(signal).contains(TEXT));
    }

    @Test
    void everyFailingPathReportsItsFinding() {
        assertThat(PATHS).hasSizeGreaterThan(40);
        PATHS.forEach((name, path) -> {
            if (path.expectedCode() != null) {
                ValidationResult strict = RESULTS.get(name).get(0);
                assertThat(strict.findings()).as(name).extracting(Finding::code).contains(path.expectedCode());
                assertThat(strict.isValid()).as(name).isFalse();
            }
        });
    }

    @Test
    void entryPointsAgreeOnEveryFailingPath() {
        RESULTS.forEach((name, results) -> {
            assertThat(results.get(2).findings()).as(name + " from a stream").isEqualTo(results.get(0).findings());
            assertThat(results.get(3).findings()).as(name + " from a file").isEqualTo(results.get(0).findings());
        });
    }

    @Test
    void findingsHoldNoPersonalData() {
        RESULTS.forEach((name, results) -> results.forEach(result -> result.findings().forEach(finding -> {
            String where = name + ": " + finding.code() + " at " + finding.pointer();
            assertNoPersonalData(finding.message(Locale.forLanguageTag("nl")), where + " (Dutch message)");
            assertNoPersonalData(finding.message(Locale.ENGLISH), where + " (English message)");
            assertNoPersonalData(finding.pointer(), where + " (pointer)");
            assertNoPersonalData(finding.subject().map(Identifier::value).orElse(""), where + " (subject)");
            assertNoPersonalData(finding.toString(), where + " (toString)");
        })));
    }

    @Test
    void logHoldsNoPersonalData() {
        // The capture worked: the pipeline's debug line for a bound document is in it.
        assertThat(capturedLog).contains("validated a regiekit/case-file document");

        List<String> leaking = capturedLog.lines().filter(PersonalDataTests::holdsPersonalData).toList();
        assertThat(leaking).as("log lines with personal data").isEmpty();
    }

    @Test
    void boundDocumentsShowNoPersonalDataInToString() {
        RESULTS.forEach((name, results) -> results.forEach(result -> {
            assertNoPersonalData(result.toString(), name + ": result");
            result.document().ifPresent(document -> {
                Case subject = ((CaseFile) document).subject();
                assertNoPersonalData(document.toString(), name + ": document");
                assertNoPersonalData(((CaseFile) document).assessments().toString(), name + ": assessments");
                assertNoPersonalData(subject.toString(), name + ": case");
                assertNoPersonalData(subject.family().toString(), name + ": family");
                assertNoPersonalData(subject.referral().toString(), name + ": referral");
                assertNoPersonalData(subject.team().toString(), name + ": team");
                assertNoPersonalData(subject.organisations().toString(), name + ": organisations");
                assertNoPersonalData(subject.decisions().toString(), name + ": decisions");
                subject.referral().referrer().ifPresent(r -> assertNoPersonalData(r.toString(), name + ": referrer"));
                subject.referral().introducer()
                    .ifPresent(i -> assertNoPersonalData(i.toString(), name + ": introducer"));
                assertNoPersonalData(((CaseFile) document).plans().toString(), name + ": plans");
                ((CaseFile) document).plans().forEach(p -> p.versions().forEach(v -> assertNoPersonalData(
                    v.content() + " " + v.content().core() + v.content().situation() + v.content().agreements()
                        + v.content().roles(), name + ": plan content")));
                subject.family().members().forEach(member -> {
                    assertNoPersonalData(member.toString(), name + ": member");
                    assertNoPersonalData(member.person().name().toString(), name + ": name");
                    member.person().bsn().ifPresent(bsn -> assertNoPersonalData(bsn.toString(), name + ": BSN"));
                });
            });
        }));
    }

    @Test
    void modelValuesShowNoPersonalDataInToString() {
        Bsn bsn = Bsn.parse(VALID_BSN);
        PersonName name = new PersonName(GIVEN, Optional.of(TEXT), FAMILY);
        Person person = new Person(PersonId.of("p-1"), name, Optional.of(LocalDate.parse(BIRTH_DATE)), Gender.OTHER,
            Optional.of(bsn));
        Referral referral = new Referral(LocalDate.of(2025, 9, 1),
            Optional.of(new Referrer(ReferrerKind.POLICE, TEXT, Optional.of(GIVEN))),
            Optional.of(new Introducer(TEXT, Optional.of(FAMILY), true)), List.of(TEXT), List.of(TEXT), List.of(),
            List.of());
        Case subject = Case.refer(CaseId.of("case-1"), LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(),
                new Family(List.of(new FamilyMember(person, Role.PARENT)), List.of()), referral)
            .decide(new IntakeDecision.Declined(LocalDate.of(2025, 9, 2), TEXT, List.of(), Optional.empty()));

        assertThat(bsn.value()).isEqualTo(VALID_BSN);
        assertNoPersonalData(bsn.toString(), "Bsn");
        assertNoPersonalData(name.toString(), "PersonName");
        assertNoPersonalData(person.toString(), "Person");
        assertNoPersonalData(subject.toString(), "Case");
        assertNoPersonalData(CaseFile.of(subject).toString(), "CaseFile");
        assertNoPersonalData(referral.toString(), "Referral");
        assertNoPersonalData(subject.decisions().toString(), "Declined");
        assertNoPersonalData(new Professional(ProfessionalId.of("cm-1"), GIVEN).toString(), "Professional");
        assertNoPersonalData(new DocumentedException(LocalDate.of(2025, 9, 3), ProfessionalId.of("tl-1"), TEXT)
            .toString(), "DocumentedException");
        assertNoPersonalData(organisation(Optional.empty()).toString(), "InvolvedOrganisation");
    }

    static Stream<Arguments> refusedConstructions() {
        LocalDate born = LocalDate.parse(BIRTH_DATE);
        Person person = new Person(PersonId.of("p-1"), PersonName.of(GIVEN, FAMILY), Optional.of(born), Gender.FEMALE,
            Optional.of(Bsn.parse(VALID_BSN)));
        FamilyMember member = new FamilyMember(person, Role.PARENT);
        Family family = new Family(List.of(member), List.of());
        Referral referral = new Referral(LocalDate.of(2025, 9, 1), Optional.empty(), Optional.empty(), List.of(TEXT),
            List.of(), List.of(), List.of());
        Case referred = Case.refer(CaseId.of("case-1"), LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(), family,
            referral);
        return Stream.of(
            refused("BSN failing the eleven-test", () -> new Bsn(INVALID_BSN)),
            refused("BSN of eight digits", () -> Bsn.parse(VALID_BSN.substring(1))),
            refused("BSN of letters", () -> Bsn.parse(TEXT)),
            refused("BSN of ten digits", () -> Bsn.parse(VALID_BSN + "0")),
            refused("blank given name", () -> PersonName.of("   ", FAMILY)),
            refused("blank family name", () -> PersonName.of(GIVEN, "\t")),
            refused("missing family name", () -> PersonName.of(GIVEN, null)),
            refused("missing given name", () -> new PersonName(null, Optional.of(TEXT), FAMILY)),
            refused("identifier holding a name", () -> PersonId.of(GIVEN + " " + FAMILY)),
            refused("identifier holding a BSN and birth date", () -> PersonId.of(VALID_BSN + "/" + BIRTH_DATE)),
            refused("person without gender", () -> new Person(PersonId.of("p-1"), PersonName.of(GIVEN, FAMILY),
                Optional.of(born), null, Optional.of(Bsn.parse(VALID_BSN)))),
            refused("family with a member twice", () -> new Family(List.of(member, member), List.of())),
            refused("referrer without organisation", () -> new Referrer(ReferrerKind.SCHOOL, " ", Optional.of(GIVEN))),
            refused("introducer without organisation", () -> new Introducer("", Optional.of(TEXT), false)),
            refused("professional without name", () -> new Professional(ProfessionalId.of("cm-1"), " ")),
            refused("declined without feedback", () -> new IntakeDecision.Declined(LocalDate.of(2025, 9, 2), " ",
                List.of(TEXT), Optional.empty())),
            refused("exception without justification", () -> new DocumentedException(born, ProfessionalId.of("tl-1"),
                "  ")),
            refused("involvement ending before it began", () -> organisation(Optional.of(born))),
            refused("consent changes out of order", () -> new Consent(ConsentId.of("c-1"), OrganisationId.of("org-1"),
                person.id(), ConsentScope.UNLIMITED, LawfulBasis.CONSENT,
                List.of(new ConsentChange(LocalDate.of(2025, 9, 2), ConsentStatus.GRANTED),
                    new ConsentChange(born, ConsentStatus.WITHDRAWN)), Optional.empty())),
            refused("phase before the referral", () -> new Case(CaseId.of("case-1"),
                LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(), family, referral, List.of(),
                List.of(new PhaseChange(Phase.INTRODUCTION, born)), Optional.empty(), Team.EMPTY, List.of(),
                List.of(), List.of())),
            refused("phase before acceptance", () -> referred.advanceTo(Phase.INTRODUCTION, LocalDate.of(2025, 9, 3))),
            refused("organisation involved twice",
                () -> referred.involve(organisation(Optional.empty())).involve(organisation(Optional.empty()))),
            refused("mapper reading a BSN failing the eleven-test",
                () -> RegiekitJson.mapper().readValue(invalidBsnDocument(), CaseFile.class)));
    }

    private static Arguments refused(String name, ThrowingCallable construction) {
        return arguments(named(name, construction));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedConstructions")
    void exceptionsHoldNoPersonalData(ThrowingCallable construction) {
        Throwable thrown = catchThrowable(construction);

        assertThat(thrown).isNotNull();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            assertNoPersonalData(String.valueOf(cause.getMessage()), "message of " + cause.getClass().getName());
            assertNoPersonalData(cause.toString(), "toString of " + cause.getClass().getName());
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    private static boolean holdsPersonalData(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return FORBIDDEN.stream().anyMatch(forbidden -> lower.contains(forbidden.toLowerCase(Locale.ROOT)));
    }

    private static void assertNoPersonalData(String text, String where) {
        for (String forbidden : FORBIDDEN) {
            assertThat(text).as(where).doesNotContainIgnoringCase(forbidden);
        }
    }

    private static void path(String name, String expectedCode, Consumer<ObjectNode> edit) {
        ObjectNode root = sentinelTree();
        edit.accept(root);
        PATHS.put(name, new FailingPath(bytes(root), expectedCode));
    }

    /** The one balance assessment of a case-file tree, added with a note full of sentinels if it has none. */
    private static ObjectNode assessment(ObjectNode root) {
        if (root.get("assessments") == null) {
            ObjectNode assessment = root.putArray("assessments").addObject().put("id", "a-1").put("date", "2025-10-20")
                .put("assessor", "cm-1").put("catalog", "regiekit:balance-factors").put("catalogVersion", "1")
                .put("note", GIVEN + " " + FAMILY + " " + VALID_BSN + " " + BIRTH_DATE + " " + TEXT);
            assessment.putArray("scores").addObject().put("factor", "debts").put("category", "RISK_SOCIO_ECONOMIC")
                .put("score", 4).put("weight", 3);
        }
        return (ObjectNode) root.get("assessments").get(0);
    }

    private static void text(String name, String expectedCode, String document) {
        PATHS.put(name, new FailingPath(document.getBytes(StandardCharsets.UTF_8), expectedCode));
    }

    private static InvolvedOrganisation organisation(Optional<LocalDate> until) {
        return new InvolvedOrganisation(OrganisationId.of("org-1"), TEXT, Optional.of(GIVEN + " " + FAMILY), TEXT,
            List.of(), List.of(), LocalDate.of(2025, 1, 1), until);
    }

    private static byte[] invalidBsnDocument() {
        ObjectNode root = sentinelTree();
        person(root, 0).put("bsn", INVALID_BSN);
        return bytes(root);
    }

    private static JsonNode nested(int depth) {
        JsonNode node = JsonNodeFactory.instance.stringNode(TEXT);
        for (int i = 0; i < depth; i++) {
            node = JsonNodeFactory.instance.arrayNode().add(node);
        }
        return node;
    }

    private static byte[] padded(byte[] document, int size) {
        byte[] padded = new byte[size];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(document, 0, padded, 0, document.length - 1);
        padded[size - 1] = '}';
        return padded;
    }

    /** Writes every java.util.logging record, formatted, with its exception, to the capture. */
    private static final class CapturingHandler extends Handler {
        private final PrintStream into;
        private final SimpleFormatter formatter = new SimpleFormatter();

        CapturingHandler(PrintStream into) {
            this.into = into;
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord logRecord) {
            into.println(formatter.format(logRecord));
        }

        @Override
        public void flush() {
            into.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
