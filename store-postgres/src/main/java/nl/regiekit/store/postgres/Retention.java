package nl.regiekit.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casefile.RetentionPolicy;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.PersonId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Retention and erasure (bewaartermijn en vernietiging): the closing date of each case, the report of the
 * closed cases whose {@link RetentionPolicy retention period} has passed, and the erasure of a whole case or
 * of one person in it from every stored version, each leaving an {@link ErasureRecord} without personal data.
 * The disclosure log is kept as it is: it holds identifiers only and is itself a record the organisation
 * must keep. Obtained from {@link PostgresStore#retention()}. Thread-safe.
 */
public final class Retention {

    /** What an erased name reads in every version after a person's erasure. */
    public static final String ERASED = "erased";

    /** The fields of a person (or relative) that hold personal data besides the name, removed by an erasure. */
    private static final List<String> PERSONAL_FIELDS = List.of("birthDate", "bsn", "birthYear", "deathYear");

    private final Engine engine;
    private final RetentionPolicy policy;

    Retention(Engine engine, RetentionPolicy policy) {
        this.engine = engine;
        this.policy = policy;
    }

    /** The retention policy of this store; never null. */
    public RetentionPolicy policy() {
        return policy;
    }

    /**
     * Records that a case closed on {@code closedOn}, from which its retention period runs; a later call
     * replaces the date (a case reopened and closed again).
     *
     * @throws NullPointerException if an argument is null
     * @throws StoreException if the database fails
     */
    public void close(CaseId caseId, LocalDate closedOn, Author by) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(by, "by");
        engine.read("close", c -> Engine.update(c, "INSERT INTO case_closure (case_id, closed_on, saved_at, saved_by) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET closed_on = EXCLUDED.closed_on, "
            + "saved_at = EXCLUDED.saved_at, saved_by = EXCLUDED.saved_by", caseId.value(), closedOn, engine.now(),
            by.value()));
    }

    /**
     * The closed cases due for erasure on {@code on}: those closed at least the retention period before it,
     * by due date and then identifier.
     *
     * @throws NullPointerException if {@code on} is null
     * @throws StoreException if the database fails
     */
    public List<ErasureDue> dueForErasure(LocalDate on) {
        Objects.requireNonNull(on, "on");
        return engine.read("dueForErasure", c -> {
            try (PreparedStatement select = Engine.prepare(c, "SELECT case_id, closed_on FROM case_closure "
                + "WHERE closed_on <= ? ORDER BY closed_on, case_id", on.minus(policy.afterClosing()));
                 ResultSet rs = select.executeQuery()) {
                List<ErasureDue> due = new ArrayList<>();
                while (rs.next()) {
                    LocalDate closed = rs.getDate(2).toLocalDate();
                    due.add(new ErasureDue(CaseId.of(rs.getString(1)), closed, closed.plus(policy.afterClosing())));
                }
                return List.copyOf(due);
            }
        });
    }

    /**
     * Erases a whole case: every version of its case file and of its case on its own, and its closing date,
     * in one transaction.
     *
     * @return the audit record written; its version count is 0 if nothing was stored
     * @throws NullPointerException if an argument is null
     * @throws StoreException if the database fails
     */
    public ErasureRecord eraseCase(CaseId caseId, Author by) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(by, "by");
        return engine.transaction("eraseCase", c -> {
            int versions = Engine.update(c, "DELETE FROM aggregate_version WHERE id = ?", caseId.value());
            Engine.update(c, "DELETE FROM aggregate WHERE id = ?", caseId.value());
            Engine.update(c, "DELETE FROM case_closure WHERE case_id = ?", caseId.value());
            return audit(c, new ErasureRecord(ErasureRecord.Scope.CASE, caseId, versions, engine.now(), by));
        });
    }

    /**
     * Erases one person's personal data from every stored version of a case, the current one included: in
     * each person or relative with the person's identifier, the name becomes {@value #ERASED} and the birth
     * date, BSN and birth and death years are removed. The person's identifier and role stay, so that every
     * reference to them still resolves. Free text that mentions them is not found by identifier: erase the
     * case for that.
     *
     * @return the audit record written, counting the versions rewritten
     * @throws NullPointerException if an argument is null
     * @throws StoreException if the database fails
     */
    public ErasureRecord erasePerson(CaseId caseId, PersonId person, Author by) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(by, "by");
        return engine.transaction("erasePerson", c -> {
            int versions = rewrite(c, "aggregate_version", caseId, person.value());
            rewrite(c, "aggregate", caseId, person.value());
            return audit(c, new ErasureRecord(ErasureRecord.Scope.PERSON, caseId, versions, engine.now(), by));
        });
    }

    /** Rewrites the documents of {@code table} that hold the person; the number of rows rewritten. */
    private int rewrite(Connection c, String table, CaseId caseId, String person) throws SQLException {
        List<Object[]> changed = new ArrayList<>();
        try (PreparedStatement select = Engine.prepare(c, "SELECT kind, version, document FROM " + table
            + " WHERE id = ? FOR UPDATE", caseId.value()); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                JsonNode document = engine.mapper.readTree(rs.getString(3));
                if (erase(document, person)) {
                    changed.add(new Object[] {engine.mapper.writeValueAsString(document), rs.getString(1), caseId.value(),
                        rs.getLong(2)});
                }
            }
        }
        for (Object[] row : changed) {
            Engine.update(c, "UPDATE " + table + " SET document = CAST(? AS jsonb) WHERE kind = ? AND id = ? "
                + "AND version = ?", row);
        }
        return changed.size();
    }

    /** Erases the person in every object of {@code node} that carries their identifier and a name. */
    private static boolean erase(JsonNode node, String person) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            JsonNode id = object.get("id");
            JsonNode name = object.get("name");
            if (id != null && id.isString() && id.asString().equals(person) && name != null) {
                if (name.isObject()) {
                    ObjectNode erased = object.putObject("name");
                    erased.put("given", ERASED);
                    erased.put("family", ERASED);
                } else {
                    object.put("name", ERASED);
                }
                PERSONAL_FIELDS.forEach(object::remove);
                changed = true;
            }
        }
        for (JsonNode child : node) {
            changed |= erase(child, person);
        }
        return changed;
    }

    private static ErasureRecord audit(Connection c, ErasureRecord erasure) throws SQLException {
        Engine.update(c, "INSERT INTO erasure_audit (erased_at, erased_by, scope, case_id, versions) "
            + "VALUES (?, ?, ?, ?, ?)", erasure.at(), erasure.by().value(), erasure.scope().name(),
            erasure.caseId().value(), erasure.versions());
        return erasure;
    }

    /**
     * The erasure audit, oldest first.
     *
     * @throws StoreException if the database fails
     */
    public List<ErasureRecord> audit() {
        return engine.read("audit", c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT scope, case_id, versions, erased_at, erased_by "
                + "FROM erasure_audit ORDER BY seq"); ResultSet rs = select.executeQuery()) {
                List<ErasureRecord> records = new ArrayList<>();
                while (rs.next()) {
                    records.add(new ErasureRecord(ErasureRecord.Scope.valueOf(rs.getString(1)), CaseId.of(rs.getString(2)),
                        rs.getInt(3), rs.getTimestamp(4).toInstant(), Author.of(rs.getString(5))));
                }
                return List.copyOf(records);
            }
        });
    }
}
