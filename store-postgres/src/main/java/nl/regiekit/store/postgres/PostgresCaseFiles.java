package nl.regiekit.store.postgres;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.CaseFileRepository;

/**
 * Whole case files (dossiers) in PostgreSQL, keyed by their case's identifier, with every version, the
 * caseload queries and the columns of {@link StoredAggregates}. Obtained from {@link PostgresStore#caseFiles()}.
 * Thread-safe.
 */
public final class PostgresCaseFiles extends StoredAggregates<CaseFile> implements CaseFileRepository {

    PostgresCaseFiles(Engine engine) {
        super(engine, "case-file");
    }

    @Override
    CaseFile toFile(CaseFile value) {
        return value;
    }

    @Override
    CaseFile fromFile(CaseFile file) {
        return file;
    }
}
