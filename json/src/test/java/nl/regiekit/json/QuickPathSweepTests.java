package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.plan.meeting.CareConferences;
import nl.regiekit.plan.meeting.ConferenceKind;
import nl.regiekit.plan.meeting.ConferenceReason;
import nl.regiekit.plan.meeting.FamilyCouncils;
import nl.regiekit.plan.meeting.MeetingId;
import nl.regiekit.plan.rules.PlanCodes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The quick path and the full path give the same answer, findings and document, on single-node
 * edits of every node of one seed per document kind: each node removed, and replaced with edge
 * values (null, blank and padded texts, control characters before an enumeration value, numbers
 * that are integers only to a schema, empty objects and arrays, texts long in code points). Every
 * node gets its removal and {@value #EDITS_PER_NODE} of the edge values, taken in turn, so that
 * all of them are tried across the seed; {@code -Dregiekit.sweep=all} tries every edge value on
 * every node.
 */
class QuickPathSweepTests {

    private static final int EDITS_PER_NODE = 3;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Validation STRICT = Validation.defaults();

    @Test
    void givesTheFullPathsAnswerOnEveryEditOfEveryNode() {
        Map<DocumentKind, Integer> edits = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        int[] quickAnswered = {0};
        forEachEdit(EDITS_PER_NODE, edit -> {
            byte[] bytes = SampleDocuments.bytes(edit.document());
            ValidationResult quick = STRICT.validate(bytes);
            ValidationResult full = STRICT.validateFully(bytes);
            edits.merge(edit.kind(), 1, Integer::sum);
            if (!quick.findings().equals(full.findings()) || !quick.document().equals(full.document())) {
                disagreements.add(edit + ": quick " + codes(quick) + ", full " + codes(full));
            }
            if (quick.document().isPresent() && quick.isValid()) {
                quickAnswered[0]++;
            }
        });
        System.out.println("quick/full sweep: " + edits.values().stream().mapToInt(Integer::intValue).sum()
            + " edits " + edits + ", " + quickAnswered[0] + " valid, " + disagreements.size() + " disagreements");

        assertThat(edits.keySet()).containsExactlyInAnyOrder(DocumentKind.values());
        assertThat(disagreements).isEmpty();
        assertThat(quickAnswered[0]).as("edits that leave a valid document").isPositive();
    }

    /** One single-node edit of a seed: the node at {@code pointer} removed or set to another value. */
    record Edit(DocumentKind kind, String pointer, String what, ObjectNode document) {

        /** The kind, the pointer and the edit, a long value cut short. */
        @Override
        public String toString() {
            return kind.id() + " " + pointer + " " + (what.length() > 80 ? what.substring(0, 80) + "..." : what);
        }
    }

    /**
     * Gives {@code action} every edit of the sweep: for every node of every seed, its removal and
     * {@code perNode} of its edge values, taken in turn so that all of them are tried across the
     * seed; with {@code -Dregiekit.sweep=all}, every edge value on every node. The seeds are checked
     * valid first.
     */
    static void forEachEdit(int perNode, Consumer<Edit> action) {
        boolean all = "all".equals(System.getProperty("regiekit.sweep"));
        for (Map.Entry<DocumentKind, ObjectNode> seed : seeds().entrySet()) {
            ObjectNode root = seed.getValue();
            assertThat(STRICT.validate(SampleDocuments.bytes(root)).document()).as(seed.getKey().id()).isPresent();
            List<String> pointers = new ArrayList<>();
            collect(root, "", pointers);
            for (int n = 0; n < pointers.size(); n++) {
                String pointer = pointers.get(n);
                List<JsonNode> values = edgeValues(root.at(pointer));
                List<Integer> chosen = new ArrayList<>();
                chosen.add(-1);  // the removal
                for (int k = 0; k < (all ? values.size() : Math.min(perNode, values.size())); k++) {
                    chosen.add(all ? k : (n * perNode + k) % values.size());
                }
                for (int choice : chosen) {
                    ObjectNode edited = root.deepCopy();
                    if (edit(edited, pointer, choice < 0 ? null : values.get(choice))) {
                        action.accept(new Edit(seed.getKey(), pointer,
                            choice < 0 ? "removed" : "set to " + values.get(choice), edited));
                    }
                }
            }
        }
    }

    /** The disagreements the sweep once found, each now refused by binding as by the schema. */
    @Test
    void refusesPaddedEnumerationsAndMissingRequiredPartsOnBothPaths() {
        ObjectNode padded = SampleDocuments.tree();
        SampleDocuments.member(padded, 0).put("role", "PARENT ");
        ObjectNode control = SampleDocuments.tree();
        ((ObjectNode) control.at("/case/consents/0/changes/0")).put("status", "\u0000GRANTED");
        ObjectNode noTeam = SampleDocuments.tree();
        SampleDocuments.caseOf(noTeam).remove("team");
        ObjectNode demo = (ObjectNode) SampleDocuments.TREES.readTree(SampleDocuments.demoCaseFileBytes());
        ObjectNode noCore = part(DocumentKind.HELP_PLAN, "plan", demo.at("/plans/0"));
        ((ObjectNode) noCore.at("/plan/versions/0/content")).remove("core");

        assertThat(List.of(padded, control, noTeam, noCore)).allSatisfy(root -> {
            byte[] bytes = SampleDocuments.bytes(root);
            ValidationResult quick = STRICT.validate(bytes);
            assertThat(quick.isValid()).isFalse();
            assertThat(quick.findings()).isEqualTo(STRICT.validateFully(bytes).findings());
            assertThat(quick.findings()).extracting(f -> f.code())
                .containsAnyOf("SCHEMA-ENUM", "SCHEMA-REQUIRED");
        });
    }

    /** One valid document of every kind: the sample case file with references, the demo's parts, the built-in catalogues, the demo's agendas, a policy. */
    static Map<DocumentKind, ObjectNode> seeds() {
        JsonMapper mapper = RegiekitJson.mapper();
        ObjectNode demo = (ObjectNode) SampleDocuments.TREES.readTree(SampleDocuments.demoCaseFileBytes());
        CaseFile caseFile = mapper.readValue(SampleDocuments.demoCaseFileBytes(), CaseFile.class);
        LocalDate day = LocalDate.of(2026, 2, 2);
        Map<DocumentKind, ObjectNode> seeds = new LinkedHashMap<>();
        // A case file that refers where it would repeat; the plan and the genogram written whole, as a
        // document of their own has no meetings or family to refer to.
        seeds.put(DocumentKind.CASE_FILE, ReferencesTests.handWritten());
        seeds.put(DocumentKind.HELP_PLAN, tree(mapper, HelpPlanDocument.of(caseFile.plans().get(0))));
        seeds.put(DocumentKind.BALANCE_ASSESSMENTS, part(DocumentKind.BALANCE_ASSESSMENTS, "assessments",
            demo.get("assessments")));
        seeds.put(DocumentKind.SELF_RELIANCE_SCORES, part(DocumentKind.SELF_RELIANCE_SCORES, "selfReliance",
            demo.get("selfReliance")));
        seeds.put(DocumentKind.GENOGRAM, tree(mapper, GenogramDocument.of(caseFile.genogram().orElseThrow())));
        seeds.put(DocumentKind.SOCIOGRAM, part(DocumentKind.SOCIOGRAM, "sociogram", demo.get("sociogram")));
        seeds.put(DocumentKind.ECOGRAM, part(DocumentKind.ECOGRAM, "ecogram", demo.get("ecogram")));
        seeds.put(DocumentKind.MEETING_MINUTES, part(DocumentKind.MEETING_MINUTES, "meetings", demo.get("meetings")));
        seeds.put(DocumentKind.LIFE_DOMAIN_CATALOG, tree(mapper,
            LifeDomainCatalogDocument.of(LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT)));
        seeds.put(DocumentKind.FACTOR_CATALOG, tree(mapper, FactorCatalogDocument.of(FactorCatalogs.DEFAULT)));
        seeds.put(DocumentKind.FAMILY_COUNCIL_AGENDA, tree(mapper, FamilyCouncilAgendaDocument.of(
            FamilyCouncils.defaults().agenda(caseFile.subject(), MeetingId.of("council-1"), day, Set.of()))));
        seeds.put(DocumentKind.CARE_CONFERENCE_AGENDA, tree(mapper, CareConferenceAgendaDocument.of(
            CareConferences.defaults().agenda(caseFile.monitored(), MeetingId.of("conference-1"),
                ConferenceKind.values()[0], day, List.of(ConferenceReason.values()[0])))));
        seeds.put(DocumentKind.POLICY, tree(mapper, PolicyDocument.of(OrganisationPolicy.DEFAULTS.withRules(
            RuleSettings.DEFAULTS.withOff(PlanCodes.GOAL_NOT_SMART)
                .withSeverity(PlanCodes.NOT_READY_IN_TIME, Severity.ERROR)))));
        return seeds;
    }

    private static ObjectNode part(DocumentKind kind, String field, JsonNode value) {
        ObjectNode root = NODES.objectNode().put("kind", kind.id()).put("schemaVersion", DocumentKind.SCHEMA_VERSION);
        root.set(field, value.deepCopy());
        return root;
    }

    private static ObjectNode tree(JsonMapper mapper, Object document) {
        return (ObjectNode) SampleDocuments.TREES.readTree(mapper.writeValueAsBytes(document));
    }

    /** The pointers of every node below the root, parents before children; the envelope left out. */
    static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                if (pointer.isEmpty() && (name.equals("kind") || name.equals("schemaVersion"))) {
                    continue;
                }
                String child = pointer + Pointer.of(name);
                pointers.add(child);
                collect(node.get(name), child, pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                pointers.add(child);
                collect(node.get(i), child, pointers);
            }
        }
    }

    /** The edge values for a node: the ones for its own value first, then those of any type. */
    static List<JsonNode> edgeValues(JsonNode original) {
        List<JsonNode> values = new ArrayList<>();
        if (original.isString()) {
            String text = original.asString();
            for (String variant : List.of(text + " ", " " + text, "\u0000" + text, text + "\u001f", "\t" + text,
                text.toLowerCase(java.util.Locale.ROOT), text + "\u00a0", text + "\ud83d\ude00")) {
                values.add(NODES.stringNode(variant));
            }
        }
        if (original.isNumber()) {
            values.add(NODES.numberNode(original.asLong() + 1));
            values.add(NODES.numberNode(new java.math.BigDecimal(original.asLong() + ".0")));
            values.add(NODES.numberNode(new java.math.BigDecimal(original.asLong() + "00E-2")));
        }
        if (original.isArray()) {
            values.add(NODES.arrayNode());
            values.add(NODES.arrayNode().addNull());
        }
        values.add(NODES.nullNode());
        values.add(NODES.stringNode(""));
        values.add(NODES.stringNode(" "));
        values.add(NODES.objectNode());
        values.add(NODES.arrayNode());
        values.add(NODES.numberNode(0));
        values.add(NODES.numberNode(-1));
        values.add(NODES.numberNode(new java.math.BigDecimal("1.5")));
        values.add(NODES.numberNode(new java.math.BigDecimal("2.0")));
        // Written 1E+1: a BigDecimal with a scale of zero or more is written without an exponent.
        values.add(NODES.numberNode(new java.math.BigDecimal("1E+1")));
        values.add(NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
        values.add(NODES.booleanNode(true));
        values.add(NODES.stringNode("\ud83d\ude00".repeat(150)));
        values.add(NODES.stringNode("a".repeat(201)));
        values.add(NODES.stringNode("\ud83d\ude00".repeat(2100)));
        values.add(NODES.stringNode("2025-02-30"));
        values.add(NODES.stringNode("2025-1-01"));
        values.add(NODES.stringNode("p-mother"));
        return values;
    }

    /** Sets the node at {@code pointer} to {@code value}, or removes it if {@code value} is null. */
    static boolean edit(ObjectNode root, String pointer, JsonNode value) {
        String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
        JsonNode parent = root.at(parentPointer);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
            return true;
        }
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
            return true;
        }
        return false;
    }

    static List<String> codes(ValidationResult result) {
        return result.findings().stream().map(f -> f.code() + "@" + f.pointer()).limit(6).toList();
    }
}
