package nl.regiekit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.casefile.RetentionPolicy;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.Disclosure;
import nl.regiekit.casefile.GeneratedCaseFiles;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.storage.Versioned;

/** Retention reports what is due; erasure leaves no trace of what it erased in any table, only its audit. */
@ParameterizedClass
@MethodSource("nl.regiekit.store.postgres.PostgresTarget#all")
class ErasureTests extends StoreTest {

    private static final List<String> SENTINELS = List.of(GeneratedCaseFiles.SENTINEL_NAME,
        GeneratedCaseFiles.SENTINEL_BSN);

    @Test
    void erasingAPersonLeavesTheirNameAndBsnInNoTableAndTheCaseReadable() throws SQLException {
        CaseId id = storeSentinelVersions();
        assertThat(tablesHolding(SENTINELS)).contains("aggregate", "aggregate_version");

        ErasureRecord erasure = store.retention().erasePerson(id, GeneratedCaseFiles.mother(), Author.of("privacy-officer"));

        assertThat(tablesHolding(SENTINELS)).isEmpty();
        assertThat(erasure.scope()).isEqualTo(ErasureRecord.Scope.PERSON);
        assertThat(erasure.versions()).isEqualTo(4);
        FamilyMember mother = store.caseFiles().find(id).orElseThrow().value().subject().family().members().stream()
            .filter(m -> m.person().id().equals(GeneratedCaseFiles.mother())).findFirst().orElseThrow();
        assertThat(mother.person().name().given()).isEqualTo(Retention.ERASED);
        assertThat(mother.person().bsn()).isEmpty();
        assertThat(mother.person().birthDate()).isEmpty();
        assertThat(store.caseFiles().history(id)).hasSize(3).allSatisfy(v -> assertThat(v.value().subject().family()
            .members()).anySatisfy(m -> assertThat(m.person().name().given()).isEqualTo(Retention.ERASED)));
        assertThat(store.disclosures().ofCase(id)).hasSize(1);
        assertThat(store.retention().audit()).containsExactly(erasure);
        assertThat(tablesHolding(List.of(GeneratedCaseFiles.mother().value()))).doesNotContain("erasure_audit");
    }

    @Test
    void erasingACaseRemovesEveryVersionAndLeavesOnlyItsAudit() throws SQLException {
        CaseId id = storeSentinelVersions();
        store.caseFiles().save(GeneratedCaseFiles.variant(1, new java.util.Random(1)), Versioned.NEW);
        store.retention().close(id, LocalDate.of(2025, 7, 1), Author.SYSTEM);

        ErasureRecord erasure = store.retention().eraseCase(id, Author.of("privacy-officer"));

        assertThat(tablesHolding(SENTINELS)).isEmpty();
        assertThat(erasure.versions()).isEqualTo(4);
        assertThat(store.caseFiles().find(id)).isEmpty();
        assertThat(store.cases().find(id)).isEmpty();
        assertThat(store.caseFiles().history(id)).isEmpty();
        assertThat(store.caseFiles().ids()).containsExactly(CaseId.of("case-g-1"));
        assertThat(store.retention().dueForErasure(LocalDate.of(2100, 1, 1))).isEmpty();
        assertThat(store.retention().audit()).containsExactly(erasure);
    }

    @Test
    void reportsTheClosedCasesWhoseRetentionPeriodHasPassed() {
        store.retention().close(CaseId.of("case-a"), LocalDate.of(2005, 3, 1), Author.SYSTEM);
        store.retention().close(CaseId.of("case-b"), LocalDate.of(2006, 3, 1), Author.SYSTEM);
        store.retention().close(CaseId.of("case-c"), LocalDate.of(2001, 1, 1), Author.SYSTEM);
        store.retention().close(CaseId.of("case-c"), LocalDate.of(2006, 3, 2), Author.SYSTEM);

        assertThat(store.retention().policy()).isEqualTo(RetentionPolicy.DEFAULTS);
        assertThat(RetentionPolicy.DEFAULTS.afterClosing()).isEqualTo(Period.ofYears(20));
        assertThat(store.retention().dueForErasure(LocalDate.of(2026, 3, 1))).containsExactly(
            new ErasureDue(CaseId.of("case-a"), LocalDate.of(2005, 3, 1), LocalDate.of(2025, 3, 1)),
            new ErasureDue(CaseId.of("case-b"), LocalDate.of(2006, 3, 1), LocalDate.of(2026, 3, 1)));
        assertThat(store.retention().dueForErasure(LocalDate.of(2025, 2, 28))).isEmpty();
    }

    /** Three versions of the sentinel case file, the case on its own once, and a disclosure about the mother. */
    private CaseId storeSentinelVersions() {
        CaseFile file = GeneratedCaseFiles.withSentinel();
        Versioned<CaseFile> v1 = store.caseFiles().save(file, Versioned.NEW);
        Versioned<CaseFile> v2 = store.caseFiles().save(GeneratedCaseFiles.withOneMoreExchange(v1.value()), 1);
        store.caseFiles().save(GeneratedCaseFiles.withOneMoreExchange(v2.value()), 2);
        store.cases().save(file.subject(), Versioned.NEW);
        store.disclosures().record(new Disclosure("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", START,
            OrganisationId.of("org-youth-care"), "case-coordination", "case-coordination", LawfulBasis.CONSENT,
            file.subject().id(), List.of(GeneratedCaseFiles.mother())));
        return file.subject().id();
    }

    /** The tables of this store's schema in which any row, read as text, holds one of {@code values}. */
    private List<String> tablesHolding(List<String> values) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = target.connection(); Statement s = c.createStatement()) {
            List<String> all = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = '" + opened.schema() + "'")) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            assertThat(all).contains("aggregate", "aggregate_version", "disclosure", "case_closure", "erasure_audit",
                "flyway_schema_history");
            for (String table : all) {
                for (String value : values) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + opened.schema() + "." + table
                        + " t WHERE t::text LIKE '%" + value + "%'")) {
                        rs.next();
                        if (rs.getLong(1) > 0 && !tables.contains(table)) {
                            tables.add(table);
                        }
                    }
                }
            }
        }
        return tables;
    }
}
