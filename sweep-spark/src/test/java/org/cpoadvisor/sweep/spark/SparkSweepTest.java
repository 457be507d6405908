package org.cpoadvisor.sweep.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.SweepOptions;
import org.cpoadvisor.advisor.advice.SweepSummary;
import org.cpoadvisor.advisor.report.UncertaintyReports;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sweep on Spark in local mode (2 threads) gives the in-process summary, in any number of ranges.
 * One Spark context for the class: starting one takes seconds. (How much the summaries say depends on
 * the sample's uncertain figures: with none, every scenario prices alike and only the counting, the
 * ranges' cover and the break-even share are compared.)
 */
class SparkSweepTest {

    /** The sample, from the repository root (the module's folder is the tests' working directory). */
    static final Path SAMPLE = Path.of("..", "samples", "ai-factory.cpo");
    static final String NAME = SAMPLE.toString();
    /** 400 scenarios, the break-even count searched in the first 50 (each some 10 times the work of another). */
    static final SweepOptions OPTIONS = new SweepOptions(400, 7, 1, 50);

    static JavaSparkContext sc;
    static String source;
    static SweepSummary inProcess;

    @BeforeAll
    static void start() throws Exception {
        source = Files.readString(SAMPLE);
        Advisor advisor = ExecutorState.advisor(AdvisorSetup.BUILT_IN); // the one the tasks use: built once
        ReadResult read = advisor.read(source, NAME);
        assertThat(read.hasErrors()).as("the sample reads without errors").isFalse();
        inProcess = advisor.sweep(read, OPTIONS);
        sc = new JavaSparkContext(new SparkConf()
                .setMaster("local[2]")
                .setAppName("SparkSweepTest")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (sc != null) sc.close();
    }

    @Test
    void theDefaultRangesAreFourPerThread() {
        assertThat(SparkSweep.defaultSlices(sc, 400)).isEqualTo(8);
        assertThat(SparkSweep.defaultSlices(sc, 5)).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} ranges (0: the default)")
    @ValueSource(ints = {0, 3, 8})
    void sparkGivesTheInProcessSummary(int slices) {
        SweepSummary spark = SparkSweep.run(sc, new SparkSweep.Job(source, NAME, OPTIONS, AdvisorSetup.BUILT_IN), slices);

        assertThat(spark.hasErrors()).isFalse();
        assertThat(spark.scenarios()).isEqualTo(400);
        assertThat(spark.clusters()).isNotEmpty().allSatisfy(c ->
                assertThat(c.verdicts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(400));
        assertThat(spark).isEqualTo(inProcess);
    }

    @Test
    void aSetupTravelsToTheTasks() {
        AdvisorSetup setup = AdvisorSetup.BUILT_IN.withPolicy("min-saving 12 %");
        SweepOptions options = new SweepOptions(100, 7, 1, 20);
        Advisor advisor = ExecutorState.advisor(setup);
        SweepSummary expected = advisor.sweep(advisor.read(source, NAME), options);

        SweepSummary spark = SparkSweep.run(sc, new SparkSweep.Job(source, NAME, options, setup), 3);

        assertThat(spark).isEqualTo(expected);
    }

    @Test
    void aFileWithErrorsGivesItsDiagnosticsOnly() {
        SweepSummary spark = SparkSweep.run(sc, "architecture \"broken\" {\n  cluster {\n", "broken.cpo", OPTIONS);

        assertThat(spark.hasErrors()).isTrue();
        assertThat(spark.clusters()).isEmpty();
    }

    @Test
    void theMainSweepsAFileOnTheGivenContext(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("summary.txt");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int code = SparkSweepMain.run(new String[]{SAMPLE.toString(), "--scenarios", "400", "--seed", "7", "--partitions", "5",
                "--break-even-scenarios", "50", "--out", out.toString()}, print(stdout), print(stderr), sc);

        assertThat(code).as(stderr.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(out)).isEqualTo(UncertaintyReports.sweep(inProcess, "text"));
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
