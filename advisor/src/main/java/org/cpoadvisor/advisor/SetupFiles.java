package org.cpoadvisor.advisor;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files an {@link Advisor.Builder} reads (extra catalogs, rule packs) and the errors of what it read. */
final class SetupFiles {

    private SetupFiles() {
    }

    /** The errors of a read, their lines moved up by {@code shift} (the line a wrapper added). */
    static List<Diagnostic> errors(ReadResult r, int shift) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) {
            if (!d.isError()) continue;
            SourceLocation at = d.location();
            if (shift != 0 && at != null) {
                d = d.withLocation(new SourceLocation(at.file(), Math.max(1, at.line() - shift), at.column(), at.length()));
            }
            out.add(d);
        }
        return out;
    }

    static String readText(Path file, String what, List<Diagnostic> problems) {
        SourceLocation at = SourceLocation.of(file.toString(), 1, 1);
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", "");
        } catch (NoSuchFileException e) {
            problems.add(Diagnostic.of(Code.CPO301, what + " file not found: " + file, null));
        } catch (CharacterCodingException e) {
            problems.add(Diagnostic.of(Code.CPO306, what + " file is not UTF-8 text: " + file, at));
        } catch (IOException e) {
            problems.add(Diagnostic.of(Code.CPO307, what + " file cannot be read: " + file + " (" + e.getMessage() + ")", at));
        }
        return null;
    }
}
