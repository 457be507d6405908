package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.CheckOptions;
import org.cpoadvisor.advisor.CheckResult;
import org.cpoadvisor.advisor.ProjectConfig;
import org.cpoadvisor.advisor.check.Baseline;
import org.cpoadvisor.advisor.advice.FailOn;
import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.advisor.report.Renderer;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

/** {@code cpo check FILE…}: the CI check of architecture files. */
@Command(name = "check", description = "Check architecture files in CI: fail when a diagnostic or finding reaches --fail-on.",
        footer = {"", "Examples:",
                "  cpo check                        every .cpo file below the current folder",
                "  cpo check arch/**.cpo",
                "  cpo check arch/ --fail-on warning --format sarif -o cpo.sarif",
                "  cpo check arch/ -f sarif -o cpo.sarif -f junit -o TEST-cpo.xml -f text",
                "  cpo check --format github        annotations in a GitHub Actions run",
                "  generate-estate | cpo check -    standard input (--stdin-syntax: its syntax)",
                "  cpo check arch/ --write-baseline cpo-baseline.json      accept today's findings",
                "  cpo check arch/ --baseline cpo-baseline.json            fail only on new ones",
                "  cpo check arch/ --rules acme.drl                        with a rule pack's findings (docs/rule-packs.md)",
                "  cpo check arch/ --policy 'min-gpus 2048' --catalog acme-catalog.cpo",
                "", "Settings not given here come from $CPO_FAIL_ON, $CPO_FORMAT, then the project's .cpo.yaml (docs/config.md).",
                "", "Exit codes: 0 nothing reaches --fail-on, 1 something does, 2 usage or I/O",
                "  error: a file named (or the baseline) is missing, unreadable or not UTF-8.",
                "  The other files are checked and reported all the same, with the diagnostic",
                "  of the file that could not be read; 2 wins over 1."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "architecture files (.cpo, .json, .yaml), folders or globs; `-` for standard input "
                    + "(default: the current folder)")
    List<String> files;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "error, warning, note or never (default: $CPO_FAIL_ON, else the configuration's fail-on, else error)")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE", description = "problems recorded in FILE do not fail the check (stale entries are noted)")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "record today's problems in FILE (cpo-baseline/2: by id, subject and file; suppressed findings left out)")
    Path writeBaseline;

    @Mixin
    OutputOptions output;

    @Mixin
    AdvisorOptions advisorOptions;

    /** The environment variable that gives the fail-on level when --fail-on does not. */
    static final String CPO_FAIL_ON = "CPO_FAIL_ON";

    @Mixin
    StandardInput stdin;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, String> env = advisorOptions.env();
        List<String> args = Inputs.orCurrentFolder(files);
        Boolean fromStdin = StandardInput.named(args, err);
        if (fromStdin == null) return 2;
        List<Path> paths = fromStdin ? List.of() : Inputs.expand(args, err);
        if (paths == null) return 2;
        ProjectConfig config = advisorOptions.config(paths.isEmpty() ? null : paths.get(0), err);
        if (config == null) return 2;
        // the command line, then the environment, then the configuration, then the default
        String asked = failOn != null ? failOn : env.get(CPO_FAIL_ON) != null && !env.get(CPO_FAIL_ON).isBlank()
                ? env.get(CPO_FAIL_ON).strip() : null;
        FailOn level;
        try {
            level = asked != null ? FailOn.parse(asked) : config.checkOptions().failOn();
        } catch (IllegalArgumentException e) {
            err.println("cpo check: " + (failOn != null ? "--fail-on" : CPO_FAIL_ON) + " takes error, warning, note or never, not `"
                    + asked + "`");
            return 2;
        }
        List<OutputOptions.Target> targets = output.targets(env, config);
        List<Renderer> renderers = output.renderers(targets, level.name().toLowerCase(Locale.ROOT), err);
        if (renderers == null) return 2;
        Path baselineFile = baseline != null ? baseline : config.baseline();
        Baseline accepted = null;
        try {
            if (baselineFile != null) accepted = Baseline.read(baselineFile);
        } catch (IOException e) {
            err.println("cpo: " + e.getMessage());
            return 2;
        }
        Advisor advisor = advisorOptions.advisor(err);
        if (advisor == null) return 2;
        CheckOptions options = config.checkOptions().withFailOn(level).withBaseline(accepted);
        CheckResult result = fromStdin
                ? advisor.check(stdin.read(System.in, (text, syntax) ->
                        advisor.read(text, StandardInput.NAME, StandardInput.importBase(), syntax)), options)
                : advisor.check(paths, options);
        List<Path> inputs = OutputOptions.inputs(paths, result.files(), advisorOptions.files());
        // a report never replaces an input; a new baseline may replace the one read (that is how it is brought up to date)
        if (writeBaseline != null && !OutputOptions.notAnInput("--write-baseline", writeBaseline, inputs, err)) return 2;
        if (baselineFile != null) inputs.add(baselineFile);
        if (!OutputOptions.noneIsAnInput(targets, inputs, err)) return 2;
        boolean machineOnStandardOutput = false;
        for (int i = 0; i < targets.size(); i++) {
            OutputOptions.Target t = targets.get(i);
            // on the console the check lists its problems; a report (any format, or text into a file) is the full advice
            if (t.format.equals("text") && t.toStandardOutput()) {
                text(out, result);
                continue;
            }
            machineOnStandardOutput |= t.toStandardOutput();
            // annotations on a pull request show only what the baseline does not accept
            List<Advice> shown = t.format.equals("github") ? result.outsideBaseline() : result.advices();
            if (!OutputOptions.write(t, renderers.get(i), shown, out, err)) return 2;
        }
        if (writeBaseline != null) {
            try {
                SafeFiles.write(writeBaseline, Baseline.write(result.baselineProblems(), writeBaseline));
            } catch (IOException e) {
                err.println("cpo: cannot write " + writeBaseline + ": " + e.getMessage());
                return 2;
            }
        }
        // the summary goes where a person reads it: after the text report, or on stderr beside a machine format on stdout
        PrintWriter person = machineOnStandardOutput ? err : out;
        for (String entry : result.staleBaselineEntries()) {
            person.println(baselineFile + ": note: stale entry: " + entry + " matches no problem now; --write-baseline drops it");
        }
        person.println(result.summary());
        return result.exitCode();
    }

    /**
     * The problems outside the baseline, as a linter lists them: each file's diagnostics, then its findings;
     * suppressed findings are not listed (the summary counts them).
     */
    private static void text(PrintWriter out, CheckResult result) {
        for (Advice a : result.advices()) {
            List<CheckResult.Item> items = result.items(a).stream().filter(i -> !i.baselined() && !i.suppressed()).toList();
            out.print(DiagnosticPrinter.render(items.stream().map(CheckResult.Item::diagnostic).filter(Objects::nonNull).toList()));
            for (CheckResult.Item i : items) {
                if (i.finding() == null) continue;
                Advice.FindingAdvice f = i.finding();
                String where = f.location() != null ? f.location().toString() : a.files().get(0);
                out.println(where + ": " + f.severity().word() + " " + f.id() + ": [" + f.subject() + "] " + f.message());
            }
        }
    }
}
