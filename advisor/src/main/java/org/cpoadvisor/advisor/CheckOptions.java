package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.check.Baseline;
import org.cpoadvisor.advisor.advice.FailOn;

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
 */
public record CheckOptions(FailOn failOn, Baseline baseline) {

    /** Fail on errors, no baseline. */
    public static final CheckOptions DEFAULT = new CheckOptions(FailOn.ERROR, null);

    public CheckOptions {
        Objects.requireNonNull(failOn, "failOn");
    }

    public CheckOptions withFailOn(FailOn level) {
        return new CheckOptions(level, baseline);
    }

    /** These options with a baseline ({@code null}: none). */
    public CheckOptions withBaseline(Baseline accepted) {
        return new CheckOptions(failOn, accepted);
    }
}
