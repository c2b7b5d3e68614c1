package nl.regiekit.store.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import nl.regiekit.casefile.RegiekitConfig;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;

/**
 * What the store's parameterized suites share: the server they run on (each concrete suite is a
 * {@code @ParameterizedClass} over {@link PostgresTarget#all()}), a fresh store in its own schema per test
 * with a clock the test moves, and SQL straight into that schema.
 */
abstract class StoreTest {

    /** Where every test's clock starts: a day of the sample case's execution phase. */
    static final Instant START = Instant.parse("2025-07-01T10:00:00Z");

    @Parameter
    PostgresTarget target;

    final MutableClock clock = new MutableClock(START);
    PostgresTarget.Opened opened;
    PostgresStore store;

    @BeforeEach
    void openStore() {
        opened = target.open(builder());
        store = opened.store();
    }

    /** The builder of each test's store; a suite may change it. */
    PostgresStore.Builder builder() {
        return PostgresStore.builder().config(RegiekitConfig.defaults().withClock(clock));
    }

    @AfterEach
    void dropStore() throws SQLException {
        opened.close();
    }

    /** The single number {@code sql} selects in this test's schema. */
    long count(String sql) throws SQLException {
        try (Connection c = target.connection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + opened.schema());
            try (ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Runs {@code sql} in this test's schema on a connection of its own. */
    void execute(String sql) throws SQLException {
        try (Connection c = target.connection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + opened.schema());
            s.execute(sql);
        }
    }

    /** A clock the test moves forward; thread-safe. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
