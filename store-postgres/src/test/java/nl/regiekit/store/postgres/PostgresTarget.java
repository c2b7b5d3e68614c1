package nl.regiekit.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import nl.regiekit.casefile.RegiekitConfig;

/**
 * A PostgreSQL server the suite runs on: the embedded one always, and the server named by the environment
 * variables {@code REGIEKIT_PG_URL}, {@code REGIEKIT_PG_USER} and {@code REGIEKIT_PG_PASSWORD} when the first is
 * set (as {@code .ci/run} does with Debian's server). Each test opens a store in a schema of its own and drops
 * it afterwards. The first use of a server prints its version banner, once.
 */
record PostgresTarget(String name, String url, String user, String password) {

    private static PostgresTarget embedded;
    private static final List<String> ANNOUNCED = new ArrayList<>();

    /** Every server available to this run: the arguments of the suite's parameterized classes. */
    static Stream<PostgresTarget> all() {
        List<PostgresTarget> targets = new ArrayList<>();
        targets.add(embedded());
        String url = System.getenv("REGIEKIT_PG_URL");
        if (url != null && !url.isBlank()) {
            targets.add(new PostgresTarget("stock", url, env("REGIEKIT_PG_USER", "regiekit"),
                env("REGIEKIT_PG_PASSWORD", "")));
        }
        return targets.stream();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** The embedded server, started on first use with its data under {@code target/} and kept for the run. */
    static synchronized PostgresTarget embedded() {
        if (embedded == null) {
            try {
                Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "embedded-pg-");
                PostgresStore server = PostgresStore.embedded(data);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
                embedded = new PostgresTarget("embedded", server.embeddedServer().orElseThrow()
                    .getJdbcUrl("postgres", "postgres"), "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return embedded;
    }

    /** A store on this server in a new, empty schema, with the suite's defaults and {@code clock}. */
    Opened open(Clock clock) {
        return open(PostgresStore.builder().config(RegiekitConfig.defaults().withClock(clock)));
    }

    /** A store on this server in a new, empty schema, built by {@code builder}. */
    Opened open(PostgresStore.Builder builder) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PostgresStore store = builder.schema(schema).connect(url, user, password);
        announce(store);
        return new Opened(this, store, schema);
    }

    private void announce(PostgresStore store) {
        synchronized (ANNOUNCED) {
            if (!ANNOUNCED.contains(name)) {
                ANNOUNCED.add(name);
                System.out.println("PostgreSQL (" + name + "): " + store.serverVersion());
            }
        }
    }

    /** A direct connection, apart from any store's pool. */
    Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String toString() {
        return name;
    }

    /** A store in its own schema, dropped with it on close. */
    record Opened(PostgresTarget target, PostgresStore store, String schema) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            store.close();
            try (Connection c = target.connection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
