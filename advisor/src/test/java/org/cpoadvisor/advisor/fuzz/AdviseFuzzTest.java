package org.cpoadvisor.advisor.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;
import org.cpoadvisor.advisor.fuzz.Mutator.Mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Random and mutated architecture files never crash, hang or show a stack trace:
 * every one gives advice or diagnostics. The number of tries is a system property
 * ({@code -Dcpo.fuzz.tries=100000}, or the profile {@code -Pfuzz-campaign}; see {@link FuzzBudget} and docs/hardening.md).
 */
@AddLifecycleHook(value = FuzzBudget.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class AdviseFuzzTest {

    private static Path work;

    @BeforeContainer
    static void setUp() throws IOException {
        work = Files.createTempDirectory("cpo-fuzz");
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> sample() {
        return Mutator.samples();
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Mutator.mutations(6);
    }

    /** The bulk: samples with a few token-level mutations each. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    @FuzzBudget.Share(0.40)
    void mutatedSamplesGiveAdviceOrDiagnostics(@ForAll("sample") String sample, @ForAll("mutations") List<Mutation> mutations) {
        Robustness.advise(Mutator.apply(Mutator.sample(sample), mutations), sample);
    }

    /**
     * Only numbers change, to values at and past the edges of their ranges: the text
     * stays well-formed, so most cases reach sizing, costing, break-even and the rules.
     */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    @FuzzBudget.Share(0.15)
    void extremeNumbersReachTheEngineSafely(@ForAll("sample") String sample,
                                            @ForAll("numberEdits") List<NumberEdit> edits) {
        String text = Mutator.sample(sample);
        List<String> tokens = Mutator.tokens(text);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (Character.isDigit(tokens.get(i).charAt(0))) numbers.add(i);
        }
        for (NumberEdit e : edits) {
            tokens.set(numbers.get(e.which() % numbers.size()), e.value());
        }
        Robustness.advise(String.join("", tokens), sample);
    }

    record NumberEdit(int which, String value) {
    }

    @Provide
    Arbitrary<List<NumberEdit>> numberEdits() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("0", "1", "2", "0.5", "0.999", "1.0", "1.01", "2.99", "3", "3.0", "4", "7", "8", "9", "16", "30", "31",
                        "64", "100", "101", "128", "999", "1000", "1001", "1023", "1024", "1025", "1989", "1990", "2024", "2025",
                        "2030", "2100", "2101", "4096", "65535", "65536", "102400", "102401", "1000000", "1048576", "1048577",
                        "9999999", "10000000", "10000001", "0.000001", "0.0000001"),
                Arbitraries.integers().between(0, 10_000_000).map(String::valueOf),
                Arbitraries.bigDecimals().between(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(5000)).ofScale(3).map(java.math.BigDecimal::toPlainString));
        return Arbitraries.integers().between(0, 10_000).flatMap(i -> value.map(v -> new NumberEdit(i, v))).list()
                .ofMinSize(1).ofMaxSize(4);
    }

    /** Token soup: the language's own words in random order. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    @FuzzBudget.Share(0.07)
    void tokenSoupGivesDiagnostics(@ForAll("soup") String text) {
        Robustness.advise(text, "soup.cpo");
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> tokens = Arbitraries.of(Mutator.VOCABULARY).list().ofMaxSize(300)
                .map(l -> String.join(" ", l));
        return Arbitraries.oneOf(tokens, tokens.map(t -> "architecture \"soup\"\n" + t),
                tokens.map(t -> "architecture \"soup\"\nsite \"s\" {\n cluster \"c\" {\n gpus 4096 x B200\n" + t + "\n}\n}\n"));
    }

    /** Any text at all, controls, surrogates and unassigned code points included. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    @FuzzBudget.Share(0.05)
    void anyTextGivesDiagnostics(@ForAll("anyText") String text) {
        Robustness.advise(text, "any.cpo");
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(400),
                Arbitraries.strings().withChars("{}\"x/*.:,%_0123456789 \n").ofMaxLength(400),
                Arbitraries.strings().all().ofMaxLength(200).map(s -> "architecture \"" + s + "\"\n"));
    }

    /** A mutated file of an estate with imports, read from disk as `cpo` reads it. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    @FuzzBudget.Share(0.05)
    void mutatedImportTreeGivesAdviceOrDiagnostics(@ForAll("importTreeFile") String file,
                                                   @ForAll("mutations") List<Mutation> mutations,
                                                   @ForAll("badBytes") byte[] bad, @ForAll @IntRange(min = 0) int at)
            throws IOException {
        Path dir = Files.createTempDirectory(work, "tree");
        Path root = copyTree(Mutator.SAMPLES.resolve("hyperscale-cn"), dir);
        String text = Mutator.apply(Mutator.sample(file), mutations);
        Path target = dir.resolve(Mutator.SAMPLES.resolve("hyperscale-cn").relativize(Mutator.SAMPLES.resolve(file)).toString());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8); // a lone surrogate becomes `?`
        int cut = bytes.length == 0 ? 0 : at % (bytes.length + 1);
        byte[] written = new byte[bytes.length + bad.length];
        System.arraycopy(bytes, 0, written, 0, cut);
        System.arraycopy(bad, 0, written, cut, bad.length);
        System.arraycopy(bytes, cut, written, cut + bad.length, bytes.length - cut);
        Files.write(target, written);
        Robustness.advise(root, text);
    }

    /** Mostly nothing; sometimes bytes that are not UTF-8, a NUL, a byte-order mark, or a UTF-16 one. */
    @Provide
    Arbitrary<byte[]> badBytes() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(new byte[0])),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xC3, 0x28}, new byte[]{0},
                        new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[]{(byte) 0xFE, (byte) 0xFF},
                        new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)));
    }

    @Provide
    Arbitrary<String> importTreeFile() {
        return Arbitraries.of(Mutator.sampleNames().stream().filter(n -> n.startsWith("hyperscale-cn")).toList());
    }

    /** JSON and YAML documents, mutated the same way, read from disk as `cpo` reads them. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    @FuzzBudget.Share(0.05)
    void mutatedJsonAndYamlGiveAdviceOrDiagnostics(@ForAll("document") String document,
                                                   @ForAll("mutations") List<Mutation> mutations) throws IOException {
        String extension = document.startsWith("{") ? ".json" : ".yaml";
        Path file = Files.createTempFile(work, "doc", extension);
        String text = Mutator.apply(document, mutations);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        Robustness.advise(file, text);
    }

    @Provide
    Arbitrary<String> document() {
        return Arbitraries.of(JSON, YAML, "[" .repeat(2000) + JSON + "]".repeat(2000), "a: " + "[".repeat(2000) + "\n" + YAML);
    }

    static final String JSON = """
            {
              "architecture": "Acme AI Cloud",
              "horizon": "2025..2030",
              "currency": "USD",
              "assumptions": { "pue": 1.3, "electricity": "0.08 USD/kWh", "rates": { "CNY": 7.1 } },
              "policy": { "min-saving": "10 %", "pilot-window": "2025..2026" },
              "catalog": { "optics": [ { "id": "my-lpo", "speed": "800G", "kind": "lpo", "source": "assumption: x" } ] },
              "sites": [
                { "name": "sh-01", "cooling": "liquid", "power-cap": "60 MW",
                  "clusters": [ { "name": "train-a", "gpus": 16384, "accelerator": "B200", "nic": "800G",
                                  "traffic": "east-west 85 % north-south 15 %", "growth": "40 % per year", "online": 2026,
                                  "plan": "cpo from 2027 tiers spine" },
                                { "name": "serve", "gpus": "4096 x H100", "workload": "inference" } ] }
              ]
            }
            """;

    static final String YAML = """
            architecture: Acme AI Cloud
            horizon: 2025..2030
            currency: USD
            assumptions:
              electricity: 0.08 USD/kWh
              pue: 1.3
              rates: { CNY: 7.10 }
            policy:
              min-saving: 10 %
            catalog:
              switches: [ { id: my-switch, ports: 64 x 800G, optics: pluggable, sources: { ports: datasheet } } ]
              accelerators: [ { id: my-gpu, nic: 400G } ]
            sites:
              - name: sh-01
                cooling: liquid
                clusters:
                  - { name: train-a, gpus: 16384, accelerator: B200, nic: 800G, traffic: east-west 85 % north-south 15 % }
                  - { name: b, gpus: 1024 x my-gpu, switch: my-switch }
            """;

    /** The command line on a mutated file: exit 0, 1 or 2, never an internal error or a stack trace. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    @FuzzBudget.Share(0.05)
    void commandLineReportsProblemsNotCrashes(@ForAll("sample") String sample, @ForAll("mutations") List<Mutation> mutations,
                                              @ForAll("command") List<String> command) throws IOException {
        Path file = Files.createTempFile(work, "cli", ".cpo");
        String text = Mutator.apply(Mutator.sample(sample), mutations);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        Robustness.cli(text, args(command, file, work));
    }

    /** The command with its file, and a report file of its own in {@code dir} for {@code -o}. */
    static String[] args(List<String> command, Path file, Path dir) throws IOException {
        List<String> args = new ArrayList<>();
        for (String a : command) {
            args.add(a.equals(OUT) ? Files.createTempFile(dir, "report", ".out").toString() : a);
        }
        args.add(file.toString());
        return args.toArray(String[]::new);
    }

    /** Stands for a report file in {@link #commands()}. */
    static final String OUT = "@out@";

    @Provide
    Arbitrary<List<String>> command() {
        return commands();
    }

    /** check and advise in every report format, to stdout or to a file; validate; fmt. */
    static Arbitrary<List<String>> commands() {
        Arbitrary<String> format = Arbitraries.of("text", "markdown", "json", "sarif", "junit", "csv", "html");
        return Arbitraries.oneOf(
                format.map(f -> List.of("check", "--no-color", "--format", f)),
                format.map(f -> List.of("advise", "--no-color", "--format", f)),
                format.map(f -> List.of("check", "--no-color", "--format", f, "-o", OUT)),
                format.map(f -> List.of("advise", "--no-color", "--format", f, "-o", OUT)),
                Arbitraries.just(List.of("validate")),
                Arbitraries.just(List.of("fmt")),
                Arbitraries.just(List.of("fmt", "--check")));
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to.resolve("hyperscale-cn.cpo");
    }
}
