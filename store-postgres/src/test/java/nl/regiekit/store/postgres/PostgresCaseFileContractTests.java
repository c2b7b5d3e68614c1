package nl.regiekit.store.postgres;

import java.sql.SQLException;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.casefile.CaseFileRepository;
import nl.regiekit.casefile.CaseFileRepositoryContract;

/** The PostgreSQL case files keep the repository contract that the in-memory repository keeps, on every server. */
@ParameterizedClass
@MethodSource("nl.regiekit.store.postgres.PostgresTarget#all")
class PostgresCaseFileContractTests extends CaseFileRepositoryContract {

    @Parameter
    PostgresTarget target;

    private PostgresTarget.Opened opened;

    @Override
    protected CaseFileRepository empty(Clock clock) {
        opened = target.open(clock);
        return opened.store().caseFiles();
    }

    @AfterEach
    void drop() throws SQLException {
        opened.close();
    }
}
