package nl.regiekit.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.json.Validation;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.Signal;
import tools.jackson.databind.json.JsonMapper;

/** What every part of the store shares: the pool, the pipeline, the mapper, the monitor and the clock. */
final class Engine {

    /**
     * The notice of the monitor that computes a case's next due date: long enough that every signal the case
     * has on the day it is saved is raised, however far ahead its due date lies.
     */
    private static final Period LOOK_AHEAD = Period.ofYears(100);

    /** One operation on a connection inside a transaction. */
    interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    final DataSource dataSource;
    final Validation validation;
    final JsonMapper mapper = RegiekitJson.mapper();
    final Clock clock;
    private final Monitor lookAhead;

    Engine(DataSource dataSource, Validation validation, OrganisationPolicy policy, Clock clock) {
        this.dataSource = dataSource;
        this.validation = validation;
        this.clock = clock;
        this.lookAhead = policy.withMonitoring(policy.monitoring().withNotice(LOOK_AHEAD, LOOK_AHEAD)).monitor();
    }

    /** Now, to the microsecond that PostgreSQL keeps, so that what is returned equals what is read back. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The date of {@code instant} in the clock's zone. */
    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }

    /** The earliest due date of the signals the case file has on {@code on}, or null if it has none. */
    LocalDate nextDue(CaseFile file, LocalDate on) {
        return lookAhead.signals(file.monitored(), on).stream().map(Signal::due).min(LocalDate::compareTo)
            .orElse(null);
    }

    /**
     * Prepares {@code sql} on {@code connection} with {@code parameters} bound in order: text arrays become
     * SQL arrays, instants timestamps, everything else as the driver binds it.
     */
    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof String[] texts) {
                    statement.setArray(i + 1, connection.createArrayOf("text", texts));
                } else if (value instanceof Instant instant) {
                    statement.setTimestamp(i + 1, Timestamp.from(instant));
                } else if (value instanceof LocalDate date) {
                    statement.setDate(i + 1, java.sql.Date.valueOf(date));
                } else if (value == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Runs one statement on {@code connection}: the number of rows it changed. */
    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     *
     * @throws StoreException if the database fails
     */
    <R> R transaction(String operation, Work<R> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                R result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(operation, e);
        }
    }

    /**
     * Runs {@code work} on a connection in auto-commit mode, for reads and single statements.
     *
     * @throws StoreException if the database fails
     */
    <R> R read(String operation, Work<R> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(operation, e);
        }
    }
}
