package org.cpoadvisor.advisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 1: {@code -} reads standard input, through the real process with text piped into it:
 * named {@code <stdin>}, its syntax sniffed or given with {@code --stdin-syntax}, its imports resolved
 * against the working directory, and its I/O problems (not UTF-8) an exit 2 as for a file.
 */
class StandardInputProcessTest {

    static final String BROKEN = "architecture \"piped\"\nsite \"s\" {\n  cooling liqud\n  cluster \"c\" { gpus 1024 x H100 }\n}\n";

    private static Path samples() {
        return Path.of("../samples").toAbsolutePath().normalize();
    }

    @Test
    void validateAndCheckReadTheLanguageFromStandardInput(@TempDir Path dir) throws Exception {
        CliProcess.Result v = CliProcess.in(dir).input(BROKEN).run("validate", "-");
        assertThat(v.exit()).as(v.toString()).isEqualTo(1);
        assertThat(v.out()).startsWith("<stdin>:3:11: error CPO208: unknown cooling `liqud`\n   3 |   cooling liqud\n")
                .endsWith("1 file, 1 error, 0 warnings\n");

        CliProcess.Result c = CliProcess.in(dir).input(BROKEN.replace("liqud", "liquid")).run("check", "-", "--fail-on", "never");
        assertThat(c.exit()).as(c.toString()).isZero();
        assertThat(c.out()).startsWith("<stdin>: note assumed-figures").endsWith("1 file, 0 errors, 0 warnings, 2 notes\n");

        String sample = Files.readString(samples().resolve("inference-edge.cpo"));
        CliProcess.Result clean = CliProcess.in(dir).input(sample).run("check", "-");
        assertThat(clean.exit()).as(clean.toString()).isZero();
        assertThat(clean.out()).contains("<stdin>:36:6: warning power-cap: [nyc-edge-1]");
    }

    @Test
    void adviseReportsOnStandardInputInAnyFormat(@TempDir Path dir) throws Exception {
        String sample = Files.readString(samples().resolve("inference-edge.cpo"));
        CliProcess.Result r = CliProcess.in(dir).input(sample).run("advise", "-", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/reports/0/files/0").asText()).isEqualTo("<stdin>");
        assertThat(json.at("/reports/0/architecture").asText()).isNotBlank();
    }

    @Test
    void jsonAndYamlAreSniffedOrNamed(@TempDir Path dir) throws Exception {
        String json = "{\"architecture\": \"j\", \"sites\": [{\"name\": \"s\", \"cooling\": \"liqud\","
                + " \"clusters\": [{\"name\": \"c\", \"gpus\": \"1024 x H100\"}]}]}\n";
        CliProcess.Result j = CliProcess.in(dir).input(json).run("validate", "-");
        assertThat(j.exit()).as(j.toString()).isEqualTo(1);
        assertThat(j.out()).contains("<stdin>:1:").contains("$.sites[0].cooling: error CPO208: unknown cooling `liqud`");

        String yaml = "# generated\narchitecture: y\nsites:\n  - name: s\n    cooling: liqud\n"
                + "    clusters: [{name: c, gpus: 1024 x H100}]\n";
        CliProcess.Result y = CliProcess.in(dir).input(yaml).run("validate", "-");
        assertThat(y.exit()).as(y.toString()).isEqualTo(1);
        assertThat(y.out()).contains("<stdin>:5:14: $.sites[0].cooling: error CPO208: unknown cooling `liqud`");

        // named: the YAML read as the language is a syntax error; read as YAML it is the same problem
        CliProcess.Result asCpo = CliProcess.in(dir).input(yaml).run("validate", "-", "--stdin-syntax", "cpo");
        assertThat(asCpo.out()).contains("error CPO1");
        CliProcess.Result asYaml = CliProcess.in(dir).input(yaml).run("validate", "-", "--stdin-syntax", "yaml");
        assertThat(asYaml.out()).isEqualTo(y.out());
        CliProcess.Result bad = CliProcess.in(dir).input(yaml).run("validate", "-", "--stdin-syntax", "toml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--stdin-syntax").contains("cpo, json, yaml");
    }

    @Test
    void importsResolveAgainstTheWorkingDirectory() throws Exception {
        // the sample's root file, piped from its own folder: its imports (common/…, sites/…) are found there
        Path folder = samples().resolve("hyperscale-cn");
        String root = Files.readString(folder.resolve("hyperscale-cn.cpo"));
        CliProcess.Result here = CliProcess.in(folder).input(root).run("check", "-");
        assertThat(here.exit()).as(here.toString()).isZero();
        assertThat(here.out()).contains("sites/cn-north.cpo:").endsWith("1 file, 0 errors, 3 warnings, 6 notes\n");

        CliProcess.Result elsewhere = CliProcess.in(samples()).input(root).run("check", "-");
        assertThat(elsewhere.exit()).isEqualTo(1);
        assertThat(elsewhere.out()).contains("<stdin>:").contains("error CPO301: imported file `common/");

        CliProcess.Result outside = CliProcess.in(folder).input("architecture \"o\"\nimport \"../ai-factory.cpo\"\n").run("validate", "-");
        assertThat(outside.exit()).isEqualTo(1);
        assertThat(outside.out()).contains("error CPO303: import `../ai-factory.cpo` leaves the folder of the root file");
    }

    @Test
    void standardInputThatIsNotUtf8IsAnIoError(@TempDir Path dir) throws Exception {
        byte[] latin1 = "architecture \"Caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        for (String command : new String[]{"validate", "check", "advise", "fmt"}) {
            CliProcess.Result r = CliProcess.in(dir).input(latin1).run(command, "-");
            assertThat(r.exit()).as(command + "\n" + r).isEqualTo(2);
            assertThat(r.out()).as(command).contains("<stdin>:1:18: error CPO306: `<stdin>` is not valid UTF-8 (byte 17)");
        }
        CliProcess.Result empty = CliProcess.in(dir).input("").run("validate", "-");
        assertThat(empty.exit()).as("empty input is a problem of the input, as an empty file").isEqualTo(1);
        assertThat(empty.out()).contains("error CPO308: `<stdin>` is empty");
    }

    @Test
    void fmtFormatsChecksAndDiffsStandardInput(@TempDir Path dir) throws Exception {
        String messy = "architecture   \"m\"\nsite \"s\" {\n      cooling liquid\n}\n";
        String canonical = "architecture \"m\"\n\nsite \"s\" {\n  cooling liquid\n}\n";
        CliProcess.Result f = CliProcess.in(dir).input(messy).run("fmt", "-");
        assertThat(f.exit()).as(f.toString()).isZero();
        assertThat(f.out()).isEqualTo(canonical);

        CliProcess.Result check = CliProcess.in(dir).input(messy).run("fmt", "--check", "-");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).isEqualTo("<stdin>: not in canonical layout\n");
        assertThat(CliProcess.in(dir).input(canonical).run("fmt", "--check", "-").exit()).isZero();

        CliProcess.Result diff = CliProcess.in(dir).input(messy).run("fmt", "--diff", "-");
        assertThat(diff.exit()).isEqualTo(1);
        assertThat(diff.out()).isEqualTo("""
                --- a/<stdin>
                +++ b/<stdin>
                @@ -1,4 +1,5 @@
                -architecture   "m"
                +architecture "m"
                +
                 site "s" {
                -      cooling liquid
                +  cooling liquid
                 }
                """);

        CliProcess.Result write = CliProcess.in(dir).input(messy).run("fmt", "--write", "-");
        assertThat(write.exit()).isEqualTo(2);
    }
}
