package nl.regiekit.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.storage.Repository;
import nl.regiekit.casemodel.storage.StaleVersionException;
import nl.regiekit.casemodel.storage.Versioned;
import nl.regiekit.json.ValidationResult;

/**
 * Aggregates of one kind stored as {@code regiekit/case-file} documents (JSONB) in PostgreSQL: the current
 * version in one row with the columns the caseload queries read, and every version, the current one included,
 * in the history. A save validates the document through the library's pipeline first and refuses it with its
 * findings if there is an error; the compare-and-save is one {@code UPDATE ... WHERE version = ?} in the same
 * transaction as the history row, so a save is stored whole or not at all, and of concurrent saves based on
 * the same version exactly one succeeds. Thread-safe.
 *
 * @param <T> the aggregate type
 */
public abstract sealed class StoredAggregates<T> implements Repository<CaseId, T>
    permits PostgresCaseFiles, PostgresCases {

    private static final String COLUMNS = "document, phase, organisations, case_manager, youth_worker, next_due, "
        + "saved_at, saved_by";

    final Engine engine;
    private final String kind;

    StoredAggregates(Engine engine, String kind) {
        this.engine = engine;
        this.kind = kind;
    }

    /** The case file a value is stored as. */
    abstract CaseFile toFile(T value);

    /** The value a stored case file holds. */
    abstract T fromFile(CaseFile file);

    /**
     * {@inheritDoc}
     *
     * @throws StoreException if the database fails
     */
    @Override
    public Optional<Versioned<T>> find(CaseId id) {
        Objects.requireNonNull(id, "id");
        return engine.read("find", c -> list(c, "SELECT version, document, saved_at FROM aggregate "
            + "WHERE kind = ? AND id = ?", kind, id.value())).stream().findFirst();
    }

    /**
     * Stores {@code value} as the next version, saved by {@link Author#SYSTEM}.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws StaleVersionException if the stored version is not {@code expectedVersion}
     * @throws InvalidDocumentException if the validation pipeline finds an error in the document
     * @throws StoreException if the database fails
     */
    @Override
    public Versioned<T> save(T value, long expectedVersion) {
        return save(value, expectedVersion, Author.SYSTEM);
    }

    /**
     * Stores {@code value} as the next version, saved by {@code by}.
     *
     * @param value the aggregate
     * @param expectedVersion the version the change was based on: {@link Versioned#NEW} for a new aggregate
     * @param by who saves it
     * @return the stored aggregate with its new version and the time it was saved
     * @throws NullPointerException if {@code value} or {@code by} is null
     * @throws StaleVersionException if the stored version is not {@code expectedVersion}
     * @throws InvalidDocumentException if the validation pipeline finds an error in the document; nothing is stored
     * @throws StoreException if the database fails
     */
    public Versioned<T> save(T value, long expectedVersion, Author by) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(by, "by");
        CaseFile file = toFile(value);
        Case subject = file.subject();
        CaseId id = subject.id();
        byte[] json = engine.mapper.writeValueAsBytes(file);
        ValidationResult result = engine.validation.validate(json);
        if (!result.isValid()) {
            throw new InvalidDocumentException(id.value(), result.findings());
        }
        String document = new String(json, java.nio.charset.StandardCharsets.UTF_8);
        Instant now = engine.now();
        LocalDate nextDue = engine.nextDue(file, engine.dateOf(now));
        long next = expectedVersion + 1;
        Object[] columns = {document, subject.currentPhase().map(Enum::name).orElse(null),
            subject.organisations().stream().map(InvolvedOrganisation::id).map(OrganisationId::value)
                .toArray(String[]::new),
            subject.team().caseManager().map(p -> p.id().value()).orElse(null),
            subject.team().youthWorker().map(p -> p.id().value()).orElse(null), nextDue, now, by.value()};
        engine.transaction("save", c -> {
            int rows = expectedVersion == Versioned.NEW
                ? Engine.update(c, "INSERT INTO aggregate (kind, id, version, " + COLUMNS + ") VALUES (?, ?, 1, "
                    + "CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, id) DO NOTHING",
                    concat(new Object[] {kind, id.value()}, columns))
                : Engine.update(c, "UPDATE aggregate SET version = version + 1, document = CAST(? AS jsonb), "
                    + "phase = ?, organisations = ?, case_manager = ?, youth_worker = ?, next_due = ?, saved_at = ?, "
                    + "saved_by = ? WHERE kind = ? AND id = ? AND version = ?",
                    concat(columns, new Object[] {kind, id.value(), expectedVersion}));
            if (rows != 1) {
                throw new StaleVersionException(id, expectedVersion, storedVersion(c, id));
            }
            Engine.update(c, "INSERT INTO aggregate_version (kind, id, version, document, saved_at, saved_by) "
                + "VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?)", kind, id.value(), next, document, now, by.value());
            return null;
        });
        return new Versioned<>(value, next, now);
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private long storedVersion(Connection c, CaseId id) throws SQLException {
        try (PreparedStatement select = Engine.prepare(c, "SELECT version FROM aggregate WHERE kind = ? AND id = ?",
            kind, id.value()); ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) : Versioned.NEW;
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreException if the database fails
     */
    @Override
    public List<CaseId> ids() {
        return engine.read("ids", c -> caseIds(c, "SELECT id FROM aggregate WHERE kind = ? ORDER BY id", kind));
    }

    /**
     * Every stored version of one aggregate, oldest first; empty if it was never stored.
     *
     * @throws NullPointerException if {@code id} is null
     * @throws StoreException if the database fails
     */
    @Override
    public List<Versioned<T>> history(CaseId id) {
        Objects.requireNonNull(id, "id");
        return versions("history", "ORDER BY version", id);
    }

    /**
     * One stored version of an aggregate, if it exists.
     *
     * @throws NullPointerException if {@code id} is null
     * @throws StoreException if the database fails
     */
    @Override
    public Optional<Versioned<T>> version(CaseId id, long version) {
        Objects.requireNonNull(id, "id");
        return versions("version", "AND version = ?", id, version).stream().findFirst();
    }

    /**
     * The aggregate as it stood at {@code at}: the last version saved at or before it, if any.
     *
     * @throws NullPointerException if an argument is null
     * @throws StoreException if the database fails
     */
    public Optional<Versioned<T>> asOf(CaseId id, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        return versions("asOf", "AND saved_at <= ? ORDER BY version DESC LIMIT 1", id, at).stream().findFirst();
    }

    /**
     * The aggregate as it stood on {@code date} ("the case file as it stood on 2026-03-01"): the last version
     * saved before the end of that day in the zone of the store's clock, if any.
     *
     * @throws NullPointerException if an argument is null
     * @throws StoreException if the database fails
     */
    public Optional<Versioned<T>> asOn(CaseId id, LocalDate date) {
        Objects.requireNonNull(date, "date");
        Instant endOfDay = date.plusDays(1).atStartOfDay(engine.clock.getZone()).toInstant().minusNanos(1000);
        return asOf(id, endOfDay);
    }

    /**
     * The cases that list {@code organisation} among their involved organisations, by identifier.
     *
     * @throws NullPointerException if {@code organisation} is null
     * @throws StoreException if the database fails
     */
    public List<CaseId> ofOrganisation(OrganisationId organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return engine.read("ofOrganisation", c -> caseIds(c, "SELECT id FROM aggregate WHERE kind = ? "
            + "AND organisations @> ARRAY[?]::text[] ORDER BY id", kind, organisation.value()));
    }

    /**
     * The cases with a signal due on or before {@code date}, overdue ones included, by due date and then
     * identifier. The due date is the earliest of the signals the monitor gave the case on the day it was
     * last saved, looking ahead without limit (a case's signals change only when it changes, or as the days
     * pass into a new phase of the monitor's rules: run the monitor itself for the exact signals of a day).
     *
     * @throws NullPointerException if {@code date} is null
     * @throws StoreException if the database fails
     */
    public List<DueCase> dueBy(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return engine.read("dueBy", c -> {
            try (PreparedStatement select = Engine.prepare(c, "SELECT id, next_due FROM aggregate WHERE kind = ? "
                + "AND next_due IS NOT NULL AND next_due <= ? ORDER BY next_due, id", kind, date);
                 ResultSet rs = select.executeQuery()) {
                List<DueCase> due = new ArrayList<>();
                while (rs.next()) {
                    due.add(new DueCase(CaseId.of(rs.getString(1)), rs.getDate(2).toLocalDate()));
                }
                return List.copyOf(due);
            }
        });
    }

    /**
     * The caseload of each case manager: the number of stored cases not recorded as closed in which the
     * professional is the case manager, by the professional's identifier.
     *
     * @throws StoreException if the database fails
     */
    public Map<ProfessionalId, Integer> caseloads() {
        return engine.read("caseloads", c -> {
            try (PreparedStatement select = Engine.prepare(c, "SELECT case_manager, count(*) FROM aggregate a "
                + "WHERE kind = ? AND case_manager IS NOT NULL AND NOT EXISTS (SELECT 1 FROM case_closure k "
                + "WHERE k.case_id = a.id) GROUP BY case_manager ORDER BY case_manager", kind);
                 ResultSet rs = select.executeQuery()) {
                Map<ProfessionalId, Integer> loads = new LinkedHashMap<>();
                while (rs.next()) {
                    loads.put(ProfessionalId.of(rs.getString(1)), rs.getInt(2));
                }
                return java.util.Collections.unmodifiableMap(loads);
            }
        });
    }

    /** The versions in the history of {@code id} that {@code condition} selects, in its order. */
    private List<Versioned<T>> versions(String operation, String condition, CaseId id, Object... more) {
        return engine.read(operation, c -> list(c, "SELECT version, document, saved_at FROM aggregate_version "
            + "WHERE kind = ? AND id = ? " + condition, concat(new Object[] {kind, id.value()}, more)));
    }

    private List<Versioned<T>> list(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = Engine.prepare(c, sql, parameters); ResultSet rs = select.executeQuery()) {
            List<Versioned<T>> versions = new ArrayList<>();
            while (rs.next()) {
                CaseFile file = engine.mapper.readValue(rs.getString("document"), CaseFile.class);
                versions.add(new Versioned<>(fromFile(file), rs.getLong("version"),
                    rs.getTimestamp("saved_at").toInstant()));
            }
            return List.copyOf(versions);
        }
    }

    private List<CaseId> caseIds(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = Engine.prepare(c, sql, parameters); ResultSet rs = select.executeQuery()) {
            List<CaseId> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(CaseId.of(rs.getString(1)));
            }
            return List.copyOf(ids);
        }
    }
}
