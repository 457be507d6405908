package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.parse.JsonArchitectureReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that cannot be resource files of the invalid corpus: empty, blank, binary,
 * not UTF-8, far too large, not a file at all, missing, or starting with a BOM.
 * Each is refused (or read) with exactly one diagnostic, at the right place, and
 * never with an exception or an out-of-memory error.
 */
class UnreadableFilesTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final String VALID = "architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H100 } }\n";

    @TempDir
    Path dir;

    private final CpoReader reader = TestCatalog.reader();

    // ------------------------------------------------------------------ empty and blank

    @Test
    void anEmptyRootFileIsNamedAsSuch() throws IOException {
        Path file = Files.write(dir.resolve("empty.cpo"), new byte[0]);

        ReadResult r = reader.read(file);

        Diagnostic d = only(r);
        assertAt(d, Code.CPO308, file, 1, 1);
        assertThat(d.message()).contains("empty");
        assertThat(d.hint()).as("tells how to start a file").contains("architecture");
        assertThat(r.architecture()).isNull();
    }

    @Test
    void aWhitespaceOnlyFileIsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.cpo"), "  \n\t\n\r\n   \n");

        Diagnostic d = only(reader.read(file));

        assertAt(d, Code.CPO308, file, 1, 1);
    }

    @Test
    void aBomOnlyFileIsEmpty() throws IOException {
        Path file = Files.write(dir.resolve("bom-only.cpo"), new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});

        Diagnostic d = only(reader.read(file));

        assertAt(d, Code.CPO308, file, 1, 1);
    }

    // ------------------------------------------------------------------ binary and not UTF-8

    @Test
    void aBinaryFileIsRefusedAtItsFirstNulByte() throws IOException {
        byte[] bytes = ("architecture \"x\"\nsite \u0000\u0001\u0002").getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("binary.cpo"), bytes);

        ReadResult r = reader.read(file);

        Diagnostic d = only(r);
        assertAt(d, Code.CPO306, file, 2, 6);
        assertThat(d.message()).contains("binary");
        assertThat(r.architecture()).isNull();
    }

    @Test
    void aFileOfZerosIsBinaryAtItsFirstByte() throws IOException {
        Path file = Files.write(dir.resolve("zeros.cpo"), new byte[4096]);

        assertAt(only(reader.read(file)), Code.CPO306, file, 1, 1);
    }

    @Test
    void invalidUtf8IsRefusedAtTheBadByte() throws IOException {
        // "café" saved as Latin-1: the lone byte 0xE9 is not UTF-8.
        byte[] head = "architecture \"x\"\nsite \"caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '"';
        Path file = Files.write(dir.resolve("latin1.cpo"), bytes);

        ReadResult r = reader.read(file);

        Diagnostic d = only(r);
        assertAt(d, Code.CPO306, file, 2, 10);
        assertThat(d.message()).contains("UTF-8");
        assertThat(d.hint()).contains("UTF-8");
    }

    @Test
    void aTruncatedUtf8SequenceAtTheEndIsRefused() throws IOException {
        byte[] head = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // the first byte of a two-byte sequence, and no second
        Path file = Files.write(dir.resolve("truncated.cpo"), bytes);

        assertAt(only(reader.read(file)), Code.CPO306, file, 3, 1);
    }

    @Test
    void utf16IsNotUtf8() throws IOException {
        Path file = Files.write(dir.resolve("utf16.cpo"), VALID.getBytes(StandardCharsets.UTF_16LE));

        Diagnostic d = only(reader.read(file));

        // UTF-16 text of ASCII holds a NUL after every character: the second byte.
        assertAt(d, Code.CPO306, file, 1, 2);
    }

    // ------------------------------------------------------------------ too large

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.cpo");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(VALID.getBytes(StandardCharsets.UTF_8));
            f.setLength(FIFTY_MB);
        }
        assertThat(Files.size(file)).isGreaterThan(reader.limits().maxFileBytes());

        ReadResult r = reader.read(file);

        Diagnostic d = only(r);
        assertAt(d, Code.CPO305, file, 1, 1);
        assertThat(d.message()).as("says how large the file is and what the limit is")
                .contains("50.0 MiB").contains(String.format(java.util.Locale.ROOT, "%.1f MiB",
                        reader.limits().maxFileBytes() / 1048576.0));
        assertThat(d.hint()).isNotBlank();
        assertThat(r.architecture()).isNull();
    }

    @Test
    void aFiftyMegabyteTextFileIsRefusedToo() throws IOException {
        // real text this time, not a sparse file: the limit holds whatever the content
        Path file = dir.resolve("huge-text.cpo");
        byte[] line = "// a comment line that repeats until the file is fifty megabytes long ...........\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[line.length * 8192];
        for (int i = 0; i < 8192; i++) {
            System.arraycopy(line, 0, chunk, i * line.length, line.length);
        }
        try (var out = Files.newOutputStream(file)) {
            out.write(VALID.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < FIFTY_MB; written += chunk.length) {
                out.write(chunk);
            }
        }

        assertAt(only(reader.read(file)), Code.CPO305, file, 1, 1);
    }

    @Test
    void theLimitIsTheReadersOwn() throws IOException {
        CpoReader small = new CpoReader(TestCatalog.get(), new Limits(32, 256, 16));
        Path fits = Files.writeString(dir.resolve("fits.cpo"), "architecture \"x\"\n");
        Path tooLarge = Files.writeString(dir.resolve("large.cpo"), VALID);
        assertThat(Files.size(tooLarge)).isGreaterThan(32);

        assertThat(small.read(fits).diagnostics()).extracting(Diagnostic::code).doesNotContain(Code.CPO305);
        Diagnostic d = only(small.read(tooLarge));
        assertAt(d, Code.CPO305, tooLarge, 1, 1);
    }

    @Test
    void aFiftyMegabyteImportIsRefusedAtTheImport() throws IOException {
        Path huge = dir.resolve("huge.cpo");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(FIFTY_MB);
        }
        Path main = Files.writeString(dir.resolve("main.cpo"), "architecture \"x\"\nimport \"huge.cpo\"\n"
                + "site \"s\" { cluster \"c\" { gpus 8 x H100 } }\n");

        assertAt(only(reader.read(main)), Code.CPO305, main, 2, 8);
    }

    @Test
    void aFiftyMegabyteJsonFileIsRefused() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write("{\"architecture\": \"x\", \"sites\": [".getBytes(StandardCharsets.UTF_8));
            f.setLength(FIFTY_MB);
        }

        assertAt(only(new JsonArchitectureReader(reader).read(file)), Code.CPO305, file, 1, 1);
    }

    // ------------------------------------------------------------------ not a file, no file

    @Test
    void aDirectoryIsNotAFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.cpo"));

        ReadResult r = reader.read(folder);

        Diagnostic d = only(r);
        assertThat(d.code()).isEqualTo(Code.CPO307);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).contains(folder.toString()).contains("not a regular file");
        assertThat(r.architecture()).isNull();
    }

    @Test
    void aMissingRootFileIsNotFound() {
        Path file = dir.resolve("nowhere.cpo");

        ReadResult r = reader.read(file);

        Diagnostic d = only(r);
        assertThat(d.code()).isEqualTo(Code.CPO301);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).contains(file.toString()).contains("does not exist");
        assertThat(r.architecture()).isNull();
    }

    @Test
    void aMissingJsonFileIsNotFound() {
        Path file = dir.resolve("nowhere.json");

        Diagnostic d = only(new JsonArchitectureReader(reader).read(file));

        assertThat(d.code()).isEqualTo(Code.CPO301);
        assertThat(d.message()).contains(file.toString());
    }

    // ------------------------------------------------------------------ a BOM is fine

    @Test
    void aUtf8BomIsSkipped() throws IOException {
        byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Path file = Files.write(dir.resolve("bom.cpo"), bytes);

        ReadResult r = reader.read(file);

        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).isEmpty();
        assertThat(r.valid()).isPresent();
        assertThat(r.architecture().name()).isEqualTo("x");
    }

    @Test
    void aBomDoesNotShiftTheColumnsOfTheFirstLine() throws IOException {
        byte[] text = "architecture \"x\" horizon 2030..2025\nsite \"s\" { cluster \"c\" { gpus 8 x H100 } }\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Path file = Files.write(dir.resolve("bom-error.cpo"), bytes);

        assertAt(only(reader.read(file)), Code.CPO204, file, 1, 26);
    }

    // ------------------------------------------------------------------ helpers

    private static Diagnostic only(ReadResult r) {
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).hasSize(1);
        return r.diagnostics().get(0);
    }

    private static void assertAt(Diagnostic d, Code code, Path file, int line, int column) {
        assertThat(d.code()).as(d.summary()).isEqualTo(code);
        assertThat(d.message()).isNotBlank();
        assertThat(d.location()).as(d.summary()).isNotNull();
        assertThat(d.location().file()).as(d.summary()).isEqualTo(file.toString());
        assertThat(d.location().line()).as(d.summary()).isEqualTo(line);
        assertThat(d.location().column()).as(d.summary()).isEqualTo(column);
    }
}
