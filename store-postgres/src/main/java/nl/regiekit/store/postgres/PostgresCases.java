package nl.regiekit.store.postgres;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.storage.CaseRepository;

/**
 * Cases (casussen) on their own in PostgreSQL, apart from the case files: each stored as a case-file document
 * holding the case alone, so that it passes the same pipeline and schema, with every version and the caseload
 * queries of {@link StoredAggregates}. Obtained from {@link PostgresStore#cases()}. Thread-safe.
 */
public final class PostgresCases extends StoredAggregates<Case> implements CaseRepository {

    PostgresCases(Engine engine) {
        super(engine, "case");
    }

    @Override
    CaseFile toFile(Case value) {
        return CaseFile.of(value);
    }

    @Override
    Case fromFile(CaseFile file) {
        return file.subject();
    }
}
