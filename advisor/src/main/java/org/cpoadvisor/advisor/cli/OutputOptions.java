package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.ProjectConfig;
import org.cpoadvisor.advisor.io.SafePrintWriter;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.advisor.report.Renderer;
import org.cpoadvisor.advisor.report.Renderers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code --format}, {@code -o} and {@code --no-color}, shared by the commands that write reports. A
 * {@code -f}/{@code -o} pair may be repeated: {@code -f sarif -o cpo.sarif -f junit -o TEST-cpo.xml -f text}
 * writes three reports in one run, at most one of them to standard output.
 */
final class OutputOptions {

    /** The environment variable that gives the format of a check when no {@code -f}/{@code -o} does. */
    static final String CPO_FORMAT = "CPO_FORMAT";

    /** One report: a format and where it goes. */
    static final class Target {

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
                description = "text, markdown, json, sarif, github, junit, csv or html (default: text). With -o, may be repeated: "
                        + "each -f/-o pair is one report")
        String format = "text";

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "write the report to FILE instead of standard output (`-`: standard output). A file is replaced "
                        + "atomically, keeping its permissions; a link is written through to its target; a device or FIFO is "
                        + "written to, never replaced")
        Path output;

        Target() {
        }

        Target(String format, Path output) {
            this.format = format;
            this.output = output;
        }

        /** Whether the report goes to standard output (no {@code -o}, or {@code -o -}). */
        boolean toStandardOutput() {
            return output == null || SafeFiles.isStandardOutput(output);
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Target> given = new ArrayList<>();

    @Option(names = "--no-color", description = "no colour, even on a terminal")
    boolean noColor;

    /** The reports of the command line, else the default: text on standard output. */
    List<Target> targets() {
        return given == null || given.isEmpty() ? List.of(new Target()) : given;
    }

    /**
     * The reports of a check: the command line's {@code -f}/{@code -o}, else {@code $CPO_FORMAT} on standard
     * output, else the configuration's {@code outputs}, else text on standard output.
     */
    List<Target> targets(Map<String, String> env, ProjectConfig config) {
        if (given != null && !given.isEmpty()) return given;
        String format = env.get(CPO_FORMAT);
        if (format != null && !format.isBlank()) return List.of(new Target(format.strip(), null));
        if (!config.outputs().isEmpty()) {
            return config.outputs().stream().map(o -> new Target(o.format(), o.file())).toList();
        }
        return List.of(new Target());
    }

    /** Colour only for text on a terminal, never into a file or a pipe. */
    boolean color(Target t) {
        return !noColor && t.toStandardOutput() && System.console() != null && System.getenv("NO_COLOR") == null;
    }

    /** The renderer of each report, in order, or null after telling the user what is wrong (exit 2). */
    List<Renderer> renderers(List<Target> targets, String failOn, PrintWriter err) {
        if (targets.stream().filter(Target::toStandardOutput).count() > 1) {
            err.println("cpo: only one report can go to standard output; give the others -o FILE");
            return null;
        }
        List<Renderer> out = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Target t : targets) {
            Renderer r = Renderers.byName(Advisor.tool(), t.format, color(t), failOn).orElse(null);
            if (r == null) {
                err.println("cpo: unknown format `" + t.format + "`; formats: " + String.join(", ", Renderers.names()));
                return null;
            }
            if (!t.toStandardOutput()) {
                Path at = t.output.toAbsolutePath().normalize();
                if (files.contains(at) || SafeFiles.sameFile(t.output, files) != null) {
                    err.println("cpo: two reports to " + t.output + "; give each its own file");
                    return null;
                }
                files.add(at);
            }
            out.add(r);
        }
        return out;
    }

    /** False (after a message) when a report would replace an input of the run. */
    static boolean noneIsAnInput(List<Target> targets, Collection<Path> inputs, PrintWriter err) {
        for (Target t : targets) {
            if (!t.toStandardOutput() && !notAnInput("-o", t.output, inputs, err)) return false;
        }
        return true;
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

    /** Writes one report; returns false (after a message) when the file cannot be written. */
    static boolean write(Target target, Renderer renderer, List<Advice> advices, PrintWriter out, PrintWriter err) {
        String text = renderer.render(advices);
        if (target.toStandardOutput()) {
            // every renderer escapes what came from the files; the text report's colours are its own escapes
            SafePrintWriter.printExact(out, text);
            return true;
        }
        try {
            SafeFiles.write(target.output, text);
            return true;
        } catch (IOException e) {
            err.println("cpo: cannot write " + target.output + ": " + e.getMessage());
            return false;
        }
    }
}
