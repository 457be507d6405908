package org.cpoadvisor.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpoadvisor.advisor.cli.CliTest.cpo;

/** {@code --catalog}, {@code --policy} and {@code --rules}: one set of options on every command that advises. */
class AdvisorOptionsTest {

    static final String AIR = CheckCommandTest.AIR;
    static final String RULES = "../samples/rule-packs/min-nic.drl";
    static final String LARGE_200G = "../samples/large-training-200g.cpo";

    static final String CATALOG = """
            catalog {
              switch "acme-sw-800g" {
                ports 64 x 800G
                optics pluggable
                family ethernet
                vendor "Acme"
                power 1300 W
                price 41000 USD
                available 2023
                cooling air
                lane 100G
              }
            }
            """;

    static final String ESTATE = """
            architecture "Acme"
            horizon 2025..2030
            currency USD
            site "s1" {
              cooling liquid
              cluster "c1" {
                workload training
                gpus 4096 x B200
                nic 800G
                switch acme-sw-800g
                optics dsp
              }
            }
            """;

    @ParameterizedTest
    @ValueSource(strings = {"advise", "check", "explain", "repl"})
    void theHelpOfEveryCommandThatAdvisesListsTheOptions(String command) {
        for (String[] asked : new String[][]{{"help", command}, {command, "--help"}, {command, "-h"}}) {
            CliTest.Run help = cpo(asked);
            assertThat(help.exit()).as(String.join(" ", asked)).isZero();
            assertThat(help.out()).as(String.join(" ", asked)).startsWith("Usage: cpo " + command)
                    .contains("--catalog=FILE").contains("--policy=TEXT").contains("--rules=FILE");
            assertThat(help.err()).isEmpty();
        }
    }

    /** Every command, as linters do: -h/--help prints its usage on standard output and exits 0. */
    @ParameterizedTest
    @ValueSource(strings = {"advise", "check", "explain", "validate", "fmt", "diff", "test", "catalog", "init", "completion", "repl"})
    void everyCommandTakesHelpAndExitsZero(String command) {
        CliTest.Run help = cpo(command, "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: cpo " + command).contains("-h, --help");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void explainUsesAnEntryOfTheExtraCatalog(@TempDir Path dir) throws IOException {
        Path catalog = Files.writeString(dir.resolve("acme-catalog.cpo"), CATALOG);
        Path estate = Files.writeString(dir.resolve("estate.cpo"), ESTATE);

        CliTest.Run without = cpo("explain", estate.toString(), "--cluster", "s1.c1");
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.out()).contains("acme-sw-800g");

        CliTest.Run with = cpo("explain", estate.toString(), "--cluster", "s1.c1", "--catalog", catalog.toString());
        assertThat(with.exit()).as(with.out() + with.err()).isZero();
        assertThat(with.out()).contains("acme-sw-800g");
    }

    @Test
    void aPolicyOverrideChangesTheCheck() {
        CliTest.Run file = cpo("check", AIR);
        assertThat(file.exit()).isEqualTo(1);
        assertThat(file.out()).contains("error cooling-prerequisite");

        CliTest.Run relaxed = cpo("check", AIR, "--policy", "require-liquid-cooling false");
        assertThat(relaxed.out()).doesNotContain("error cooling-prerequisite");
        assertThat(relaxed.exit()).as(relaxed.out()).isZero();
    }

    @Test
    void adviseTakesTheRulePackAndThePolicy() {
        assertThat(cpo("advise", LARGE_200G).out()).doesNotContain("acme-min-nic");
        assertThat(cpo("advise", LARGE_200G, "--rules", RULES).out()).contains("acme-min-nic");
    }

    @Test
    void theReplAdvisesWithTheRulePackItWasStartedWith() {
        CliTest.Run r = CliTest.replScript("advise\nexplain acme-min-nic\n", "--rules", RULES, LARGE_200G);
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("acme-min-nic").contains("below Acme's minimum of 400G");
    }

    @Test
    void theReplReadsWithTheExtraCatalog(@TempDir Path dir) throws IOException {
        Path catalog = Files.writeString(dir.resolve("acme-catalog.cpo"), CATALOG);
        Path estate = Files.writeString(dir.resolve("estate.cpo"), ESTATE);

        CliTest.Run r = CliTest.replScript("advise\nshow catalog.switch.acme-sw-800g\nset s1.c1.gpus 2048\n", "--catalog", catalog.toString(), estate.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("loaded " + estate).contains("s1.c1").contains("\"Acme\"").contains("s1.c1.gpus = 2048");

        assertThat(CliTest.replScript("advise\n", estate.toString()).exit()).as("without the catalog the file does not read").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"advise", "check", "explain", "repl"})
    void aRulePackThatCannotBeReadIsASetupErrorWithItsDiagnostic(String command, @TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.drl"), "rule \"x\" when then nonsense(\nend\n");
        CliTest.Run r = command.equals("explain")
                ? cpo(command, LARGE_200G, "--cluster", "x.y", "--rules", broken.toString())
                : command.equals("repl") ? CliTest.replScript("advise\n", "--rules", broken.toString(), LARGE_200G)
                : cpo(command, LARGE_200G, "--rules", broken.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("CPO310").doesNotContain("Exception");
    }

    @Test
    void aPolicyThatDoesNotReadIsASetupError() {
        CliTest.Run r = cpo("explain", LARGE_200G, "--finding", "x", "--policy", "min-gpus lots");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error CPO");
    }

    @Test
    void aReportNeverReplacesTheExtraCatalog(@TempDir Path dir) throws IOException {
        Path catalog = Files.writeString(dir.resolve("acme-catalog.cpo"), CATALOG);
        CliTest.Run r = cpo("advise", LARGE_200G, "--catalog", catalog.toString(), "-o", catalog.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("will not overwrite");
        assertThat(Files.readString(catalog)).isEqualTo(CATALOG);
    }
}
