package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.Severity;
import org.junit.jupiter.api.Test;

/**
 * The published schema is the contract: on the single-node edits of every seed of
 * {@link QuickPathSweepTests}, an independent JSON Schema 2020-12 validator with its default settings
 * (networknt's, formats as annotations only, its own regular expressions) and the pipeline's stages
 * before the domain rules (encoding, syntax, schema, binding, constructors, constraints) say the same:
 * valid or not. The only edits they may judge apart are refused by a rule that no schema can
 * express, listed in {@link #RULE_LEVEL} and in {@code docs/json-contract.md}; the pipeline then
 * refuses what the schema lets through, never the other way round.
 */
class SchemaVerdictTests {

    private static final Validation STRICT = Validation.defaults();

    /** The edge values per node; the sweep's selection, fewer than the quick/full sweep's. */
    private static final int EDITS_PER_NODE = 2;

    /**
     * The findings of the stages before the rules that no JSON Schema can express, each with the
     * reason: they compare values across the document, compute, or depend on today.
     */
    static final Map<String, String> RULE_LEVEL = Map.ofEntries(
        Map.entry("MODEL-DUPLICATE-ID", "identifiers unique in a list: uniqueItems compares whole items, not one field"),
        Map.entry("MODEL-DANGLING-REFERENCE", "a reference must name an identifier elsewhere in the document"),
        Map.entry("MODEL-DATE-ORDER", "one date compared with another, in the same object or along a list"),
        Map.entry("MODEL-BSN-INVALID", "the eleven-test is arithmetic on the digits"),
        Map.entry("MODEL-VALUE-INVALID@decision", "an intake decision after a final one"),
        Map.entry("MODEL-VALUE-INVALID@number", "a plan's versions are numbered 1, 2, 3 in their order"),
        Map.entry("MODEL-VALUE-INVALID@jointFrom", "the policy's consent ages, jointFrom <= aloneFrom <= adultFrom"),
        Map.entry("MODEL-VALUE-INVALID@aloneFrom", "the policy's consent ages, jointFrom <= aloneFrom <= adultFrom"),
        Map.entry("MODEL-VALUE-INVALID@youngPersonMaxAge", "the policy's young-person ages, minimum <= maximum"),
        Map.entry("MODEL-VALUE-INVALID@holders", "a child is not among the holders of authority over itself"),
        Map.entry("MODEL-VALUE-INVALID@second", "a genogram couple is of two people, not one person twice"),
        Map.entry("MODEL-VALUE-INVALID@to", "a genogram tie joins two people, not one person to itself"),
        Map.entry("BIND-REFUSED@balance", "the policy's balance thresholds, strainedFrom <= inBalanceFrom"),
        Map.entry("CONSTRAINT-VIOLATED@birthDate", "@Past depends on today"));

    @Test
    void givesTheVerdictOfAnIndependentValidatorOnEveryEdit() {
        Map<DocumentKind, Schema> independent = new EnumMap<>(DocumentKind.class);
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (DocumentKind kind : DocumentKind.values()) {
            try (InputStream in = Validation.class.getResourceAsStream(kind.schemaResource())) {
                independent.put(kind, registry.getSchema(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Set<String> before = beforeTheRules();
        Map<String, Integer> ruleLevel = new TreeMap<>();
        Map<String, String> disagreements = new LinkedHashMap<>();
        int[] counts = new int[3];
        QuickPathSweepTests.forEachEdit(EDITS_PER_NODE, edit -> {
            boolean schemaValid = independent.get(edit.kind()).validate(edit.document()).isEmpty();
            List<Finding> errors = STRICT.validate(SampleDocuments.bytes(edit.document())).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && before.contains(f.code())).toList();
            counts[0]++;
            counts[schemaValid ? 1 : 2]++;
            if (schemaValid == errors.isEmpty()) {
                return;
            }
            Set<String> kinds = errors.stream().map(SchemaVerdictTests::kind).collect(Collectors.toCollection(TreeSet::new));
            if (schemaValid && RULE_LEVEL.keySet().containsAll(kinds)) {
                kinds.forEach(k -> ruleLevel.merge(k, 1, Integer::sum));
            } else {
                disagreements.putIfAbsent((schemaValid ? "pipeline refuses " : "schema refuses ") + kinds,
                    edit + " " + QuickPathSweepTests.codes(STRICT.validate(SampleDocuments.bytes(edit.document()))));
            }
        });
        System.out.println("schema verdict: " + counts[0] + " edits, " + counts[1] + " valid to the schema, "
            + counts[2] + " invalid; refused by rules no schema expresses " + ruleLevel + "; " + disagreements.size()
            + " other kinds of disagreement");

        assertThat(counts[1]).as("edits valid to the schema").isGreaterThan(1000);
        assertThat(counts[2]).as("edits invalid to the schema").isGreaterThan(1000);
        assertThat(disagreements).isEmpty();
    }

    /**
     * The kind of a finding for {@link #RULE_LEVEL}: its code, and for a constraint, a value the model
     * refuses or one binding refuses, what it is on: the field, or {@code decision} for an intake decision.
     */
    private static String kind(Finding finding) {
        if (!Set.of(JsonCodes.CONSTRAINT.code(), ModelCodes.VALUE_INVALID.code(), JsonCodes.BIND_REFUSED.code())
            .contains(finding.code())) {
            return finding.code();
        }
        String on = finding.pointer().matches(".*/decisions/[0-9]+") ? "decision"
            : finding.pointer().substring(finding.pointer().lastIndexOf('/') + 1);
        return finding.code() + "@" + on;
    }

    /** The codes of the stages before the rules: this module's and the model's constructors'. */
    private static Set<String> beforeTheRules() {
        Set<String> codes = new TreeSet<>();
        new JsonCodes.Catalog().codes().stream().map(FindingCode::code).forEach(codes::add);
        new ModelCodes.Catalog().codes().stream().map(FindingCode::code).forEach(codes::add);
        return codes;
    }
}
