package org.cpoadvisor.benchmarks;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.Architectures;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Advice on generated estates of 100, 1,000 and 10,000 clusters: the whole advice from
 * text, the read alone (parse, model, validation, fabric checks) and the engine alone
 * (sizing, cost, break-even, rules, roadmap). The target: cost linear in clusters.
 *
 * <pre>
 * java -Xmx1g -cp 'benchmarks/target/cpo-benchmarks.jar:benchmarks/target/lib/*' org.openjdk.jmh.Main AdviseBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
// the launcher's collector: on two cores and a 1 GiB heap, G1's pauses made the 10,000-cluster figures vary by ±100 %
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class AdviseBenchmark {

    @Param({"100", "1000", "10000"})
    public int clusters;

    private final Advisor advisor = new Advisor();
    private String text;
    private ReadResult read;

    @Setup(Level.Trial)
    public void setUp() {
        text = EstateGenerator.estate(clusters, 7);
        read = Architectures.read(text, "estate.cpo");
        if (read.hasErrors()) {
            throw new IllegalStateException("the generated estate has errors: " + read.diagnostics().get(0));
        }
    }

    /** Text to advice, as {@code Advisor.advise(String, String)} does it. */
    @Benchmark
    public Advice advise() {
        return advisor.advise(text, "estate.cpo");
    }

    /** Text to a checked model. */
    @Benchmark
    public ReadResult read() {
        return Architectures.read(text, "estate.cpo");
    }

    /** A checked model to advice: the engine. */
    @Benchmark
    public Advice engine() {
        return advisor.advise(read);
    }
}
