package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.check.Expectations.Expected;
import org.cpoadvisor.advisor.check.FixtureResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cpo test FIXTURE…}: fixtures with {@code // expect finding:} lines, run against the rules and rule packs. */
@Command(name = "test", description = "Test rule packs: each fixture's advice must carry exactly the findings its "
        + "`// expect finding:` lines name (docs/rule-packs.md).",
        footer = {"", "Examples:",
                "  cpo test --rules samples/rule-packs/min-nic.drl samples/rule-packs/tests/",
                "  cpo test --rules acme.drl fixtures/*.cpo",
                "", "A fixture's lines: `// expect finding: ID [SEVERITY] [on SUBJECT]` (one finding each),",
                "`// allow finding: ID` (may appear, any number of times).",
                "", "Exit codes: 0 every fixture passes, 1 one does not, 2 usage or I/O error."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FIXTURE", description = "fixture files (.cpo, .json, .yaml), folders or globs")
    List<String> files;

    @Mixin
    AdvisorOptions advisorOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> paths;
        try {
            paths = Inputs.expand(files);
            for (Path p : paths) {
                if (!Files.isRegularFile(p)) throw new IOException("cannot read " + p + ": " + (Files.exists(p) ? "not a regular file" : "no such file"));
            }
        } catch (IOException e) {
            err.println("cpo test: " + e.getMessage());
            return 2;
        }
        if (paths.isEmpty()) {
            err.println("cpo test: no fixture in " + String.join(", ", files));
            return 2;
        }
        Advisor advisor = advisorOptions.advisor(err);
        if (advisor == null) return 2;
        List<FixtureResult> results;
        try {
            results = advisor.test(paths);
        } catch (IOException e) {
            err.println("cpo test: cannot read " + e.getMessage());
            return 2;
        }
        int failed = 0;
        for (FixtureResult r : results) {
            if (r.passed()) {
                int n = r.outcome().matched().size();
                out.println("PASS " + r.file() + " (" + n + (n == 1 ? " expected finding" : " expected findings") + ")");
                continue;
            }
            failed++;
            out.println("FAIL " + r.file());
            r.problems().forEach(p -> out.println("  " + p));
            for (Expected e : r.outcome().missing()) {
                out.println("  expected, not in the advice: " + e + (e.line() > 0 ? " (line " + e.line() + ")" : ""));
            }
            for (FindingAdvice f : r.outcome().unexpected()) {
                out.println("  in the advice, not expected: " + f.id() + " " + f.severity().word() + " on " + f.subject() + ": " + f.message());
            }
        }
        int n = results.size();
        out.println(n + (n == 1 ? " fixture, " : " fixtures, ") + (n - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
