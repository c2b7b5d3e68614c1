package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.json.CareConferenceAgendaDocument;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.FamilyCouncilAgendaDocument;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.plan.TrajectoryStatus;
import nl.regiekit.plan.meeting.CareConferences;
import nl.regiekit.plan.meeting.ConferenceKind;
import nl.regiekit.plan.meeting.ConferenceReason;
import nl.regiekit.plan.meeting.CouncilRule;
import nl.regiekit.plan.meeting.DecisionTopic;
import nl.regiekit.plan.meeting.FamilyCouncils;
import nl.regiekit.plan.meeting.MeetingId;
import nl.regiekit.plan.meeting.PointQuestion;
import nl.regiekit.plan.meeting.TurnPart;
import nl.regiekit.plan.monitor.MonitoredCase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code regiekit agenda} and {@code regiekit signals} on the demo case file and on agenda documents. */
class MeetingCommandsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 7, 15);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Regiekit.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path demo() {
        Path demoDir = dir.resolve("demo");
        assertThat(Regiekit.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "demo",
            "--out", demoDir.toString())).isZero();
        return demoDir.resolve("case-file.json");
    }

    @Test
    void printsTheFamilyCouncilAgendaOfTheDemoInMarkdownChildrenFirst() {
        assertThat(run("agenda", "family-council", "--date", DAY.toString(), demo().toString())).isZero();
        assertThat(out.toString()).startsWith("# Agenda familieberaad\n\nCasus case-2025-017, 2026-07-15\n")
            .contains("## Spelregels", "1. Iedereen is gelijk.", "## Volgorde van de beurten\n\n1. Milan (p-son)\n"
                + "2. Noor (p-daughter)\n3. Samira (p-mother)\n4. Dennis (p-father)\n5. Ruben (p-partner)\n",
                "4. Oplossing: wat helpt");
    }

    @Test
    void putsOnlyTheChildrenWhoWantToFirst() {
        assertThat(run("agenda", "family-council", "--lang", "en", "--first", "p-daughter", "--date",
            DAY.toString(), demo().toString())).isZero();
        assertThat(out.toString()).contains("## Order of turns\n\n1. Noor (p-daughter)\n2. Samira (p-mother)\n"
            + "3. Dennis (p-father)\n4. Ruben (p-partner)\n5. Milan (p-son)\n");
    }

    @Test
    void invitesTheExtendedFamilyWhenAsked() {
        assertThat(run("agenda", "family-council", "--extended-family", "--date", DAY.toString(),
            demo().toString())).isZero();
        assertThat(out.toString()).contains("5. Ruben (p-partner)\n6. Fatima (p-grandmother)\n");
    }

    @Test
    void printsTheCareConferenceAgendaAsASelfContainedHtmlPage() {
        assertThat(run("agenda", "care-conference", "--format", "html", "--lang", "en", "--date", DAY.toString(),
            demo().toString())).isZero();
        assertThat(out.toString()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
            .contains("<title>Care conference agenda</title>", "<h2>Participants (the case manager chairs)</h2>",
                "<li>Inge Jansen (cm-jansen)</li>", "SIGNAL-INTENSIVE-PERIOD-OVER",
                // A point about the whole case only the chair and the family hear; the father's trajectory only
                // addiction care, the one organisation with his consent.
                "<li>Refer to more permanent help (case-2025-017). \u2013 with the chair and the family only</li>",
                "running \u2013 discussed with: Verslavingszorg Noord (org-addiction-care)</li>",
                "<li>Verslavingszorg Noord (org-addiction-care), about Dennis (p-father), Noor (p-daughter), "
                    + "Milan (p-son)</li>",
                "<li>From the family: Samira (p-mother), Dennis (p-father), Ruben (p-partner), Fatima (p-grandmother); "
                    + "the minutes are discussed with them.</li>")
            .doesNotContain("<script", "http://", "https://").endsWith("</html>\n");
    }

    @Test
    void printsTheCareConferenceAgendaAsAPartnerHearsIt() {
        Path demo = demo();
        assertThat(run("agenda", "care-conference", "--lang", "en", "--for", "org-addiction-care", "--date",
            DAY.toString(), demo.toString())).as(err.toString()).isZero();
        String page = out.toString();

        // Addiction care has the father's consent: his trajectory, him and its own line of the minutes.
        assertThat(page).contains("# Care conference agenda", "Case case-2025-017, 2026-07-15 \u2013 the version for "
                + "Verslavingszorg Noord (org-addiction-care): only what the family's consents let this organisation hear.",
            "Dennis (p-father)",
            "running \u2013 discussed with: Verslavingszorg Noord (org-addiction-care)",
            "- Verslavingszorg Noord (org-addiction-care), about Dennis (p-father)",
            "- From the family: Dennis (p-father); the minutes are discussed with them.");
        for (String withheld : List.of("Samira", "p-mother", "Ruben", "p-partner", "Fatima", "p-grandmother",
                "SIGNAL-INTENSIVE-PERIOD-OVER", "t-debt", "t-parenting", "a-post")) {
            assertThat(page).as(withheld).doesNotContain(withheld);
        }
        assertThat(run("agenda", "care-conference", "--for", "org-unknown", demo.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("org-unknown");
    }

    @Test
    void printsAgendaDocumentsAsTheyAreWithIdentifiersForNames() throws IOException {
        CaseFile caseFile = CaseFile.of(DemoCase.build()).withPlan(DemoPlan.build());
        Path council = dir.resolve("council.json");
        Files.writeString(council, RegiekitJson.mapper().writeValueAsString(FamilyCouncilAgendaDocument.of(
            FamilyCouncils.defaults().agenda(caseFile.subject(), MeetingId.of("m-1"), DAY, Set.of()))));
        assertThat(run("agenda", "family-council", council.toString())).isZero();
        assertThat(out.toString()).contains("1. p-mother\n2. p-father\n").doesNotContain("Samira");

        Path conference = dir.resolve("conference.json");
        Files.writeString(conference, RegiekitJson.mapper().writeValueAsString(CareConferenceAgendaDocument.of(
            CareConferences.defaults().agenda(MonitoredCase.of(caseFile.subject(), caseFile.plans()),
                MeetingId.of("m-2"), ConferenceKind.CRISIS_MEETING, DAY, List.of(ConferenceReason.SITUATION_STUCK)))));
        assertThat(run("agenda", "care-conference", "--lang", "en", conference.toString())).isZero();
        assertThat(out.toString()).contains("# Crisis meeting agenda", "- The situation threatens to get stuck.",
            "- org-youth-care");
        assertThat(run("signals", conference.toString())).isZero();
        assertThat(out.toString()).contains("SIGNAL-INTENSIVE-PERIOD-OVER");
        assertThat(run("agenda", "family-council", conference.toString())).isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("regiekit/family-council-agenda");
    }

    @Test
    void listsTheSignalsOfTheDemoOnADateAsTextAndJson() {
        Path demo = demo();
        assertThat(run("signals", "--lang", "en", "--on", "2026-05-01", demo.toString())).isZero();
        // The family council's post agreement is open past its due date: the demo's escalation.
        assertThat(out.toString()).contains("on 2026-05-01: 1 signals")
            .contains("  WARNING SIGNAL-AGREEMENT-OVERDUE due 2026-01-31 [a-post]: Agreement a-post is due and not kept");
        assertThat(run("signals", "--lang", "en", "--on", DAY.toString(), demo.toString())).isZero();
        assertThat(out.toString()).contains("  WARNING SIGNAL-INTENSIVE-PERIOD-OVER due 2026-06-29 [case-2025-017]: "
            + "The intensive period of case case-2025-017 lasts longer than P9M", "(caseManagement.intensivePeriodMax=P9M)");
        StringWriter json = new StringWriter();
        assertThat(Regiekit.run(new PrintWriter(json, true), new PrintWriter(err, true), "signals", "--format",
            "json", "--on", DAY.toString(), demo.toString())).isZero();
        JsonNode signals = JsonMapper.builder().build().readTree(json.toString());
        assertThat(signals.size()).isEqualTo(2);
        assertThat(signals.valueStream().map(s -> s.get("code").asString() + " " + s.get("due").asString()))
            .containsExactlyInAnyOrder("SIGNAL-INTENSIVE-PERIOD-OVER 2026-06-29", "SIGNAL-AGREEMENT-OVERDUE 2026-01-31");
        assertThat(signals.valueStream().map(s -> s.get("message").asString()))
            .contains("De intensieve periode van casus case-2025-017 duurt langer dan P9M: het gezin heeft meer blijvende "
                + "hulp nodig; verwijs door.");
    }

    @Test
    void aCommandGivenNoDateTakesTheDayOfTheCommandLinesClock() {
        Path demo = demo();
        for (LocalDate day : List.of(LocalDate.of(2026, 5, 1), DAY)) {
            Clock clock = Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            for (List<String> command : List.of(List.of("signals"), List.of("agenda", "family-council"),
                List.of("plan", "view", "--organisation", "org-youth-care"))) {
                String dated = command.get(0).equals("signals") ? "--on" : "--date";
                assertThat(output(clock, command, demo)).as("%s on %s", command, day)
                    .isEqualTo(output(Clock.systemUTC(), with(command, dated, day.toString()), demo));
            }
        }
        // Else the comparison would hold for output that does not depend on the day.
        assertThat(output(Clock.systemUTC(), List.of("signals", "--on", "2026-05-01"), demo))
            .isNotEqualTo(output(Clock.systemUTC(), List.of("signals", "--on", DAY.toString()), demo));
    }

    private static List<String> with(List<String> command, String... more) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(more));
        return args;
    }

    private static String output(Clock clock, List<String> command, Path file) {
        StringWriter written = new StringWriter();
        StringWriter errors = new StringWriter();
        int exit = Regiekit.run(clock, new PrintWriter(written, true), new PrintWriter(errors, true),
            with(command, "--lang", "en", file.toString()).toArray(String[]::new));
        assertThat(exit).as("%s: %s", command, errors).isIn(Regiekit.OK, Regiekit.FINDINGS);
        return written.toString();
    }

    @Test
    void listsTheCaseloadsAcrossSeveralCaseFiles() throws IOException {
        String demo = Files.readString(demo());
        List<String> args = new ArrayList<>(List.of("signals", "--lang", "en", "--on", DAY.toString()));
        for (int i = 0; i < 7; i++) {
            Path copy = dir.resolve("case-" + i + ".json");
            Files.writeString(copy, demo.replace("case-2025-017", "case-2026-00" + i));
            args.add(copy.toString());
        }
        assertThat(run(args.toArray(String[]::new))).isZero();
        assertThat(out.toString()).contains("Caseloads of 7 case files on 2026-07-15: 1 signals",
            "  WARNING SIGNAL-CASELOAD-OVER due 2026-07-15 [cm-jansen]: CASE_MANAGER cm-jansen took on 7 families "
                + "in the past year; the policy allows 6.");
        assertThat(run("signals", "--on", DAY.toString(), dir.resolve("case-0.json").toString())).isZero();
        assertThat(out.toString()).contains("WAARSCHUWING SIGNAL-INTENSIVE-PERIOD-OVER uiterlijk 2026-06-29");
    }

    @Test
    void writesTheAgendaAsItsDocumentAndReadsItBack() throws IOException {
        Path demo = demo();
        assertThat(run("agenda", "care-conference", "--format", "json", "--kind", "PARTNER_MEETING", "--date",
            DAY.toString(), demo.toString())).isZero();
        Path agenda = dir.resolve("agenda.json");
        Files.writeString(agenda, out.toString());
        assertThat(out.toString()).contains("\"kind\" : \"regiekit/care-conference-agenda\"", "\"PERIODIC\"");
        assertThat(run("validate", agenda.toString())).isZero();
        assertThat(run("agenda", "care-conference", "--lang", "en", agenda.toString())).isZero();
        assertThat(out.toString()).contains("# Partner meeting agenda", "- The periodic partner meeting");
        StringWriter council = new StringWriter();
        assertThat(Regiekit.run(new PrintWriter(council, true), new PrintWriter(err, true), "agenda",
            "family-council", "--format", "json", "--date", DAY.toString(), demo.toString())).isZero();
        assertThat(council.toString()).contains("\"kind\" : \"regiekit/family-council-agenda\"",
            "\"turns\" : [ \"p-son\", \"p-daughter\", \"p-mother\", \"p-father\", \"p-partner\" ]");
    }

    @Test
    void hasATextInBothLanguagesForEveryConstantAnAgendaPrints() {
        for (String lang : List.of("nl", "en")) {
            Messages messages = new Messages(Locale.forLanguageTag(lang));
            List<String> keys = new ArrayList<>();
            Arrays.stream(CouncilRule.values()).forEach(c -> keys.add("agenda.rule." + c));
            Arrays.stream(TurnPart.values()).forEach(c -> keys.add("agenda.turn." + c));
            Arrays.stream(PointQuestion.values()).forEach(c -> keys.add("agenda.question." + c));
            Arrays.stream(ConferenceKind.values()).forEach(c -> keys.add("agenda.conference.title." + c));
            Arrays.stream(ConferenceReason.values()).forEach(c -> keys.add("agenda.reason." + c));
            Arrays.stream(DecisionTopic.values()).forEach(c -> keys.add("agenda.decision." + c));
            Arrays.stream(TrajectoryStatus.values()).forEach(c -> keys.add("agenda.status." + c));
            Arrays.stream(Severity.values()).forEach(c -> keys.add("severity." + c));
            assertThat(keys).allSatisfy(key -> assertThat(messages.get(key, "x")).as("%s in %s", key, lang)
                .isNotBlank());
        }
    }

    @Test
    void reportsAFileWithErrorsAsValidateDoes() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"kind\":\"regiekit/case-file\"");
        assertThat(run("signals", broken.toString())).isEqualTo(Regiekit.FINDINGS);
        assertThat(out.toString()).contains("JSON-SYNTAX");
        assertThat(run("agenda", "care-conference", dir.resolve("missing.json").toString()))
            .isEqualTo(Regiekit.USAGE);
    }
}
