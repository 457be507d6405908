package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.json.JsonTranslation;
import org.cpoadvisor.dsl.json.Syntax;
import org.cpoadvisor.dsl.parse.CpoReader;
import org.cpoadvisor.dsl.parse.ReadResult;

import java.nio.file.Path;

/**
 * Reads an architecture written as JSON or YAML, for tools that generate them.
 *
 * <p>The document has the shape of the language: {@code architecture}, {@code horizon},
 * {@code currency}, {@code imports}, {@code assumptions} (with {@code rates} as an
 * object), {@code policy}, {@code catalog} (lists {@code switches}, {@code optics},
 * {@code accelerators}, {@code lasers} of entries with {@code id}, {@code source} and per-field
 * {@code sources}) and {@code sites[].clusters[]}, with
 * the language's property names and values written as in the language
 * ({@code "nic": "800G"}, {@code "gpus": "16384 x B200"} or {@code "gpus": 16384,
 * "accelerator": "B200"}). A catalog entry's {@code part-number} and a switch's
 * {@code laser} and {@code vendor} are JSON strings, quoted in the translation; the policy's
 * {@code vendors} is a list of strings ({@code "vendors": ["NVIDIA", "Broadcom"]}).
 *
 * <p>{@link CpoReader} itself reads {@code .json}, {@code .yaml} and {@code .yml} files, as
 * root files and as imported fragments, through {@link JsonTranslation}: the same checks and
 * diagnostics, each placed at the line and column of the JSON or YAML value and named by its
 * JSON path ({@code $.sites[0].clusters[1].nic}). This class is the way in for text held in
 * memory, whose syntax no file name says.
 */
public final class JsonArchitectureReader {


    private final CpoReader reader;

    public JsonArchitectureReader(CpoReader reader) {
        this.reader = reader;
    }

    /** Reads a {@code .json}, {@code .yaml} or {@code .yml} file (any other name is read as YAML). */
    public ReadResult read(Path file) {
        return reader.read(file, JsonTranslation.syntaxOf(file.toString()) == Syntax.JSON ? Syntax.JSON : Syntax.YAML);
    }

    /** Reads a document held in memory; imports resolve against {@code baseDir} (none when {@code null}). */
    public ReadResult read(String text, String name, Syntax syntax, Path baseDir) {
        return reader.read(text, name, baseDir, syntax);
    }
}
