package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.CheckOptions;
import org.cpoadvisor.advisor.CheckResult;
import org.cpoadvisor.advisor.report.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cpo advise FILE…}: verdicts, findings, roadmap and bills of materials. */
@Command(name = "advise", description = "Advise where CPO pays off, when, and what to buy.",
        footer = {"", "Examples:",
                "  cpo advise samples/ai-factory.cpo",
                "  cpo advise estate.cpo --format html -o advice.html",
                "  cpo advise estate.cpo --format csv -o bom.csv        the bills of materials for procurement",
                "  cpo advise estate.cpo -f html -o advice.html -f csv -o bom.csv",
                "  cpo advise estate.cpo --rules acme.drl               with a rule pack's findings (docs/rule-packs.md)",
                "  generate-estate | cpo advise -       standard input (--stdin-syntax: its syntax)",
                "", "Exit codes: 0 advice given, 1 a file has errors (no advice for it), 2 usage or",
                "  I/O error: a file named is missing, unreadable or not UTF-8 (the report",
                "  still covers the other files, and that one with its diagnostic)."})
final class AdviseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "architecture files (.cpo, .json, .yaml), folders or globs; `-` for standard input")
    List<String> files;

    @Mixin
    OutputOptions output;

    @Mixin
    AdvisorOptions advisorOptions;

    @Mixin
    StandardInput stdin;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<OutputOptions.Target> targets = output.targets();
        List<Renderer> renderers = output.renderers(targets, "error", err);
        if (renderers == null) return 2;
        Boolean fromStdin = StandardInput.named(files, err);
        if (fromStdin == null) return 2;
        List<Path> paths = fromStdin ? List.of() : Inputs.expand(files, err);
        if (paths == null) return 2;
        if (advisorOptions.config(paths.isEmpty() ? null : paths.get(0), err) == null) return 2;
        Advisor advisor = advisorOptions.advisor(err);
        if (advisor == null) return 2;
        // the check's reading: which advice is on which file, and which file named could not be read
        CheckResult read = fromStdin
                ? advisor.check(stdin.read(System.in, (text, syntax) ->
                        advisor.read(text, StandardInput.NAME, StandardInput.importBase(), syntax)), CheckOptions.DEFAULT)
                : advisor.check(paths, CheckOptions.DEFAULT);
        List<Advice> advices = read.advices();
        if (!OutputOptions.noneIsAnInput(targets, OutputOptions.inputs(paths, OutputOptions.files(advices), advisorOptions.files()), err)) {
            return 2;
        }
        int status = !read.unreadable().isEmpty() ? 2 : advices.stream().anyMatch(Advice::hasErrors) ? 1 : 0;
        for (int i = 0; i < targets.size(); i++) {
            if (!OutputOptions.write(targets.get(i), renderers.get(i), advices, out, err)) return 2;
        }
        return status;
    }
}
