package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.meeting.CareConferenceAgenda;
import nl.regiekit.plan.meeting.CareConferences;
import nl.regiekit.plan.meeting.ConferenceKind;
import nl.regiekit.plan.meeting.ConferenceReason;
import nl.regiekit.plan.meeting.MeetingId;
import nl.regiekit.plan.meeting.Meetings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Meetings in a case file and as a {@code regiekit/meeting-minutes} document, through the pipeline. */
class MeetingDocumentsTests {

    private static final Validation STRICT = Validation.defaults();

    private static ObjectNode demo() {
        return (ObjectNode) SampleDocuments.TREES.readTree(SampleDocuments.demoCaseFileBytes());
    }

    /** The care-conference agenda of the demo case on 1 June 2026, when agreements are overdue. */
    private static CareConferenceAgenda demoAgenda() {
        CaseFile caseFile = (CaseFile) STRICT.validate(SampleDocuments.demoCaseFileBytes()).document().orElseThrow();
        return CareConferences.defaults().agenda(caseFile.monitored(), MeetingId.of("conference-1"),
            ConferenceKind.values()[0], LocalDate.of(2026, 6, 1), List.of(ConferenceReason.values()[0]));
    }

    private static List<String> codesAt(ValidationResult result, String prefix) {
        return result.findings().stream().filter(f -> f.pointer().startsWith(prefix))
            .map(f -> f.code() + "@" + f.pointer()).toList();
    }

    @Test
    void findsNothingInTheDemosMeetingsAndReadsThemBack() {
        ValidationResult result = STRICT.validate(SampleDocuments.demoCaseFileBytes());
        assertThat(codesAt(result, "/meetings")).isEmpty();
        CaseFile caseFile = (CaseFile) result.document().orElseThrow();
        assertThat(caseFile.meetings()).get().satisfies(m -> {
            assertThat(m.familyCouncils()).hasSize(1);
            assertThat(m.careConferences()).hasSize(1);
        });
        byte[] written = RegiekitJson.mapper().writeValueAsBytes(caseFile);
        assertThat(new String(written, StandardCharsets.UTF_8))
            .isEqualTo(new String(SampleDocuments.demoCaseFileBytes(), StandardCharsets.UTF_8).strip());
    }

    @Test
    void aCareConferenceAgendasSignalsReadBackWithTheTypeOfTheirSubject() {
        CareConferenceAgenda agenda = demoAgenda();
        byte[] written = RegiekitJson.mapper().writeValueAsBytes(CareConferenceAgendaDocument.of(agenda));

        ValidationResult read = STRICT.validate(written);

        assertThat(agenda.signals()).extracting(s -> (Object) s.point().subject().getClass()).contains(AgreementId.class);
        assertThat(read.findings()).isEmpty();
        assertThat(read.document()).get().isInstanceOfSatisfying(CareConferenceAgendaDocument.class,
            d -> assertThat(d.agenda()).isEqualTo(agenda));
    }

    @Test
    void refusesASignalWhoseCodeSaysNothingOfWhatItIsAbout() {
        CareConferenceAgenda agenda = demoAgenda();
        ObjectNode tree = (ObjectNode) SampleDocuments.TREES.readTree(
            RegiekitJson.mapper().writeValueAsBytes(CareConferenceAgendaDocument.of(agenda)));
        ((ObjectNode) tree.at("/agenda/signals/0/point")).put("code", "ACME-CALL-BACK");

        ValidationResult read = STRICT.validate(SampleDocuments.bytes(tree));

        assertThat(read.isValid()).isFalse();
        assertThat(read.findings()).extracting(Finding::code, Finding::pointer)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("SCHEMA-ENUM", "/agenda/signals/0/point/code"));
    }

    @Test
    void reportsTheMeetingChecksUnderTheBundlePathOnBothPaths() {
        ObjectNode root = demo();
        ObjectNode council = (ObjectNode) root.at("/meetings/familyCouncils/0");
        ((ArrayNode) council.get("turns")).remove(4);
        ((ObjectNode) council.at("/turns/0/points/0")).remove("solution");
        ((ObjectNode) root.at("/meetings/careConferences/0/distribution/3")).withArray("about").add("p-mother");
        byte[] bytes = SampleDocuments.bytes(root);
        List<String> expected = List.of(
            "MEETING-MEMBER-NO-TURN@/meetings/familyCouncils/0/present/4",
            "MEETING-POINT-NO-SOLUTION@/meetings/familyCouncils/0/turns/0/points/0/solution",
            "MEETING-DISTRIBUTION-WITHOUT-CONSENT@/meetings/careConferences/0/distribution/3/about/3");
        assertThat(codesAt(STRICT.validate(bytes), "/meetings")).containsExactlyElementsOf(expected);
        assertThat(codesAt(STRICT.validateFully(bytes), "/meetings")).containsExactlyElementsOf(expected);
    }

    @Test
    void refusesAnAgreementFromElsewhereInACouncilAsABindingFinding() {
        ObjectNode root = demo();
        ((ObjectNode) root.at("/meetings/familyCouncils/0/agreements/0")).put("source", "PLAN");
        ValidationResult result = STRICT.validate(SampleDocuments.bytes(root));
        assertThat(result.isValid()).isFalse();
        assertThat(result.findings()).extracting(Finding::code, Finding::pointer)
            .contains(org.assertj.core.groups.Tuple.tuple("MODEL-VALUE-INVALID",
                "/meetings/familyCouncils/0/agreements/0/source"));
    }

    @Test
    void validatesMeetingMinutesWithoutTheirCase() {
        ObjectNode root = demo();
        JsonNode meetings = root.get("meetings");
        ObjectNode minutes = SampleDocuments.TREES.createObjectNode();
        minutes.put("kind", "regiekit/meeting-minutes");
        minutes.put("schemaVersion", "1.0");
        minutes.set("meetings", meetings);
        ((ObjectNode) minutes.at("/meetings/familyCouncils/0")).put("closed", true);
        ((ArrayNode) minutes.at("/meetings/familyCouncils/0/outcomes")).remove(0);
        ValidationResult result = STRICT.validate(SampleDocuments.bytes(minutes));
        assertThat(result.isValid()).isTrue();
        assertThat(result.findings()).extracting(f -> f.code() + "@" + f.pointer())
            .containsExactly("MEETING-CLOSED-UNSATISFIED@/meetings/familyCouncils/0/present/0");
        assertThat(result.document()).get().isInstanceOfSatisfying(MeetingMinutesDocument.class,
            d -> assertThat(d.meetings()).isNotEqualTo(Meetings.NONE));
    }

    @Test
    void quotesNoFreeTextOfAMeetingInItsFindings() {
        ObjectNode root = demo();
        String marker = "Geheim-Zeta-Tekst";
        ObjectNode point = (ObjectNode) root.at("/meetings/familyCouncils/0/turns/0/points/0");
        point.put("topic", marker);
        point.put("feeling", marker);
        point.put("solution", " ");
        ((ObjectNode) root.at("/meetings/familyCouncils/0/agreements/0")).put("what", marker)
            .remove("due");
        ((ArrayNode) root.at("/meetings/careConferences/0/decisions")).add(marker);
        ValidationResult result = STRICT.validate(SampleDocuments.bytes(root));
        assertThat(result.findings()).extracting(Finding::code).contains("MEETING-POINT-NO-SOLUTION",
            "MEETING-AGREEMENT-INCOMPLETE");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.message(Locale.forLanguageTag("nl")) + f.message(Locale.ENGLISH) + f.subject())
            .doesNotContain(marker, "Samira", "Milan"));
    }

    @Test
    void refusesAnUnknownFieldInAMeeting() {
        ObjectNode root = demo();
        ((ObjectNode) root.at("/meetings/careConferences/0")).put("chair", "cm-jansen");
        ValidationResult result = STRICT.validate(SampleDocuments.bytes(root));
        assertThat(result.findings()).extracting(Finding::code).contains("SCHEMA-UNKNOWN-FIELD");
    }
}
