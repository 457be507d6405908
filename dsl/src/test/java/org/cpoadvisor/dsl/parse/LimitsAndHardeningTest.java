package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
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
 * The limits of a read, each with a clear diagnostic, and the regressions of the
 * crashes and hangs the fuzz suite (advisor/…/fuzz) found in the reader. The timeouts
 * are hang guards, not speed targets: each case took minutes, or overflowed the stack.
 */
class LimitsAndHardeningTest {

    private static final Duration HANG = Duration.ofSeconds(20);
    private static final String HEAD = "architecture \"x\"\n";
    private static final String CLUSTER = "site \"s\" {\n  cluster \"c\" {\n    gpus 1024 x H100\n  }\n}\n";

    @TempDir
    Path dir;

    private final CpoReader reader = TestCatalog.reader();

    private static Diagnostic only(ReadResult r, Code code) {
        List<Diagnostic> of = r.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertThat(of).as(DiagnosticPrinter.render(r.diagnostics())).hasSize(1);
        return of.get(0);
    }

    // ------------------------------------------------------------------ imports (CPO309)

    @Test
    void importsNestedDeeperThanSixteenAreRefusedAtTheImport() throws IOException {
        for (int i = 1; i <= 20; i++) {
            Files.writeString(dir.resolve("f" + i + ".cpo"), "import \"f" + (i + 1) + ".cpo\"\n");
        }
        Files.writeString(dir.resolve("f21.cpo"), "policy { min-gpus 1 }\n");
        Path root = Files.writeString(dir.resolve("root.cpo"), HEAD + "import \"f1.cpo\"\n" + CLUSTER);
        Diagnostic d = only(reader.read(root), Code.CPO309);
        assertThat(d.message()).isEqualTo("imports nest deeper than 16 files");
        assertThat(d.location().file()).endsWith("f16.cpo");
    }

    @Test
    void sixteenLevelsOfImportsAreRead() throws IOException {
        for (int i = 1; i < 16; i++) {
            Files.writeString(dir.resolve("f" + i + ".cpo"), "import \"f" + (i + 1) + ".cpo\"\n");
        }
        Files.writeString(dir.resolve("f16.cpo"), "policy { min-gpus 1 }\n");
        Path root = Files.writeString(dir.resolve("root.cpo"), HEAD + "import \"f1.cpo\"\n" + CLUSTER);
        ReadResult r = reader.read(root);
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).isEmpty();
        assertThat(r.files()).hasSize(17);
    }

    @Test
    void moreThan256ImportedFilesAreRefusedAtTheFirstOnePast() throws IOException {
        StringBuilder root = new StringBuilder(HEAD);
        for (int i = 1; i <= 260; i++) {
            Files.writeString(dir.resolve("f" + i + ".cpo"), "policy { min-gpus " + i + " }\n");
            root.append("import \"f").append(i).append(".cpo\"\n");
        }
        root.append(CLUSTER);
        ReadResult r = reader.read(Files.writeString(dir.resolve("root.cpo"), root));
        List<Diagnostic> tooMany = r.diagnostics().stream().filter(d -> d.code() == Code.CPO309).toList();
        assertThat(tooMany).hasSize(4).allSatisfy(d -> assertThat(d.message()).isEqualTo("more than 256 files imported"));
        assertThat(tooMany.get(0).location().line()).isEqualTo(258); // the 257th import
        assertThat(r.architecture()).isNull();
    }

    // ------------------------------------------------------------------ sites and clusters (CPO216)

    @Test
    void clustersPastTheLimitAreOneErrorAtTheFirstOnePast() {
        CpoReader small = new CpoReader(TestCatalog.get(), new Limits(Limits.DEFAULT.maxFileBytes(), 256, 16, 3));
        String text = HEAD + ("site \"a\" {\n" + "  cluster \"c1\" { gpus 8 x H100 }\n  cluster \"c2\" { gpus 8 x H100 }\n}\n")
                + ("site \"b\" {\n" + "  cluster \"c1\" { gpus 8 x H100 }\n  cluster \"c2\" { gpus 8 x H100 }\n}\n");
        ReadResult r = small.read(text, "many.cpo");
        Diagnostic d = only(r, Code.CPO216);
        assertThat(r.diagnostics()).hasSize(1);
        assertThat(d.message()).isEqualTo("more than 3 clusters: the architecture is not read further");
        assertThat(d.location().line()).isEqualTo(8);
        assertThat(d.sourceLine()).contains("cluster \"c2\"");
        assertThat(r.architecture()).isNull();
        assertThat(small.read(text.substring(0, text.lastIndexOf("  cluster")) + "}\n", "fits.cpo").diagnostics()).isEmpty();
    }

    @Test
    void sitesPastTheLimitAreOneError() {
        CpoReader small = new CpoReader(TestCatalog.get(), new Limits(Limits.DEFAULT.maxFileBytes(), 256, 16, 2));
        ReadResult r = small.read(HEAD + "site \"a\" {}\nsite \"b\" {}\nsite \"c\" {}\nsite \"d\" {}\n", "sites.cpo");
        assertThat(only(r, Code.CPO216).message()).isEqualTo("more than 2 sites: the architecture is not read further");
        assertThat(r.diagnostics()).hasSize(1);
    }

    @Test
    void theDefaultLimitIsAHundredThousandClustersAcrossFiles() throws IOException {
        assertThat(Limits.DEFAULT.maxClusters()).isEqualTo(100_000);
        assertThat(new Limits(1, 2, 3).maxClusters()).isEqualTo(100_000);
        // 100,001 clusters in two files of about 2 MiB each
        for (String half : List.of("a", "b")) {
            StringBuilder b = new StringBuilder();
            int n = half.equals("a") ? 50_000 : 50_001;
            for (int s = 0; s < n / 1000 + 1; s++) {
                b.append("site \"").append(half).append(s).append("\" {\n");
                for (int c = 0; c < 1000 && s * 1000 + c < n; c++) b.append("cluster \"").append(c).append("\" { gpus 8 x H100 }\n");
                b.append("}\n");
            }
            Files.writeString(dir.resolve(half + ".cpo"), b);
        }
        Path root = Files.writeString(dir.resolve("root.cpo"), HEAD + "import \"a.cpo\"\nimport \"b.cpo\"\n");
        ReadResult r = assertTimeoutPreemptively(HANG, () -> reader.read(root));
        Diagnostic d = only(r, Code.CPO216);
        assertThat(d.message()).isEqualTo("more than 100,000 clusters: the architecture is not read further");
        assertThat(d.location().file()).endsWith("b.cpo");
    }

    // ------------------------------------------------------------------ text size (CPO305)

    @Test
    void textLargerThanAFileMayBeIsRefusedUnread() {
        String text = HEAD + CLUSTER + "// " + "x".repeat((int) Limits.DEFAULT.maxFileBytes()) + "\n";
        ReadResult r = assertTimeoutPreemptively(HANG, () -> reader.read(text, "typed.cpo"));
        assertThat(only(r, Code.CPO305).message()).isEqualTo("`typed.cpo` is 4.0 MiB; files are read up to 4.0 MiB");
        // counted in UTF-8 bytes, as a file is: 1.4 M three-byte characters are over the limit
        assertThat(reader.read(HEAD + CLUSTER + "// " + "€".repeat(1_400_000) + "\n", "euro.cpo").diagnostics())
                .extracting(Diagnostic::code).containsExactly(Code.CPO305);
        assertThat(reader.read(HEAD + CLUSTER + "// " + "€".repeat(1_000_000) + "\n", "euro.cpo").diagnostics()).isEmpty();
    }

    // ------------------------------------------------------------------ numbers (CPO204, CPO106)

    @Test
    void gpuCountsBeyondAnyEstateAreOutOfRange() {
        assertThat(reader.read(HEAD + CLUSTER.replace("1024", "10_000_000"), "max.cpo").diagnostics())
                .extracting(Diagnostic::code).doesNotContain(Code.CPO204, Code.CPO106);
        Diagnostic d = only(reader.read(HEAD + CLUSTER.replace("1024", "10000008"), "over.cpo"), Code.CPO204);
        assertThat(d.message()).isEqualTo("`gpus` is out of range: 10000008 is not within 1..10000000");
    }

    /** Regression: a number past a double's range (1e308) threw NumberFormatException while its diagnostic was written. */
    @Test
    void aNumberTooLargeForADoubleIsOutOfRangeNotACrash() {
        String huge = "1" + "0".repeat(400);
        Diagnostic pue = only(reader.read(HEAD + "assumptions { pue " + huge + " }\n" + CLUSTER, "pue.cpo"), Code.CPO204);
        assertThat(pue.message()).isEqualTo("`pue` is out of range: a number too large to hold is not within 1..3");
        Diagnostic price = only(reader.read(HEAD + "assumptions { electricity " + huge + " USD/kWh }\n" + CLUSTER, "e.cpo"),
                Code.CPO204);
        assertThat(price.message()).startsWith("`electricity` is out of range: a number too large to hold is not within");
        Diagnostic share = only(reader.read(HEAD + "policy { min-saving " + huge + " % }\n" + CLUSTER, "s.cpo"), Code.CPO204);
        assertThat(share.message()).isEqualTo("`min-saving` must lie between 0 % and 100 %, not a number too large to hold");
    }

    /** Regression: parsing a number of 4 million digits took minutes (BigDecimal is quadratic in its digits). */
    @Test
    void aNumberOfMillionsOfDigitsIsABadNumberAtOnce() {
        String text = HEAD + CLUSTER.replace("1024", "9".repeat(4_000_000));
        Diagnostic d = only(assertTimeoutPreemptively(HANG, () -> reader.read(text, "digits.cpo")), Code.CPO106);
        assertThat(d.message()).isEqualTo("bad number `999999999999…`: it has 4000000 characters");
        assertThat(d.hint()).isEqualTo("numbers are written with at most 1000 characters");
    }

    // ------------------------------------------------------------------ nesting (CPO110)

    /** Regression: thousands of `{` overflowed the stack in the parser's rule for skipped blocks. */
    @Test
    void thousandsOfNestedBracesAreOneErrorNotAStackOverflow() {
        for (int depth : List.of(1_000, 100_000)) {
            String text = HEAD + CLUSTER + "unknown " + "{".repeat(depth) + "}".repeat(depth) + "\n";
            ReadResult r = assertTimeoutPreemptively(HANG, () -> reader.read(text, "deep.cpo"));
            Diagnostic d = only(r, Code.CPO110);
            assertThat(d.message()).isEqualTo("blocks nest deeper than 64 levels");
            assertThat(d.location().line()).isEqualTo(7);
            assertThat(d.location().column()).isEqualTo(9 + 64);
            assertThat(CanonicalFormatter.format(text, "deep.cpo").diagnostics()).extracting(Diagnostic::code).contains(Code.CPO110);
            // never closed: one error for the depth, one for the blocks that are kept
            ReadResult open = reader.read(HEAD + CLUSTER + "site \"t\" " + "{".repeat(depth), "open.cpo");
            assertThat(open.diagnostics()).extracting(Diagnostic::code).contains(Code.CPO110).hasSizeLessThanOrEqualTo(3);
        }
        // sixty-four levels are parsed as ever: an unknown property, not a nesting error
        String fine = HEAD + CLUSTER + "unknown " + "{".repeat(64) + "}".repeat(64) + "\n";
        assertThat(reader.read(fine, "fine.cpo").diagnostics()).extracting(Diagnostic::code).containsExactly(Code.CPO201);
    }

    // ------------------------------------------------------------------ control characters

    /** Found by the fuzz suite: an escape character in a name reached the terminal through the text report. */
    @Test
    void aControlCharacterInANameIsAnInvalidCharacter() {
        String text = HEAD + CLUSTER.replace("\"c\"", "\"c\u001B[2J\"");
        Diagnostic d = only(reader.read(text, "esc.cpo"), Code.CPO105);
        assertThat(d.message()).isEqualTo("a string cannot hold the control character U+001B");
        assertThat(DiagnosticPrinter.render(d)).doesNotContain("\u001B").contains("cluster \"c\\u001B[2J\"");
        assertThat(only(reader.read(HEAD + CLUSTER.replace("\"s\"", "\"s\u009B\""), "c1.cpo"), Code.CPO105).message())
                .endsWith("U+009B");
    }

    /** What is printed of a line in a comment does not drive the terminal either: each control shows as its escape. */
    @Test
    void theSourceLineOfADiagnosticShowsControlCharactersAsEscapes() {
        ReadResult r = reader.read(HEAD + CLUSTER + "nicc 800G // \u001B]0;title\u0007\n", "comment.cpo");
        assertThat(DiagnosticPrinter.render(r.diagnostics())).doesNotContain("\u001B", "\u0007")
                .contains("nicc 800G // \\u001B]0;title\\u0007");
    }

    /**
     * Issue 13: a right-to-left override in a file was printed raw in a diagnostic, and could
     * reorder what the reader sees. It shows as its escape, and the caret stays under the spot.
     */
    @Test
    void aBidiOverrideInAFileIsShownAsAnEscapeAndTheCaretStaysUnderTheSpot() {
        String text = HEAD + CLUSTER.replace("\"c\"", "\"c\u202Ed\"") + "/* \u2066\u202E */ nicc 800G // \u200F\u0085\n";
        Diagnostic d = only(reader.read(text, "bidi\u202E.cpo"), Code.CPO201);
        String shown = DiagnosticPrinter.render(d);
        for (char c : new char[]{'\u202E', '\u2066', '\u200F', '\u0085'}) assertThat(shown).doesNotContain(String.valueOf(c));
        assertThat(shown).contains("bidi\\u202E.cpo:", "/* \\u2066\\u202E */ nicc 800G // \\u200F\\u0085");
        String[] lines = shown.split("\n");
        int source = lines[1].indexOf("nicc");
        assertThat(lines[2].indexOf('^')).isEqualTo(source);
        assertThat(lines[2]).endsWith(" ^^^^");
    }

    // ------------------------------------------------------------------ bounded diagnostics

    /** Issue 13, item 4: a diagnostic on a line of megabytes printed the whole line. */
    @Test
    void aQuotedSourceLineIsCutAroundTheSpotToTheWidth() {
        String pad = "x".repeat(1_500_000);
        String text = HEAD + CLUSTER.replace("    gpus 1024 x H100\n", "    gpus 1024 x H100 /* " + pad + " */ nicc 800G /* " + pad + " */\n");
        Diagnostic d = only(reader.read(text, "wide.cpo"), Code.CPO201);
        String printed = DiagnosticPrinter.render(d);
        List<String> lines = printed.lines().toList();
        assertThat(lines.get(1)).hasSize(DiagnosticPrinter.WIDTH).startsWith("   4 | \u2026").endsWith("\u2026").contains("*/ nicc 800G /*");
        // the caret stands under the spot, in the window shown
        assertThat(lines.get(2).indexOf('^')).isEqualTo(lines.get(1).indexOf("nicc"));
        assertThat(lines.get(2)).matches(" +\\| +\\^{4}");
        // a line at the start is cut at its end only; a line that fits is shown whole
        Diagnostic start = only(reader.read(HEAD + CLUSTER.replace("    gpus 1024 x H100\n", "    nicc 800G /* " + pad + " */\n"), "s.cpo"), Code.CPO201);
        assertThat(DiagnosticPrinter.render(start).lines().toList().get(1)).isEqualTo("   4 |     nicc 800G /* "
                + "x".repeat(DiagnosticPrinter.WIDTH - 25) + "\u2026");
        assertThat(DiagnosticPrinter.render(List.of(d), 60).lines().toList().get(1)).hasSize(60);
        assertThat(DiagnosticPrinter.render(only(reader.read(HEAD + CLUSTER + "nicc 800G\n", "n.cpo"), Code.CPO201)))
                .contains("   7 | nicc 800G\n     | ^^^^\n");
    }

    // ------------------------------------------------------------------ JSON and YAML

    /** Found by the fuzz suite: a YAML syntax error named SnakeYAML's event classes, and a JSON one Jackson's API. */
    @Test
    void yamlAndJsonSyntaxErrorsSpeakTheUsersWords() throws IOException {
        var json = new org.cpoadvisor.dsl.parse.JsonArchitectureReader(reader);
        Path yaml = Files.writeString(dir.resolve("complex-key.yaml"), "architecture: x\n? {a: 1}\n: b\n");
        Diagnostic d = only(json.read(yaml), Code.CPO101);
        assertThat(d.message()).doesNotContain("org.yaml", "Event(", "null").isEqualTo("a key is a name, not a mapping");
        assertThat(d.location().line()).isEqualTo(2);
        // too deep: the language's limit and words, where the limit is crossed (no longer the parser's 1,000)
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(2000));
        Diagnostic tooDeep = only(json.read(deep), Code.CPO110);
        assertThat(tooDeep.message()).isEqualTo("the document nests deeper than 64 levels");
        assertThat(tooDeep.location().column()).isEqualTo(65);
    }

    /**
     * Regression (the fuzz suite's JSON and YAML documents): a number in exponent form,
     * eleven characters of JSON, was written out for the language, a billion digits: out of memory.
     */
    @Test
    void aJsonOrYamlNumberWithAHugeExponentIsABadNumberNotAnOutOfMemoryError() throws IOException {
        var json = new org.cpoadvisor.dsl.parse.JsonArchitectureReader(reader);
        Path big = Files.writeString(dir.resolve("big.json"), "{\"architecture\": \"x\", \"assumptions\": {\"pue\": 1e999999999},\n"
                + " \"sites\": [{\"name\": \"s\", \"clusters\": [{\"name\": \"c\", \"gpus\": 1024, \"accelerator\": \"H100\"}]}]}\n");
        Diagnostic d = only(assertTimeoutPreemptively(HANG, () -> json.read(big)), Code.CPO106);
        assertThat(d.message()).isEqualTo("bad number `1E+999999999`: written out, it has more than 1000 digits");
        assertThat(d.location().line()).isEqualTo(1);
        Path tiny = Files.writeString(dir.resolve("tiny.yaml"), "architecture: x\nassumptions:\n  pue: -1.5e-999999999\n");
        assertThat(only(assertTimeoutPreemptively(HANG, () -> json.read(tiny)), Code.CPO106).message())
                .startsWith("bad number `-1.5E-999999999`: written out, it has more than 1000 digits");
        Path fine = Files.writeString(dir.resolve("fine.json"), "{\"architecture\": \"x\", \"assumptions\": {\"pue\": 1.3e0},\n"
                + " \"sites\": [{\"name\": \"s\", \"clusters\": [{\"name\": \"c\", \"gpus\": 1.024e3, \"accelerator\": \"H100\"}]}]}\n");
        ReadResult r = json.read(fine);
        assertThat(r.hasErrors()).as(DiagnosticPrinter.render(r.diagnostics())).isFalse();
    }

    /**
     * Regressions (the fuzz suite's JSON and YAML documents): JSON and YAML escapes put
     * what a .cpo file on disk cannot hold into names, keys and import paths: half a
     * surrogate pair reached every report (which UTF-8 cannot write), a NUL or an escape
     * in a key or an import path reached the messages and the terminal.
     */
    @Test
    void escapesInJsonAndYamlCannotSmuggleControlsOrHalfPairsIntoMessages() throws IOException {
        var json = new org.cpoadvisor.dsl.parse.JsonArchitectureReader(reader);
        String cluster = "\"sites\": [{\"name\": \"s\", \"clusters\": [{\"name\": \"c\", \"gpus\": 1024, \"accelerator\": \"H100\"}]}]";
        Path half = Files.writeString(dir.resolve("half.json"), "{\"architecture\": \"He\\ud800llo\", " + cluster + "}\n");
        assertThat(only(json.read(half), Code.CPO105).message()).isEqualTo("a string cannot hold half a surrogate pair (U+D800)");
        assertThat(only(reader.read(HEAD.replace("x", "x\uDC00") + CLUSTER, "half.cpo"), Code.CPO105).message())
                .isEqualTo("a string cannot hold half a surrogate pair (U+DC00)");
        assertThat(reader.read(HEAD.replace("x", "x\uD83D\uDE00") + CLUSTER, "pair.cpo").hasErrors()).as("a whole pair is fine").isFalse();

        // a string where it cannot stand is quoted in the syntax error: its control characters too
        ReadResult misplaced = reader.read(HEAD + "site \"s\" {\n  \"a\u0001b\"\n" + CLUSTER.substring(CLUSTER.indexOf('\n') + 1), "m.cpo");
        assertThat(misplaced.diagnostics()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m).startsWith("unexpected string \"a\\u0001b\""))
                .allSatisfy(m -> assertThat(m).doesNotContain("\u0001"));

        Path key = Files.writeString(dir.resolve("key.json"), "{\"architecture\": \"x\", \"\\u0001\\u001b[31m\": 1, " + cluster + "}\n");
        Diagnostic unknown = only(json.read(key), Code.CPO201);
        // the message keeps the key exactly (JSON and SARIF escape it); printed, it is shown, never obeyed
        assertThat(DiagnosticPrinter.render(unknown)).contains("[31m").doesNotContain("\u0001", "\u001b");

        Path imports = Files.writeString(dir.resolve("imports.yaml"),
                "architecture: x\nimports: [\"common.cpo\\0\"]\nsites: [{name: s, clusters: [{name: c, gpus: 1024, accelerator: H100}]}]\n");
        assertThat(only(json.read(imports), Code.CPO105).message()).isEqualTo("a path cannot hold the character U+0000");

        // Jackson quotes the character it did not expect: the first half of 𝟙, alone
        Path math = Files.writeString(dir.resolve("math.json"), "{\"architecture\": \"x\", \"assumptions\": {\"pue\": \uD835\uDFD9}}\n");
        assertThat(only(json.read(math), Code.CPO101).message()).startsWith("JSON syntax: Unexpected character ('\\uD835'")
                .doesNotContain("\uD835");

        Path vendor = Files.writeString(dir.resolve("vendor.json"), "{\"architecture\": \"x\", \"policy\": {\"vendors\": [1e999999999]}, " + cluster + "}\n");
        assertThat(only(assertTimeoutPreemptively(HANG, () -> json.read(vendor)), Code.CPO108).hint())
                .isEqualTo("write it quoted: `\"1E+999999999\"`");
    }

    // ------------------------------------------------------------------ many diagnostics

    /**
     * Regression (the fuzz suite's documents): a JSON document on one line, as generators
     * write them, with 300 errors printed its whole line under each: 140 KB gave a text
     * report of 63 MB. A long line is shown around the place only.
     */
    @Test
    void aLongLineIsShownAroundThePlaceNotWholeUnderEachDiagnostic() throws IOException {
        var json = new org.cpoadvisor.dsl.parse.JsonArchitectureReader(reader);
        StringBuilder doc = new StringBuilder("{\"architecture\": \"x\", \"sites\": [");
        for (int i = 0; i < 300; i++) {
            doc.append(i == 0 ? "" : ", ").append("{\"name\": \"s").append(i).append("\", \"cooling\": \"liqud\", \"region\": \"")
                    .append("r".repeat(400)).append("\", \"clusters\": [{\"name\": \"c\", \"gpus\": 8, \"accelerator\": \"H100\"}]}");
        }
        Path file = Files.writeString(dir.resolve("one-line.json"), doc.append("]}\n").toString());
        ReadResult r = json.read(file);
        List<Diagnostic> bad = r.diagnostics().stream().filter(d -> d.code() == Code.CPO208).toList();
        assertThat(bad).hasSize(300);
        String printed = assertTimeoutPreemptively(HANG, () -> DiagnosticPrinter.render(r.diagnostics()));
        assertThat(printed.length()).as("linear in the diagnostics, not in the line").isLessThan(r.diagnostics().size() * 800);
        String[] lines = DiagnosticPrinter.render(bad.get(150)).split("\n");
        assertThat(lines[1]).startsWith("   1 | …").endsWith("…").hasSizeLessThan(200);
        int caret = lines[2].indexOf('^');
        assertThat(lines[1].substring(caret)).startsWith("\"liqud\"");
    }

    /** Regression: each diagnostic split its whole file into lines again: 40,000 took a minute. */
    @Test
    void tensOfThousandsOfDiagnosticsAreLinearNotQuadratic() {
        String text = HEAD + "site \"s\" {\n" + "  nicc 800G\n".repeat(50_000) + "  cluster \"c\" { gpus 8 x H100 }\n}\n";
        ReadResult r = assertTimeoutPreemptively(HANG, () -> reader.read(text, "noisy.cpo"));
        assertThat(r.diagnostics()).hasSize(50_000).allSatisfy(d -> assertThat(d.sourceLine()).isEqualTo("  nicc 800G"));
    }
}
