package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advice;
import org.cpoadvisor.advisor.report.Renderer;
import org.cpoadvisor.advisor.report.Renderers;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code --format}, {@code -o} and {@code --no-color}, shared by the commands that write reports. */
final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown, json, sarif, junit, csv or html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the report to FILE (atomically) instead of standard output")
    Path output;

    @Option(names = "--no-color", description = "no colour, even on a terminal")
    boolean noColor;

    /** Colour only for text on a terminal, never into a file or a pipe. */
    boolean color() {
        return !noColor && output == null && System.console() != null && System.getenv("NO_COLOR") == null;
    }

    /** The renderer, or null after telling the user which formats exist. */
    Renderer renderer(String failOn, PrintWriter err) {
        return Renderers.byName(format, color(), failOn).orElseGet(() -> {
            err.println("cpo: unknown format `" + format + "`; formats: " + String.join(", ", Renderers.names()));
            return null;
        });
    }

    /** Writes the report; returns false (after a message) when the file cannot be written. */
    boolean write(Renderer renderer, List<Advice> advices, PrintWriter out, PrintWriter err) {
        String text = renderer.render(advices);
        if (output == null) {
            out.print(text);
            return true;
        }
        try {
            AtomicFiles.write(output, text);
            return true;
        } catch (IOException e) {
            err.println("cpo: cannot write " + output + ": " + e.getMessage());
            return false;
        }
    }
}
