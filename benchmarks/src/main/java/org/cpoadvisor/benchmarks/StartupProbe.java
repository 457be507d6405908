package org.cpoadvisor.benchmarks;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.Architectures;
import org.cpoadvisor.advisor.cli.Main;
import org.cpoadvisor.advisor.report.JsonRenderer;
import org.cpoadvisor.advisor.report.TextRenderer;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.cpoadvisor.rules.judge.Judge;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a cold {@code cpo check} spends its time: each part of the work done once, in
 * the order the command does it, with the classes it loads. Run as a fresh process
 * (benchmarks/startup.sh does), with the launcher's JVM options:
 *
 * <pre>
 * java -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -cp 'benchmarks/target/cpo-benchmarks.jar:benchmarks/target/lib/*' \
 *     org.cpoadvisor.benchmarks.StartupProbe samples/inference-edge.cpo
 * </pre>
 */
public final class StartupProbe {

    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();
    private static long last;
    private static long lastClasses;

    private StartupProbe() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long atMain = System.currentTimeMillis();
        Path sample = Path.of(args.length > 0 ? args[0] : "samples/inference-edge.cpo");
        System.out.printf(Locale.ROOT, "%-46s %6d ms %6d classes%n", "JVM start to main", atMain - jvmStart,
                CLASSES.getTotalLoadedClassCount());
        mark();
        Main.commandLine(new String[]{"check"}).getCommandSpec();
        step("picocli: the command model (cpo check)");
        BuiltinCatalog.get();
        step("built-in catalog (ANTLR, reader, validation)");
        ReadResult read = Architectures.read(sample);
        step("read and check the sample (sizing checks)");
        Judge.warmUp();
        step("Drools: load the rule base (executable model)");
        Advisor advisor = new Advisor();
        Advice advice = advisor.advise(read);
        step("advise: sizing, cost, break-even, rules, roadmap");
        new TextRenderer(false).render(advice);
        step("text report");
        new JsonRenderer().render(advice);
        step("JSON report (Jackson)");
        advisor.advise(Architectures.read(sample));
        step("the same read and advice again (warm)");
        System.out.printf(Locale.ROOT, "%-46s %6d ms %6d classes%n", "total from JVM start", System.currentTimeMillis() - jvmStart,
                CLASSES.getTotalLoadedClassCount());
    }

    private static void mark() {
        last = System.nanoTime();
        lastClasses = CLASSES.getTotalLoadedClassCount();
    }

    private static void step(String what) {
        long now = System.nanoTime();
        long classes = CLASSES.getTotalLoadedClassCount();
        System.out.printf(Locale.ROOT, "%-46s %6d ms %6d classes%n", what, (now - last) / 1_000_000, classes - lastClasses);
        mark();
    }
}
