package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The cap on findings per document and the limit on objects and arrays, on small documents. */
class FindingsCapTests {

    /** The sample with {@code count} unknown fields in its team. */
    private static byte[] withUnknownFields(int count) {
        ObjectNode root = SampleDocuments.tree();
        ObjectNode team = (ObjectNode) SampleDocuments.caseOf(root).get("team");
        for (int i = 0; i < count; i++) {
            team.put("unknown" + i, i);
        }
        return SampleDocuments.bytes(root);
    }

    @Test
    void reportsTheFirstFindingsUpToTheCapAndThenThatErrorsWereLeftOut() {
        Validation capped = Validation.builder().maxFindings(5).build();

        ValidationResult result = capped.validate(withUnknownFields(12));

        assertThat(result.findings()).extracting(f -> f.code() + "@" + f.pointer()).containsExactly(
            "SCHEMA-UNKNOWN-FIELD@/case/team/unknown0", "SCHEMA-UNKNOWN-FIELD@/case/team/unknown1",
            "SCHEMA-UNKNOWN-FIELD@/case/team/unknown2", "SCHEMA-UNKNOWN-FIELD@/case/team/unknown3",
            "SCHEMA-UNKNOWN-FIELD@/case/team/unknown4", "JSON-LIMIT-FINDINGS@");
        assertThat(result.findings().get(5).message(Locale.ENGLISH))
            .isEqualTo("After 5 findings the rest were not reported; there are errors among them.");
        assertThat(result.isValid()).isFalse();
        assertThat(Validation.defaults().validate(withUnknownFields(12)).findings()).hasSize(12);
    }

    @Test
    void leavesAValidDocumentValidWhenOnlyInformationIsLeftOut() {
        Validation capped = Validation.builder().lenient(true).maxFindings(3).build();

        ValidationResult result = capped.validate(withUnknownFields(8));

        assertThat(result.findings()).extracting(Finding::code).containsExactly("SCHEMA-UNKNOWN-FIELD-KEPT",
            "SCHEMA-UNKNOWN-FIELD-KEPT", "SCHEMA-UNKNOWN-FIELD-KEPT", "JSON-LIMIT-FINDINGS-MINOR");
        assertThat(result.findings().get(3).severity()).isEqualTo(Severity.WARNING);
        assertThat(result.isValid()).isTrue();
        assertThat(result.document()).isPresent();
    }

    @Test
    void capsTheRulesFindingsOnTheQuickPathAsOnTheFullPath() {
        // The demo case file holds many balance suggestions (INFO) and one warning.
        Validation capped = Validation.builder().maxFindings(2).build();
        byte[] demo = SampleDocuments.demoCaseFileBytes();

        List<Finding> quick = capped.validate(demo).findings();

        assertThat(quick).hasSize(3).last().extracting(Finding::code).isEqualTo("JSON-LIMIT-FINDINGS-MINOR");
        assertThat(quick).isEqualTo(capped.validateFully(demo).findings());
    }

    @Test
    void refusesADocumentWithMoreObjectsAndArraysThanTheLimit() {
        byte[] sample = SampleDocuments.caseFileBytes();
        Validation tight = Validation.builder().limits(new Limits(Limits.DEFAULTS.maxBytes(), 64, 65_536, 100)).build();

        assertThat(tight.validate(sample).findings()).extracting(Finding::code, f -> f.message(Locale.ENGLISH)).containsExactly(
            org.assertj.core.groups.Tuple.tuple("JSON-LIMIT-CONTAINERS",
                "The document holds more than 100 objects and arrays and was not read."));
        assertThat(Validation.defaults().validate(sample).findings()).isEmpty();
        assertThat(Limits.DEFAULTS.maxContainers()).isEqualTo(Limits.DEFAULT_MAX_CONTAINERS);
        assertThatThrownBy(() -> Validation.builder().maxFindings(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
