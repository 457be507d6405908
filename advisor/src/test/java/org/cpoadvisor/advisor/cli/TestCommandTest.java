package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpoadvisor.advisor.cli.CliTest.cpo;

/** {@code cpo test}: the sample rule pack's fixtures, and fixtures that are wrong on purpose. */
class TestCommandTest {

    private static final String PACK = "../samples/rule-packs/min-nic.drl";
    private static final Path FIXTURES = Path.of("../samples/rule-packs/tests");

    @Test
    void theSamplePacksFixturesPass() {
        Run r = cpo("test", "--rules", PACK, FIXTURES.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).isEqualTo("PASS " + FIXTURES.resolve("acme-cpo-unplanned.cpo") + " (1 expected finding)\n"
                + "PASS " + FIXTURES.resolve("acme-min-nic.cpo") + " (1 expected finding)\n"
                + "2 fixtures, 2 passed, 0 failed\n");
    }

    @Test
    void withoutThePackItsFindingsAreMissing() {
        Run r = cpo("test", FIXTURES.resolve("acme-min-nic.cpo").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("FAIL " + FIXTURES.resolve("acme-min-nic.cpo") + "\n"
                + "  expected, not in the advice: acme-min-nic warning on lab.train-200g (line 4)\n"
                + "1 fixture, 0 passed, 1 failed\n");
    }

    @Test
    void aWrongFixtureFailsAndNamesWhatWasExpectedAndWhatCame(@TempDir Path dir) throws IOException {
        String text = Files.readString(FIXTURES.resolve("acme-min-nic.cpo"));
        // the 400G cluster meets the minimum: expecting the finding there is wrong; and the 200G one's is not allowed now
        Path wrong = dir.resolve("wrong.cpo");
        Files.writeString(wrong, text.replace("// expect finding: acme-min-nic warning on lab.train-200g",
                "// expect finding: acme-min-nic warning on lab.train-400g"));
        Path good = dir.resolve("good.cpo");
        Files.writeString(good, text);
        Run r = cpo("test", "--rules", PACK, dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("PASS " + good + " (1 expected finding)\n"
                + "FAIL " + wrong + "\n"
                + "  expected, not in the advice: acme-min-nic warning on lab.train-400g (line 4)\n"
                + "  in the advice, not expected: acme-min-nic warning on lab.train-200g: "
                + "200G per GPU is below Acme's minimum of 400G for training\n"
                + "2 fixtures, 1 passed, 1 failed\n");
    }

    @Test
    void aMalformedLineOrAFileWithErrorsFails(@TempDir Path dir) throws IOException {
        Path typo = dir.resolve("typo.cpo");
        Files.writeString(typo, Files.readString(FIXTURES.resolve("acme-min-nic.cpo"))
                .replace("// allow finding: fewer-tiers", "// allow finding: fewer tiers"));
        Path broken = dir.resolve("broken.cpo");
        Files.writeString(broken, "// expect finding: acme-min-nic\narchitecture \"b\"\nsite \"s\" {\n  cooling liqud\n}\n");
        Run r = cpo("test", "--rules", PACK, typo.toString(), broken.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL " + typo + "\n  not an expectation (// expect finding: ID [SEVERITY] [on SUBJECT]), "
                        + "line 6: // allow finding: fewer tiers\n")
                // two errors (the site has no cluster; the cooling is misspelt): the first, in file order, is named
                .contains("FAIL " + broken + "\n  the file has 2 errors, so no advice: " + broken
                        + ":3:6: error CPO210: site `s` has no cluster\n  expected, not in the advice: acme-min-nic (line 1)\n")
                .endsWith("2 fixtures, 0 passed, 2 failed\n");
    }

    @Test
    void usageAndIoErrorsExitTwo(@TempDir Path dir) throws IOException {
        Run missing = cpo("test", dir.resolve("nothing.cpo").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cpo test: cannot read " + dir.resolve("nothing.cpo") + ": no such file");
        Run empty = cpo("test", dir.toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("cpo test: no fixture in " + dir);
        Path pack = dir.resolve("bad.drl");
        Files.writeString(pack, "rule \"x\" when then nonsense( end\n");
        Run bad = cpo("test", "--rules", pack.toString(), FIXTURES.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("CPO310");
        assertThat(missing.err() + empty.err() + bad.err()).doesNotContain("Exception");
    }
}
