package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regiekit.casemodel.finding.Finding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * A number beyond the range of a long where the schema sets a minimum made the schema library throw
 * (found by {@code RobustnessTests} once the whole demo became one of its bases); the pipeline reports
 * it as out of range instead, on both paths and in both modes.
 */
class HugeNumberTests {

    @Test
    void reportsANumberBeyondALongWhereTheSchemaSetsAMinimumAsOutOfRange() {
        ObjectNode root = (ObjectNode) SampleDocuments.TREES.readTree(SampleDocuments.demoCaseFileBytes());
        ((ObjectNode) root.at("/case/decisions/0")).put("priority", 1.0E308);
        byte[] bytes = SampleDocuments.bytes(root);
        for (Validation validation : new Validation[] {Validation.defaults(), Validation.builder().lenient(true).build()}) {
            ValidationResult result = validation.validate(bytes);
            assertThat(result.isValid()).isFalse();
            assertThat(result.findings()).extracting(Finding::code, Finding::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SCHEMA-RANGE", "/case/decisions/0/priority"));
        }
        assertThat(Validation.defaults().validateFully(bytes).findings()).extracting(Finding::code)
            .containsExactly("SCHEMA-RANGE");
    }
}
