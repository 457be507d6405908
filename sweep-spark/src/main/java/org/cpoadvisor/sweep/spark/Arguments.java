package org.cpoadvisor.sweep.spark;

import org.cpoadvisor.advisor.SweepOptions;
import org.cpoadvisor.advisor.report.UncertaintyReports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@link SparkSweepMain}. */
record Arguments(Path file, long scenarios, long seed, long breakEvenShare, int partitions, List<Path> catalogs,
                 List<String> policies, List<Path> rulePacks, Path out, String format) {

    /**
     * The arguments; {@code null} when help was asked for.
     *
     * @throws IllegalArgumentException with what is wrong
     */
    static Arguments parse(String[] args) {
        Path file = null;
        long scenarios = SweepOptions.DEFAULT_SCENARIOS;
        long seed = SweepOptions.DEFAULT_SEED;
        long share = SweepOptions.DEFAULT_BREAK_EVEN_SHARE;
        int partitions = 0;
        List<Path> catalogs = new ArrayList<>();
        List<String> policies = new ArrayList<>();
        List<Path> packs = new ArrayList<>();
        Path out = null;
        String format = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--scenarios" -> scenarios = number(arg, value(args, ++i, arg), 1, SweepOptions.MAX_SCENARIOS);
                case "--seed" -> seed = number(arg, value(args, ++i, arg), Long.MIN_VALUE, Long.MAX_VALUE);
                case "--break-even-scenarios" -> share = number(arg, value(args, ++i, arg), 0, SweepOptions.MAX_SCENARIOS);
                case "--partitions" -> partitions = (int) number(arg, value(args, ++i, arg), 1, Integer.MAX_VALUE);
                case "--catalog" -> catalogs.add(Path.of(value(args, ++i, arg)));
                case "--policy" -> policies.add(value(args, ++i, arg));
                case "--rules" -> packs.add(Path.of(value(args, ++i, arg)));
                case "-o", "--output", "--out" -> out = Path.of(value(args, ++i, arg));
                case "-f", "--format" -> {
                    format = value(args, ++i, arg);
                    if (!UncertaintyReports.FORMATS.contains(format)) {
                        throw new IllegalArgumentException("--format takes " + String.join(", ", UncertaintyReports.FORMATS) + ", not `" + format + "`");
                    }
                }
                default -> {
                    if (arg.startsWith("-")) throw new IllegalArgumentException("unknown option " + arg);
                    if (file != null) throw new IllegalArgumentException("one FILE only, not " + file + " and " + arg);
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) throw new IllegalArgumentException("no FILE given");
        return new Arguments(file, scenarios, seed, Math.min(share, scenarios), partitions, List.copyOf(catalogs),
                List.copyOf(policies), List.copyOf(packs), out, format != null ? format : "text");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static long number(String option, String text, long min, long max) {
        long n;
        try {
            n = Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not `" + text + "`");
        }
        if (n < min || n > max) throw new IllegalArgumentException(option + " must be " + min + ".." + max + ", not " + n);
        return n;
    }
}
