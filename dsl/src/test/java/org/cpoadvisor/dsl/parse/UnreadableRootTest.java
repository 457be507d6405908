package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.json.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: which reads are I/O errors ({@link ReadResult#unreadable()}: a root file missing, not a
 * regular file, not UTF-8) and which are problems in a file (an empty root, a missing or broken
 * import); standard input read within the limits; the syntax of text without a name.
 */
class UnreadableRootTest {

    @TempDir
    Path dir;

    private final CpoReader reader = TestCatalog.reader();

    @Test
    void aRootFileThatCannotBeReadIsUnreadableWithItsOneDiagnostic() throws IOException {
        ReadResult missing = reader.read(dir.resolve("missing.cpo"));
        assertThat(missing.unreadable()).isTrue();
        assertThat(missing.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo(Code.CPO301));
        assertThat(missing.files()).containsExactly(dir.resolve("missing.cpo").toString());

        ReadResult folder = reader.read(dir);
        assertThat(folder.unreadable()).isTrue();
        assertThat(folder.diagnostics().get(0).code()).isEqualTo(Code.CPO307);

        Path latin1 = Files.write(dir.resolve("latin1.cpo"), "architecture \"Caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        ReadResult notUtf8 = reader.read(latin1);
        assertThat(notUtf8.unreadable()).isTrue();
        assertThat(notUtf8.diagnostics().get(0).code()).isEqualTo(Code.CPO306);

        Path binary = Files.write(dir.resolve("bin.json"), new byte[]{'{', 0, '}'});
        assertThat(reader.read(binary).unreadable()).as("JSON and YAML roots too").isTrue();
    }

    @Test
    void problemsInFilesThatWereReadAreNot() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.cpo"), "\n");
        assertThat(reader.read(empty).unreadable()).isFalse();
        assertThat(reader.read(empty).hasErrors()).isTrue();

        Path importing = Files.writeString(dir.resolve("importing.cpo"), "architecture \"i\"\nimport \"gone.cpo\"\n");
        ReadResult r = reader.read(importing);
        assertThat(r.unreadable()).isFalse();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo(Code.CPO301));

        Files.write(dir.resolve("frag.cpo"), "site \"Caf\u00e9\" {}\n".getBytes(StandardCharsets.ISO_8859_1));
        Path importsLatin1 = Files.writeString(dir.resolve("i2.cpo"), "architecture \"i\"\nimport \"frag.cpo\"\n");
        assertThat(reader.read(importsLatin1).unreadable()).isFalse();

        Path fine = Files.writeString(dir.resolve("fine.cpo"), "architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 } }\n");
        assertThat(reader.read(fine).unreadable()).isFalse();
    }

    @Test
    void standardInputIsReadWithinTheLimits() {
        SourceFiles.Loaded ok = SourceFiles.load(stream("\uFEFFarchitecture \"x\"\n"), "<stdin>", Limits.DEFAULT);
        assertThat(ok.problem()).isNull();
        assertThat(ok.text().text()).isEqualTo("architecture \"x\"\n");
        assertThat(ok.text().name()).isEqualTo("<stdin>");

        Limits small = new Limits(16, 4, 4);
        SourceFiles.Loaded large = SourceFiles.load(stream("architecture \"far too long\"\n"), "<stdin>", small);
        assertThat(large.problem().code()).isEqualTo(Code.CPO305);
        assertThat(ReadResult.notLoaded("<stdin>", large.problem()).unreadable()).as("a limit, not an I/O error").isFalse();

        SourceFiles.Loaded latin1 = SourceFiles.load(new ByteArrayInputStream(new byte[]{'a', (byte) 0xE9}), "<stdin>", Limits.DEFAULT);
        assertThat(latin1.problem().code()).isEqualTo(Code.CPO306);
        assertThat(ReadResult.notLoaded("<stdin>", latin1.problem()).unreadable()).isTrue();

        SourceFiles.Loaded broken = SourceFiles.load(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("pipe broke");
            }
        }, "<stdin>", Limits.DEFAULT);
        assertThat(broken.problem().code()).isEqualTo(Code.CPO307);
        assertThat(broken.problem().message()).contains("pipe broke");
    }

    @Test
    void theSyntaxOfTextWithoutANameIsSniffedFromItsFirstLines() {
        assertThat(Syntax.sniff("  \n{\"architecture\": \"x\"}")).isEqualTo(Syntax.JSON);
        assertThat(Syntax.sniff("\uFEFF[1]")).isEqualTo(Syntax.JSON);
        assertThat(Syntax.sniff("architecture: x\nsites: []\n")).isEqualTo(Syntax.YAML);
        assertThat(Syntax.sniff("\n# generated\narchitecture \"x\"\n")).as("the language has no `#` comment").isEqualTo(Syntax.YAML);
        assertThat(Syntax.sniff("---\narchitecture: x\n")).isEqualTo(Syntax.YAML);
        assertThat(Syntax.sniff("\"architecture\": x\n")).isEqualTo(Syntax.YAML);
        assertThat(Syntax.sniff("architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 } }\n")).isNull();
        assertThat(Syntax.sniff("// an estate\nimport \"common.cpo\"\n")).isNull();
        assertThat(Syntax.sniff("site \"a:b\" {\n  fabric fat-tree oversubscription 1:1\n}\n")).isNull();
        assertThat(Syntax.sniff("")).isNull();
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
