package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

import nl.regiekit.casemodel.finding.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile documents of the full 2 MB, each costing the pipeline as much as its shape can: a million
 * small faults, half a million texts or numbers, hundreds of thousands of objects or unknown fields.
 * The pipeline answers each with a bounded number of findings. The build runs this class in a JVM of
 * its own with {@code -Xmx64m} (the {@code hostile-64m} execution of the json module's pom), so that
 * a document whose tree, errors or bound model outgrew the heap would fail it with an
 * {@code OutOfMemoryError}.
 */
class HostileDocumentsTests {

    private static final Validation STRICT = Validation.defaults();
    private static final String CASE = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",\"case\":{\"id\":\"c\","
        + "\"catalog\":\"regiekit:active-case-management\",";

    /** A document of {@code head}, as many units as fit in the size limit separated by commas, and {@code tail}. */
    private static byte[] filled(String head, IntFunction<String> unit, String tail) {
        StringBuilder json = new StringBuilder(head);
        int room = Limits.DEFAULTS.maxBytes() - tail.length() - 1;
        for (int n = 0; ; n++) {
            String next = (n == 0 ? "" : ",") + unit.apply(n);
            if (json.length() + next.length() > room) {
                break;
            }
            json.append(next);
        }
        return json.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hostile(String shape) {
        String members = CASE + "\"family\":{\"members\":[";
        String signals = CASE + "\"family\":{\"members\":[],\"households\":[]},\"referral\":{\"date\":\"2025-01-01\","
            + "\"signals\":[";
        String team = CASE + "\"family\":{\"members\":[],\"households\":[]},\"referral\":{\"date\":\"2025-01-01\"},"
            + "\"team\":{";
        return switch (shape) {
            case "empty-members" -> filled(members, n -> "{}", "]}}}");
            case "empty-arrays" -> filled(members, n -> "[]", "]}}}");
            case "zeros" -> filled(members, n -> "0", "]}}}");
            case "empty-texts" -> filled(signals, n -> "\"\"", "]},\"team\":{}}}");
            case "blank-texts" -> filled(signals, n -> "\" \"", "]},\"team\":{}}}");
            case "unknown-fields" -> filled(team, n -> "\"k" + Integer.toString(n, 36) + "\":0", "}}}");
            case "members" -> filled(members, n -> "{\"person\":{\"id\":\"p" + n + "\",\"name\":{\"given\":\"A\","
                + "\"family\":\"B\"},\"birthDate\":\"2000-01-01\",\"gender\":\"MALE\"},\"role\":\"PARENT\"}", "]}}}");
            default -> throw new IllegalArgumentException(shape);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty-members", "empty-arrays", "zeros", "empty-texts", "blank-texts", "unknown-fields",
        "members"})
    void answersEveryHostileShapeWithBoundedFindings(String shape) {
        byte[] bytes = hostile(shape);
        assertThat(bytes.length).isGreaterThan(Limits.DEFAULTS.maxBytes() - 200).isLessThanOrEqualTo(
            Limits.DEFAULTS.maxBytes());

        ValidationResult result = STRICT.validate(bytes);

        assertThat(result.isValid()).isFalse();
        assertThat(result.findings()).hasSizeBetween(1, Validation.DEFAULT_MAX_FINDINGS + 1);
        List<String> codes = result.findings().stream().map(Finding::code).toList();
        switch (shape) {
            case "empty-members", "empty-arrays" -> assertThat(codes).containsExactly("JSON-LIMIT-CONTAINERS");
            case "zeros", "empty-texts", "blank-texts", "unknown-fields" -> {
                assertThat(codes).hasSize(Validation.DEFAULT_MAX_FINDINGS + 1).endsWith("JSON-LIMIT-FINDINGS");
                assertThat(codes.subList(0, Validation.DEFAULT_MAX_FINDINGS)).allMatch(c -> c.startsWith("SCHEMA-"));
            }
            default -> assertThat(codes).allMatch(c -> c.startsWith("SCHEMA-"));
        }
    }
}
