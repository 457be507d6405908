package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.SourceText;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads source files within the limits: the size is checked before a byte is read
 * (a 50 MB file costs nothing), binary and non-UTF-8 files are refused with the
 * place of the first bad byte, an empty file is named as such.
 */
public final class SourceFiles {

    /** Either the text or the problem that kept it from being read. */
    public record Loaded(SourceText text, Diagnostic problem) {
    }

    private SourceFiles() {
    }

    /**
     * @param importedAt where the file was imported from, to report there; {@code null} for a root file
     */
    public static Loaded load(Path path, String name, SourceLocation importedAt, Limits limits) {
        SourceLocation at = importedAt != null ? importedAt : SourceLocation.of(name, 1, 1);
        try {
            if (!Files.exists(path)) {
                return fail(Diagnostic.of(Code.CPO301, importedAt != null
                                ? "imported file `" + name + "` does not exist" : "file `" + name + "` does not exist",
                        importedAt).withHint(importedAt != null ? "paths are relative to the importing file" : null));
            }
            if (!Files.isRegularFile(path)) {
                return fail(Diagnostic.of(Code.CPO307, "`" + name + "` is not a regular file", importedAt));
            }
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                return fail(Diagnostic.of(Code.CPO305, String.format(Locale.ROOT,
                                "`%s` is %.1f MiB; files are read up to %.1f MiB", name, size / 1048576.0,
                                limits.maxFileBytes() / 1048576.0), at)
                        .withHint("an architecture file is a few kilobytes: is this the right file?"));
            }
            return decode(path, name, Files.readAllBytes(path), importedAt);
        } catch (IOException | SecurityException e) {
            return fail(Diagnostic.of(Code.CPO307, "cannot read `" + name + "`: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), at));
        }
    }

    /**
     * Reads a stream to its end within the limits, as {@link #load(Path, String, SourceLocation, Limits)} reads
     * a file: standard input, named {@code name} ({@code <stdin>}) in diagnostics. No more than the limit and
     * one byte is read: past the limit it is CPO305, as a file would be.
     */
    public static Loaded load(InputStream in, String name, Limits limits) {
        SourceLocation at = SourceLocation.of(name, 1, 1);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            return fail(Diagnostic.of(Code.CPO307, "cannot read `" + name + "`: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), at));
        }
        if (bytes.length > limits.maxFileBytes()) {
            return fail(Diagnostic.of(Code.CPO305, String.format(Locale.ROOT, "`%s` is over %.1f MiB; files are read up to %.1f MiB",
                            name, limits.maxFileBytes() / 1048576.0, limits.maxFileBytes() / 1048576.0), at)
                    .withHint("an architecture file is a few kilobytes: is this the right input?"));
        }
        return decode(null, name, bytes, null);
    }

    /** Decodes bytes as strict UTF-8 text. */
    public static Loaded decode(Path path, String name, byte[] bytes, SourceLocation importedAt) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return fail(Diagnostic.of(Code.CPO306, "`" + name + "` is a binary file, not a text file",
                        locate(name, bytes, i)).withHint("architecture files are UTF-8 text"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return fail(Diagnostic.of(Code.CPO306, "`" + name + "` is not valid UTF-8 (byte " + in.position() + ")",
                    locate(name, bytes, in.position())).withHint("save the file as UTF-8"));
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return fail(Diagnostic.of(Code.CPO308, "`" + name + "` is empty", importedAt != null ? importedAt : SourceLocation.of(name, 1, 1))
                    .withHint(importedAt != null
                            ? "remove the import, or give the fragment some content"
                            : "start with `architecture \"My estate\"`, or run `cpo init` for a commented starter file"));
        }
        return new Loaded(new SourceText(path, name, text), null);
    }

    private static Loaded fail(Diagnostic d) {
        return new Loaded(null, d);
    }

    private static SourceLocation locate(String name, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // the column counts characters, as editors do: decode the (valid) bytes before the spot
        String before = new String(bytes, lineStart, Math.max(0, offset - lineStart), java.nio.charset.StandardCharsets.UTF_8);
        return SourceLocation.of(name, line, before.codePointCount(0, before.length()) + 1);
    }
}
