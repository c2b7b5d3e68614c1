package nl.regiekit.store.postgres;

import java.sql.SQLException;

/**
 * Thrown when the database fails: the server is unreachable, a statement fails, a migration cannot be
 * applied, the embedded server cannot start. The message names the operation and the SQL state only; the
 * cause is the driver's exception.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param operation what the store was doing, without personal data
     * @param cause the driver's or server's exception
     */
    public StoreException(String operation, Throwable cause) {
        super(operation + " failed" + (cause instanceof SQLException sql && sql.getSQLState() != null
            ? " (SQL state " + sql.getSQLState() + ")" : ""), cause);
    }
}
