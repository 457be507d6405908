package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.Architectures;
import org.cpoadvisor.advisor.report.TextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cpo advise FILE…}: verdicts, findings, roadmap and bills of materials. */
@Command(name = "advise", description = "Advise where CPO pays off, when, and what to buy.",
        footer = {"", "Exit codes: 0 advice given, 1 a file has errors (no advice for it), 2 usage or I/O error."})
final class AdviseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "architecture files (.cpo, .json, .yaml), folders or globs")
    List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> paths;
        try {
            paths = Inputs.expand(files);
        } catch (IOException e) {
            spec.commandLine().getErr().println("cpo: " + e.getMessage());
            return 2;
        }
        Advisor advisor = new Advisor();
        TextRenderer text = new TextRenderer();
        int status = 0;
        for (Architectures.Checked c : Architectures.readAll(paths)) {
            Advice advice = advisor.advise(c.result());
            out.print(text.render(advice));
            if (advice.hasErrors()) status = 1;
        }
        return status;
    }
}
