package org.giswatch.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How long the supervisor waits before restarting a process that died. */
class BackoffTest {

    static final Duration QUICKLY = Duration.ofSeconds(2);
    static final Duration AFTER_A_LONG_RUN = Duration.ofMinutes(10);

    @Test
    void aProcessThatKeepsDyingWaitsTwiceAsLongEachTimeUpToHalfAMinute() {
        LocalStack.Backoff backoff = new LocalStack.Backoff();
        for (long expected : new long[] { 1, 2, 4, 8, 16, 30, 30 }) {
            assertEquals(Duration.ofSeconds(expected), backoff.next(QUICKLY));
        }
    }

    @Test
    void aProcessThatRanForAWhileIsRestartedAfterOneSecondAgain() {
        LocalStack.Backoff backoff = new LocalStack.Backoff();
        backoff.next(QUICKLY);
        backoff.next(QUICKLY);
        assertEquals(Duration.ofSeconds(4), backoff.next(QUICKLY));
        assertEquals(Duration.ofSeconds(1), backoff.next(AFTER_A_LONG_RUN));
    }
}
