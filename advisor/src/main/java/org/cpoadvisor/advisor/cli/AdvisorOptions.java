package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.AdvisorSetupException;
import org.cpoadvisor.advisor.ProjectConfig;
import org.cpoadvisor.advisor.ProjectConfigException;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code --catalog}, {@code --policy}, {@code --rules}, {@code --config} and {@code --no-config}: how
 * the advisor is built, the same on every command that advises ({@code advise}, {@code check},
 * {@code explain}, {@code repl}). What the options name wins over the project's {@code .cpo.yaml}.
 */
final class AdvisorOptions {

    /** The environment variable that names the configuration file when {@code --config} does not. */
    static final String CPO_CONFIG = "CPO_CONFIG";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

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

    @Option(names = "--config", paramLabel = "FILE",
            description = "the project configuration to read (default: $CPO_CONFIG, else the .cpo.yaml found from the "
                    + "first file's folder up to the repository root; see docs/config.md)")
    Path config;

    @Option(names = "--no-config", description = "read no project configuration")
    boolean noConfig;

    /** The configuration read, once {@link #config} was called. */
    private ProjectConfig read = ProjectConfig.NONE;

    /** The environment of the run ({@link Main#run}). */
    Map<String, String> env() {
        Object root = mixee == null ? null : mixee.root().userObject();
        return root instanceof Main m ? m.env : Map.of();
    }

    /**
     * The project configuration: {@code --no-config} none; else the file {@code --config} or
     * {@code $CPO_CONFIG} names; else the one found from {@code start} (a file or folder; {@code null}:
     * the working folder) upward. Null after printing why it does not read (exit 2).
     */
    ProjectConfig config(Path start, PrintWriter err) {
        if (noConfig) {
            if (config != null) {
                err.println("cpo: --config and --no-config together: give one of them");
                return null;
            }
            return read = ProjectConfig.NONE;
        }
        String named = env().get(CPO_CONFIG);
        Path file = config != null ? config : named != null && !named.isBlank() ? Path.of(named) : null;
        try {
            if (file != null) return read = ProjectConfig.read(file);
            return read = ProjectConfig.find(start == null ? Path.of("") : start);
        } catch (ProjectConfigException e) {
            err.print(DiagnosticPrinter.render(e.diagnostics()));
            return null;
        }
    }

    /** The advisor these options and the configuration describe, or null after printing why it cannot be built (exit 2). */
    Advisor advisor(PrintWriter err) {
        if (rules.isEmpty() && catalog == null && policy == null && read.files().isEmpty() && read.policy().isEmpty()) {
            return new Advisor();
        }
        try {
            return read.advisorBuilder(rules, catalog, policy).build();
        } catch (AdvisorSetupException e) {
            err.print(DiagnosticPrinter.render(e.diagnostics()));
            return null;
        }
    }

    /** The files these options read (the catalog, the rule packs, the configuration's): a report never replaces one. */
    List<Path> files() {
        List<Path> all = new ArrayList<>(rules);
        if (catalog != null) all.add(catalog);
        all.addAll(read.files());
        return all;
    }
}
