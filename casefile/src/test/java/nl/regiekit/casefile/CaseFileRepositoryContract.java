package nl.regiekit.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.storage.StaleVersionException;
import nl.regiekit.casemodel.storage.Versioned;

/**
 * The contract of {@link CaseFileRepository}, one suite for every implementation: the in-memory one here and
 * the PostgreSQL store, whose tests compile this class from this module's test sources. Each test starts from
 * an empty repository.
 */
public abstract class CaseFileRepositoryContract {

    /** The saved-at time every test's clock stands at. */
    protected static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    /** An empty repository whose versions are saved at the time of {@code clock}. */
    protected abstract CaseFileRepository empty(Clock clock);

    private CaseFileRepository files;

    @BeforeEach
    void emptyRepository() {
        files = empty(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aSavedFileIsFoundUnderItsCaseWithTheNextVersion() {
        CaseFile file = SampleCaseFiles.full();

        Versioned<CaseFile> first = files.save(file, Versioned.NEW);
        Versioned<CaseFile> second = files.save(file, first.version());

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.savedAt()).isEqualTo(NOW);
        assertThat(files.find(SampleCaseFiles.CASE_ID)).contains(second);
        assertThat(files.ids()).containsExactly(SampleCaseFiles.CASE_ID);
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndLeavesTheStoredOne() {
        CaseFile file = SampleCaseFiles.full();
        files.save(file, Versioned.NEW);
        Versioned<CaseFile> second = files.save(file, 1);

        assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> files.save(file, 1))
            .satisfies(e -> {
                assertThat(e.id()).isEqualTo(SampleCaseFiles.CASE_ID.value());
                assertThat(e.expected()).isEqualTo(1);
                assertThat(e.actual()).isEqualTo(2);
            });
        assertThat(files.find(SampleCaseFiles.CASE_ID)).contains(second);
    }

    @Test
    void savingANewFileTwiceIsStale() {
        CaseFile file = SampleCaseFiles.full();
        files.save(file, Versioned.NEW);

        assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> files.save(file, Versioned.NEW))
            .satisfies(e -> assertThat(e.actual()).isEqualTo(1));
        assertThat(files.find(SampleCaseFiles.CASE_ID).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void anUpdateOfAFileNeverSavedIsStale() {
        assertThatExceptionOfType(StaleVersionException.class)
            .isThrownBy(() -> files.save(SampleCaseFiles.full(), 3))
            .satisfies(e -> assertThat(e.actual()).isEqualTo(Versioned.NEW));
        assertThat(files.ids()).isEmpty();
    }

    @Test
    void everyVersionStaysInTheHistoryAsItWasSavedAndARefusedSaveAddsNone() {
        CaseFile first = CaseFile.of(SampleCaseFiles.subject());
        CaseFile second = SampleCaseFiles.full();
        files.save(first, Versioned.NEW);
        files.save(second, 1);
        assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> files.save(first, 1));

        assertThat(files.history(SampleCaseFiles.CASE_ID)).extracting(Versioned::version, Versioned::value)
            .containsExactly(tuple(1L, first), tuple(2L, second));
        assertThat(files.version(SampleCaseFiles.CASE_ID, 1)).map(Versioned::value).contains(first);
        assertThat(files.version(SampleCaseFiles.CASE_ID, 3)).isEmpty();
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThat(files.find(CaseId.of("case-unknown"))).isEmpty();
        assertThat(files.history(CaseId.of("case-unknown"))).isEmpty();
        assertThat(files.version(CaseId.of("case-unknown"), 1)).isEmpty();
        assertThat(files.ids()).isEmpty();
    }

    @Test
    void refusesNulls() {
        assertThatNullPointerException().isThrownBy(() -> files.find(null));
        assertThatNullPointerException().isThrownBy(() -> files.save(null, Versioned.NEW));
        assertThatNullPointerException().isThrownBy(() -> files.history(null));
        assertThatNullPointerException().isThrownBy(() -> files.version(null, 1));
    }
}
