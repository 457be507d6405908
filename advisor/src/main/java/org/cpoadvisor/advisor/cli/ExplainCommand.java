package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.report.TextViews;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.parse.ReadResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cpo explain FILE --finding ID | --cluster SITE.CLUSTER}: why the advice says what it says. */
@Command(name = "explain", description = "Explain a verdict or a finding: the rule, the facts and thresholds it read, the figures;"
        + " for a cluster, each option's tiers, links and whole bill of materials.",
        footer = {"", "Examples:", "  cpo explain samples/ai-factory.cpo --cluster dal-1.gb300-train",
                "  cpo explain samples/ai-factory.cpo --finding power-cap",
                "  cpo explain estate.cpo --finding min-nic --rules acme.drl     a rule pack's finding",
                "", "Exit codes: 0 explained, 1 the file has errors (they are printed), 2 usage or",
                "  I/O error: no such cluster or finding, or the file is missing, unreadable or",
                "  not UTF-8 (its diagnostic is printed)."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Mixin
    AdvisorOptions advisorOptions;

    static final class Target {
        @Option(names = "--finding", paramLabel = "ID", description = "a finding id, e.g. cooling-prerequisite")
        String finding;

        @Option(names = "--cluster", paramLabel = "SITE.CLUSTER", description = "a cluster, e.g. dal-1.gb300-train")
        String cluster;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (advisorOptions.config(file, err) == null) return 2;
        Advisor advisor = advisorOptions.advisor(err);
        if (advisor == null) return 2;
        ReadResult read = advisor.read(file);
        Advice a = advisor.advise(read);
        if (a.hasErrors()) {
            out.print(DiagnosticPrinter.render(a.diagnostics()));
            return read.unreadable() ? 2 : 1;
        }
        if (target.cluster != null) {
            List<Advice.ClusterAdvice> found = a.clusters().stream().filter(c -> c.path().equals(target.cluster)).toList();
            if (found.isEmpty()) {
                err.println("cpo explain: no cluster `" + target.cluster + "`; clusters: "
                        + String.join(", ", a.clusters().stream().map(Advice.ClusterAdvice::path).toList()));
                return 2;
            }
            out.print(TextViews.explain(found.get(0), a.currency()));
            out.flush();
            return 0;
        }
        List<Advice.FindingAdvice> found = a.findings().stream().filter(f -> f.id().equals(target.finding)).toList();
        if (found.isEmpty()) {
            err.println("cpo explain: no finding `" + target.finding + "` in " + file + "; findings: "
                    + String.join(", ", a.findings().stream().map(Advice.FindingAdvice::id).distinct().toList()));
            return 2;
        }
        for (Advice.FindingAdvice f : found) {
            out.print(TextViews.explain(f));
        }
        out.flush();
        return 0;
    }
}
