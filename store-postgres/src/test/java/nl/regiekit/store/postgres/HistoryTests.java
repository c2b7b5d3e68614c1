package nl.regiekit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.GeneratedCaseFiles;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.storage.Versioned;

/** Every version is kept and read back by number and by date. */
@ParameterizedClass
@MethodSource("nl.regiekit.store.postgres.PostgresTarget#all")
class HistoryTests extends StoreTest {

    @Test
    void readsTheCaseFileAsItStoodOnADate() {
        PostgresCaseFiles files = store.caseFiles();
        CaseFile first = GeneratedCaseFiles.sample();
        CaseFile second = GeneratedCaseFiles.withOneMoreExchange(first);
        CaseFile third = GeneratedCaseFiles.withOneMoreExchange(second);
        CaseId id = first.subject().id();

        clock.set(Instant.parse("2026-02-27T15:00:00Z"));
        Versioned<CaseFile> v1 = files.save(first, Versioned.NEW);
        clock.set(Instant.parse("2026-03-01T08:30:00.123456Z"));
        Versioned<CaseFile> v2 = files.save(second, 1);
        clock.set(Instant.parse("2026-03-01T23:59:59.999999Z"));
        Versioned<CaseFile> v2b = files.save(second, 2);
        clock.set(Instant.parse("2026-03-02T00:00:00Z"));
        Versioned<CaseFile> v4 = files.save(third, 3);

        assertThat(files.asOn(id, LocalDate.of(2026, 2, 26))).isEmpty();
        assertThat(files.asOn(id, LocalDate.of(2026, 2, 28))).contains(v1);
        assertThat(files.asOn(id, LocalDate.of(2026, 3, 1))).contains(v2b);
        assertThat(files.asOn(id, LocalDate.of(2026, 3, 2))).contains(v4);
        assertThat(files.asOf(id, Instant.parse("2026-03-01T08:30:00.123455Z"))).contains(v1);
        assertThat(files.asOf(id, Instant.parse("2026-03-01T08:30:00.123456Z"))).contains(v2);
        assertThat(files.version(id, 2)).contains(v2);
        assertThat(files.version(id, 5)).isEmpty();
        assertThat(files.history(id)).containsExactly(v1, v2, v2b, v4);
        assertThat(files.history(CaseId.of("case-unknown"))).isEmpty();
        assertThat(files.find(id)).contains(v4);
    }
}
