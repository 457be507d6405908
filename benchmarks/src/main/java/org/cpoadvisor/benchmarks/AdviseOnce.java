package org.cpoadvisor.benchmarks;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.Architectures;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;

/**
 * Advises on a generated estate in one process and prints one line: the first
 * (cold) advice, the median of the warm ones split into read and advise, and the
 * peak heap in use. Used by benchmarks/run.sh; JMH gives the steadier warm figures.
 *
 * <pre>
 * java -Xmx1g -cp 'benchmarks/target/cpo-benchmarks.jar:benchmarks/target/lib/*' org.cpoadvisor.benchmarks.AdviseOnce 10000 5
 * </pre>
 */
public final class AdviseOnce {

    private AdviseOnce() {
    }

    public static void main(String[] args) {
        int clusters = Integer.parseInt(args.length > 0 ? args[0] : "1000");
        int runs = Integer.parseInt(args.length > 1 ? args[1] : "5");
        String text = EstateGenerator.estate(clusters, 7);
        Advisor advisor = new Advisor();
        long t0 = System.nanoTime();
        Advice first = advisor.advise(text, "estate.cpo");
        long cold = System.nanoTime() - t0;
        if (first.hasErrors()) {
            throw new IllegalStateException("the generated estate has errors: " + first.diagnostics().get(0));
        }
        double[] read = new double[runs];
        double[] advise = new double[runs];
        ReadResult last = null;
        Advice kept = first;
        for (int i = 0; i < runs; i++) {
            long a = System.nanoTime();
            last = Architectures.read(text, "estate.cpo");
            long b = System.nanoTime();
            kept = advisor.advise(last);
            long c = System.nanoTime();
            read[i] = (b - a) / 1e6;
            advise[i] = (c - b) / 1e6;
        }
        // the heap high-water mark says little (the collector lets garbage pile up to the limit);
        // what the model and the advice hold, live after a full collection, says what an estate needs
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long live = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "clusters=%d text=%.1fMiB cold=%.0fms warm-read=%.0fms warm-advise=%.0fms warm-total=%.0fms "
                        + "live-heap=%.0fMiB heap-high-water=%.0fMiB max-heap=%.0fMiB%n",
                clusters, text.length() / 1048576.0, cold / 1e6, median(read), median(advise), median(read) + median(advise),
                live / 1048576.0, peak / 1048576.0, rt.maxMemory() / 1048576.0);
        if (kept.clusters().size() != clusters || last == null) throw new IllegalStateException("lost clusters");
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }
}
