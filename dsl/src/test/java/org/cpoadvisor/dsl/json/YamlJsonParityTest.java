package org.cpoadvisor.dsl.json;

import org.cpoadvisor.dsl.parse.JsonArchitectureReader;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.parse.CpoReader;
import org.cpoadvisor.dsl.parse.Limits;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.dsl.parse.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 13, item 3: YAML read with YAML 1.2's core-schema meanings, aliases, documents and
 * tags, one size and nesting limit for every format, JSON and YAML fragments imported from
 * any root, and parser messages in the language's words.
 */
class YamlJsonParityTest {

    private static final Duration HANG = Duration.ofSeconds(20);
    private static final String SITE = "sites:\n  - name: s\n    clusters:\n      - name: c\n        gpus: 16 x H100\n";

    @TempDir
    Path dir;

    private final CpoReader reader = TestCatalog.reader();
    private final JsonArchitectureReader json = new JsonArchitectureReader(reader);

    private ReadResult yaml(String text) {
        return json.read(text, "a.yaml", Syntax.YAML, null);
    }

    private ReadResult clean(ReadResult r) {
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).isEmpty();
        return r;
    }

    private static Diagnostic only(ReadResult r, Code code) {
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).extracting(Diagnostic::code).containsExactly(code);
        return r.diagnostics().get(0);
    }

    // ------------------------------------------------------------------ YAML 1.2 core schema

    @Test
    void yesNoOnOffAreTextAndLeadingZerosAreDecimal() {
        ReadResult r = clean(yaml("""
                architecture: y
                sites:
                  - name: s
                    region: no
                    clusters:
                      - name: c
                        gpus: 20 x H100
                        gpus-per-node: 010
                  - name: t
                    region: on
                    clusters:
                      - { name: c, gpus: 16 x H100, gpus-per-node: 0o10 }
                  - { name: u, region: !!str true, clusters: [ { name: c, gpus: 8, accelerator: H100 } ] }
                """));
        List<Site> sites = r.architecture().sites();
        assertThat(sites).extracting(Site::region).containsExactly("no", "on", "true");
        assertThat(sites.get(0).clusters()).extracting(Cluster::gpusPerNode).containsExactly(10);
        assertThat(sites.get(1).clusters()).extracting(Cluster::gpusPerNode).containsExactly(8);
    }

    @Test
    void onlyTrueAndFalseAreBooleans() {
        assertThat(clean(yaml("architecture: y\npolicy: { require-liquid-cooling: True }\n" + SITE)).architecture().policy()
                .requireLiquidCooling()).isTrue();
        // `yes` is the word yes, which the property does not take: the same diagnostic as in a .cpo file
        ReadResult yes = yaml("architecture: y\npolicy:\n  require-liquid-cooling: yes\n" + SITE);
        Diagnostic d = yes.diagnostics().get(0);
        assertThat(yes.hasErrors()).isTrue();
        assertThat(d.location().line()).isEqualTo(3);
        assertThat(d.path()).isEqualTo("$.policy.require-liquid-cooling");
        assertThat(d.message()).contains("yes");
    }

    @Test
    void quotedValuesAreAlwaysTextAndNullIsNotGiven() {
        ReadResult r = clean(yaml("architecture: y\nsites:\n  - { name: s, region: 'off', cooling: ~, "
                + "clusters: [ { name: c, gpus: 16 x H100, nic: null } ] }\n"));
        assertThat(r.architecture().sites().get(0).region()).isEqualTo("off");
        assertThat(r.architecture().sites().get(0).cooling()).isNull();
    }

    // ------------------------------------------------------------------ documents and tags

    @Test
    void aSecondDocumentIsReportedAndNotRead() {
        Diagnostic d = only(yaml("architecture: y\n" + SITE + "---\narchitecture: z\nnicc: 1\n"), Code.CPO111);
        assertThat(d.location().line()).isEqualTo(7);
        assertThat(d.message()).isEqualTo("a second YAML document: only the first is read");
        // an explicit start and end of the one document are fine
        clean(yaml("---\narchitecture: y\n" + SITE + "...\n"));
    }

    @Test
    void aSecondJsonValueIsReportedToo() {
        String doc = "{\"architecture\": \"j\", \"sites\": [{\"name\": \"s\", \"clusters\": [{\"name\": \"c\", \"gpus\": \"8 x H100\"}]}]}";
        Diagnostic d = only(json.read(doc + "\n{\"architecture\": \"k\"}\n", "a.json", Syntax.JSON, null), Code.CPO111);
        assertThat(d.location().line()).isEqualTo(2);
        assertThat(only(json.read(doc + " nonsense", "a.json", Syntax.JSON, null), Code.CPO111).location().line()).isEqualTo(1);
    }

    @Test
    void tagsOutsideTheCoreSchemaAreReported() {
        Diagnostic binary = only(yaml("architecture: y\nassumptions:\n  pue: !!binary 1.3\n" + SITE), Code.CPO112);
        assertThat(binary.message()).isEqualTo("unknown tag `!!binary`");
        assertThat(binary.location().line()).isEqualTo(3);
        assertThat(only(yaml("architecture: y\nassumptions: !mine\n  pue: 1.3\n" + SITE), Code.CPO112).message())
                .isEqualTo("the tag `!mine` is not read here");
        assertThat(only(yaml("architecture: y\nassumptions:\n  pue: !!int abc\n" + SITE.replace("16 x", "8 x")), Code.CPO112)
                .message()).isEqualTo("`!!int` does not fit the value `abc`");
        clean(yaml("architecture: !!str y\nassumptions: !!map\n  pue: !!float 1.3\n  lifetime: !!int 5 years\n".replace("!!int 5 years", "5 years") + SITE));
    }

    // ------------------------------------------------------------------ aliases

    @Test
    void aliasesAreExpandedAndTheirProblemsPlacedAtTheAnchoredText() {
        ReadResult r = clean(yaml("""
                architecture: y
                sites:
                  - name: s
                    clusters:
                      - { name: a, gpus: 16 x H100, traffic: &mix east-west 80 % north-south 20 % }
                      - { name: b, gpus: 16 x H100, traffic: *mix }
                """));
        assertThat(r.architecture().sites().get(0).clusters().get(1).traffic().eastWest()).isEqualTo(0.8);

        ReadResult bad = yaml("""
                architecture: y
                sites:
                  - name: s
                    clusters:
                      - &base { name: a, gpus: 16 x H100, cooling: liqud }
                  - name: t
                    clusters: [ *base ]
                """);
        assertThat(bad.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.CPO201, Code.CPO201);
        assertThat(bad.diagnostics()).extracting(d -> d.location().line()).containsExactly(5, 5);
        assertThat(bad.diagnostics()).extracting(Diagnostic::path)
                .containsExactlyInAnyOrder("$.sites[0].clusters[0].cooling", "$.sites[1].clusters[0].cooling");
    }

    @Test
    void anAliasToNothingOrToItselfIsReported() {
        Diagnostic none = only(yaml("architecture: y\nassumptions:\n  pue: *nothing\n" + SITE), Code.CPO113);
        assertThat(none.message()).isEqualTo("the alias `*nothing` names no anchor `&nothing` before it");
        assertThat(none.location().line()).isEqualTo(3);
        Diagnostic loop = only(yaml("architecture: y\nassumptions: &a\n  pue: *a\n" + SITE), Code.CPO113);
        assertThat(loop.message()).isEqualTo("the alias `*a` stands inside the value it names: it would never end");
    }

    /** "Billion laughs": ten aliases of ten aliases of … are refused at the alias that crosses the limit, at once. */
    @Test
    void aliasesThatWouldExpandPastTheFileLimitAreOneErrorAtOnce() {
        StringBuilder b = new StringBuilder("architecture: y\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            b.append("x").append(i).append(": &x").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*x" + (i - 1)))).append("]\n");
        }
        ReadResult r = assertTimeoutPreemptively(HANG, () -> yaml(b + SITE));
        Diagnostic d = only(r, Code.CPO113);
        assertThat(d.message()).isEqualTo("with its aliases expanded the document would pass 4.0 MiB, the most a file may hold");
        assertThat(d.location().line()).isBetween(3, 11);
        assertThat(r.architecture()).isNull();
    }

    @Test
    void aMergeKeyIsNamedAsYaml11() {
        ReadResult r = yaml("architecture: y\nsites:\n  - name: s\n    <<: {cooling: liquid}\n    clusters: [{name: c, gpus: 8 x H100}]\n");
        Diagnostic d = only(r, Code.CPO201);
        assertThat(d.hint()).contains("YAML 1.1").contains("write the fields out");
    }

    // ------------------------------------------------------------------ one size limit

    /** Issue 13: YAML files over 3 MiB were refused (SnakeYAML's own limit); the documented limit is 4 MiB. */
    @Test
    void yamlUpToTheFileLimitIsRead() throws IOException {
        StringBuilder b = new StringBuilder("architecture: big\nsites:\n");
        int n = 0;
        while (b.length() < 3_700_000) {
            b.append("  - name: s").append(n++).append("\n    cooling: liquid\n    clusters:\n");
            for (int c = 0; c < 20; c++) {
                b.append("      - { name: c").append(c).append(", gpus: 16 x H100, traffic: east-west 85 % north-south 15 % }\n");
            }
            // the limit counts every character: comments (cheap to read) make up most of the size
            b.append(("    # " + "-".repeat(94) + "\n").repeat(300));
        }
        Path file = Files.writeString(dir.resolve("big.yaml"), b);
        assertThat(Files.size(file)).isBetween(3L * 1024 * 1024, Limits.DEFAULT.maxFileBytes());
        ReadResult r = assertTimeoutPreemptively(HANG, () -> json.read(file));
        clean(r);
        assertThat(r.architecture().sites()).hasSize(n);
        // text over the limit is refused as a .cpo text is, whatever its syntax
        String over = b + "#" + "x".repeat((int) Limits.DEFAULT.maxFileBytes()) + "\n";
        assertThat(only(json.read(over, "typed.yaml", Syntax.YAML, null), Code.CPO305).message())
                .startsWith("`typed.yaml` is ").endsWith("files are read up to 4.0 MiB");
    }

    // ------------------------------------------------------------------ nesting

    /** Issue 13, item 4: too deep a document is an error at the line where the limit is crossed, in both syntaxes. */
    @Test
    void nestingPastTheLimitIsPlacedWhereItIsCrossed() {
        StringBuilder y = new StringBuilder("architecture: y\nassumptions:\n");
        StringBuilder j = new StringBuilder("{\"architecture\": \"j\",\n\"assumptions\":\n");
        for (int depth = 0; depth < 100; depth++) {
            y.append("  ".repeat(depth + 1)).append("k:\n");
            j.append("{\"k\":\n");
        }
        y.append("  ".repeat(101)).append("v\n");
        j.append("1").append("}".repeat(101)).append("\n");
        // the document is level 1 (line 1); the value of `assumptions` is level 2 and opens on line 3: level 65 on line 66
        Diagnostic fromYaml = deepest(yaml(y.toString()));
        assertThat(fromYaml.location().line()).isEqualTo(66);
        assertThat(fromYaml.message()).isEqualTo("the document nests deeper than 64 levels");
        Diagnostic fromJson = deepest(json.read(j.toString(), "a.json", Syntax.JSON, null));
        assertThat(fromJson.location().line()).isEqualTo(66);
        // a hundred thousand levels: the same one error, at once
        assertThat(only(assertTimeoutPreemptively(HANG, () -> yaml("x: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n")),
                Code.CPO110).location().column()).isEqualTo(4 + 63);
        assertThat(only(assertTimeoutPreemptively(HANG, () -> json.read("[".repeat(100_000), "a.json", Syntax.JSON, null)),
                Code.CPO110).location().column()).isEqualTo(65);
    }

    /** The one nesting error: the document is not read further. */
    private static Diagnostic deepest(ReadResult r) {
        Diagnostic d = only(r, Code.CPO110);
        assertThat(d.hint()).endsWith("The document is not read further");
        assertThat(r.architecture()).isNull();
        return d;
    }

    // ------------------------------------------------------------------ the parsers' messages

    @Test
    void noParserMessageNamesALibrary() {
        List<String> jsons = List.of("{\"a\": NaN}", "{\"a\": Infinity}", "{\"a\": 1} // c", "{'a': 1}", "{\"a\": [1,]}",
                "{\"a\": tru}", "{\"a\": \"x\ty\"}", "{\"a\": 01}", "{\"a\" 1}", "{\"a\": 1", "[1, 2}", "{\"a\": \"\\q\"}",
                "{\"a\": 1}}", "{a: 1}", "{\"a\": -}", "{\"a\": 1e}", "\"a", "{\"a\": " + "9".repeat(5000) + "}");
        for (String text : jsons) {
            for (Diagnostic d : json.read(text, "x.json", Syntax.JSON, null).diagnostics()) {
                assertThat(d.message()).as(text).doesNotContainPattern("(?i)feature|jackson|StreamRead|JsonToken|org\\.|com\\.|`\\w+\\.\\w+|code \\d+|Source:|REDACTED");
            }
        }
        List<String> yamls = List.of("a: [1, 2\n", "a: {b: 1\n", "a:\n  - b\n c: d\n", "a: 'x\n", "a: \"x\n", "\ta: 1\n",
                "a: b: c\n", "a: @x\n", "a: !<x\n", "%YAML 2.0\n---\na: 1\n", "- a\nb: 1\n", "a: *\n", "a: &\n", "? [a]\n: b\n",
                "a: |\n x\n  y\n z\n", "{a: 1}}\n", "a: `x`\n", "a: \"\\q\"\n");
        for (String text : yamls) {
            for (Diagnostic d : yaml(text).diagnostics()) {
                assertThat(d.message()).as(text).doesNotContainPattern("(?i)snakeyaml|org\\.|Event|Token|<block|<scalar|<flow|Impl\\b|null");
            }
        }
        Diagnostic nan = json.read("{\"architecture\": NaN}", "x.json", Syntax.JSON, null).diagnostics().get(0);
        assertThat(nan.message()).isEqualTo("JSON syntax: `NaN` is not a JSON value: numbers are finite, written with digits");
    }

    // ------------------------------------------------------------------ imports

    @Test
    void jsonAndYamlFragmentsAreImportedFromAnyRoot() throws IOException {
        Path common = Files.createDirectories(dir.resolve("arch/common"));
        Files.writeString(common.resolve("policy.yaml"), "policy:\n  min-gpus: 1024\n  pilot-switches: 0\n");
        Files.writeString(common.resolve("sites.json"), "{\"sites\": [{\"name\": \"j\", \"cooling\": \"liqud\","
                + " \"clusters\": [{\"name\": \"c\", \"gpus\": \"8 x H100\"}]}]}\n");
        Files.writeString(common.resolve("assumptions.cpo"), "assumptions { pue 1.4 }\n");
        Path root = Files.writeString(dir.resolve("arch/main.cpo"), "architecture \"m\"\nimport \"common/policy.yaml\"\n"
                + "import \"common/sites.json\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 } }\n");
        Path yamlRoot = Files.writeString(dir.resolve("arch/main.yaml"), "architecture: m\nimports: [common/policy.yaml, "
                + "common/sites.json, common/assumptions.cpo]\n" + SITE);
        Path jsonRoot = Files.writeString(dir.resolve("arch/main.json"), "{\"architecture\": \"m\", \"imports\": "
                + "[\"common/policy.yaml\", \"common/sites.json\"]}\n");
        for (Path r : List.of(root, yamlRoot, jsonRoot)) {
            // paths as the root was named, relative the same way whatever the root's format
            Path given = Path.of("").toAbsolutePath().relativize(r);
            ReadResult result = reader.read(given);
            assertThat(result.files()).as(r.toString()).contains(given.resolveSibling("common/policy.yaml").toString(),
                    given.resolveSibling("common/sites.json").toString());
            Diagnostic range = result.diagnostics().stream().filter(d -> d.code() == Code.CPO204).findFirst().orElseThrow();
            assertThat(range.location().file()).isEqualTo(given.resolveSibling("common/policy.yaml").toString());
            assertThat(range.location().line()).isEqualTo(3);
            assertThat(range.path()).isEqualTo("$.policy.pilot-switches");
            assertThat(range.sourceLine()).isEqualTo("  pilot-switches: 0");
            Diagnostic cooling = result.diagnostics().stream().filter(d -> d.code() == Code.CPO208).findFirst().orElseThrow();
            assertThat(cooling.location().file()).isEqualTo(given.resolveSibling("common/sites.json").toString());
            assertThat(cooling.location().column()).isEqualTo(37);
            assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly(Code.CPO204, Code.CPO208);
        }
        // a JSON or YAML fragment is a fragment: no `architecture`
        Files.writeString(common.resolve("root.yaml"), "architecture: not a fragment\n");
        Path importsRoot = Files.writeString(dir.resolve("arch/imports-root.cpo"),
                "architecture \"m\"\nimport \"common/root.yaml\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 } }\n");
        assertThat(reader.read(importsRoot).diagnostics()).extracting(Diagnostic::code).containsExactly(Code.CPO304);
    }
}
