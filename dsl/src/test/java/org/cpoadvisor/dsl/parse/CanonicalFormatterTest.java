package org.cpoadvisor.dsl.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
