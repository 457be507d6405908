package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.AdvisorSetupException;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --catalog}, {@code --policy} and {@code --rules}: how the advisor is built, the same
 * on every command that advises ({@code advise}, {@code check}, {@code explain}, {@code repl}).
 */
final class AdvisorOptions {

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "an extra catalog: catalog blocks in the language, laid over the built-in catalog for every file")
    Path catalog;

    @Option(names = "--policy", paramLabel = "TEXT",
            description = "policy settings in the language that override every file's policy, e.g. 'min-gpus 2048'")
    String policy;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "a rule pack (DRL) whose rules add findings (docs/rule-packs.md); may be repeated. "
                    + "A rule pack is code: name only files you trust")
    List<Path> rules = new ArrayList<>();

    /** The advisor these options describe, or null after printing why it cannot be built (exit 2). */
    Advisor advisor(PrintWriter err) {
        if (rules.isEmpty() && catalog == null && policy == null) return new Advisor();
        Advisor.Builder b = Advisor.builder();
        if (catalog != null) b.catalog(catalog);
        if (policy != null) b.policy(policy);
        rules.forEach(b::rulePack);
        try {
            return b.build();
        } catch (AdvisorSetupException e) {
            err.print(DiagnosticPrinter.render(e.diagnostics()));
            return null;
        }
    }

    /** The files these options read (the catalog, the rule packs): a report never replaces one. */
    List<Path> files() {
        List<Path> all = new ArrayList<>(rules);
        if (catalog != null) all.add(catalog);
        return all;
    }
}
