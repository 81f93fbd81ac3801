package io.trustframe.verify;

import java.util.concurrent.atomic.AtomicInteger;

/** Valid German mobile numbers, a fresh one per call, so tests sharing a server never share a pending verification. */
public final class TestNumbers {

    private static final AtomicInteger NEXT = new AtomicInteger(10_000_000 + (int) (System.nanoTime() % 1_000_000));

    private TestNumbers() {
    }

    public static String mobile() {
        return "+49151" + NEXT.incrementAndGet();
    }

    /** A Berlin landline. */
    public static String landline() {
        return "+4930" + (10_000_000 + NEXT.incrementAndGet() % 90_000_000);
    }
}
