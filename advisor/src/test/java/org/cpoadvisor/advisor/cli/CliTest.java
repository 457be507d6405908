package org.cpoadvisor.advisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real command line, run in-process on real files. */
class CliTest {

    record Run(int exit, String out, String err) {
    }

    static Run cpo(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    /** The command line with {@code env} as its whole environment ({@code CPO_CONFIG}, {@code CPO_FAIL_ON}, …). */
    static Run cpo(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code cpo repl --script ARGS < input}, through the command line, with an empty environment. */
    static Run replScript(String input, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "repl";
        all[1] = "--script";
        System.arraycopy(args, 0, all, 2, args.length);
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return cpo(Map.of(), all);
        } finally {
            System.setIn(before);
        }
    }

    /** The rule base starts loading early only for the commands that judge (and not for `fmt` or `--version`). */
    @Test
    void theCommandsThatJudgeAreKnownFromTheirFirstWord() {
        assertThat(Main.judges(new String[]{"check", "--fail-on", "warning", "a.cpo"})).isTrue();
        assertThat(Main.judges(new String[]{"-q", "advise", "a.cpo"})).isTrue();
        assertThat(Main.judges(new String[]{"repl"})).isTrue();
        assertThat(Main.judges(new String[]{"explain", "x"})).isTrue();
        assertThat(Main.judges(new String[]{"fmt", "check"})).isFalse();
        assertThat(Main.judges(new String[]{"validate", "advise.cpo"})).isFalse();
        assertThat(Main.judges(new String[]{"--version"})).isFalse();
        assertThat(Main.judges(new String[]{})).isFalse();
    }

    @Test
    void validateOfTheSamplesPasses() {
        Run r = cpo("validate", "../samples");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).endsWith("9 files, 0 errors, 0 warnings\n"); // 7 samples and the rule pack's 2 test fixtures
    }

    @Test
    void validateReportsEveryProblemWithPlaceAndHintAndExitsOne(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.cpo");
        Files.writeString(f, """
                architecture "broken"
                site "s" {
                  cooling liqud
                  cluster "c" { gpus 1024 x H10 }
                }
                """);
        Run r = cpo("validate", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out())
                .contains(f + ":3:11: error CPO208: unknown cooling `liqud`")
                .contains("hint: did you mean `liquid`?")
                .contains(f + ":4:29: error CPO203: unknown accelerator `H10`")
                .contains("   4 |   cluster \"c\" { gpus 1024 x H10 }\n     |                             ^^^\n")
                .contains("hint: did you mean `H100`?")
                .endsWith("1 file, 2 errors, 0 warnings\n");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aGlobThatMatchesNothingIsAUsageError() {
        Run r = cpo("validate", "../samples/*.nothing");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no file matches");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = cpo("validate", "--frobnicate", "x.cpo");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
    }

    @Test
    void fmtCheckNamesFilesOutOfLayoutAndWriteFixesThem(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.cpo");
        Files.writeString(f, "architecture \"a\" site \"s\" { cluster \"c\" { gpus 8 x H100 nic 400 G } }");
        Run check = cpo("fmt", "--check", f.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("a.cpo: not in canonical layout");

        Run write = cpo("fmt", "--write", f.toString());
        assertThat(write.exit()).isZero();
        assertThat(Files.readString(f)).isEqualTo("""
                architecture "a"

                site "s" {
                  cluster "c" {
                    gpus 8 x H100
                    nic 400G
                  }
                }
                """);
        assertThat(cpo("fmt", "--check", f.toString()).exit()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.cpo");
        }
    }

    @Test
    void fmtRefusesAFileWithSyntaxErrorsAndLeavesItAlone(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("b.cpo");
        String text = "architecture \"b\"\nsite \"s\" {\n";
        Files.writeString(f, text);
        Run r = cpo("fmt", "--write", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("CPO102");
        assertThat(Files.readString(f)).isEqualTo(text);
    }

    /** Issue 13: fmt on a JSON or YAML file says what it does with it, and leaves it as it is. */
    @Test
    void fmtOnJsonOrYamlSaysItLeavesTheFileAsItIs(@TempDir Path dir) throws IOException {
        String yaml = "architecture: y   # a comment fmt must not lose\nsites: [{name: s, clusters: [{name: c, gpus: 8 x H100}]}]\n";
        Path y = Files.writeString(dir.resolve("a.yaml"), yaml);
        Path j = Files.writeString(dir.resolve("b.json"), "{\"architecture\": \"j\"}");
        for (String mode : List.of("--write", "--check", "")) {
            Run r = mode.isEmpty() ? cpo("fmt", y.toString(), j.toString()) : cpo("fmt", mode, y.toString(), j.toString());
            assertThat(r.exit()).as(mode).isZero();
            assertThat(r.out()).as(mode).isEmpty();
            assertThat(r.err()).contains(y + ": left as it is: cpo fmt lays out the .cpo language; a YAML file keeps the layout")
                    .contains(j + ": left as it is").contains("a JSON file");
        }
        assertThat(Files.readString(y)).isEqualTo(yaml);
    }

    @Test
    void adviseOfASamplePrintsVerdictsFindingsAndRoadmap() {
        Run r = cpo("advise", "../samples/air-cooled-cpo-plan.cpo");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("VERDICTS").contains("chi-3.b300-train").contains("FINDINGS")
                .contains("error cooling-prerequisite [chi-3.b300-train]").contains("ROADMAP").contains("2025 assess");
    }

    @Test
    void adviseOfABrokenFileExitsOneWithItsDiagnostics(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("b.cpo");
        Files.writeString(f, "architecture \"b\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 traffic east-west 70 % north-south 20 % } }\n");
        Run r = cpo("advise", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("CPO205").contains("no advice");
    }

    @Test
    void versionAndHelp() {
        assertThat(cpo("--version").out()).startsWith("cpo-advisor ");
        Run help = cpo("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("validate").contains("fmt").contains("Examples:");
    }
}
