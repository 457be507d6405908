package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.AdviceDiff;
import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.advisor.io.SafePrintWriter;
import org.cpoadvisor.advisor.report.DiffJson;
import org.cpoadvisor.advisor.report.DiffMarkdown;
import org.cpoadvisor.advisor.report.DiffText;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cpo diff BASE HEAD} and {@code cpo diff --git REV FILE}: what a change does to the advice. */
@Command(name = "diff", description = "Show what a change of an architecture does to the advice: verdicts, figures, findings, bills.",
        footer = {"", "Examples:",
                "  cpo diff before.cpo after.cpo",
                "  cpo diff --git main arch/estate.cpo                       the file (and its imports) at main against the working tree",
                "  cpo diff --git origin/main arch/estate.cpo --format markdown -o diff.md   a pull-request comment",
                "", "Exit codes: 0 no change in the advice, 1 the advice changed (or a side has errors), 2 usage or I/O error."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "FILE",
            description = "BASE and HEAD (.cpo, .json, .yaml); with --git, one FILE in a git working tree")
    List<Path> files;

    @Option(names = "--git", paramLabel = "REV",
            description = "compare FILE as it is at git revision REV (with its imports at REV) with the working tree")
    String rev;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (schema cpo-diff/1) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write the report to FILE instead of standard output (replaced atomically)")
    Path output;

    @Mixin
    AdvisorOptions advisorOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "markdown", "json").contains(format)) {
            err.println("cpo diff: unknown format `" + format + "`; formats: text, markdown, json");
            return 2;
        }
        int wanted = rev == null ? 2 : 1;
        if (files.size() != wanted) {
            err.println(rev == null ? "cpo diff: give two files, BASE and HEAD, or one file with --git REV"
                    : "cpo diff: with --git REV, give one file: it is compared with itself at REV");
            return 2;
        }
        Path headFile = files.get(wanted - 1);
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("cpo diff: cannot read " + f + ": " + (Files.exists(f) ? "not a regular file" : "no such file"));
                return 2;
            }
        }
        Advisor advisor = advisorOptions.advisor(err);
        if (advisor == null) return 2;
        Advice before;
        String baseLabel;
        if (rev == null) {
            before = advisor.advise(files.get(0));
            baseLabel = files.get(0).toString();
        } else {
            try (GitSnapshot at = GitSnapshot.of(rev, headFile)) {
                before = at.relabel(advisor.advise(at.file));
                baseLabel = at.label;
            } catch (IOException e) {
                err.println("cpo diff: " + e.getMessage());
                return 2;
            }
        }
        Advice after = advisor.advise(headFile);
        String headLabel = headFile.toString();
        if (output != null && !SafeFiles.isStandardOutput(output)) {
            List<Path> inputs = new ArrayList<>(files);
            if (rev == null) before.files().forEach(f -> inputs.add(Path.of(f)));
            after.files().forEach(f -> inputs.add(Path.of(f)));
            inputs.addAll(advisorOptions.files());
            if (!OutputOptions.notAnInput("-o", output, inputs, err)) return 2;
        }
        // the errors that leave a side without advice: on stderr, beside whatever the report says
        err.print(DiagnosticPrinter.render(before.diagnostics().stream().filter(d -> d.isError()).toList()));
        err.print(DiagnosticPrinter.render(after.diagnostics().stream().filter(d -> d.isError()).toList()));
        AdviceDiff diff = Advisor.diff(before, after);
        String report = switch (format) {
            case "markdown" -> DiffMarkdown.render(diff, baseLabel, headLabel);
            case "json" -> DiffJson.render(diff, baseLabel, headLabel);
            default -> text(diff, baseLabel, headLabel);
        };
        if (output == null || SafeFiles.isStandardOutput(output)) {
            SafePrintWriter.printExact(out, report);
        } else {
            try {
                SafeFiles.write(output, report);
            } catch (IOException e) {
                err.println("cpo: cannot write " + output + ": " + e.getMessage());
                return 2;
            }
        }
        return diff.changed() ? 1 : 0;
    }

    private static String text(AdviceDiff diff, String base, String head) {
        if (diff.before().hasErrors() && diff.after().hasErrors()) {
            return SafeText.text("both " + base + " and " + head + " have errors: no advice to compare\n");
        }
        if (diff.before().hasErrors()) return SafeText.text(base + " has errors: no advice to compare\n");
        if (diff.after().hasErrors()) return SafeText.text(head + " has errors: no advice to compare\n");
        return SafeText.text(DiffText.render(diff, "from " + base + " to " + head, true));
    }
}
