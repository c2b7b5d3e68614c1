package nl.regiekit.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.storage.StaleVersionException;
import nl.regiekit.casemodel.storage.Versioned;

/** The in-memory case-file repository keeps files under their case's identifier, with versions. */
class CaseFileRepositoryTests {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aSavedFileIsFoundUnderItsCaseWithTheNextVersion() {
        CaseFileRepository files = CaseFileRepository.inMemory(Clock.fixed(NOW, ZoneOffset.UTC));
        CaseFile file = SampleCaseFiles.full();

        Versioned<CaseFile> first = files.save(file, Versioned.NEW);
        Versioned<CaseFile> second = files.save(file, first.version());

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.savedAt()).isEqualTo(NOW);
        assertThat(files.find(SampleCaseFiles.CASE_ID)).contains(second);
        assertThat(files.ids()).containsExactly(SampleCaseFiles.CASE_ID);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefused() {
        CaseFileRepository files = CaseFileRepository.inMemory(Clock.fixed(NOW, ZoneOffset.UTC));
        CaseFile file = SampleCaseFiles.full();
        files.save(file, Versioned.NEW);
        files.save(file, 1);

        assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> files.save(file, 1));
        assertThat(files.find(SampleCaseFiles.CASE_ID).orElseThrow().version()).isEqualTo(2);
    }
}
