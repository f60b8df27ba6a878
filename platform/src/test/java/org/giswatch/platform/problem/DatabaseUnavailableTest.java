package org.giswatch.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.ArcUndeclaredThrowableException;

/** Which failures are a database outage (503, retry) rather than a bug (500). */
class DatabaseUnavailableTest {

    /** What PostgreSQL sends to its backends when the postmaster is killed (SQLSTATE 57P01). */
    private static final SQLException POSTMASTER_EXIT = new SQLException(
            "FATAL: terminating connection due to unexpected postmaster exit", "57P01");

    @Test
    void aConnectionLostInTheCauseChainIsAnOutage() {
        assertTrue(DatabaseUnavailable.causedBy(
                new RuntimeException("query failed", new SQLException("An I/O error occurred", "08006"))));
    }

    /**
     * The failure seen under load while ./stack's PostgreSQL was killed mid-commit: Narayana reports the driver's
     * error as the cause of an XAException suppressed by its RollbackException, not as its cause.
     */
    @Test
    void aCommitThatFailsBecauseThePostmasterDiedIsAnOutage() {
        XAException commitFailed = new XAException("Error trying to transactionCommit local transaction");
        commitFailed.initCause(POSTMASTER_EXIT);
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commitFailed);
        assertTrue(DatabaseUnavailable.causedBy(new ArcUndeclaredThrowableException(rollback)));
    }

    @Test
    void aChainedNextExceptionIsSearchedToo() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "25P02");
        batch.setNextException(POSTMASTER_EXIT);
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(batch)));
    }

    @Test
    void thePoolGivingUpOnAConnectionIsAnOutage() {
        assertTrue(DatabaseUnavailable.causedBy(
                new SQLException("Sorry, acquisition timeout!")));
    }

    @Test
    void aConstraintViolationOrABugIsNotAnOutage() {
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("bug")));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("deferred check failed", "23503"));
        assertFalse(DatabaseUnavailable.causedBy(rollback));
    }

    @Test
    void aSelfReferencingChainEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertFalse(DatabaseUnavailable.causedBy(second));
    }
}
