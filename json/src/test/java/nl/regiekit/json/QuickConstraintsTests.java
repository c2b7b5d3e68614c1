package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import nl.regiekit.json.internal.CodePointSize;
import nl.regiekit.json.internal.QuickConstraints;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The quick path's first look at the constraints never passes what Hibernate Validator refuses: on
 * every edit of every node of the seeds of {@link QuickPathSweepTests} (every edge value, not a few)
 * that still binds, and on birth dates around today, {@link QuickConstraints} says "certainly valid"
 * only where Hibernate Validator finds no violation. And it does say so on the valid seeds, or it
 * would save nothing.
 */
class QuickConstraintsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final JsonMapper MAPPER = RegiekitJson.mapper();
    /** The pipeline's Hibernate Validator, with texts' sizes in code points. */
    private static final Validator VALIDATOR = CodePointSize.validator(CLOCK);
    private static final QuickConstraints QUICK = new QuickConstraints(CLOCK);

    @Test
    void saysCertainlyValidOnEveryValidSeed() {
        assertThat(QuickPathSweepTests.seeds()).allSatisfy((kind, root) ->
            assertThat(QUICK.certainlyValid(MAPPER.treeToValue(root, kind.type()))).as(kind.id()).isTrue());
    }

    @Test
    void neverPassesWhatHibernateValidatorRefusesOnAnyEditOfAnyNode() {
        List<String> passedWrongly = new ArrayList<>();
        int refused = 0;
        for (Map.Entry<DocumentKind, ObjectNode> seed : QuickPathSweepTests.seeds().entrySet()) {
            List<String> pointers = new ArrayList<>();
            QuickPathSweepTests.collect(seed.getValue(), "", pointers);
            for (String pointer : pointers) {
                List<JsonNode> values = new ArrayList<>(QuickPathSweepTests.edgeValues(seed.getValue().at(pointer)));
                values.add(null);
                for (JsonNode value : values) {
                    ObjectNode edited = seed.getValue().deepCopy();
                    if (!QuickPathSweepTests.edit(edited, pointer, value)) {
                        continue;
                    }
                    Object document;
                    try {
                        document = MAPPER.treeToValue(edited, seed.getKey().type());
                    } catch (JacksonException e) {
                        continue;
                    }
                    if (!VALIDATOR.validate(document).isEmpty()) {
                        refused++;
                        if (QUICK.certainlyValid(document)) {
                            passedWrongly.add(seed.getKey().id() + " " + pointer + " = " + value);
                        }
                    }
                }
            }
        }
        assertThat(refused).as("edits Hibernate Validator refuses").isGreaterThan(100);
        assertThat(passedWrongly).isEmpty();
    }

    /** An edit of the demo case file that breaks one constraint, and the finding the schema gives it. */
    private record Broken(String pointer, String code, java.util.function.Consumer<ObjectNode> edit) {
    }

    @Test
    void statesOneViolationAsTheSchemaDoes() {
        // A text too long, a list too long, a number out of its range.
        List<Broken> edits = List.of(
            new Broken("/meetings/careConferences/0/decisions/0", "SCHEMA-SIZE", demo -> SampleDocuments
                .array(demo, "/meetings/careConferences/0/decisions").set(0, "x".repeat(4001))),
            new Broken("/case/referral/signals", "SCHEMA-SIZE", demo -> {
                var signals = SampleDocuments.array(demo, "/case/referral/signals");
                while (signals.size() <= 50) {
                    signals.add("signaal");
                }
            }),
            new Broken("/genogram/people/0/birthYear", "SCHEMA-RANGE", demo -> SampleDocuments
                .object(demo, "/genogram/people/0").put("birthYear", 1700)));
        for (Broken broken : edits) {
            ObjectNode demo = demo();
            broken.edit().accept(demo);
            Object document = MAPPER.treeToValue(demo, DocumentKind.CASE_FILE.type());
            var only = QUICK.onlyViolation(document);
            assertThat(only).as(broken.pointer()).hasValueSatisfying(f -> {
                assertThat(f.pointer()).isEqualTo(broken.pointer());
                assertThat(f.code()).isEqualTo(broken.code());
            });
            // The full path, tree and schema, says the same and nothing else.
            assertThat(Validation.defaults().validateFully(SampleDocuments.bytes(demo)).findings())
                .as(broken.pointer()).containsExactly(only.get());
        }
    }

    @Test
    void leavesSeveralViolationsABlankLookingTextAndAValueHeldTwiceToTheFullPath() {
        ObjectNode two = demo();
        SampleDocuments.object(two, "/genogram/people/0").put("birthYear", 1700);
        SampleDocuments.array(two, "/meetings/careConferences/0/decisions").set(0, "x".repeat(4001));
        // A no-break space, which the model takes for a text and no definition of blank for certain.
        ObjectNode blank = demo();
        SampleDocuments.object(blank, "/case/organisations/0").put("reason", "\u00A0");
        // A member's name, which the genogram's people who give none take as theirs: the model holds it twice.
        ObjectNode referred = demo();
        SampleDocuments.object(referred, "/case/family/members/0/person/name").put("given", "x".repeat(201));
        for (ObjectNode demo : List.of(two, blank, referred)) {
            Object document = MAPPER.treeToValue(demo, DocumentKind.CASE_FILE.type());
            assertThat(QUICK.certainlyValid(document)).isFalse();
            assertThat(QUICK.onlyViolation(document)).isEmpty();
        }
        assertThat(Validation.defaults().validateFully(SampleDocuments.bytes(two)).findings()).hasSize(2);
    }

    @Test
    void findsNoViolationInAValidDocument() {
        Object document = MAPPER.treeToValue(demo(), DocumentKind.CASE_FILE.type());
        assertThat(QUICK.onlyViolation(document)).isEmpty();
    }

    private static ObjectNode demo() {
        return (ObjectNode) MAPPER.readTree(SampleDocuments.demoCaseFileBytes());
    }

    @Test
    void leavesBirthDatesAroundTodayToHibernateValidator() {
        ObjectNode seed = QuickPathSweepTests.seeds().get(DocumentKind.CASE_FILE);
        for (int days = -3; days <= 3; days++) {
            ObjectNode edited = seed.deepCopy();
            SampleDocuments.person(edited, 0).set("birthDate", JsonNodeFactory.instance.stringNode(
                TODAY.plusDays(days).toString()));
            Object document = MAPPER.treeToValue(edited, DocumentKind.CASE_FILE.type());
            boolean refused = !VALIDATOR.validate(document).isEmpty();
            assertThat(refused).as("day %d", days).isEqualTo(days >= 0);
            assertThat(QUICK.certainlyValid(document)).as("day %d", days).isEqualTo(days < -1);
        }
    }
}
