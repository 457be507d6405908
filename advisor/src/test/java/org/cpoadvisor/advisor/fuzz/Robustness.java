package org.cpoadvisor.advisor.fuzz;

import org.cpoadvisor.advisor.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.cli.Main;
import org.cpoadvisor.advisor.report.Renderer;
import org.cpoadvisor.advisor.report.Renderers;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What every input must give: an {@link Advice} (advice, or diagnostics only) within
 * the hang guard, with no exception, no stack trace and no internal class name in
 * what a user reads, and reports in every format that render without failing.
 */
final class Robustness {

    /** One advisor for all cases: it holds no per-call state. */
    static final Advisor ADVISOR = new Advisor();

    private static final List<Renderer> RENDERERS = List.copyOf(Renderers.all(false, "warning").values());

    /**
     * A stack frame, or an exception, internal class or API that leaked into a message, or a
     * null, NaN or infinity printed as a value (JSON's own word {@code 'null'}, quoted, is fine).
     */
    private static final Pattern LEAK = Pattern.compile(
            "\\n\\s*at [\\w$.]+\\(|\\b(java|javax|jdk|sun|org\\.antlr|org\\.drools|org\\.kie|com\\.fasterxml|org\\.yaml)\\.[\\w$]+\\."
                    + "|\\b\\w*(Exception|Error)\\b|(?<!')\\bnull\\b(?!')|\\bNaN\\b|\\bInfinity\\b|\\b[A-Z]\\w+\\.(get|is)[A-Z]\\w*\\(\\)");

    private Robustness() {
    }

    static {
        // the first advice loads Drools (seconds): not part of any case's time
        ADVISOR.advise("architecture \"warm-up\"\nsite \"s\" {\n  cluster \"c\" {\n    gpus 1024 x H100\n  }\n}\n", "warm-up.cpo");
    }

    /** Advises on text and checks the outcome. */
    static Advice advise(String text, String name) {
        return assertTimeoutPreemptively(FuzzBudget.TIMEOUT, () -> check(ADVISOR.advise(text, name), text),
                () -> "hang: advising and rendering took longer than " + FuzzBudget.TIMEOUT + " on " + describe(text));
    }

    /** Advises on a file (imports resolved) and checks the outcome. */
    static Advice advise(Path file, String input) {
        return assertTimeoutPreemptively(FuzzBudget.TIMEOUT, () -> check(ADVISOR.advise(file), input),
                () -> "hang: advising and rendering took longer than " + FuzzBudget.TIMEOUT + " on " + file);
    }

    /** Runs the command line as a user would; returns what it printed on stderr. */
    static String cli(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(FuzzBudget.TIMEOUT,
                () -> Main.run(args, new PrintWriter(out), new PrintWriter(err)),
                () -> "hang: cpo " + String.join(" ", args) + " took longer than " + FuzzBudget.TIMEOUT);
        assertThat(code).as("exit code of cpo %s; stderr:%n%s", String.join(" ", args), err).isBetween(0, 2);
        assertNoLeak(err.toString(), input, "stderr");
        return err.toString();
    }

    static Advice check(Advice advice, String input) {
        assertThat(advice).isNotNull();
        for (Diagnostic d : advice.diagnostics()) {
            assertThat(d.message()).as("message of %s", d.code()).isNotBlank();
            assertNoLeak(d.message(), input, d.code() + " message");
            if (d.hint() != null) assertNoLeak(d.hint(), input, d.code() + " hint");
            if (d.location() != null) {
                assertThat(d.location().line()).as("line of %s", d.code()).isPositive();
                assertThat(d.location().column()).as("column of %s", d.code()).isPositive();
            }
        }
        if (advice.hasErrors()) {
            assertThat(advice.clusters()).as("no advice on a file with errors").isEmpty();
        }
        assertThat(DiagnosticPrinter.render(advice.diagnostics())).isNotNull();
        for (Renderer r : RENDERERS) {
            assertThat(r.render(advice)).as(r.format()).isNotNull();
        }
        return advice;
    }

    private static void assertNoLeak(String shown, String input, String what) {
        var m = LEAK.matcher(shown);
        while (m.find()) {
            // a word the user wrote may come back in a message
            assertThat(input).as("%s shows `%s`, which the input does not hold: %s", what, m.group().trim(), shown)
                    .contains(m.group().trim());
        }
    }

    static String describe(String text) {
        String head = text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
        return Mutator.escape(head);
    }
}
