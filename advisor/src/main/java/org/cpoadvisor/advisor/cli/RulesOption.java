package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.AdvisorSetupException;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --rules FILE}: rule packs (extra DRL rules), shared by {@code advise} and {@code check}. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "FILE",
            description = "a rule pack (DRL) whose rules add findings (docs/rule-packs.md); may be repeated. "
                    + "A rule pack is code: name only files you trust")
    List<Path> rules = new ArrayList<>();

    /** The advisor with the packs, or null after printing why it cannot be built (exit 2). */
    Advisor advisor(PrintWriter err) {
        if (rules.isEmpty()) return new Advisor();
        Advisor.Builder b = Advisor.builder();
        rules.forEach(b::rulePack);
        try {
            return b.build();
        } catch (AdvisorSetupException e) {
            err.print(DiagnosticPrinter.render(e.diagnostics()));
            return null;
        }
    }
}
