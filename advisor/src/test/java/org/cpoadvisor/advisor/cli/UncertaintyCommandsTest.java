package org.cpoadvisor.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpoadvisor.advisor.cli.CliTest.cpo;
import static org.cpoadvisor.advisor.cli.CliTest.replScript;

/**
 * {@code cpo sensitivity}, {@code cpo sweep} and the REPL's commands through picocli's command line: help,
 * exit codes, options, output files. The figures themselves are UncertaintyTest's.
 */
class UncertaintyCommandsTest {

    static final String LAB = "src/test/resources/uncertainty/flip-lab.cpo";

    @Test
    void helpOnBothCommands() {
        for (String command : new String[] {"sensitivity", "sweep"}) {
            CliTest.Run r = cpo(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).contains("Usage: cpo " + command).contains("Exit codes");
        }
        assertThat(cpo("sweep", "--help").out()).contains("--scenarios").contains("--seed").contains("--break-even-scenarios");
        assertThat(cpo("--help").out()).contains("sensitivity").contains("sweep");
    }

    @Test
    void sensitivityPrintsEachClusterAndExitsZero() {
        CliTest.Run r = cpo("sensitivity", LAB);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Sensitivity of Flip lab").contains("lab.train: wait");
    }

    @Test
    void sweepTakesItsCountsAndSeed() {
        CliTest.Run r = cpo("sweep", LAB, "--scenarios", "30", "--seed", "9", "--threads", "2", "--break-even-scenarios", "0");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("30 scenarios, seed 9").contains("lab.train (advice: wait)");
        // the same seed, another thread count: the same report, byte for byte
        assertThat(cpo("sweep", LAB, "--scenarios", "30", "--seed", "9", "--threads", "1", "--break-even-scenarios", "0").out())
                .isEqualTo(r.out());
    }

    @Test
    void usageErrorsExitTwo() {
        CliTest.Run zero = cpo("sweep", LAB, "--scenarios", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("scenarios must be 1..");
        assertThat(cpo("sweep", LAB, "--threads", "0").exit()).isEqualTo(2);
        assertThat(cpo("sweep", LAB, "--scenarios", "many").exit()).isEqualTo(2);
        CliTest.Run format = cpo("sensitivity", LAB, "--format", "sarif");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format `sarif`");
        CliTest.Run missing = cpo("sweep", "no-such-file.cpo");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.out() + missing.err()).contains("no-such-file.cpo");
    }

    @Test
    void aFileWithErrorsExitsOneWithItsDiagnostics(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.cpo");
        Files.writeString(bad, "architecture \"x\"\nsite \"s\" {\n  cluster \"c\" { gpus 8 x NOPE }\n}\n");
        CliTest.Run r = cpo("sensitivity", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("bad.cpo:3:").contains("CPO203");
        assertThat(cpo("sweep", bad.toString()).exit()).isEqualTo(1);
    }

    @Test
    void theReportGoesToAFileWhole(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sweep.txt");
        CliTest.Run r = cpo("sweep", LAB, "--scenarios", "10", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).contains("10 scenarios");
        // never over an input
        CliTest.Run over = cpo("sensitivity", LAB, "-o", LAB);
        assertThat(over.exit()).isEqualTo(2);
    }

    @Test
    void theReplRunsBoth() {
        CliTest.Run r = replScript("load " + LAB + "\nsensitivity lab.train\nsweep 20 4\nsensitivity nope.nope\nsweep lots\n");
        assertThat(r.out()).contains("Sensitivity of Flip lab").contains("20 scenarios, seed 4")
                .contains("no cluster `nope.nope`").contains("not a number");
    }
}
