package nl.regiekit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.Disclosure;
import nl.regiekit.casefile.GeneratedCaseFiles;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.storage.Versioned;
import nl.regiekit.json.RegiekitJson;

/** Validation before writes, cases apart from case files, the columns beside the document, the disclosure log. */
@ParameterizedClass
@MethodSource("nl.regiekit.store.postgres.PostgresTarget#all")
class StoreBehaviourTests extends StoreTest {

    @Test
    void refusesAnInvalidDocumentWithItsFindingsAndStoresNothingOfIt() throws SQLException {
        String tooLong = "x".repeat(201);
        String json = RegiekitJson.mapper().writeValueAsString(GeneratedCaseFiles.sample())
            .replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : \"" + tooLong + "\"");
        CaseFile invalid = RegiekitJson.mapper().readValue(json, CaseFile.class);

        assertThatExceptionOfType(InvalidDocumentException.class)
            .isThrownBy(() -> store.caseFiles().save(invalid, Versioned.NEW))
            .satisfies(e -> {
                assertThat(e.id()).isEqualTo(GeneratedCaseFiles.sampleId().value());
                assertThat(e.findings()).anySatisfy(f -> {
                    assertThat(f.code()).isEqualTo("SCHEMA-SIZE");
                    assertThat(f.pointer()).isEqualTo("/case/team/caseManager/name");
                });
                assertThat(e.getMessage()).contains("SCHEMA-SIZE at '/case/team/caseManager/name'")
                    .doesNotContain(tooLong);
            });
        assertThat(store.caseFiles().ids()).isEmpty();
        assertThat(count("SELECT count(*) FROM aggregate_version")).isZero();
    }

    @Test
    void keepsCasesOnTheirOwnApartFromCaseFiles() {
        Case subject = GeneratedCaseFiles.sample().subject();

        Versioned<Case> saved = store.cases().save(subject, Versioned.NEW, Author.of("cm-042"));

        assertThat(store.cases().find(subject.id())).contains(saved);
        assertThat(store.cases().find(subject.id()).orElseThrow().value()).isEqualTo(subject);
        assertThat(store.caseFiles().ids()).isEmpty();
        assertThat(store.caseFiles().find(subject.id())).isEmpty();
    }

    @Test
    void writesTheQueryColumnsBesideTheDocument() throws SQLException {
        store.caseFiles().save(GeneratedCaseFiles.sample(), Versioned.NEW, Author.of("cm-042"));

        assertThat(count("SELECT count(*) FROM aggregate WHERE phase = 'EXECUTION' AND saved_by = 'cm-042' "
            + "AND case_manager = 'cm-042' AND organisations @> ARRAY['org-debt-help', 'org-youth-care', "
            + "'org-family-coach'] AND next_due IS NOT NULL AND document->>'kind' = 'regiekit/case-file'"))
            .isEqualTo(1);
    }

    @Test
    void keepsEveryDisclosureInOrderAndRefusesToChangeOrRemoveOne() throws SQLException {
        CaseId caseId = GeneratedCaseFiles.sampleId();
        Disclosure first = disclosure(Instant.parse("2025-07-01T10:00:00Z"), "org-youth-care", LawfulBasis.CONSENT);
        Disclosure second = disclosure(Instant.parse("2025-07-02T10:00:00Z"), "org-debt-help",
            LawfulBasis.LEGAL_OBLIGATION);
        store.disclosures().record(second);
        store.disclosures().record(first);

        assertThat(store.disclosures().ofCase(caseId)).containsExactly(first, second);
        assertThat(store.disclosures().ofCase(CaseId.of("case-other"))).isEmpty();
        assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute("UPDATE disclosure SET purpose = 'x'"))
            .withMessageContaining("append-only");
        assertThatExceptionOfType(SQLException.class).isThrownBy(() -> execute("DELETE FROM disclosure"))
            .withMessageContaining("append-only");
        assertThat(count("SELECT count(*) FROM disclosure")).isEqualTo(2);
    }

    @Test
    void aDisclosureNamesItsTraceAndItsSubjectsByIdentifierOnly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Disclosure("0".repeat(32), "00f067aa0ba902b7",
            START, OrganisationId.of("org-a"), "case-coordination", "coordination", LawfulBasis.CONSENT,
            CaseId.of("case-1"), List.of(PersonId.of("p-1"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new Disclosure("4bf92f3577b34da6a3ce929d0e0e4736",
            "00f067aa0ba902b7", START, OrganisationId.of("org-a"), "case coordination", "coordination",
            LawfulBasis.CONSENT, CaseId.of("case-1"), List.of(PersonId.of("p-1"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new Disclosure("4bf92f3577b34da6a3ce929d0e0e4736",
            "00f067aa0ba902b7", START, OrganisationId.of("org-a"), "case-coordination", "coordination",
            LawfulBasis.CONSENT, CaseId.of("case-1"), List.of()));
    }

    @Test
    void reportsTheServersOwnVersion() {
        assertThat(store.serverVersion()).startsWith("PostgreSQL ");
    }

    private static Disclosure disclosure(Instant at, String organisation, LawfulBasis basis) {
        return new Disclosure("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", at,
            OrganisationId.of(organisation), "https://example.org/register/case-coordination", "case-coordination",
            basis, GeneratedCaseFiles.sampleId(), List.of(GeneratedCaseFiles.mother(), PersonId.of("p-jesse")));
    }
}
