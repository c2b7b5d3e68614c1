package nl.regiekit.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.storage.Versioned;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.store.postgres.PostgresCaseFiles;
import nl.regiekit.store.postgres.PostgresStore;

/**
 * A load generator for the PostgreSQL store (opslag) on an embedded server in a temporary directory, with the
 * store's durability settings: saves and reads per second of the demo case file with one writer and with eight,
 * each writer on a case of its own, against a bare {@code INSERT} of the same JSONB text in the same run; the
 * storage bytes per stored version; and the "signals due this week" query over 100,000 stored cases, with the
 * plan PostgreSQL chose. Prints its figures; run it on a quiet machine.
 *
 * <pre>java -cp bench/target/benchmarks.jar nl.regiekit.bench.StoreLoad [SECONDS_PER_MEASURE]</pre>
 */
public final class StoreLoad {

    private static final int CASES = 100_000;

    private StoreLoad() {
    }

    /**
     * Runs every measure.
     *
     * @param args optionally the seconds each measure runs, default 10
     * @throws Exception if the server cannot be started or a statement fails
     */
    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        // A temporary data directory, removed on close; the store's durability settings.
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
            .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
            String url = server.getJdbcUrl("postgres", "postgres");
            try (PostgresStore store = PostgresStore.builder().poolSize(8).connect(url, "postgres", "");
                 Connection sql = DriverManager.getConnection(url, "postgres", "")) {
                System.out.println(store.serverVersion());
                run(store, sql, seconds);
            }
        }
    }

    private static void run(PostgresStore store, Connection sql, int seconds) throws Exception {
        byte[] demoBytes = CaseFiles.demo();
        CaseFile demo = RegiekitJson.mapper().readValue(demoBytes, CaseFile.class);
        String text = RegiekitJson.mapper().writeValueAsString(demo);
        String caseId = demo.subject().id().value();
        PostgresCaseFiles files = store.caseFiles();
        try (Statement s = sql.createStatement()) {
            s.execute("CREATE TABLE bare (seq BIGSERIAL PRIMARY KEY, document JSONB NOT NULL)");
        }
        System.out.printf(Locale.ROOT, "demo case file: %d bytes of JSON%n", text.getBytes(StandardCharsets.UTF_8).length);
        for (int writers : new int[] {1, 8}) {
            List<CaseFile> own = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String id = caseId + "-" + writers + "w" + w;
                own.add(RegiekitJson.mapper().readValue(text.replace("\"" + caseId + "\"", "\"" + id + "\""),
                    CaseFile.class));
            }
            double saves = perSecond(writers, seconds, w -> {
                CaseFile file = own.get(w);
                long[] version = {files.save(file, Versioned.NEW).version()};
                return () -> version[0] = files.save(file, version[0]).version();
            });
            double reads = perSecond(writers, seconds, w -> {
                CaseFile file = own.get(w);
                return () -> files.find(file.subject().id()).orElseThrow().version();
            });
            double bare = perSecond(writers, seconds, w -> {
                Connection c = DriverManager.getConnection(urlOf(sql), "postgres", "");
                PreparedStatement insert = c.prepareStatement("INSERT INTO bare (document) VALUES (CAST(? AS jsonb))");
                insert.setString(1, text);
                return () -> insert.executeUpdate();
            });
            System.out.printf(Locale.ROOT, "%d writer(s): saves %.0f/s, reads %.0f/s, bare INSERT %.0f/s: "
                + "a save costs %.1f bare INSERTs%n", writers, saves, reads, bare, bare / saves);
        }
        try (Statement s = sql.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*), "
            + "pg_total_relation_size('regiekit.aggregate_version'), avg(pg_column_size(document)) "
            + "FROM regiekit.aggregate_version")) {
            rs.next();
            System.out.printf(Locale.ROOT, "history: %d versions, %.0f bytes per version on disk (table, TOAST and "
                + "indexes), %.0f bytes per stored document (compressed JSONB)%n", rs.getLong(1),
                (double) rs.getLong(2) / rs.getLong(1), rs.getDouble(3));
        }
        dueThisWeek(files, sql, caseId);
    }

    private static void dueThisWeek(PostgresCaseFiles files, Connection sql, String caseId) throws SQLException {
        LocalDate today = LocalDate.now();
        try (Statement s = sql.createStatement()) {
            // 100,000 more cases in execution: organisations from 300, case managers from 2,000, next due dates
            // spread from a month ago to a year ahead (a week's worth is about 9 % of the cases).
            s.execute("INSERT INTO regiekit.aggregate (kind, id, version, document, phase, organisations, case_manager, "
                + "next_due, saved_at, saved_by) SELECT 'case-file', 'case-load-' || g, 1, (SELECT document FROM "
                + "regiekit.aggregate WHERE id = '" + caseId + "-1w0'), 'EXECUTION', ARRAY['org-' || (g % 300), "
                + "'org-' || ((g * 7) % 300)], 'cm-' || (g % 2000), current_date - 30 + (g * 7919) % 396, now(), "
                + "'bench' FROM generate_series(1, " + CASES + ") g");
            s.execute("ANALYZE regiekit.aggregate");
        }
        LocalDate week = today.plusDays(7);
        int found = files.dueBy(week).size();
        long[] nanos = new long[21];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            files.dueBy(week);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "signals due this week over %d cases: %d cases, median %.1f ms "
            + "(through the store, documents not read)%n", CASES, found, nanos[nanos.length / 2] / 1e6);
        explain(sql, "SELECT id, next_due FROM regiekit.aggregate WHERE kind = 'case-file' AND next_due IS NOT NULL "
            + "AND next_due <= DATE '" + week + "' ORDER BY next_due, id");
        explain(sql, "SELECT id FROM regiekit.aggregate WHERE kind = 'case-file' AND organisations @> "
            + "ARRAY['org-42']::text[] ORDER BY id");
    }

    private static void explain(Connection sql, String query) throws SQLException {
        try (Statement s = sql.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
            System.out.println("EXPLAIN ANALYZE " + query);
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }

    private static String urlOf(Connection sql) throws SQLException {
        return sql.getMetaData().getURL();
    }

    /** One writer's operation, prepared before the clock starts. */
    private interface Setup {
        Callable<?> prepare(int writer) throws Exception;
    }

    /** Runs {@code writers} threads for {@code seconds}, each repeating its operation: operations per second. */
    private static double perSecond(int writers, int seconds, Setup setup) throws Exception {
        List<Callable<?>> operations = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            operations.add(setup.prepare(w));
        }
        long warmUpEnd = System.nanoTime() + 2_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (Callable<?> operation : operations) {
                counts.add(pool.submit(() -> {
                    long done = 0;
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        operation.call();
                        if (now >= warmUpEnd) {
                            done++;
                        }
                    }
                    return done;
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total / (double) seconds;
        } finally {
            pool.shutdown();
        }
    }
}
