package org.cpoadvisor.rules;

import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.breakeven.BreakEvenPoint;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.cpoadvisor.rules.cost.Evaluation;
import org.cpoadvisor.rules.cost.OptionCost;
import org.cpoadvisor.rules.cost.OptionResult;
import org.cpoadvisor.rules.cost.Part;
import org.cpoadvisor.rules.judge.Finding;
import org.cpoadvisor.rules.judge.StageAction;
import org.cpoadvisor.rules.judge.Verdict;
import org.cpoadvisor.rules.model.ResolvedCluster;
import org.cpoadvisor.rules.roadmap.BomLine;
import org.cpoadvisor.rules.roadmap.StagePlan;
import org.cpoadvisor.rules.sizing.FabricSizer;
import org.cpoadvisor.rules.sizing.Sizing;
import org.cpoadvisor.rules.sizing.TierName;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The roadmap's bills of materials over every sample: each line's arithmetic, each stage's
 * capex, quantities that follow the sizing of the capacity each stage converts, and the
 * same input giving the same analysis twice. The ai-factory quantities are worked out by
 * hand from docs/model.md section 1.
 */
class BillOfMaterialsTest {

    static final Path SAMPLES = ScenarioTest.SAMPLES;
    static final Pattern CONVERTED = Pattern.compile("^(\\d+) GPUs of new or refreshed capacity: ");

    static List<String> samples() {
        List<String> out = new ArrayList<>();
        try (var s = Files.list(SAMPLES)) {
            s.filter(p -> p.toString().endsWith(".cpo")).map(p -> p.getFileName().toString()).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.add("hyperscale-cn/hyperscale-cn.cpo");
        return out;
    }

    static final java.util.Map<String, Analysis> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** One analysis per sample for the checks that only read it (the determinism test analyses afresh). */
    static Analysis analysed(String sample) {
        return CACHE.computeIfAbsent(sample, BillOfMaterialsTest::analyse);
    }

    static Analysis analyse(String sample) {
        ReadResult r = BuiltinCatalog.reader().read(SAMPLES.resolve(sample));
        assertThat(r.hasErrors()).as(sample + ": " + r.diagnostics()).isFalse();
        return new Analyst(BuiltinCatalog.get()).analyse(r.architecture());
    }

    /** The lines of one action, which all name its cluster. */
    record Group(ClusterAnalysis cluster, List<BomLine> lines) {
        BomLine first(String category, String place) {
            return lines.stream().filter(l -> l.category().equals(category) && l.place().equals(place)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + category + " line at " + place + " in " + lines));
        }
    }

    static List<Group> groups(Analysis a, StagePlan s) {
        List<Group> out = new ArrayList<>();
        for (BomLine l : s.lines()) {
            ClusterAnalysis c = a.clusters().stream().filter(x -> names(l, x.cluster().path()))
                    .findFirst().orElseThrow(() -> new AssertionError("no cluster named in " + l));
            Group g = out.stream().filter(x -> x.cluster() == c).findFirst().orElse(null);
            if (g == null) {
                g = new Group(c, new ArrayList<>());
                out.add(g);
            }
            g.lines().add(l);
        }
        return out;
    }

    static boolean names(BomLine l, String path) {
        return l.description().contains(" " + path + ":") || l.description().startsWith(path + ",")
                || l.description().startsWith(path + ":");
    }

    static StageAction actionOf(StagePlan s, String path) {
        return s.actions().stream().filter(x -> path.equals(x.getCluster())).findFirst().orElseThrow();
    }

    static StagePlan stage(Analysis a, String site, StageAction.Stage stage) {
        return a.roadmap().stream().filter(s -> s.site().equals(site) && s.stage() == stage).findFirst()
                .orElseThrow(() -> new AssertionError("no " + stage + " stage for " + site));
    }

    static BomLine line(StagePlan s, String category, String place) {
        return s.lines().stream().filter(l -> l.category().equals(category) && l.place().equals(place)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + category + " line at " + place + " in " + s.lines()));
    }

    // ------------------------------------------------------------------------------ every sample

    @ParameterizedTest
    @MethodSource("samples")
    void everyLineIsQuantityTimesUnitAndEveryStageSumsItsLines(String sample) {
        Analysis a = analysed(sample);
        for (StagePlan s : a.roadmap()) {
            double sum = 0;
            for (Group g : groups(a, s)) {
                ClusterAnalysis c = g.cluster();
                StageAction act = actionOf(s, c.cluster().path());
                for (BomLine l : g.lines()) {
                    String what = sample + " " + s.site() + " " + s.stage() + " " + l;
                    assertThat(l.quantity()).as(what).isPositive();
                    assertThat(l.unitPrice()).as(what).isGreaterThanOrEqualTo(0);
                    assertThat(l.extendedPrice()).as(what).isCloseTo(l.quantity() * l.unitPrice(), within(1e-6 * Math.max(1, l.extendedPrice())));
                    assertThat(l.powerW()).as(what).isCloseTo(l.quantity() * l.unitPowerW(), within(1e-6 * Math.max(1, l.powerW())));
                    switch (l.category()) {
                        case "switch" -> {
                            SwitchPlatform p = a.catalog().switchPlatform(l.catalogId()).orElseThrow();
                            // power = quantity × the platform's power; price = the platform's price in the action's year
                            assertThat(l.powerW()).as(what).isCloseTo(l.quantity() * p.powerW(), within(1e-6));
                            double expected = OptionCost.priced(p, act.getYear(), c.cluster().economics()).price();
                            assertThat(l.unitPrice()).as(what).isCloseTo(expected, within(1e-6 * expected));
                            if (p.available() != null && act.getYear() > p.available()) {
                                assertThat(l.unitPrice()).as(what).isCloseTo(p.price()
                                        * Math.pow(1 - c.cluster().economics().cpoPriceDecline(), act.getYear() - p.available()), within(1e-6 * expected));
                            }
                        }
                        case "fibre" -> {
                            assertThat(l.powerW()).as(what).isZero();
                            assertThat(l.unitPrice()).as(what).isCloseTo(c.cluster().economics().fibrePerLink(), within(1e-9));
                        }
                        case "laser", "laser-spare", "optic" -> assertThat(l.catalogId()).as(what).isNotBlank();
                        case "service" -> {
                            // a cooling retrofit: kW of co-packaged switches at the retrofit rate, in the file's currency
                            assertThat(s.stage()).as(what).isEqualTo(StageAction.Stage.PREPARE);
                            assertThat(l.catalogId()).isEqualTo("liquid-cooling-retrofit");
                            assertThat(l.unitPrice()).as(what).isCloseTo(2000 * c.cluster().economics().usdRate(), within(1e-9));
                        }
                        default -> throw new AssertionError("unknown category in " + what);
                    }
                    sum += l.extendedPrice();
                }
            }
            assertThat(s.capex()).as(sample + " " + s.site() + " " + s.stage()).isCloseTo(sum, within(1e-6 * Math.max(1, sum)));
            if (s.stage() == StageAction.Stage.ASSESS) {
                assertThat(s.lines()).isEmpty();
                assertThat(s.capex()).isZero();
            }
        }
    }

    /**
     * Every stage line is a slice of a line of the option it converts (docs/model.md, "Roadmap"):
     * the same part at the same place, its quantity the option's times the stage's share, rounded
     * up. The share is an eighth for a pilot and the converted GPUs over the cluster's for the scale
     * and leaf stages; the stages never size a fabric of their own.
     */
    @ParameterizedTest
    @MethodSource("samples")
    void stageLinesAreSlicesOfTheOptionsBill(String sample) {
        Analysis a = analysed(sample);
        for (StagePlan s : a.roadmap()) {
            List<Group> groups = groups(a, s);
            for (StageAction act : s.actions()) {
                if (act.getCluster() == null) continue;
                Group g = groups.stream().filter(x -> x.cluster().cluster().path().equals(act.getCluster())).findFirst().orElse(null);
                if (g == null) continue;   // an action with nothing to buy
                Evaluation e = g.cluster().evaluation();
                // the upper-tier stages buy the upper tiers on the best option's own platform (docs/model.md section 6)
                OptionResult option = act.getScope().equals("leaf-tier") ? e.cpoAll()
                        : e.stagedSpine() != null ? e.stagedSpine() : e.best().orElseThrow();
                if (act.getScope().equals("cooling-retrofit")) {
                    // the kW of the best option's co-packaged switches and their lasers, rounded up
                    OptionResult best = e.best().orElseThrow();
                    double watts = best.bill().stream().filter(p -> p.category().equals("laser")
                            || p.category().equals("switch") && best.sizing().switches().stream()
                            .anyMatch(t -> t.cpo() && t.platform().id().equals(p.id()))).mapToDouble(Part::powerW).sum();
                    assertThat(g.lines()).hasSize(1);
                    assertThat(g.lines().get(0).quantity()).isEqualTo((long) Math.ceil(watts / 1000 - 1e-9));
                    continue;
                }
                long upperSwitches = option.sizing().switches().stream().filter(t -> t.tier().upper())
                        .mapToLong(t -> t.switches()).sum();
                // a pilot: an eighth of the upper switches, at most pilot-switches (32 by default)
                long pilot = Math.min((long) Math.ceil(upperSwitches / 8.0 - 1e-9), 32);
                double share = switch (act.getScope()) {
                    case "pilot-group" -> (double) pilot / upperSwitches;
                    case "upper-tiers" -> gpusIn(g.lines().get(0).description(), "GPUs of new or refreshed capacity")
                            / (double) g.cluster().cluster().gpus();
                    case "leaf-tier" -> gpusIn(g.lines().get(0).description(), null) / (double) g.cluster().cluster().gpus();
                    default -> throw new AssertionError("unknown scope " + act.getScope());
                };
                if (act.getScope().equals("pilot-group")) {
                    assertThat(g.lines().stream().filter(l -> l.category().equals("switch")).mapToLong(BomLine::quantity).sum())
                            .as(sample + " pilot switches").isEqualTo(pilot);
                }
                for (BomLine l : g.lines()) {
                    if (l.category().equals("laser-spare")) continue;   // checked below
                    Part p = option.bill().stream().filter(x -> x.category().equals(l.category()) && x.id().equals(l.catalogId())
                            && x.place().equals(l.place())).findFirst()
                            .orElseThrow(() -> new AssertionError("not in the option's bill: " + l + "\n" + option.bill()));
                    boolean perTier = act.getScope().equals("pilot-group") && !l.category().equals("fibre");
                    if (perTier) {
                        // a pilot shares its switches out over the upper tiers; a tier's lasers follow its switches
                        assertThat(l.quantity()).as(sample + " " + l).isLessThanOrEqualTo(p.quantity());
                    } else {
                        assertThat(l.quantity()).as(sample + " " + l).isEqualTo(Math.max(1, (long) Math.ceil(p.quantity() * share - 1e-9)));
                    }
                    if (act.getScope().equals("leaf-tier")) {
                        assertThat(l.place()).isIn("leaf", "gpu-leaf");
                    } else {
                        assertThat(l.place()).isNotIn("leaf", "gpu-leaf", "nic");
                    }
                }
                long lasers = g.lines().stream().filter(l -> l.category().equals("laser")).mapToLong(BomLine::quantity).sum();
                long spares = g.lines().stream().filter(l -> l.category().equals("laser-spare")).mapToLong(BomLine::quantity).sum();
                boolean pricedLasers = g.lines().stream().anyMatch(l -> l.category().equals("laser") && l.unitPrice() > 0);
                // 5 % of the installed lasers, at least one (an assumption, docs/model.md)
                assertThat(spares).as(sample + " spares of " + lasers).isEqualTo(pricedLasers ? Math.max(1, (long) Math.ceil(lasers * 0.05 - 1e-9)) : 0);
            }
        }
    }

    /** The GPU count a stage line's description names ("…, 27008 GPUs of new …" or "…, leaf tier for 80780 GPUs: …"). */
    static int gpusIn(String description, String after) {
        Matcher m = Pattern.compile("(\\d+) GPUs").matcher(description);
        assertThat(m.find()).as(description).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theSamplesHaveStagesWithBillsOfMaterials() {
        long lines = samples().stream().map(BillOfMaterialsTest::analysed)
                .flatMap(a -> a.roadmap().stream()).mapToLong(s -> s.lines().size()).sum();
        assertThat(lines).as("BOM lines over all samples").isGreaterThan(10);
    }

    // ------------------------------------------------------------------------------ by hand

    /**
     * ai-factory.cpo, phx-2.b300-train: 24 576 B300 (8 a node) at 800G, growth 30 % a year, online 2026, tiers 3,
     * 1:1, leaf spectrum-4-800g (64 x 800G Ethernet). Its best CPO option is cpo-all on spectrum-x-photonics-409t
     * (512 x 800G, 870 400 USD at its 2026 launch without its 64 lasers of 1 000 USD); every stage of the road to it
     * buys that one platform: the pilot and the scale stage its upper tiers above today's leaves, the all-optical
     * stage its leaves.
     */
    @Test
    void aiFactoryPhoenixByHand() {
        Analysis a = analysed("ai-factory.cpo");
        ClusterAnalysis c = a.clusters().stream().filter(x -> x.cluster().path().equals("phx-2.b300-train")).findFirst().orElseThrow();
        assertThat(c.evaluation().best().orElseThrow().upper().id()).isEqualTo("spectrum-x-photonics-409t");
        OptionResult staged = c.evaluation().stagedSpine();
        assertThat(staged.leaf().id()).isEqualTo("spectrum-4-800g");
        assertThat(staged.upper().id()).isEqualTo("spectrum-x-photonics-409t");

        // The staged fabric: e = 800G; leaf k = 64, d = u = 32; upper k = 512. 24 576 > d·k_upper = 32·512 = 16 384
        // -> three tiers. L = 24 576/32 = 768; pods of 512/2 = 256 leaves: 3 full pods, each of 256·32/256 = 32
        // aggregation switches: A = 96. V = L·u = 24 576; C = ceil(24 576/512) = 48.
        Sizing z = staged.sizing();
        assertThat(z.switchesIn(TierName.AGGREGATION)).isEqualTo(96);
        assertThat(z.switchesIn(TierName.CORE)).isEqualTo(48);

        // PILOT (2026): one spine group, an eighth of the 96 + 48 = 144 upper switches: 18, under pilot-switches 32.
        // In proportion: aggregation 18·96/144 = 12, core 18·48/144 = 6, at 870 400 USD (its launch year). Lasers 64
        // a switch: 768 and 384; spares 5 % of 1 152 = ceil(57.6) = 58. Fibre: 18/144 of each upper boundary's
        // 24 576 links = 3 072.
        StagePlan pilot = stage(a, "phx-2", StageAction.Stage.PILOT);
        assertThat(pilot.year()).isEqualTo(2026);
        assertThat(line(pilot, "switch", "aggregation").quantity()).isEqualTo(12);
        assertThat(line(pilot, "switch", "core").quantity()).isEqualTo(6);
        assertThat(line(pilot, "switch", "core").unitPrice()).isCloseTo(870400, within(1e-6));
        assertThat(line(pilot, "laser", "aggregation").quantity()).isEqualTo(768);
        assertThat(line(pilot, "laser", "core").quantity()).isEqualTo(384);
        assertThat(line(pilot, "laser-spare", "spares").quantity()).isEqualTo(58);
        assertThat(line(pilot, "fibre", "leaf-aggregation").quantity()).isEqualTo(3072);
        assertThat(line(pilot, "fibre", "aggregation-core").quantity()).isEqualTo(3072);
        // the action names the platform its bill buys, the one the verdict advises
        assertThat(pilot.actions().get(0).getText()).contains("pilot spectrum-x-photonics-409t").contains("at most 32 switches");
        assertThat(pilot.lines()).filteredOn(l -> l.category().equals("switch"))
                .allSatisfy(l -> assertThat(l.catalogId()).isEqualTo("spectrum-x-photonics-409t"));

        // SCALE (2027): the capacity added from 2027 to the end of the scale window 2028:
        // 24 576·1.3^2 − 24 576 = 16 957.44 GPUs, in whole nodes of 8: 16 960 (no refresh: 2026 + 5 > 2028).
        // Share 16 960/24 576 = 0.690104: aggregation 96·0.690104 = 66.25 -> 67, core 48·0.690104 = 33.13 -> 34,
        // lasers of the aggregation line ceil(6 144·0.690104) = 4 240, fibre 16 960 on each upper boundary;
        // switches at 870 400·0.9 = 783 360 and lasers at 1 000·0.9 = 900, a year after launch.
        StagePlan scale = stage(a, "phx-2", StageAction.Stage.SCALE);
        assertThat(scale.year()).isEqualTo(2027);
        assertThat(line(scale, "switch", "aggregation").description()).contains("16960 GPUs of new or refreshed capacity");
        assertThat(line(scale, "switch", "aggregation").quantity()).isEqualTo(67);
        assertThat(line(scale, "switch", "core").quantity()).isEqualTo(34);
        assertThat(line(scale, "switch", "core").unitPrice()).isCloseTo(783360, within(1e-6));
        assertThat(line(scale, "laser", "aggregation").quantity()).isEqualTo(4240);
        assertThat(line(scale, "laser", "aggregation").unitPrice()).isCloseTo(900, within(1e-6));
        assertThat(line(scale, "fibre", "leaf-aggregation").quantity()).isEqualTo(16960);
        assertThat(line(scale, "fibre", "aggregation-core").quantity()).isEqualTo(16960);
    }

    @Test
    void theAllOpticalLeafStageCoversTheGrownCapacity() {
        Analysis a = analysed("ai-factory.cpo");
        StagePlan leaf = stage(a, "phx-2", StageAction.Stage.ALL_OPTICAL);
        assertThat(leaf.year()).isEqualTo(2029);
        // capacity in 2029: 24 576·1.3^(2029−2026) = 53 993.47 -> whole nodes of 8: 54 000. cpo-all on the
        // 512 x 800G CPO leaf (d = 256) has 24 576/256 = 96 leaves; the slice is ceil(96·54 000/24 576)
        // = ceil(210.94) = 211 leaves, and 54 000 GPU-leaf fibre links; the switch three years after launch
        // costs 870 400·0.9^3 = 634 521.6.
        assertThat(line(leaf, "switch", "leaf").quantity()).isEqualTo(211);
        assertThat(line(leaf, "switch", "leaf").unitPrice()).isCloseTo(634521.6, within(1e-6));
        assertThat(line(leaf, "fibre", "gpu-leaf").quantity()).isEqualTo(54000);
    }

    /**
     * The pilot cap: 65 536 B300 on spectrum-4-800g, with the upper tiers on spectrum-x-photonics-409t: L = 2 048
     * leaves in 8 pods of 256, 32 aggregation switches each (A = 256), C = 65 536/512 = 128: 384 upper switches,
     * an eighth is 48, capped at pilot-switches 32: aggregation 32·256/384 = 21.33 -> 21, core 32·128/384 = 10.67
     * -> 10, and the switch left over to the larger remainder (core, 0.67): 21 + 11 = 32.
     */
    @Test
    void aPilotBuysAtMostPilotSwitches() {
        String text = """
                architecture "cap"
                site "s" {
                  cooling liquid
                  cluster "c" {
                    gpus 65536 x B300
                    switch spectrum-4-800g
                    online 2026
                  }
                }
                """;
        org.cpoadvisor.dsl.parse.ReadResult r = BuiltinCatalog.reader().read(text, "cap.cpo");
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        Analysis a = new Analyst(BuiltinCatalog.get()).analyse(r.architecture());
        StagePlan pilot = stage(a, "s", StageAction.Stage.PILOT);
        assertThat(line(pilot, "switch", "aggregation").quantity()).isEqualTo(21);
        assertThat(line(pilot, "switch", "core").quantity()).isEqualTo(11);
        assertThat(line(pilot, "switch", "core").catalogId()).isEqualTo("spectrum-x-photonics-409t");
    }

    // ------------------------------------------------------------------------------ determinism

    @ParameterizedTest
    @MethodSource("samples")
    void theSameInputGivesTheSameAnalysis(String sample) {
        String first = dump(analyse(sample));
        String second = dump(analyse(sample));
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("verdict ");
    }

    /** Everything the analysis says, in a fixed textual form (numbers to 6 decimals). */
    static String dump(Analysis a) {
        StringBuilder b = new StringBuilder();
        b.append(a.thresholds()).append('\n');
        for (ClusterAnalysis c : a.clusters()) {
            b.append("cluster ").append(c.cluster().path()).append(" platform ")
                    .append(c.cluster().platform() == null ? "-" : c.cluster().platform().id())
                    .append(" adoption ").append(c.adoptionYear()).append(" payback ").append(num(c.payback())).append('\n');
            Evaluation e = c.evaluation();
            b.append("  cpo year ").append(e.cpoYear()).append('\n');
            for (OptionResult o : new OptionResult[]{e.baseline(), e.cpoSpine(), e.cpoAll()}) {
                if (o == null) continue;
                b.append("  option ").append(o.kind().word()).append(' ').append(o.leaf().id()).append('/').append(o.upper().id())
                        .append(" tiers ").append(o.sizing().tiers()).append(" W ").append(num(o.powerW()))
                        .append(" energy ").append(num(o.energyPerYear())).append(" capex ").append(num(o.capex()))
                        .append(" failures ").append(num(o.failuresPerYear())).append(" lost ").append(num(o.lostGpuHoursPerYear()))
                        .append(" repair ").append(num(o.repairCostPerYear())).append(" tco ").append(num(o.tco())).append('\n');
                for (Part p : o.parts()) {
                    b.append("    part ").append(p.category()).append(' ').append(p.id()).append(" x").append(p.quantity())
                            .append(" @").append(num(p.unitPrice())).append(' ').append(num(p.unitPowerW())).append("W\n");
                }
            }
            for (BreakEvenPoint p : c.breakEvens()) b.append("  break-even ").append(p).append('\n');
            Verdict v = c.verdict();
            b.append("  verdict ").append(v.getDecision()).append(' ').append(v.getOption()).append(' ').append(v.getYear())
                    .append(" | ").append(v.getSummary()).append(" | ").append(v.getReasons()).append(" | rule ").append(v.getRule())
                    .append(" | facts ").append(v.getFacts()).append('\n');
        }
        for (Finding f : a.findings()) {
            b.append("finding ").append(f.getId()).append(' ').append(f.getSeverity()).append(' ').append(f.getSubject())
                    .append(" | ").append(f.getMessage()).append(" | ").append(f.getReasons()).append(" | rule ").append(f.getRule())
                    .append(" | facts ").append(f.getFacts()).append('\n');
        }
        for (StagePlan s : a.roadmap()) {
            b.append("stage ").append(s.site()).append(' ').append(s.stage()).append(' ').append(s.year())
                    .append(" capex ").append(num(s.capex())).append(" opex ").append(num(s.opexChangePerYear())).append('\n');
            for (StageAction x : s.actions()) {
                b.append("  action ").append(x.getCluster()).append(' ').append(x.getScope()).append(' ').append(x.getYear())
                        .append(" | ").append(x.getText()).append(" | rule ").append(x.getRule()).append('\n');
            }
            for (BomLine l : s.lines()) {
                b.append("  line ").append(l.category()).append(' ').append(l.catalogId()).append(" x").append(l.quantity())
                        .append(" @").append(num(l.unitPrice())).append(" = ").append(num(l.extendedPrice()))
                        .append(' ').append(num(l.powerW())).append("W | ").append(l.description()).append('\n');
            }
        }
        b.append("assumptions ").append(a.assumptions()).append('\n');
        b.append("firings ").append(a.ruleFirings()).append('\n');
        return b.toString();
    }

    static String num(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.6f", v);
    }
}
