package org.cpoadvisor.benchmarks;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.SweepOptions;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The speed of Monte Carlo sweeps (docs/model.md section 9), in one JVM: a sample swept with N
 * scenarios on T threads, after a warm-up, printed as wall time, scenarios per second and per
 * second per thread; then how the time grows with the scenarios and with the clusters (generated
 * estates). Used by benchmarks/sweep.sh; nothing here runs in {@code mvn verify}.
 *
 * <pre>
 * java -cp 'benchmarks/target/cpo-benchmarks.jar:benchmarks/target/lib/*' org.cpoadvisor.benchmarks.SweepBench samples/ai-factory.cpo
 * </pre>
 */
public final class SweepBench {

    private SweepBench() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/ai-factory.cpo");
        int threads = Runtime.getRuntime().availableProcessors();
        Advisor advisor = new Advisor();
        ReadResult read = advisor.read(file);
        if (read.hasErrors()) throw new IllegalStateException(file + " has errors: " + read.diagnostics().get(0));
        // warm-up: the JIT and the rule base
        advisor.sweep(read, new SweepOptions(1000, 99, threads, 50));
        SweepSummary s = advisor.sweep(read, new SweepOptions(10, 99, 1, 0));
        System.out.printf(Locale.ROOT, "%s: %d clusters, %d uncertain figures; %d threads%n", file, s.clusters().size(),
                s.figures().size(), threads);
        line(advisor, read, "10,000 scenarios, default break-even share (200)", 10_000, threads, SweepOptions.DEFAULT_BREAK_EVEN_SHARE);
        line(advisor, read, "10,000 scenarios, no break-even search", 10_000, threads, 0);
        line(advisor, read, "10,000 scenarios on 1 thread, no break-even search", 10_000, 1, 0);
        line(advisor, read, " 1,000 scenarios, no break-even search", 1_000, threads, 0);
        line(advisor, read, "30,000 scenarios, no break-even search", 30_000, threads, 0);
        line(advisor, read, "   200 break-even searches alone (200 scenarios)", 200, threads, 200);
        System.out.println("clusters (generated estates, seed 7), 1,000 scenarios, no break-even search:");
        for (int n : new int[] {4, 16, 64}) {
            ReadResult estate = advisor.read(EstateGenerator.estate(n, 7), "estate-" + n + ".cpo");
            advisor.sweep(estate, new SweepOptions(200, 98, threads, 0));
            line(advisor, estate, String.format(Locale.ROOT, "%2d clusters", n), 1_000, threads, 0);
        }
    }

    private static void line(Advisor advisor, ReadResult read, String label, long n, int threads, long breakEven) {
        long t0 = System.nanoTime();
        advisor.sweep(read, new SweepOptions(n, 7, threads, breakEven));
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "  %-52s %7.2f s  %8.0f scenarios/s  %7.0f per s per thread%n", label, s, n / s,
                n / s / threads);
    }
}
