package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.check.Baseline;
import org.cpoadvisor.advisor.advice.FailOn;

import java.util.Map;
import java.util.Objects;

/**
 * How {@link Advisor#check} weighs what it finds: the lowest severity that fails, and the
 * problems accepted for now (a baseline), which neither count nor fail.
 *
 * <pre>{@code
 * CheckOptions options = CheckOptions.DEFAULT.withFailOn(FailOn.WARNING).withBaseline(Baseline.read(file));
 * }</pre>
 *
 * @param failOn   the lowest severity that fails the check ({@link FailOn#ERROR} by default)
 * @param baseline the accepted problems, or {@code null} for none
 * @param severities finding id to the severity the project gives it instead of its own ({@code off}: not reported);
 *                   applied before the fail-on level and the counts, and shown by the reports (empty: none)
 */
public record CheckOptions(FailOn failOn, Baseline baseline, Map<String, FindingSeverity> severities) {

    /** Fail on errors, no baseline. */
    public static final CheckOptions DEFAULT = new CheckOptions(FailOn.ERROR, null);

    public CheckOptions {
        Objects.requireNonNull(failOn, "failOn");
        severities = severities == null ? Map.of() : Map.copyOf(severities);
    }

    /** Options without severity overrides. */
    public CheckOptions(FailOn failOn, Baseline baseline) {
        this(failOn, baseline, Map.of());
    }

    public CheckOptions withFailOn(FailOn level) {
        return new CheckOptions(level, baseline, severities);
    }

    /** These options with a baseline ({@code null}: none). */
    public CheckOptions withBaseline(Baseline accepted) {
        return new CheckOptions(failOn, accepted, severities);
    }

    /**
     * These options with severity overrides by finding id ({@code Map.of("maintenance-risk", FindingSeverity.NOTE)}),
     * replacing any before; an id no finding has changes nothing.
     */
    public CheckOptions withSeverities(Map<String, FindingSeverity> overrides) {
        return new CheckOptions(failOn, baseline, overrides);
    }
}
