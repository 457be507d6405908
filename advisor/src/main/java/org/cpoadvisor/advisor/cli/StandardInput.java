package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.dsl.json.Syntax;
import org.cpoadvisor.dsl.parse.Limits;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.dsl.parse.SourceFiles;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code -} as a FILE: the architecture on standard input, for {@code validate}, {@code check} and
 * {@code advise} ({@code fmt -} reads the language). It is named {@code <stdin>} in diagnostics and
 * reports; its imports resolve against the working directory and must stay inside it.
 */
final class StandardInput {

    /** The argument that names standard input. A file called {@code -} is {@code ./-}. */
    static final String DASH = "-";

    /** Standard input's name in diagnostics and reports. */
    static final String NAME = "<stdin>";

    /** The values of {@code --stdin-syntax}, as typed. */
    enum SyntaxName { cpo, json, yaml }

    @Option(names = "--stdin-syntax", paramLabel = "SYNTAX",
            description = "the syntax of `-` (standard input): ${COMPLETION-CANDIDATES} (default: from its first lines: "
                    + "`{` is JSON; `key:`, `#` or `---` is YAML; else cpo)")
    SyntaxName syntax;

    /**
     * Whether the FILE arguments name standard input: {@code -} alone. Null (after a message: a usage
     * error) when {@code -} stands beside other files.
     */
    static Boolean named(List<String> files, PrintWriter err) {
        if (!files.contains(DASH)) return false;
        if (files.size() == 1) return true;
        err.println("cpo: `-` (standard input) stands alone: name files, or pipe one architecture");
        return null;
    }

    /** Where standard input's imports resolve: the working directory. */
    static Path importBase() {
        return Path.of("");
    }

    /**
     * Reads standard input within the size limit and hands its text and syntax to {@code reader}; standard input
     * that cannot be read (not UTF-8, binary, too large, empty) is a read of its own with that one diagnostic
     * ({@link ReadResult#unreadable()} for the ones that are I/O errors, as for a file).
     */
    ReadResult read(InputStream in, BiFunction<String, Syntax, ReadResult> reader) {
        SourceFiles.Loaded loaded = SourceFiles.load(in, NAME, Limits.DEFAULT);
        if (loaded.problem() != null) return ReadResult.notLoaded(NAME, loaded.problem());
        String text = loaded.text().text();
        return reader.apply(text, syntax == null ? Syntax.sniff(text) : switch (syntax) {
            case cpo -> null;
            case json -> Syntax.JSON;
            case yaml -> Syntax.YAML;
        });
    }
}
