package org.giswatch.platform.problem;

import java.sql.SQLException;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure caused by the database being down, restarting or unreachable, as opposed to a fault of the
 * request or of our code: such a request is a 503 the client may retry, not a 500.
 */
final class DatabaseUnavailable {

    /**
     * How long clients should wait before retrying: a supervised PostgreSQL restarts and recovers in a few seconds
     * (./stack: first restart after 1 s; crash recovery of a small database takes about as long).
     */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        return FailureChain.contains(failure, JDBCConnectionException.class)
                || FailureChain.find(failure, SQLException.class,
                        sql -> unavailableState(sql.getSQLState()) || poolTimedOut(sql)).isPresent();
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, broken, lost) and the 57P0x operator interventions:
     * 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up, in recovery).
     */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /** Agroal gives up waiting for a connection (all busy, or none can be opened) with a plain SQLException. */
    private static boolean poolTimedOut(SQLException sql) {
        return sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().contains("acquisition timeout");
    }
}
