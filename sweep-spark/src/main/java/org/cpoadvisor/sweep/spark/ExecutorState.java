package org.cpoadvisor.sweep.spark;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one JVM (an executor, or the driver in local mode) keeps across the tasks it runs: one
 * {@link Advisor} per setup, built on first use (an advisor is thread-safe and costly to build: the
 * catalog read, the rule base loaded), and one read of each architecture text. A job normally uses
 * one setup and one text, so each holds one entry; they live as long as the JVM.
 */
final class ExecutorState {

    private static final Map<AdvisorSetup, Advisor> ADVISORS = new ConcurrentHashMap<>();
    private static final Map<ReadKey, ReadResult> READS = new ConcurrentHashMap<>();

    private record ReadKey(AdvisorSetup setup, String source, String name) {
    }

    private ExecutorState() {
    }

    static Advisor advisor(AdvisorSetup setup) {
        return ADVISORS.computeIfAbsent(setup, AdvisorSetup::build);
    }

    /** The text read by the setup's advisor (with its catalog), once per JVM. */
    static ReadResult read(AdvisorSetup setup, String source, String name) {
        return READS.computeIfAbsent(new ReadKey(setup, source, name), k -> advisor(setup).read(source, name));
    }
}
