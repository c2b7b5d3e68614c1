package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.json.PolicyDocument;
import nl.regiekit.json.RegiekitJson;

/**
 * {@code regiekit policy} and {@code --policy FILE}: the default policy as a document, and the commands
 * honouring a changed number, a rule switched off and a rule given another severity. The demo's young
 * person is 16 on every day these tests can run on, so an age range of 0 to 5 always judges her.
 */
class PolicyCommandTests {

    private static final String CHILDREN_ONLY = "\"caseManagement\": {\"youngPersonMinAge\": 0, \"youngPersonMaxAge\": 5,"
        + " \"intensivePeriodMax\": \"P9M\", \"intensiveHours\": 200, \"careCoordinationMax\": \"P18M\","
        + " \"caseManagerCaseload\": 6, \"youthWorkerCaseload\": 12}";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path demo;

    private int run(String... args) {
        return Regiekit.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeEach
    void writeTheDemo() {
        assertThat(run("demo", "--out", dir.resolve("demo").toString())).isZero();
        demo = dir.resolve("demo/case-file.json");
        out.getBuffer().setLength(0);
    }

    @Test
    void policyWritesTheDefaultsAsAValidDocument() throws IOException {
        Path file = dir.resolve("policy.json");

        assertThat(run("policy", "--out", file.toString())).isZero();

        assertThat(out.toString()).contains("Beleid geschreven naar " + file);
        PolicyDocument document = RegiekitJson.mapper().readValue(Files.readAllBytes(file), PolicyDocument.class);
        assertThat(document.policy()).isEqualTo(OrganisationPolicy.DEFAULTS);
        assertThat(run("validate", file.toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("policy")).isZero();
        assertThat(out.toString()).isEqualTo(Files.readString(file));
    }

    @Test
    void policyNeverReplacesAFileWithoutForce() throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "my own policy");

        assertThat(run("policy", "--out", file.toString())).isEqualTo(2);
        assertThat(Files.readString(file)).isEqualTo("my own policy");
    }

    @Test
    void validateJudgesByAChangedNumber() throws IOException {
        assertThat(run("validate", demo.toString())).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("validate", demo.toString(), "--policy", policy(CHILDREN_ONLY))).isEqualTo(1);

        assertThat(out.toString()).contains("FOUT CASE-YOUNG-PERSON-AGE /case/family/members/3/role [p-daughter]")
            .contains("FOUT PLAN-YOUTH-PLAN-AGE");
    }

    @Test
    void validateLeavesOutARuleSwitchedOffAndUsesAnotherSeverity() throws IOException {
        // The age range judges the case's young person and her youth plan: two rules.
        String off = policy(CHILDREN_ONLY
            + ", \"rules\": {\"off\": [\"CASE-YOUNG-PERSON-AGE\", \"PLAN-YOUTH-PLAN-AGE\"]}");
        String warning = policy(CHILDREN_ONLY + ", \"rules\": {\"severities\": {\"CASE-YOUNG-PERSON-AGE\": \"WARNING\","
            + " \"PLAN-YOUTH-PLAN-AGE\": \"WARNING\"}}");

        assertThat(run("validate", demo.toString(), "--policy", off)).isZero();
        assertThat(out.toString()).doesNotContain("CASE-YOUNG-PERSON-AGE").doesNotContain("PLAN-YOUTH-PLAN-AGE");
        out.getBuffer().setLength(0);
        assertThat(run("validate", demo.toString(), "--policy", warning)).isZero();
        assertThat(out.toString()).contains("WAARSCHUWING CASE-YOUNG-PERSON-AGE /case/family/members/3/role")
            .contains("WAARSCHUWING PLAN-YOUTH-PLAN-AGE");
    }

    @Test
    void reportHonoursANumberASwitchedOffSignalAndAnotherSeverity() throws IOException {
        String defaults = report(null);
        String changed = report(policy(CHILDREN_ONLY + ", \"rules\": {\"off\": [\"SIGNAL-AGREEMENT-OVERDUE\"],"
            + " \"severities\": {\"PLAN-AGREEMENT-OVERDUE\": \"ERROR\"}}"));

        assertThat(defaults).contains("<td class=\"nb\">SIGNAL-AGREEMENT-OVERDUE</td>")
            .contains("<th scope=\"row\" class=\"nb\">waarschuwing</th><td class=\"nb\">PLAN-AGREEMENT-OVERDUE</td>")
            .doesNotContain("CASE-YOUNG-PERSON-AGE");
        assertThat(changed).doesNotContain("SIGNAL-AGREEMENT-OVERDUE")
            .contains("<th scope=\"row\" class=\"nb\">fout</th><td class=\"nb\">PLAN-AGREEMENT-OVERDUE</td>")
            .contains("CASE-YOUNG-PERSON-AGE");
    }

    @Test
    void reportLeavesOutTheFindingsOfARuleSwitchedOffAndKeepsTheSignal() throws IOException {
        String off = report(policy("\"rules\": {\"off\": [\"PLAN-AGREEMENT-OVERDUE\"]}"));

        assertThat(off).doesNotContain("PLAN-AGREEMENT-OVERDUE")
            .contains("<td class=\"nb\">SIGNAL-AGREEMENT-OVERDUE</td>");
    }

    @Test
    void aPolicyThatCannotBeUsedStopsTheCommandWithItsFindings() throws IOException {
        String unknownRule = policy("\"rules\": {\"off\": [\"PLAN-NO-SUCH-RULE\"]}");
        Path target = dir.resolve("report");

        assertThat(run("report", demo.toString(), "--out", target.toString(), "--policy", unknownRule)).isEqualTo(2);

        assertThat(out.toString()).contains("FOUT POLICY-RULE-UNKNOWN /rules/off/0");
        assertThat(err.toString()).contains("is geen bruikbaar beleid");
        assertThat(target).doesNotExist();
        out.getBuffer().setLength(0);
        assertThat(run("signals", demo.toString(), "--policy", demo.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(demo + " is geen bruikbaar beleid");
    }

    /** A policy document with these sections (JSON members), written to a file of its own. */
    private String policy(String sections) throws IOException {
        Path file = Files.createTempFile(dir, "policy", ".json");
        Files.writeString(file, "{\"kind\": \"regiekit/policy\", \"schemaVersion\": \"1.0\", " + sections + "}");
        return file.toString();
    }

    /** The demo's report on 2026-04-20, under the policy in {@code file} if there is one. */
    private String report(String file) throws IOException {
        Path target = dir.resolve("report-" + (file == null ? "defaults" : Path.of(file).getFileName()));
        int exit = file == null ? run("report", demo.toString(), "--out", target.toString(), "--date", "2026-04-20")
            : run("report", demo.toString(), "--out", target.toString(), "--date", "2026-04-20", "--policy", file);
        assertThat(exit).isLessThanOrEqualTo(1);
        return Files.readString(target.resolve("report.html"));
    }
}
