package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.cli.Main;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REPL driven through JLine over a dumb terminal with scripted input, and
 * through its script mode: what it prints for completion, what-ifs, diff, undo,
 * bad values, blocks and save.
 */
class ReplTest {

    /** One advisor for the class: its rule base is built once, as in a session. */
    private static final Advisor ADVISOR = new Advisor();

    private static final Path LARGE_200G = Path.of("../samples/large-training-200g.cpo");

    private static final String ESTATE = """
            architecture "Acme AI Cloud"
            horizon 2025..2030
            currency USD

            site "sh-01" {
              region cn-east
              cooling liquid
              staff on-site

              cluster "train-a" {
                workload training
                gpus 16384 x B200
                nic 800G
                traffic east-west 85 % north-south 15 %
                growth 40 % per year
                online 2026
              }
            }
            """;

    @TempDir
    Path tmp;

    private Path estate() throws IOException {
        Path f = tmp.resolve("estate.cpo");
        Files.writeString(f, ESTATE);
        return f;
    }

    /**
     * A dumb terminal over streams. Not {@code TerminalBuilder…streams(in, out)}: JLine 3.30 puts
     * such streams behind a real pseudo terminal, whose pump closes it as soon as the input
     * ends, before the reader has read a line. This one keeps JLine's line discipline in Java
     * (the input is echoed, Ctrl-C raises an interrupt) and prints the prompts.
     */
    static Terminal dumb(InputStream in, java.io.OutputStream out) throws IOException {
        return new ExternalTerminal("cpo-test", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
    }

    /** A REPL over a dumb terminal fed with {@code input}; returns everything it printed. */
    private String repl(Path file, String... lines) throws IOException {
        InputStream in = new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = dumb(in, out)) {
            Repl repl = new Repl(terminal, ADVISOR, tmp.resolve("history"));
            assertThat(repl.run(file)).isZero();
        }
        return out.toString(StandardCharsets.UTF_8).replace("\r", ""); // the terminal ends lines with CR LF
    }

    private Repl idleRepl(Path file) throws IOException {
        Terminal terminal = dumb(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream());
        Repl repl = new Repl(terminal, ADVISOR, null);
        if (file != null) repl.session().load(file);
        return repl;
    }

    private static List<String> complete(Repl repl, String line) {
        ParsedLine parsed = repl.reader().getParser().parse(line, line.length(), Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        repl.completer().complete(repl.reader(), parsed, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void completesPathsAfterASite() throws IOException {
        Repl repl = idleRepl(estate());
        List<String> values = complete(repl, "set sh-01.");
        assertThat(values).contains("sh-01.cooling", "sh-01.electricity", "sh-01.power-cap", "sh-01.train-a.")
                .doesNotContain("policy.", "sh-01.cluster", "sh-01.train-a.gpus");
        assertThat(complete(repl, "set sh-01.train-a.")).contains("sh-01.train-a.gpus", "sh-01.train-a.nic", "sh-01.train-a.accelerator");
        assertThat(complete(repl, "set po")).contains("policy.", "sh-01.");
        assertThat(complete(repl, "set policy.")).contains("policy.min-saving", "policy.min-link");
        assertThat(complete(repl, "set sh-01.train-a.nic 8")).contains("8G", "8T");
        assertThat(complete(repl, "set sh-01.cooling ")).containsExactlyInAnyOrder("air", "liquid", "hybrid");
        assertThat(complete(repl, "ad")).contains("advise", "assumptions");
    }

    @Test
    void completesAcceleratorIdsAfterGpusCountX() throws IOException {
        Repl repl = idleRepl(estate());
        List<String> values = complete(repl, "gpus 8 x B");
        assertThat(values).contains("B200", "B300", "GB300", "H100").doesNotContain("tomahawk5-800g", "dsp-800g");
        // the same inside a typed block, on its third line
        List<String> inBlock = complete(repl, "site \"sh-02\" {\n  cluster \"c\" {\n    gpus 8 x B");
        assertThat(inBlock).contains("B200", "B300");
        assertThat(complete(repl, "site \"sh-02\" {\n  cluster \"c\" {\n    ")).contains("gpus", "nic", "fabric");
        assertThat(complete(repl, "site \"sh-02\" {\n  ")).contains("cooling", "cluster");
        assertThat(complete(repl, "set sh-01.train-a.switch ")).contains("tomahawk5-bailly-cpo", "spectrum-4-800g");
    }

    @Test
    void completesPlanesLaserEntriesAndALaserId() throws IOException {
        Path f = tmp.resolve("lasers.cpo");
        Files.writeString(f, ESTATE + """

                catalog {
                  laser "els-a" { power 4 W price 2000 USD }
                }
                """);
        Repl repl = idleRepl(f);
        String cluster = "site \"sh-02\" {\n  cluster \"c\" {\n    ";
        assertThat(complete(repl, cluster + "fabric fat-tree ")).contains("tiers", "oversubscription", "planes", "rail-optimized");
        assertThat(complete(repl, cluster + "fabric fat-tree planes ")).as("a number follows").isEmpty();
        assertThat(complete(repl, "catalog {\n  ")).contains("switch", "optic", "accelerator", "laser");
        assertThat(complete(repl, "catalog {\n  laser \"x\" {\n    "))
                .containsExactlyInAnyOrder("power", "price", "fit", "available", "part-number", "source");
        assertThat(complete(repl, "catalog {\n  switch \"s\" {\n    ")).contains("laser", "lasers", "part-number");
        assertThat(complete(repl, "catalog {\n  switch \"s\" {\n    laser ")).contains("els-a", "elsfp-8ch-1310", "els-nvidia-photonics");
        assertThat(complete(repl, "catalog {\n  laser \"x\" {\n    power 4")).as("no pJ/bit without a capacity")
                .containsExactlyInAnyOrder("4W", "4kW", "4MW");
        assertThat(complete(repl, "catalog {\n  laser \"x\" {\n    price 2000 ")).containsExactly("USD");
    }

    @Test
    void completesAnInterfaceAndTheUnitOfALaneAsTheLanguageTableSays() throws IOException {
        Repl repl = idleRepl(null);
        assertThat(complete(repl, "catalog {\n  optic \"o\" {\n    interface "))
                .containsExactly("sr4", "sr8", "dr1", "dr4", "dr8", "fr4", "twin-dr4", "twin-fr4", "aoc");
        assertThat(complete(repl, "catalog {\n  optic \"o\" {\n    lane 200")).containsExactly("200G", "200T");
        assertThat(complete(repl, "catalog {\n  switch \"s\" {\n    lane 100")).containsExactly("100G", "100T");
        assertThat(complete(repl, "catalog {\n  accelerator \"a\" {\n    nic-lane 100")).containsExactly("100G", "100T");
    }

    @Test
    void completesTheWordsOfARangeAfterAFigureThatTakesOne() throws IOException {
        Repl repl = idleRepl(null);
        String assumptions = "assumptions {\n  ";
        assertThat(complete(repl, assumptions + "electricity 0.08 USD/kWh ")).containsExactly("range");
        assertThat(complete(repl, assumptions + "pue 1.3 ")).as("a plain number is whole").containsExactly("range");
        assertThat(complete(repl, assumptions + "support 5 ")).as("the unit first").containsExactly("%");
        assertThat(complete(repl, assumptions + "support 5% ")).containsExactly("range");
        assertThat(complete(repl, assumptions + "pue 1.3 range 1.2..1.5 ")).containsExactly("uniform", "triangular", "moves-with");
        assertThat(complete(repl, assumptions + "pue 1.3 range 1.2 .. 1.5 uniform ")).containsExactly("moves-with");
        assertThat(complete(repl, assumptions + "pue 1.3 range 1.2.. ")).as("the high end first").isEmpty();
        assertThat(complete(repl, assumptions + "pue 1.3 range 1.2..1.5 moves-with ")).as("a name of one's own").isEmpty();
        assertThat(complete(repl, assumptions + "lifetime 5 years ")).as("a lifetime takes no range").isEmpty();
        assertThat(complete(repl, assumptions + "price-year 2025 ")).as("nor does a year").isEmpty();
        assertThat(complete(repl, "catalog {\n  switch \"s\" {\n    price 80000 USD ")).containsExactly("range");
        assertThat(complete(repl, "catalog {\n  switch \"s\" {\n    lane 100G ")).isEmpty();
        assertThat(complete(repl, "site \"s\" {\n  pue 1.2 ")).containsExactly("range");
        assertThat(complete(repl, "policy {\n  min-gpus 4096 ")).isEmpty();

        String line = "pue 1.3 range 1.2..1.5 uniform moves-with g";
        AttributedString a = new CpoHighlighter().highlight(null, line);
        for (String w : List.of("range", "uniform", "moves-with")) {
            assertThat(a.styleAt(line.indexOf(w))).as(w).isEqualTo(CpoHighlighter.KEYWORD);
        }
    }

    @Test
    void highlightsTheNewWords() {
        String line = "fabric fat-tree planes 2 laser els part-number \"P\"";
        AttributedString a = new CpoHighlighter().highlight(null, line);
        assertThat(a.styleAt(line.indexOf("planes"))).isEqualTo(CpoHighlighter.KEYWORD);
        assertThat(a.styleAt(line.indexOf("laser"))).isEqualTo(CpoHighlighter.KEYWORD);
        assertThat(a.styleAt(line.indexOf("part-number"))).isEqualTo(CpoHighlighter.KEYWORD);
        assertThat(a.styleAt(line.indexOf("els"))).isEqualTo(org.jline.utils.AttributedStyle.DEFAULT);
    }

    /** The estate with a switch entry of its own, for the entry's {@code family} and {@code vendor}. */
    private Path estateWithSwitch() throws IOException {
        Path f = tmp.resolve("switch.cpo");
        Files.writeString(f, ESTATE + """

                catalog {
                  switch "sw-a" {
                    ports 64 x 800G
                    optics pluggable
                    vendor "Acme"
                  }
                }
                """);
        return f;
    }

    @Test
    void completesFamilyVendorPilotSwitchesAndVendors() throws IOException {
        Repl repl = idleRepl(estateWithSwitch());
        assertThat(complete(repl, "set policy.")).contains("policy.pilot-switches", "policy.vendors");
        assertThat(complete(repl, "policy {\n  ")).contains("pilot-switches", "vendors");
        assertThat(complete(repl, "policy {\n  pilot-switches ")).as("a plain number follows").isEmpty();
        // the file's own vendors first, then the well-known ones, quoted
        assertThat(complete(repl, "set policy.vendors ")).startsWith("\"Acme\"").contains("\"NVIDIA\"", "\"Broadcom\"");
        assertThat(complete(repl, "policy {\n  vendors \"NVIDIA\", ")).contains("\"Broadcom\"", "\"Acme\"")
                .doesNotContain("\"NVIDIA\"");
        assertThat(complete(repl, "policy {\n  vendors \"NVIDIA\" ")).as("a comma comes first").isEmpty();
        assertThat(complete(repl, "catalog {\n  switch \"s\" {\n    ")).contains("family", "vendor");
        assertThat(complete(repl, "catalog {\n  optic \"o\" {\n    ")).doesNotContain("family", "vendor");
        assertThat(complete(repl, "catalog {\n  switch \"s\" {\n    family ")).containsExactlyInAnyOrder("infiniband", "ethernet");
        assertThat(complete(repl, "catalog {\n  switch \"s\" {\n    vendor ")).contains("\"Acme\"", "\"NVIDIA\"");
        assertThat(complete(repl, "set catalog.switch.sw-a.")).contains("catalog.switch.sw-a.family", "catalog.switch.sw-a.vendor");
        assertThat(complete(repl, "set catalog.switch.sw-a.family ")).containsExactlyInAnyOrder("infiniband", "ethernet");
    }

    @Test
    void highlightsFamilyVendorPilotSwitchesAndVendors() {
        String line = "pilot-switches 16 vendors \"A\", \"B\" family ethernet vendor \"C\"";
        AttributedString a = new CpoHighlighter().highlight(null, line);
        for (String word : List.of("pilot-switches", "vendors", "family", "vendor \"")) {
            assertThat(a.styleAt(line.indexOf(word))).as(word).isEqualTo(CpoHighlighter.KEYWORD);
        }
        assertThat(a.styleAt(line.indexOf("16"))).isEqualTo(CpoHighlighter.NUMBER);
        assertThat(a.styleAt(line.indexOf("\"B\""))).isEqualTo(CpoHighlighter.STRING);
    }

    @Test
    void setUnsetAndShowKnowFamilyVendorPilotSwitchesAndVendors() throws IOException {
        Path file = estateWithSwitch();
        StringWriter text = new StringWriter();
        int status = Repl.script(new BufferedReader(new StringReader(String.join("\n",
                "set policy.pilot-switches 16",
                "set policy.vendors NVIDIA, Broadcom",
                "show policy",
                "show policy.vendors",
                "set policy.vendors \"Cisco\"",
                "set policy.pilot-switches 0",
                "set catalog.switch.sw-a.family infiniband",
                "set catalog.switch.sw-a.vendor Acme Networks",
                "show catalog.switch.sw-a",
                "show catalog.switch.sw-a.family",
                "set catalog.switch.sw-a.family token-ring",
                "unset policy.vendors",
                "unset catalog.switch.sw-a.vendor",
                "show policy",
                "show catalog.switch.sw-a.vendor",
                "unset policy.vendor") + "\n")), new PrintWriter(text), file, false, ADVISOR);
        String out = text.toString();
        assertThat(status).isEqualTo(1); // the refused lines
        assertThat(out).contains("policy.pilot-switches = 16 (was not set)");
        assertThat(out).contains("policy.vendors = NVIDIA, Broadcom (was not set)");
        assertThat(out).contains("policy {\n  pilot-switches 16\n  vendors \"NVIDIA\", \"Broadcom\"\n}\n");
        assertThat(out).contains("\nvendors \"NVIDIA\", \"Broadcom\"\n");
        assertThat(out).contains("policy.vendors = \"Cisco\" (was \"NVIDIA\", \"Broadcom\")");
        assertThat(out).containsPattern("stdin:6:\\d+: error CPO204: `pilot-switches` is out of range: 0 is not within 1..10000");
        assertThat(out).contains("catalog.switch.sw-a.family = infiniband (was not set)");
        assertThat(out).contains("catalog.switch.sw-a.vendor = Acme Networks (was \"Acme\")");
        assertThat(out).contains("switch \"sw-a\" {\n  ports 64 x 800G\n  optics pluggable\n  family infiniband\n"
                + "  vendor \"Acme Networks\"\n}\n");
        assertThat(out).contains("\nfamily infiniband\n");
        assertThat(out).containsPattern("stdin:11:\\d+: error CPO208: unknown family `token-ring`");
        assertThat(out).contains("unset policy.vendors (was \"Cisco\")");
        assertThat(out).contains("unset catalog.switch.sw-a.vendor (was \"Acme Networks\")");
        assertThat(out).contains("policy {\n  pilot-switches 16\n}\n");
        assertThat(out).contains("// catalog.switch.sw-a.vendor is not set: the default applies");
        assertThat(out).contains("`vendor` is not a property of policy").contains("did you mean `vendors`?");
    }

    @Test
    void aWhatIfFlipsAVerdictDiffShowsItAndUndoRestoresIt() throws IOException {
        // phx-2.b300-train (24,576 GPUs) pilots; a min-gpus of 30,000 puts it under the gate: wait, and back
        Path factory = Path.of("../samples/ai-factory.cpo");
        String out = repl(factory, "advise", "set policy.min-gpus 30000", "diff", "undo", "diff", "quit");
        assertThat(out).containsPattern("phx-2\\.b300-train +24,576 +800G +\\S+ +pilot");
        assertThat(out).contains("policy.min-gpus = 30000 (was 4096)");
        assertThat(out).containsPattern("phx-2\\.b300-train +pilot \\(cpo-all, 2026\\) → wait");
        String diff = out.substring(out.indexOf("changes in the advice since the last `advise`"));
        assertThat(diff).startsWith("changes in the advice since the last `advise`:\n  verdicts\n");
        assertThat(diff).containsPattern("phx-2\\.b300-train +pilot \\(cpo-all, 2026\\) → wait");
        assertThat(out).contains("undone: policy.min-gpus = 30000");
        assertThat(out).containsPattern("phx-2\\.b300-train +wait → pilot \\(cpo-all, 2026\\)");
        assertThat(out).contains("no change in the advice since the last `advise`");
    }

    @Test
    void diffShowsTheFiguresOfTheBestOption() throws IOException {
        String out = repl(LARGE_200G, "advise", "set ash-1.a100-hdr.gpus 16384", "set ash-1.a100-hdr.gpus 4096",
                "set ash-1.h100-200g.gpus 6144", "show ash-1.a100-hdr.gpus", "diff", "exit");
        // 16384 GPUs do not fit the file's two tiers: the language says so, at the line of the session's text
        assertThat(out).containsPattern("<session>:\\d+:\\d+: error CPO214: cluster `ash-1.a100-hdr`: 16384 GPUs at 200G need 3 tiers");
        assertThat(out).contains("refused: ash-1.a100-hdr.gpus = 16384; the architecture is unchanged");
        assertThat(out).contains("ash-1.a100-hdr.gpus = 4096 (was 8192 x A100)");
        assertThat(out).contains("\ngpus 4096 x A100\n"); // the accelerator is kept
        // both clusters shrink: the best CPO option of each moves (the A100 cluster's is cpo-spine only: its HDR NICs
        // run 50G lanes, which no CPO switch does)
        assertThat(out).containsPattern("figures of the best CPO option\n +ash-1\\.a100-hdr cpo-spine: saving [-0-9.]+ % → [-0-9.]+ % "
                + "\\([+-][0-9.]+ pts\\); TCO [0-9,]+ → [0-9,]+ \\(-[0-9,]+\\); capex [0-9,]+ → [0-9,]+ \\(-[0-9,]+\\)");
        assertThat(out).containsPattern("\n +ash-1\\.h100-200g cpo-[a-z]+: saving [-0-9.]+ % → [-0-9.]+ %");
    }

    @Test
    void aBadValueGetsTheLanguagesDiagnosticAndTheSessionGoesOn() throws IOException {
        String out = repl(estate(), "set sh-01.train-a.nic 800Gb", "set sh-01.train-a.nicc 800G", "set policy.min-saving 150 %",
                "frobnicate", "show sh-01.train-a.nic");
        // the input's line and column, the code, the source line with a caret, the hint
        assertThat(out).contains("repl:1:26: error CPO107: unknown unit `Gb`\n"
                + "   1 | set sh-01.train-a.nic 800Gb\n"
                + "     |                          ^^\n"
                + "  hint: did you mean `G`?\n"
                + "refused: sh-01.train-a.nic = 800Gb; the architecture is unchanged");
        assertThat(out).contains("repl:2:19: error CPO201: unknown property `nicc` in a cluster");
        assertThat(out).contains("hint: did you mean `nic`?");
        assertThat(out).containsPattern("repl:3:\\d+: error CPO204: ");
        assertThat(out).contains("repl:4:1: error: unknown command `frobnicate`");
        assertThat(out).doesNotContain("Exception", "\tat ");
        assertThat(out).contains("\nnic 800G\n"); // unchanged, and the session still answers
    }

    @Test
    void aMultiLineBlockMergesIntoTheArchitecture() throws IOException {
        String out = repl(estate(),
                "site \"sh-02\" {",
                "  cooling liquid",
                "  cluster \"infer\" {",
                "    workload inference",
                "    gpus 1024 x H100  // a comment with a } brace",
                "  }",
                "}",
                "policy {",
                "  min-saving 12 %",
                "}",
                "show sh-02",
                "show policy",
                "site \"sh-02\" {",
                "  cluster \"infer\" {",
                "    gpus 1024 x H1000",
                "  }",
                "}");
        assertThat(out).contains(Repl.MORE); // the secondary prompt while the braces are open
        assertThat(out).contains("added site sh-02");
        assertThat(out).containsPattern("sh-02\\.infer +new: (wait|pilot|adopt)");
        assertThat(out).contains("merged a policy block");
        assertThat(out).contains("site \"sh-02\" {\n  cooling liquid\n\n  cluster \"infer\" {\n    workload inference\n    gpus 1024 x H100\n  }\n}\n");
        assertThat(out).contains("policy {\n  min-saving 12 %\n}\n");
        // an error in a block is placed at its own line of the input: the block starts at input line 13
        assertThat(out).containsPattern("repl:15:\\d+: error CPO203: .*H1000");
        assertThat(out).contains("refused: replaced site sh-02; the architecture is unchanged");
    }

    @Test
    void saveRefusesToOverwriteTheLoadedFileWithoutForce() throws IOException {
        Path file = estate();
        String out = repl(file, "set sh-01.train-a.gpus 8192", "save " + file, "n", "save " + tmp.resolve("copy.cpo"));
        assertThat(out).contains("overwrite " + file + ", the file this session loaded");
        assertThat(out).contains("not written");
        assertThat(Files.readString(file)).isEqualTo(ESTATE);
        assertThat(Files.readString(tmp.resolve("copy.cpo"))).contains("gpus 8192 x B200").startsWith("architecture \"Acme AI Cloud\"\n");

        String forced = repl(file, "set sh-01.train-a.gpus 4096", "save --force " + file);
        assertThat(forced).contains("saved " + file);
        assertThat(Files.readString(file)).contains("gpus 4096 x B200");
    }

    @Test
    void scriptModePrintsNoPromptsAndRefusesToOverwrite() throws IOException {
        Path file = estate();
        StringWriter text = new StringWriter();
        int status = Repl.script(new BufferedReader(new StringReader("set sh-01.cooling air\nsave " + file + "\n")),
                new PrintWriter(text), file, false, ADVISOR);
        String out = text.toString();
        assertThat(status).isEqualTo(1);
        assertThat(out).doesNotContain(Repl.PROMPT);
        assertThat(out).contains("sh-01.cooling = air (was liquid)");
        assertThat(out).contains("stdin:2:1: error: refused to overwrite " + file + ": it is the file this session loaded");
        assertThat(out).contains("hint: write to another file, or `save --force " + file + "`");
        assertThat(Files.readString(file)).isEqualTo(ESTATE);

        StringWriter echoed = new StringWriter();
        int ok = Repl.script(new BufferedReader(new StringReader("policy {\n  min-gpus 2048\n}\nshow policy\n")),
                new PrintWriter(echoed), file, true, ADVISOR);
        assertThat(ok).isZero();
        assertThat(echoed.toString()).contains("cpo> policy {\n...>   min-gpus 2048\n...> }\nmerged a policy block")
                .contains("cpo> show policy\npolicy {\n  min-gpus 2048\n}");
    }

    @Test
    void theReplCommandReadsAScriptFromStandardInput() throws IOException {
        Path file = estate();
        InputStream stdin = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try {
            System.setIn(new ByteArrayInputStream(("set sh-01.train-a.nic 400G\nexport json " + tmp.resolve("out.json") + "\nhelp set\n")
                    .getBytes(StandardCharsets.UTF_8)));
            status = Main.run(new String[]{"repl", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        } finally {
            System.setIn(stdin);
        }
        assertThat(err.toString()).isEmpty();
        assertThat(status).isZero();
        assertThat(out.toString()).contains("loaded " + file).contains("sh-01.train-a.nic = 400G (was 800G)")
                .contains("wrote " + tmp.resolve("out.json") + " (json)").contains("set PATH VALUE\n  what-if: change one property");
        assertThat(Files.readString(tmp.resolve("out.json"))).contains("\"Acme AI Cloud\"");
    }

    @Test
    void explainRoadmapBomAndBreakeven() throws IOException {
        String out = repl(Path.of("../samples/ai-factory.cpo"), "explain dal-1.gb300-train", "explain assumed-figures",
                "breakeven dal-1.gb300-train", "roadmap dal-1", "bom pilot", "advise dal-1", "show nosuch.cluster");
        assertThat(out).contains("dal-1.gb300-train: ").contains("  rule: ").contains("  facts read:");
        // explain shows each option's tiers and whole bill, as cpo explain does; bom the stage bills with place and part number
        assertThat(out).containsPattern("  fabric and bill of materials of each option \\(amounts in USD\\):\n    baseline: \\d tiers?; capex ")
                .containsPattern("(?m)^      tier +platform +switches +used +down +up +modules +ports$")
                .containsPattern("(?m)^        total +[0-9,]+ +[0-9,.]+$")
                .containsPattern("(?m)^  place +category +catalog id +part number +qty +unit price +extended +power kW +description$");
        assertThat(out).contains("note assumed-figures [catalog]");
        assertThat(out).contains("dal-1.gb300-train: where ").containsPattern("GPU count +(found|always|none)");
        assertThat(out).contains("ROADMAP (amounts in USD").contains("site dal-1 (capex ");
        assertThat(out).containsPattern("site [a-z0-9-]+, \\d{4} pilot: capex [0-9,]+ USD");
        assertThat(out).contains("Advice on site dal-1 of \"Helios AI Factory\"");
        assertThat(out).contains("error: no site `nosuch`");
    }

    @Test
    void highlightsKeywordsStringsNumbersUnitsAndComments() {
        String line = "site \"sh-01\" { nic 800G // fast";
        AttributedString a = new CpoHighlighter().highlight(null, line);
        assertThat(a.toString()).isEqualTo(line);
        assertThat(a.styleAt(0)).isEqualTo(CpoHighlighter.KEYWORD);
        assertThat(a.styleAt(line.indexOf("\"sh-01\""))).isEqualTo(CpoHighlighter.STRING);
        assertThat(a.styleAt(line.indexOf("800"))).isEqualTo(CpoHighlighter.NUMBER);
        assertThat(a.styleAt(line.indexOf("G "))).isEqualTo(CpoHighlighter.UNIT);
        assertThat(a.styleAt(line.indexOf("// fast"))).isEqualTo(CpoHighlighter.COMMENT);
        AttributedString cmd = new CpoHighlighter().highlight(null, "set policy.min-saving 15 %");
        assertThat(cmd.styleAt(0)).isEqualTo(CpoHighlighter.COMMAND);
        assertThat(cmd.styleAt("set policy.min-saving 15 ".length())).isEqualTo(CpoHighlighter.UNIT);
    }

    // ------------------------------------------------------------------ model figures (ModelFigure.ALL)

    @Test
    void completesEveryModelFigureAndTheUnitOfItsKind() throws IOException {
        Repl repl = idleRepl(estate());
        List<String> paths = complete(repl, "set assumptions.");
        List<String> inBlock = complete(repl, "assumptions {\n  ");
        for (ModelFigure f : ModelFigure.ALL) {
            assertThat(paths).contains("assumptions." + f.name());
            assertThat(inBlock).contains(f.name());
            String n = f.example().split(" ")[0];
            List<String> glued = switch (f.kind()) {
                case SHARE -> List.of(n + "%");
                case MONEY -> List.of(n + "USD");
                case YEAR, NUMBER -> List.of();
            };
            assertThat(complete(repl, "assumptions {\n  " + f.name() + " " + n)).as(f.name()).containsExactlyElementsOf(glued);
            assertThat(complete(repl, "set assumptions." + f.name() + " " + n)).as(f.name()).containsExactlyElementsOf(glued);
            assertThat(complete(repl, f.name() + " " + n)).as("a property on its own line").containsExactlyElementsOf(glued);
        }
        assertThat(complete(repl, "policy {\n  ")).doesNotContainAnyElementsOf(ModelFigure.ALL.stream().map(ModelFigure::name).toList());
        assertThat(complete(repl, "set assumptions.cpo-adoption 300000 ")).containsExactly("USD");
    }

    @Test
    void moneyFiguresCompleteTheFilesCurrency() throws IOException {
        Repl repl = idleRepl(Path.of("../samples/mid-size-cloud.cpo"));
        for (ModelFigure f : ModelFigure.ALL) {
            if (f.kind() != ModelFigure.Kind.MONEY) continue;
            assertThat(complete(repl, "set assumptions." + f.name() + " 60 ")).as(f.name()).containsExactly("EUR");
        }
    }

    @Test
    void highlightsModelFiguresAsProperties() {
        for (ModelFigure f : ModelFigure.ALL) {
            String line = f.name() + " " + f.example();
            AttributedString a = new CpoHighlighter().highlight(null, line);
            assertThat(a.styleAt(0)).as(f.name()).isEqualTo(CpoHighlighter.KEYWORD);
            assertThat(a.styleAt(line.length() - 1)).as(line)
                    .isEqualTo(f.example().contains(" ") ? CpoHighlighter.UNIT : CpoHighlighter.NUMBER);
            String block = "assumptions { " + line + " }";
            assertThat(new CpoHighlighter().highlight(null, block).styleAt(block.indexOf(f.name()))).isEqualTo(CpoHighlighter.KEYWORD);
            String misspelt = f.name() + "x 1";
            assertThat(new CpoHighlighter().highlight(null, misspelt).styleAt(0)).isEqualTo(org.jline.utils.AttributedStyle.DEFAULT);
        }
    }

    @Test
    void setChangesAFigureDiffShowsTheChangeAndUndoRestoresIt() throws IOException {
        String out = repl(LARGE_200G, "advise", "set assumptions.optics-price-decline 15 %", "diff", "show assumptions.optics-price-decline",
                "undo", "diff", "set assumptions.optics-price-decline 95 %", "set assumptions.fibre 60 %",
                "set assumptions.laser-spare 5 %", "set assumptions.fibre", "quit");
        assertThat(out).contains("assumptions.optics-price-decline = 15 % (was not set)");
        // pluggable modules that get cheaper each year change the prices of the options, not the verdicts
        String diff = out.substring(out.indexOf("changes in the advice since the last `advise`:\n"));
        assertThat(diff).startsWith("changes in the advice since the last `advise`:\n  figures of the best CPO option\n");
        for (String cluster : List.of("ash-1.h100-200g")) {   // ash-1.a100-hdr has no CPO option: 50G lanes
            assertThat(diff).containsPattern(" +" + Pattern.quote(cluster) + " [a-z-]+: saving [-0-9.]+ % → [-0-9.]+ % \\([+-][0-9.]+ pts\\); "
                    + "TCO [0-9,]+ → [0-9,]+ \\([+-][0-9,]+\\)");
        }
        assertThat(out).contains("\noptics-price-decline 15 %\n");
        assertThat(out).contains("undone: assumptions.optics-price-decline = 15 %");
        assertThat(out).contains("no change in the advice since the last `advise`");
        // bad values: the language's diagnostics, placed on the input line
        assertThat(out).contains("repl:7:38: error CPO204: `optics-price-decline` must lie between 0 % and 90 %, not 95 %");
        assertThat(out).contains("repl:8:26: error CPO212: `fibre` is an amount of money, not a value in %");
        assertThat(out).contains("repl:9:17: error CPO201: unknown property `laser-spare` in assumptions").contains("did you mean `laser-spares`?");
        assertThat(out).contains("repl:10:22: error: `set assumptions.fibre` needs a value").contains("e.g. `set assumptions.fibre 60 USD`");
        assertThat(out).doesNotContain("Exception");
    }

    @Test
    void everyFigureCanBeSetShownAndUnset() throws IOException {
        List<String> script = new ArrayList<>();
        for (ModelFigure f : ModelFigure.ALL) {
            script.add("set assumptions." + f.name() + " " + f.example());
            script.add("show assumptions." + f.name());
        }
        script.add("show assumptions");
        for (ModelFigure f : ModelFigure.ALL) script.add("unset assumptions." + f.name());
        script.add("show assumptions");
        StringWriter text = new StringWriter();
        int status = Repl.script(new BufferedReader(new StringReader(String.join("\n", script) + "\n")), new PrintWriter(text),
                estate(), false, ADVISOR);
        String out = text.toString();
        assertThat(status).as(out).isZero();
        StringBuilder block = new StringBuilder("assumptions {\n");
        for (ModelFigure f : ModelFigure.ALL) {
            assertThat(out).contains("assumptions." + f.name() + " = " + f.example() + " (was not set)");
            assertThat(out).contains("\n" + f.name() + " " + f.example() + "\n");
            assertThat(out).contains("unset assumptions." + f.name() + " (was " + f.example() + ")");
            block.append("  ").append(f.name()).append(" ").append(f.example()).append("\n");
        }
        assertThat(out).as("in the table's order, as the writer puts them").contains(block.append("}\n"));
    }
}
