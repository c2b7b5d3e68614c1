package nl.regiekit.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casefile.Disclosure;
import nl.regiekit.casefile.DisclosureLog;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;

/**
 * The disclosure log as a table: one row per disclosure, in the fields of the "Logboek dataverwerkingen"
 * standard. The table refuses every update and delete (a trigger), so the log is append-only in the database
 * itself, whoever connects. Obtained from {@link PostgresStore#disclosures()}. Thread-safe.
 */
public final class PostgresDisclosureLog implements DisclosureLog {

    private final Engine engine;

    PostgresDisclosureLog(Engine engine) {
        this.engine = engine;
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreException if the database fails
     */
    @Override
    public void record(Disclosure disclosure) {
        Objects.requireNonNull(disclosure, "disclosure");
        engine.read("record disclosure", c -> Engine.update(c, "INSERT INTO disclosure (trace_id, span_id, "
            + "occurred_at, organisation, processing_activity, purpose, lawful_basis, case_id, data_subjects) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", disclosure.traceId(), disclosure.spanId(), disclosure.at(),
            disclosure.organisation().value(), disclosure.processingActivity(), disclosure.purpose(),
            disclosure.lawfulBasis().name(), disclosure.caseId().value(),
            disclosure.dataSubjects().stream().map(PersonId::value).toArray(String[]::new)));
    }

    /**
     * {@inheritDoc}
     *
     * @throws StoreException if the database fails
     */
    @Override
    public List<Disclosure> ofCase(CaseId caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return engine.read("read disclosures", c -> {
            try (PreparedStatement select = Engine.prepare(c, "SELECT trace_id, span_id, occurred_at, organisation, "
                + "processing_activity, purpose, lawful_basis, case_id, data_subjects FROM disclosure "
                + "WHERE case_id = ? ORDER BY occurred_at, seq", caseId.value()); ResultSet rs = select.executeQuery()) {
                List<Disclosure> found = new ArrayList<>();
                while (rs.next()) {
                    String[] subjects = (String[]) rs.getArray(9).getArray();
                    found.add(new Disclosure(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        OrganisationId.of(rs.getString(4)), rs.getString(5), rs.getString(6),
                        LawfulBasis.valueOf(rs.getString(7)), CaseId.of(rs.getString(8)),
                        Arrays.stream(subjects).map(PersonId::of).toList()));
                }
                return List.copyOf(found);
            }
        });
    }
}
