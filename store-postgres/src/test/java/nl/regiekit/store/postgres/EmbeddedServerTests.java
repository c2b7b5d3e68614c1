package nl.regiekit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.GeneratedCaseFiles;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.storage.Versioned;

/** The embedded server keeps its data on disk: through a restart, and through a crash in the middle of writes. */
class EmbeddedServerTests {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void keepsItsDataThroughARestart() {
        Versioned<CaseFile> saved;
        try (PostgresStore store = PostgresStore.builder().config(RegiekitConfig.defaults().withClock(Clock.systemUTC())).embedded(data)) {
            saved = store.caseFiles().save(GeneratedCaseFiles.sample(), Versioned.NEW);
        }
        assertThat(data.resolve("postgresql.conf")).exists();

        try (PostgresStore store = PostgresStore.embedded(data)) {
            assertThat(store.caseFiles().find(GeneratedCaseFiles.sampleId())).contains(saved);
        }
    }

    @Test
    void holdsTheOldOrTheNewVersionNeverAMixAfterTheServerIsKilledDuringWrites() throws Exception {
        CaseId id = GeneratedCaseFiles.sampleId();
        Map<Long, CaseFile> acknowledged = new ConcurrentHashMap<>();
        AtomicReference<CaseFile> attempted = new AtomicReference<>();
        AtomicLong lastAcknowledged = new AtomicLong();
        CountDownLatch enough = new CountDownLatch(1);
        PostgresStore store = PostgresStore.embedded(data);
        Thread writer;
        try {
            Versioned<CaseFile> first = store.caseFiles().save(GeneratedCaseFiles.sample(), Versioned.NEW);
            acknowledged.put(1L, first.value());
            lastAcknowledged.set(1);
            writer = new Thread(() -> {
                CaseFile current = first.value();
                long version = 1;
                try {
                    while (true) {
                        CaseFile next = GeneratedCaseFiles.withOneMoreExchange(current);
                        attempted.set(next);
                        version = store.caseFiles().save(next, version).version();
                        current = next;
                        acknowledged.put(version, next);
                        lastAcknowledged.set(version);
                        if (version == 20) {
                            enough.countDown();
                        }
                    }
                } catch (RuntimeException e) {
                    // The server died under the write: what the store holds is checked after the restart.
                }
            });
            writer.start();
            assertThat(enough.await(2, TimeUnit.MINUTES)).isTrue();
            kill(data);
            writer.join(TimeUnit.MINUTES.toMillis(1));
            assertThat(writer.isAlive()).isFalse();
        } finally {
            store.close();
        }

        try (PostgresStore restarted = PostgresStore.embedded(data)) {
            Versioned<CaseFile> current = restarted.caseFiles().find(id).orElseThrow();
            long last = lastAcknowledged.get();
            assertThat(current.version()).isBetween(last, last + 1);
            CaseFile expected = current.version() == last ? acknowledged.get(last) : attempted.get();
            assertThat(current.value()).isEqualTo(expected);
            List<Versioned<CaseFile>> history = restarted.caseFiles().history(id);
            assertThat(history).hasSize((int) current.version());
            for (Versioned<CaseFile> version : history.subList(0, (int) last)) {
                assertThat(version.value()).isEqualTo(acknowledged.get(version.version()));
            }
            assertThat(history.get(history.size() - 1)).isEqualTo(current);
        }
    }

    /** Kills the embedded server's postmaster and every process it started, at once, without warning. */
    private static void kill(Path data) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new java.util.ArrayList<>(List.of(postmaster));
        all.addAll(postmaster.descendants().toList());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().get(1, TimeUnit.MINUTES);
        }
    }
}
