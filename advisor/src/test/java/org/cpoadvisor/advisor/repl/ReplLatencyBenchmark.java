package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.Advisor;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How quickly the advice follows a what-if: the latency of {@code set} (edit the
 * canonical text, read it again, advise with the session's one {@link Advisor})
 * followed by {@code advise} (print the verdicts and findings), on the largest
 * sample, after a warm-up. A benchmark, not a test: it asserts nothing and is not run
 * by {@code mvn verify}. From the repository root:
 *
 * <pre>
 * mvn -q -B install -Dmaven.test.skip=true
 * mvn -q -B -pl advisor test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
 * java -cp "advisor/target/test-classes:advisor/target/classes:$(cat advisor/target/test-cp.txt)" \
 *     org.cpoadvisor.advisor.repl.ReplLatencyBenchmark [FILE [SET-COMMAND-PREFIX [WARM-UP [ITERATIONS]]]]
 * </pre>
 *
 * The defaults: {@code samples/ai-factory.cpo}, {@code set dal-1.gb300-train.gpus}
 * (alternating between the cluster's size and a slightly smaller one, so that every
 * iteration is a new version), 20 warm-up and 50 measured iterations. The other large
 * sample: {@code samples/hyperscale-cn/hyperscale-cn.cpo "set ulanqab-1.h20-train.gpus"}.
 */
public final class ReplLatencyBenchmark {

    private ReplLatencyBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/ai-factory.cpo");
        String set = args.length > 1 ? args[1] : "set dal-1.gb300-train.gpus";
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 50;

        long start = System.nanoTime();
        Advisor advisor = new Advisor();
        Session session = new Session(advisor, new PrintWriter(Writer.nullWriter()), "bench");
        if (!session.load(file)) {
            System.err.println("cannot load " + file);
            System.exit(2);
        }
        session.advice();
        // alternate between the cluster's size and a slightly smaller one (whole 72-GPU racks when it can): every set is a new version
        ModelPath target = ModelPath.resolve(set.substring(set.indexOf(' ') + 1).strip(), session.architecture(), advisor.catalog()).path();
        int gpus = session.architecture().cluster(target.site(), target.cluster()).orElseThrow().gpus();
        int smaller = gpus - Math.max(8, gpus / 16 / 72 * 72);
        int[] sizes = {gpus, smaller};
        System.out.printf(Locale.ROOT, "first advice (rule base built, JVM cold): %.0f ms%n", (System.nanoTime() - start) / 1e6);

        for (int i = 0; i < warmUp; i++) {
            run(session, set + " " + sizes[i % 2]);
        }
        List<Double> total = new ArrayList<>();
        List<Double> setOnly = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            run(session, set + " " + sizes[i % 2]);
            long t1 = System.nanoTime();
            run(session, "advise");
            long t2 = System.nanoTime();
            setOnly.add((t1 - t0) / 1e6);
            total.add((t2 - t0) / 1e6);
        }
        // the parts: reading the session's text, and advising on it
        String text = session.canonical();
        List<Double> read = new ArrayList<>();
        List<Double> advise = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            var r = advisor.read(text, Session.SESSION_TEXT);
            long t1 = System.nanoTime();
            advisor.advise(r);
            long t2 = System.nanoTime();
            read.add((t1 - t0) / 1e6);
            advise.add((t2 - t1) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%s on %s, %d iterations after %d warm-up:%n", set + " N; advise", file, iterations, warmUp);
        System.out.printf(Locale.ROOT, "  set + advise: median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                percentile(total, 50), percentile(total, 95), percentile(total, 100));
        System.out.printf(Locale.ROOT, "  set alone (edit, read, advise on the new version): median %.1f ms, p95 %.1f ms%n",
                percentile(setOnly, 50), percentile(setOnly, 95));
        System.out.printf(Locale.ROOT, "  of which: read the text median %.1f ms, p95 %.1f ms; advise median %.1f ms, p95 %.1f ms%n",
                percentile(read, 50), percentile(read, 95), percentile(advise, 50), percentile(advise, 95));
    }

    private static void run(Session session, String command) {
        if (!session.execute(command, 1)) {
            throw new IllegalStateException("`" + command + "` failed");
        }
    }

    /** The nearest-rank percentile. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
