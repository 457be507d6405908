package org.cpoadvisor.advisor;

/**
 * How a sweep runs (docs/model.md section 9).
 *
 * @param scenarios      how many scenarios to draw (at least 1)
 * @param seed           the seed: the same seed draws the same scenarios, on any number of threads
 * @param threads        how many threads price them in this process (at least 1); no effect on the result
 * @param breakEvenShare of how many scenarios (the first drawn) to search the break-even GPU count; 0: none.
 *                       The search prices a cluster some 40 times, so a sweep does it on a share only
 */
public record SweepOptions(long scenarios, long seed, int threads, long breakEvenShare) {

    /** The scenarios of a sweep when none are asked for. */
    public static final long DEFAULT_SCENARIOS = 1000;
    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 1;
    /** The break-even share when none is given. */
    public static final long DEFAULT_BREAK_EVEN_SHARE = 200;
    /** The most scenarios one sweep may draw in one process. */
    public static final long MAX_SCENARIOS = 10_000_000;

    public SweepOptions {
        if (scenarios < 1 || scenarios > MAX_SCENARIOS) {
            throw new IllegalArgumentException("scenarios must be 1.." + MAX_SCENARIOS + ": " + scenarios);
        }
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        if (breakEvenShare < 0) throw new IllegalArgumentException("break-even share must not be negative: " + breakEvenShare);
        breakEvenShare = Math.min(breakEvenShare, scenarios);
    }

    /** {@code scenarios} from {@code seed} on every core, with the default break-even share. */
    public static SweepOptions of(long scenarios, long seed) {
        return new SweepOptions(scenarios, seed, Runtime.getRuntime().availableProcessors(), DEFAULT_BREAK_EVEN_SHARE);
    }

    public SweepOptions withThreads(int n) {
        return new SweepOptions(scenarios, seed, n, breakEvenShare);
    }

    public SweepOptions withBreakEvenShare(long n) {
        return new SweepOptions(scenarios, seed, threads, n);
    }
}
