package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.io.SafePrintWriter;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.advisor.report.Renderer;
import org.cpoadvisor.advisor.report.Renderers;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** {@code --format}, {@code -o} and {@code --no-color}, shared by the commands that write reports. */
final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json, sarif, github, junit, csv or html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the report to FILE instead of standard output (`-`: standard output). A file is replaced "
                    + "atomically, keeping its permissions; a link is written through to its target; a device or FIFO is "
                    + "written to, never replaced")
    Path output;

    @Option(names = "--no-color", description = "no colour, even on a terminal")
    boolean noColor;

    /** Whether the report goes to standard output (no {@code -o}, or {@code -o -}). */
    boolean toStandardOutput() {
        return output == null || SafeFiles.isStandardOutput(output);
    }

    /** Colour only for text on a terminal, never into a file or a pipe. */
    boolean color() {
        return !noColor && toStandardOutput() && System.console() != null && System.getenv("NO_COLOR") == null;
    }

    /** The renderer, or null after telling the user which formats exist. */
    Renderer renderer(String failOn, PrintWriter err) {
        return Renderers.byName(Advisor.tool(), format, color(), failOn).orElseGet(() -> {
            err.println("cpo: unknown format `" + format + "`; formats: " + String.join(", ", Renderers.names()));
            return null;
        });
    }

    /**
     * False (after a message) when {@code target} is one of the run's inputs: a report never replaces
     * the architecture it is about, an import, a rule pack or a baseline.
     */
    static boolean notAnInput(String option, Path target, Collection<Path> inputs, PrintWriter err) {
        Path input = SafeFiles.sameFile(target, inputs);
        if (input == null) return true;
        err.println("cpo: will not overwrite " + target + " (" + option + "): it is " + (input.equals(target) ? "" : input + ", ")
                + "an input of this run; write to another file");
        return false;
    }

    /** Every file a run reads: the files named, the files read for them (imports too), and the advisor's own (catalog, rule packs). */
    static List<Path> inputs(List<Path> named, Collection<Path> read, List<Path> advisorFiles) {
        List<Path> all = new ArrayList<>(named);
        all.addAll(read);
        all.addAll(advisorFiles);
        return all;
    }

    /** The files the advices were read from: each root file and what it imports. */
    static List<Path> files(List<Advice> advices) {
        List<Path> all = new ArrayList<>();
        advices.forEach(a -> a.files().forEach(f -> all.add(Path.of(f))));
        return all;
    }

    /** Writes the report; returns false (after a message) when the file cannot be written. */
    boolean write(Renderer renderer, List<Advice> advices, PrintWriter out, PrintWriter err) {
        String text = renderer.render(advices);
        if (toStandardOutput()) {
            // every renderer escapes what came from the files; the text report's colours are its own escapes
            SafePrintWriter.printExact(out, text);
            return true;
        }
        try {
            SafeFiles.write(output, text);
            return true;
        } catch (IOException e) {
            err.println("cpo: cannot write " + output + ": " + e.getMessage());
            return false;
        }
    }
}
