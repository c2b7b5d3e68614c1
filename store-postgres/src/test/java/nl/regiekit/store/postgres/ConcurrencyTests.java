package nl.regiekit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.GeneratedCaseFiles;
import nl.regiekit.casemodel.storage.StaleVersionException;
import nl.regiekit.casemodel.storage.Versioned;

/** Concurrent writers of one case never lose an update: each loser is told, reloads and tries again. */
@ParameterizedClass
@MethodSource("nl.regiekit.store.postgres.PostgresTarget#all")
class ConcurrencyTests extends StoreTest {

    private static final int WRITERS = 8;
    private static final int UPDATES_EACH = 12;

    @Test
    void manyWritersOfOneCaseLoseNoUpdate() throws Exception {
        PostgresCaseFiles files = store.caseFiles();
        CaseFile start = GeneratedCaseFiles.sample();
        files.save(start, Versioned.NEW);
        int exchangesAtStart = start.subject().exchanges().size();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                for (int done = 0; done < UPDATES_EACH; ) {
                    Versioned<CaseFile> current = files.find(start.subject().id()).orElseThrow();
                    try {
                        files.save(GeneratedCaseFiles.withOneMoreExchange(current.value()), current.version());
                        done++;
                    } catch (StaleVersionException e) {
                        // Another writer saved in between: reload and apply the change again.
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        Versioned<CaseFile> last = files.find(start.subject().id()).orElseThrow();
        int updates = WRITERS * UPDATES_EACH;
        assertThat(last.version()).isEqualTo(1 + updates);
        assertThat(last.value().subject().exchanges()).hasSize(exchangesAtStart + updates);
        List<Versioned<CaseFile>> history = files.history(start.subject().id());
        assertThat(history).extracting(Versioned::version)
            .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 1 + updates).boxed().toList());
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).value().subject().exchanges()).hasSize(exchangesAtStart + i);
        }
    }
}
