package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.io.SafePrintWriter;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.dsl.diag.SafeText;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code cpo} command. */
@Command(name = "cpo",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // -h/--help and -V/--version on every command (exit 0)
        versionProvider = Main.Version.class,
        description = "Where co-packaged optics pays off in your AI data centers, when, and what to buy.",
        // the subcommands: COMMANDS below
        footer = {"", "Examples:",
                "  cpo advise samples/ai-factory.cpo  verdicts, findings, roadmap and bills of materials",
                "  cpo validate samples/*.cpo        check files for mistakes",
                "  cpo fmt --check samples/*.cpo     are they in canonical layout?",
                "  cpo check                         every .cpo file below here, as CI does",
                "  cpo sweep samples/ai-factory.cpo  how sure the verdicts are, over the figures' ranges",
                "", "Exit codes: 0 fine, 1 problems found, 2 usage or I/O error (also a file named",
                "  that is missing, unreadable or not UTF-8). `cpo COMMAND --help` says more."})
public final class Main implements Runnable {

    /**
     * The subcommands, in the order {@code cpo --help} lists them. Not in the annotation's
     * {@code subcommands}, with which picocli builds every command's model on every start:
     * see {@link #commandLine}.
     */
    static final List<Class<?>> COMMANDS = List.of(AdviseCommand.class, CheckCommand.class, ExplainCommand.class,
            ValidateCommand.class, FmtCommand.class, DiffCommand.class, SensitivityCommand.class, SweepCommand.class, TestCommand.class, CatalogCommand.class, InitCommand.class, CompletionCommand.class,
            ReplCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietLogging(System.getenv("CPO_LOG"));
        if (judges(args)) {
            // the rule base loads on the other core while picocli starts and the files are read
            Advisor.warmUpInBackground();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** The commands that judge with the rules: the first word that is not an option names one. */
    static boolean judges(String[] args) {
        for (String a : args) {
            if (a.startsWith("-")) continue;
            return JUDGING.contains(a);
        }
        return false;
    }

    private static final Set<String> JUDGING = Set.of("advise", "check", "explain", "repl", "diff", "test", "sensitivity",
            "sweep");

    /** The level of the command's logging binding (slf4j-simple, in its lib/ folder). */
    static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    /**
     * The command logs nothing unless asked: {@code CPO_LOG=debug} (or info, warn, error)
     * for what Drools and cpo-advisor log, on stderr; a level set as a system property
     * ({@code CPO_JAVA_OPTS=-Dorg.slf4j.simpleLogger.defaultLogLevel=info}) wins. Before
     * the first logger is made, so only from {@link #main}: an embedding application's
     * logging is its own.
     */
    static void quietLogging(String asked) {
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, asked == null || asked.isBlank() ? "off" : asked.strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Runs the command line with the given streams; returns the exit code. Never throws.
     * What the commands print reaches the streams through {@link SafePrintWriter}: no
     * control or bidirectional character of an input reaches the terminal raw.
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        return run(args, rawOut, rawErr, System.getenv());
    }

    /** The environment the commands read ({@code CPO_CONFIG}, {@code CPO_FAIL_ON}, {@code CPO_FORMAT}; docs/config.md). */
    Map<String, String> env = Map.of();

    /** {@link #run(String[], PrintWriter, PrintWriter)} with the environment given (a test's own). */
    static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, Map<String, String> env) {
        PrintWriter out = SafePrintWriter.of(rawOut);
        PrintWriter err = SafePrintWriter.of(rawErr);
        CommandLine cli = commandLine(args, env);
        cli.setOut(out);
        cli.setErr(err);
        // help, usage and version are the program's own text (coloured on a terminal): printed exactly;
        // an error message, which may quote an argument, goes through the escaping writer
        cli.setExecutionStrategy(parseResult -> {
            for (CommandLine c : parseResult.asCommandLineList()) {
                if (c.isUsageHelpRequested()) {
                    c.usage(rawOut, c.getColorScheme());
                    return 0;
                }
                if (c.isVersionHelpRequested()) {
                    c.printVersionHelp(rawOut, c.getColorScheme().ansi());
                    return 0;
                }
                if (c.getCommandSpec().helpCommand() && c.getCommand() instanceof CommandLine.IHelpCommandInitializable2 help) {
                    help.init(c, c.getColorScheme(), rawOut, err);
                    ((Runnable) help).run();
                    return 0;
                }
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine c = e.getCommandLine();
            SafePrintWriter.printExact(err, c.getColorScheme().errorText(SafeText.line(e.getMessage())) + System.lineSeparator());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                err.flush();
                c.usage(rawErr, c.getColorScheme());
            }
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("cpo: internal error: " + e);
            err.println("  this is a bug in cpo-advisor, not in your file; please report it with the file that caused it");
            return 3;
        });
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    // ---- start-up: the command model (issue 15) -------------------------------------------

    /**
     * The command line for these arguments. A run that names its command first ({@code cpo
     * check …}, as CI steps do) gets a model with that command alone: what it parses, prints
     * and answers is the same, and picocli's reflection over the other commands (a tenth of
     * a cold start) is not done. Anything else ({@code cpo}, {@code cpo --help}, {@code cpo help
     * …}, {@code cpo completion}, an option or an unknown word first) gets every command, as
     * the top level's usage, suggestions and completion script list them all.
     */
    public static CommandLine commandLine(String[] args) {
        return commandLine(args, Map.of());
    }

    /** {@link #commandLine(String[])} whose commands read {@code env} as their environment (docs/config.md). */
    static CommandLine commandLine(String[] args, Map<String, String> env) {
        Main main = new Main();
        main.env = Map.copyOf(env);
        CommandLine cli = new CommandLine(main);
        Class<?> only = args.length > 0 ? alone(args[0]) : null;
        for (Class<?> c : only != null ? List.<Class<?>>of(only) : COMMANDS) {
            cli.addSubcommand(c);
        }
        return cli;
    }

    /** The command of that name if it may stand alone (help and completion list the others), else null. */
    private static Class<?> alone(String name) {
        for (Class<?> c : COMMANDS) {
            if (c != CommandLine.HelpCommand.class && c != CompletionCommand.class
                    && c.getAnnotation(Command.class).name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------

    @Override
    public void run() {
        CommandLine c = spec.commandLine();
        SafePrintWriter.printExact(c.getOut(), c.getUsageMessage(c.getColorScheme()));
    }

    /** The version the build wrote ({@link Advisor#version()}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"cpo-advisor " + Advisor.version()};
        }
    }
}
