package org.cpoadvisor.sweep.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cpoadvisor.sweep.spark.SparkSweepTest.print;

/** The command line, up to the point where Spark would start: no Spark context here. */
class SparkSweepMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SparkSweepMain.run(args, print(out), print(err));
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(UTF_8)).startsWith("usage: spark-submit --class org.cpoadvisor.sweep.spark.SparkSweepMain");
    }

    @Test
    void badArgumentsPrintWhatIsWrongAndTheUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("no FILE given").contains("usage:");
        err.reset();
        assertThat(run("a.cpo", "--scenarios", "many")).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("--scenarios takes a whole number, not `many`");
        err.reset();
        assertThat(run("a.cpo", "--seed")).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("--seed needs a value");
        err.reset();
        assertThat(run("a.cpo", "--threads", "4")).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("unknown option --threads");
        err.reset();
        assertThat(run("a.cpo", "--format", "pdf")).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("--format takes text, markdown, json, html, not `pdf`");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThat(run(dir.resolve("none.cpo").toString())).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("cannot read").contains("none.cpo");
    }

    @Test
    void aFileWithErrorsPrintsItsDiagnosticsBeforeSparkStarts(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.cpo"), "architecture \"broken\" {\n  cluster {\n");

        assertThat(run(broken.toString())).isEqualTo(1);

        assertThat(err.toString(UTF_8)).contains("broken.cpo has errors, so nothing was swept").contains("error");
        assertThat(out.toString(UTF_8)).isEmpty();
    }

    @Test
    void aRulePackThatDoesNotCompileIsAnError(@TempDir Path dir) throws Exception {
        Path pack = Files.writeString(dir.resolve("bad.drl"), "rule \"x\" when then oops( end\n");

        assertThat(run(SparkSweepTest.SAMPLE.toString(), "--rules", pack.toString())).isEqualTo(1);

        assertThat(err.toString(UTF_8)).contains("the advisor cannot be set up").contains("bad.drl");
    }

    @Test
    void argumentsParse() {
        Arguments a = Arguments.parse(new String[]{"--seed", "-3", "f.cpo", "--scenarios", "1_000", "--partitions", "7",
                "--policy", "min-gpus 64", "--catalog", "c.cpo", "--break-even-scenarios", "5000"});
        assertThat(a.file()).isEqualTo(Path.of("f.cpo"));
        assertThat(a.seed()).isEqualTo(-3);
        assertThat(a.scenarios()).isEqualTo(1000);
        assertThat(a.breakEvenShare()).isEqualTo(1000);
        assertThat(a.partitions()).isEqualTo(7);
        assertThat(a.policies()).containsExactly("min-gpus 64");
        assertThat(a.catalogs()).containsExactly(Path.of("c.cpo"));
        assertThat(a.format()).isEqualTo("text");
        assertThat(Arguments.parse(new String[]{"f.cpo", "-o", "s.md", "-f", "markdown"}).format()).isEqualTo("markdown");
        assertThat(Arguments.parse(new String[]{"f.cpo", "--output", "s.txt"}).out()).isEqualTo(Path.of("s.txt"));
        assertThatThrownBy(() -> Arguments.parse(new String[]{"a.cpo", "b.cpo"})).hasMessageContaining("one FILE only");
        assertThatThrownBy(() -> Arguments.parse(new String[]{"a.cpo", "--partitions", "0"})).hasMessageContaining("--partitions must be");
    }

    @Test
    void rangesCoverTheScenariosOnceInNearlyEqualParts() {
        List<SparkSweep.Range> r = SparkSweep.ranges(10, 3, 0);
        assertThat(r).containsExactly(new SparkSweep.Range(0, 4), new SparkSweep.Range(4, 7), new SparkSweep.Range(7, 10));
        assertThat(SparkSweep.ranges(5, 5, 0)).hasSize(5).allMatch(x -> x.to() - x.from() == 1);
        assertThatThrownBy(() -> SparkSweep.ranges(2, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScenariosWhoseBreakEvenIsSearchedAreSpreadOverMoreRanges() {
        // 1,000 scenarios, the first 100 searched (10x the work): 2,000 units of work, 500 a range
        assertThat(SparkSweep.ranges(1000, 4, 100)).containsExactly(new SparkSweep.Range(0, 46), new SparkSweep.Range(46, 91),
                new SparkSweep.Range(91, 500), new SparkSweep.Range(500, 1000));
        for (long n : new long[]{1, 2, 7, 400, 1001}) {
            for (int slices : new int[]{1, 2, 3, 8, 64}) {
                if (slices > n) continue;
                for (long share : new long[]{0, 1, n / 2, n}) {
                    List<SparkSweep.Range> r = SparkSweep.ranges(n, slices, share);
                    assertThat(r).hasSize(slices).allMatch(x -> x.to() > x.from());
                    assertThat(r.get(0).from()).isZero();
                    assertThat(r.get(slices - 1).to()).isEqualTo(n);
                    for (int i = 1; i < slices; i++) assertThat(r.get(i).from()).isEqualTo(r.get(i - 1).to());
                }
            }
        }
    }
}
