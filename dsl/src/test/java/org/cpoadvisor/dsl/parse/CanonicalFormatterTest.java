package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.model.ModelFigure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalFormatterTest {

    private static final Path DIR = Path.of("src/test/resources/format");

    @Test
    void messyFileGetsTheReviewedCanonicalLayout() throws IOException {
        String in = Files.readString(DIR.resolve("messy.in.cpo"));
        CanonicalFormatter.Result r = CanonicalFormatter.format(in, "messy.in.cpo");
        assertThat(r.ok()).isTrue();
        assertThat(r.text()).isEqualTo(Files.readString(DIR.resolve("messy.out.cpo")));
    }

    @Test
    void canonicalTextIsAFixedPoint() throws IOException {
        String out = Files.readString(DIR.resolve("messy.out.cpo"));
        assertThat(CanonicalFormatter.format(out, "messy.out.cpo").text()).isEqualTo(out);
    }

    @Test
    void formattingKeepsTheModel() throws IOException {
        String in = Files.readString(DIR.resolve("messy.in.cpo"));
        ReadResult before = TestCatalog.reader().read(in, "in.cpo");
        ReadResult after = TestCatalog.reader().read(CanonicalFormatter.format(in, "in.cpo").text(), "out.cpo");
        assertThat(before.hasErrors()).isFalse();
        assertThat(after.architecture()).isEqualTo(before.architecture());
    }

    @Test
    void trailingCommentsOfARunShareOneColumn() {
        String in = "architecture \"a\"\nsite \"s\" {\n  region eu // where\n  cooling liquid // how\n"
                + "  cluster \"c\" { gpus 8 x H100 }\n}\n";
        String out = CanonicalFormatter.format(in, "a.cpo").text();
        assertThat(out).contains("  region eu       // where\n  cooling liquid  // how\n");
    }

    @Test
    void aCommentAfterAnOpeningBraceStaysOnItsLine() {
        String out = CanonicalFormatter.format("policy { // thresholds\n min-gpus 4096 }", "p.cpo").text();
        assertThat(out).isEqualTo("policy {  // thresholds\n  min-gpus 4096\n}\n");
    }

    @Test
    void modelFiguresKeepTheirPlaceAndTheirComments() {
        // every figure of the table, last row first (the formatter does not reorder), each with a comment
        // above and one after it, with odd spacing and its unit glued on; named assumptions between them
        List<ModelFigure> rows = new ArrayList<>(ModelFigure.ALL);
        Collections.reverse(rows);
        StringBuilder in = new StringBuilder("architecture \"x\"\nassumptions {   // the model's figures\n");
        for (ModelFigure f : rows) {
            in.append("      // about ").append(f.name()).append("\n")
                    .append(" ").append(f.name()).append("    ").append(f.example().replace(" ", "")).append("   // ")
                    .append(f.kind()).append("\n");
            if (f == rows.get(rows.size() / 2)) in.append("\n\n\n  pue 1.3 /* in the middle */\n");
        }
        in.append("}\nsite \"s\" { cluster \"c\" { gpus 8 x H100 } }\n");

        CanonicalFormatter.Result r = CanonicalFormatter.format(in.toString(), "figures.cpo");
        assertThat(r.ok()).isTrue();
        List<String> lines = List.of(r.text().split("\n"));
        assertThat(lines).contains("assumptions {  // the model's figures");
        int previous = -1;
        for (ModelFigure f : rows) {
            int at = lines.indexOf("  // about " + f.name());
            assertThat(at).as(f.name() + " keeps its comment, in its place").isGreaterThan(previous);
            assertThat(lines.get(at + 1)).as("the figure right below it, canonical")
                    .matches(Pattern.quote("  " + f.name() + " " + f.example()) + " +// " + f.kind());
            previous = at + 1;
        }
        assertThat(r.text()).containsPattern("\n\n  pue 1\\.3 +/\\* in the middle \\*/\n").doesNotContain("\n\n\n");

        ReadResult before = TestCatalog.reader().read(in.toString(), "in.cpo");
        ReadResult after = TestCatalog.reader().read(r.text(), "out.cpo");
        assertThat(before.diagnostics()).isEmpty();
        assertThat(after.diagnostics()).isEmpty();
        assertThat(after.architecture()).isEqualTo(before.architecture());
        assertThat(after.architecture().assumptions().figures()).hasSize(ModelFigure.ALL.size());
        assertThat(CanonicalFormatter.format(r.text(), "again.cpo").text()).as("a fixed point").isEqualTo(r.text());
    }

    @Test
    void figuresOnOneLineAreSplitOneALine() {
        String line = ModelFigure.ALL.stream().map(f -> f.name() + " " + f.example()).collect(Collectors.joining(" "));
        String out = CanonicalFormatter.format("assumptions { " + line + " }", "one.cpo").text();
        assertThat(out).isEqualTo("assumptions {\n" + ModelFigure.ALL.stream().map(f -> "  " + f.name() + " " + f.example() + "\n")
                .collect(Collectors.joining()) + "}\n");
    }

    @Test
    void refusesToFormatAFileWithSyntaxErrors() {
        CanonicalFormatter.Result r = CanonicalFormatter.format("architecture \"a\"\nsite \"s\" {\n", "broken.cpo");
        assertThat(r.ok()).isFalse();
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).containsExactly("CPO102");
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(CanonicalFormatter.format("", "e.cpo").text()).isEmpty();
        assertThat(CanonicalFormatter.format("// only a comment", "c.cpo").text()).isEqualTo("// only a comment\n");
    }
}
