package org.giswatch.platform.problem;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Searches everything a failure carries, not only its cause chain: a transaction manager that fails to commit reports
 * the driver's error as a suppressed exception of its RollbackException, and the PostgreSQL driver chains further
 * errors with {@link SQLException#getNextException()}.
 */
final class FailureChain {

    /** Enough for any real chain; a guard against pathological self-referencing ones. */
    private static final int MAX_VISITED = 64;

    private FailureChain() {
    }

    static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type, Predicate<? super T> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty() && seen.size() < MAX_VISITED) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (type.isInstance(t) && test.test(type.cast(t))) {
                return Optional.of(type.cast(t));
            }
            enqueue(pending, t.getCause());
            for (Throwable suppressed : t.getSuppressed()) {
                enqueue(pending, suppressed);
            }
            if (t instanceof SQLException sql) {
                enqueue(pending, sql.getNextException());
            }
        }
        return Optional.empty();
    }

    private static void enqueue(Deque<Throwable> pending, Throwable next) {
        if (next != null) {
            pending.add(next);
        }
    }

    static boolean contains(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type, t -> true).isPresent();
    }
}
