package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Sensitivity;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.dsl.parse.ReadResult;

/** Sensitivity and sweeps for the {@link Advisor} (docs/model.md section 9). */
final class Uncertainty {

    private Uncertainty() {
    }

    static Sensitivity sensitivity(Advisor advisor, ReadResult read) {
        throw new UnsupportedOperationException("sensitivity: being built");
    }

    static SweepSummary sweep(Advisor advisor, ReadResult read, SweepOptions options) {
        throw new UnsupportedOperationException("sweep: being built");
    }

    static SweepTally part(Advisor advisor, ReadResult read, SweepOptions options, long from, long to) {
        throw new UnsupportedOperationException("sweep: being built");
    }

    static SweepSummary summarize(Advisor advisor, ReadResult read, SweepOptions options, SweepTally tally) {
        throw new UnsupportedOperationException("sweep: being built");
    }
}
