package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.Architectures;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cpo explain FILE --finding ID | --cluster SITE.CLUSTER}: why the advice says what it says. */
@Command(name = "explain", description = "Explain a verdict or a finding: the rule, the facts and thresholds it read, the figures.",
        footer = {"", "Examples:", "  cpo explain samples/ai-factory.cpo --cluster dal-1.gb300-train",
                "  cpo explain samples/ai-factory.cpo --finding power-cap"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

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
        Advice a = new Advisor().advise(Architectures.read(file));
        if (a.hasErrors()) {
            out.print(DiagnosticPrinter.render(a.diagnostics()));
            return 1;
        }
        if (target.cluster != null) {
            List<Advice.ClusterAdvice> found = a.clusters().stream().filter(c -> c.path().equals(target.cluster)).toList();
            if (found.isEmpty()) {
                err.println("cpo explain: no cluster `" + target.cluster + "`; clusters: "
                        + String.join(", ", a.clusters().stream().map(Advice.ClusterAdvice::path).toList()));
                return 2;
            }
            Advice.ClusterAdvice c = found.get(0);
            out.println(c.path() + ": " + c.verdict() + (c.location() == null ? "" : " (" + c.location() + ")"));
            out.println("  " + c.summary());
            out.println("  rule: " + c.explanation().rule());
            out.println("  facts read:");
            c.explanation().facts().forEach(f -> out.println("    " + f));
            out.println("  checks:");
            c.reasons().forEach(r -> out.println("    " + r));
            out.println("  options:");
            for (Advice.OptionFigures o : c.options()) {
                out.println(String.format(java.util.Locale.ROOT, "    %-10s %s tiers %d, switches %,d, modules %,d, power %,.0f W, capex %,.0f, opex %,.0f a year, TCO %,.0f%s",
                        o.option(), o.upperPlatform(), o.tiers(), o.switches(), o.modules(), o.powerW(), o.capex(), o.opexPerYear(),
                        o.tco(), o.saving() == null ? "" : String.format(java.util.Locale.ROOT, ", saving %.1f %%", o.saving() * 100)));
            }
            if (!c.defaulted().isEmpty()) {
                out.println("  defaults used:");
                c.defaulted().forEach(d -> out.println("    " + d));
            }
            if (!c.sources().isEmpty()) {
                out.println("  catalog sources of the figures used:");
                c.sources().forEach(s -> out.println("    " + s));
            }
            return 0;
        }
        List<Advice.FindingAdvice> found = a.findings().stream().filter(f -> f.id().equals(target.finding)).toList();
        if (found.isEmpty()) {
            err.println("cpo explain: no finding `" + target.finding + "` in " + file + "; findings: "
                    + String.join(", ", a.findings().stream().map(Advice.FindingAdvice::id).distinct().toList()));
            return 2;
        }
        for (Advice.FindingAdvice f : found) {
            out.println(f.severity() + " " + f.id() + " [" + f.subject() + "]" + (f.location() == null ? "" : " (" + f.location() + ")"));
            out.println("  " + f.message());
            out.println("  rule: " + f.explanation().rule());
            out.println("  facts read:");
            f.explanation().facts().forEach(x -> out.println("    " + x));
            out.println("  because:");
            f.reasons().forEach(r -> out.println("    " + r));
        }
        return 0;
    }
}
