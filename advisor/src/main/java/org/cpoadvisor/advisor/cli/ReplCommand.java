package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.repl.Repl;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code cpo repl [FILE]}: an interactive consultation over one architecture. */
@Command(name = "repl", description = {"An interactive consultation over one architecture: advise, explain, what-ifs "
        + "(set, unset, typed blocks), diff, undo, save and export. `help` inside lists the commands.",
        "Without a terminal (cpo repl FILE < script) it reads the commands from standard input and prints the same output, "
        + "without prompts and without echoing the input (--echo prints both, as a transcript); the exit status is then 1 "
        + "when an input failed."},
        footer = {"", "Examples:",
                "  cpo repl samples/ai-factory.cpo",
                "  printf 'advise\\nset policy.min-link 200G\\ndiff\\n' | cpo repl samples/large-training-200g.cpo",
                "  cpo repl --rules acme.drl --catalog acme-catalog.cpo estate.cpo   every command advises with them",
                "", "History is kept in $CPO_HISTORY, else ~/.cpo_history.",
                "", "Exit codes: 0 the session ended (a script: every input succeeded), 1 a",
                "  script's input failed or FILE has errors, 2 usage or I/O error: FILE is",
                "  missing, unreadable or not UTF-8 (its diagnostic is printed on standard",
                "  error, and no session starts)."})
final class ReplCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "the architecture to load (.cpo, .json, .yaml)")
    Path file;

    @Option(names = "--echo", description = "without a terminal, print each input after the prompt (a transcript)")
    boolean echo;

    @Mixin
    AdvisorOptions advisorOptions;

    @Option(names = "--script", description = "read commands from standard input even on a terminal")
    boolean script;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // the project's configuration (rule packs, catalog, policy) applies from the start
        if (advisorOptions.config(file, err) == null) return 2;
        Advisor advisor = advisorOptions.advisor(err);
        if (advisor == null) return 2;
        if (file != null) {
            // a file that cannot be read is an I/O error, as for every command: no session on nothing
            ReadResult read = advisor.read(file);
            if (read.unreadable()) {
                err.print(DiagnosticPrinter.render(read.diagnostics()));
                return 2;
            }
        }
        try {
            if (script || !interactive()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                return Repl.script(in, out, file, echo, advisor);
            }
            try (Terminal terminal = TerminalBuilder.builder().system(true).name("cpo").build()) {
                terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN); // Ctrl-C while a command runs: ignored
                return new Repl(terminal, advisor, Repl.historyFile()).run(file);
            }
        } catch (IOException e) {
            err.println("cpo repl: " + e.getMessage());
            return 2;
        }
    }

    /** Standard input and output are a terminal (on Java 22+, where a console always exists, it must say so). */
    private static boolean interactive() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22, a console exists only on a terminal
        }
    }
}
