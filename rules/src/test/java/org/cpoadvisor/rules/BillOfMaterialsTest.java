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
 * hand from model.md section 1.
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

    /** The lines of one action: its switch line (which names the cluster), then its laser and fibre lines. */
    record Group(ClusterAnalysis cluster, List<BomLine> lines) {
        BomLine first(String category) {
            return lines.stream().filter(l -> l.category().equals(category)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + category + " line in " + lines));
        }
    }

    static List<Group> groups(Analysis a, StagePlan s) {
        List<Group> out = new ArrayList<>();
        for (BomLine l : s.lines()) {
            if (l.category().equals("switch")) {
                ClusterAnalysis c = a.clusters().stream().filter(x -> l.description().contains(x.cluster().path() + ","))
                        .findFirst().orElseThrow(() -> new AssertionError("no cluster named in " + l));
                out.add(new Group(c, new ArrayList<>()));
            }
            assertThat(out).as("a " + l.category() + " line before any switch line in " + s.lines()).isNotEmpty();
            out.get(out.size() - 1).lines().add(l);
        }
        return out;
    }

    static StageAction actionOf(StagePlan s, String path) {
        return s.actions().stream().filter(x -> path.equals(x.getCluster())).findFirst().orElseThrow();
    }

    static long upperSwitches(Sizing s) {
        return s.switches().stream().filter(t -> t.tier().upper()).mapToLong(t -> t.switches()).sum();
    }

    static long upperLinks(Sizing s) {
        return s.boundaries().stream().filter(b -> !b.name().equals("gpu-leaf")).mapToLong(b -> b.links()).sum();
    }

    static StagePlan stage(Analysis a, String site, StageAction.Stage stage) {
        return a.roadmap().stream().filter(s -> s.site().equals(site) && s.stage() == stage).findFirst()
                .orElseThrow(() -> new AssertionError("no " + stage + " stage for " + site));
    }

    static BomLine line(StagePlan s, String category) {
        return s.lines().stream().filter(l -> l.category().equals(category)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + category + " line in " + s.lines()));
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
                        case "laser" -> {
                            assertThat(l.powerW()).as(what).isZero();
                            assertThat(l.unitPrice()).as(what).isCloseTo(c.cluster().economics().laserSwap(), within(1e-9));
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

    @ParameterizedTest
    @MethodSource("samples")
    void quantitiesFollowTheSizingOfTheConvertedCapacity(String sample) {
        Analysis a = analysed(sample);
        for (StagePlan s : a.roadmap()) {
            List<Group> groups = groups(a, s);
            for (StageAction act : s.actions()) {
                if (act.getCluster() == null) continue;
                Group g = groups.stream().filter(x -> x.cluster().cluster().path().equals(act.getCluster())).findFirst().orElse(null);
                if (g == null) continue;   // an action with nothing to buy
                ClusterAnalysis c = g.cluster();
                Evaluation e = c.evaluation();
                ResolvedCluster rc = c.cluster();
                OptionResult spine = e.cpoSpine() != null ? e.cpoSpine() : e.best().orElseThrow();
                BomLine sw = g.first("switch");
                BomLine fibre = g.first("fibre");
                String what = sample + " " + s.stage() + " " + rc.path();
                switch (act.getScope()) {
                    case "pilot-group" -> {
                        // one spine group: an eighth of the upper-tier switches, rounded up; their share of the uplinks
                        long upper = upperSwitches(spine.sizing());
                        long q = Math.max(1, (long) Math.ceil(upper / 8.0));
                        assertThat(sw.quantity()).as(what).isEqualTo(q);
                        assertThat(sw.catalogId()).isEqualTo(spine.upper().id());
                        assertThat(fibre.quantity()).as(what).isEqualTo((long) Math.ceil(upperLinks(spine.sizing()) * (double) q / upper));
                    }
                    case "upper-tiers" -> {
                        Matcher m = CONVERTED.matcher(sw.description());
                        assertThat(m.find()).as(sw.description()).isTrue();
                        int gpus = Integer.parseInt(m.group(1));
                        assertThat(gpus % rc.gpusPerNode()).as("whole nodes: " + what).isZero();
                        Sizing sized = FabricSizer.size(gpus, rc.nicGbps(), rc.ratio(), rc.fixedTiers(), spine.leaf(), spine.upper());
                        assertThat(sized.fits()).isTrue();
                        assertThat(sw.quantity()).as(what).isEqualTo(upperSwitches(sized));
                        assertThat(fibre.quantity()).as(what).isEqualTo(upperLinks(sized));
                    }
                    case "leaf-tier" -> {
                        OptionResult all = e.cpoAll();
                        assertThat(all).isNotNull();
                        assertThat(sw.catalogId()).isEqualTo(all.leaf().id());
                        long leaves = sw.quantity();
                        // the GPU-leaf links are the endpoints of the sized capacity: E = N·m, leaves = ceil(E/d)
                        assertThat(fibre.quantity() % all.sizing().endpointsPerGpu()).isZero();
                        assertThat(leaves).as(what).isEqualTo((fibre.quantity() + all.sizing().down() - 1) / all.sizing().down());
                    }
                    default -> throw new AssertionError("unknown scope " + act.getScope());
                }
            }
        }
    }

    @Test
    void theSamplesHaveStagesWithBillsOfMaterials() {
        long lines = samples().stream().map(BillOfMaterialsTest::analysed)
                .flatMap(a -> a.roadmap().stream()).mapToLong(s -> s.lines().size()).sum();
        assertThat(lines).as("BOM lines over all samples").isGreaterThan(10);
    }

    // ------------------------------------------------------------------------------ by hand

    /**
     * ai-factory.cpo, dal-1.gb300-train: 32 832 GB300 (4 a node) at 800G, growth 35 % a year, online 2026,
     * tiers 3, 1:1, leaf quantum-x800-800g (144 x 800G); the best CPO platform for the spine is
     * tomahawk5-bailly-cpo (64 x 800G, 80 000 USD, available 2025, 1 650 W).
     */
    @Test
    void aiFactoryFlagshipByHand() {
        Analysis a = analysed("ai-factory.cpo");
        ClusterAnalysis c = a.clusters().stream().filter(x -> x.cluster().path().equals("dal-1.gb300-train")).findFirst().orElseThrow();
        assertThat(c.evaluation().cpoSpine().leaf().id()).isEqualTo("quantum-x800-800g");
        assertThat(c.evaluation().cpoSpine().upper().id()).isEqualTo("tomahawk5-bailly-cpo");

        // PILOT (2026): the cpo-spine fabric of 32 832 GPUs. e = 800G; leaf k = 144, d = u = 72; upper k = 64.
        // L = ceil(32 832/72) = 456; leaves per pod 64/2 = 32; pods ceil(456/32) = 15; aggregation 15·72 = 1 080;
        // agg-core links 1 080·32 = 34 560; core ceil(34 560/64) = 540; upper switches 1 080 + 540 = 1 620.
        // One spine group: ceil(1 620/8) = ceil(202.5) = 203 switches at 80 000·0.9^(2026−2025) = 72 000 USD.
        // Uplinks: leaf-agg 456·72 = 32 832 + agg-core 34 560 = 67 392; their share ceil(67 392·203/1 620)
        // = ceil(8 444.8) = 8 445 fibre pairs at 60 USD.
        StagePlan pilot = stage(a, "dal-1", StageAction.Stage.PILOT);
        assertThat(pilot.year()).isEqualTo(2026);
        assertThat(line(pilot, "switch").quantity()).isEqualTo(203);
        assertThat(line(pilot, "switch").unitPrice()).isCloseTo(72000, within(1e-6));
        assertThat(line(pilot, "switch").powerW()).isCloseTo(203 * 1650, within(1e-6));   // 334 950 W
        assertThat(line(pilot, "fibre").quantity()).isEqualTo(8445);
        // capex = 203·72 000 + 8 445·60 = 14 616 000 + 506 700 = 15 122 700
        assertThat(pilot.capex()).isCloseTo(15_122_700, within(1e-3));

        // SCALE (2027): the capacity added from 2027 to the end of the scale window 2028:
        // 32 832·1.35^2 − 32 832·1.35^0 = 59 836.32 − 32 832 = 27 004.32 GPUs, in whole nodes of 4:
        // ceil(6 751.08)·4 = 27 008 (no refresh: installed 2026 + 5 = 2031 is past 2028).
        // Sizing 27 008 GPUs: L = ceil(27 008/72) = 376; pods ceil(376/32) = 12; aggregation 12·72 = 864;
        // agg-core links 864·32 = 27 648; core 27 648/64 = 432; upper switches 864 + 432 = 1 296.
        // Uplinks 376·72 + 27 648 = 27 072 + 27 648 = 54 720. Price 80 000·0.9^2 = 64 800 USD.
        StagePlan scale = stage(a, "dal-1", StageAction.Stage.SCALE);
        assertThat(scale.year()).isEqualTo(2027);
        assertThat(line(scale, "switch").description()).startsWith("27008 GPUs of new or refreshed capacity");
        assertThat(line(scale, "switch").quantity()).isEqualTo(1296);
        Sizing s27008 = FabricSizer.size(27008, 800, c.cluster().ratio(), 3, c.evaluation().cpoSpine().leaf(),
                c.evaluation().cpoSpine().upper());
        assertThat(s27008.switchesIn(TierName.AGGREGATION) + s27008.switchesIn(TierName.CORE)).isEqualTo(1296);
        assertThat(line(scale, "switch").unitPrice()).isCloseTo(64800, within(1e-6));
        assertThat(line(scale, "fibre").quantity()).isEqualTo(54720);
        // capex = 1 296·64 800 + 54 720·60 = 83 980 800 + 3 283 200 = 87 264 000
        assertThat(scale.capex()).isCloseTo(87_264_000, within(1e-3));
    }

    /** phx-2.b300-train: 24 576 B300 (8 a node), growth 30 %, online 2026, spectrum-4-800g leaves (64 x 800G). */
    @Test
    void phoenixScaleStageByHand() {
        Analysis a = analysed("ai-factory.cpo");
        // added 2027-2028: 24 576·1.3^2 − 24 576 = 41 533.44 − 24 576 = 16 957.44 → ceil(2 119.68)·8 = 16 960 GPUs.
        // e = 800G, k = 64, d = u = 32: L = 16 960/32 = 530; pods ceil(530/32) = 17; aggregation 17·32 = 544;
        // agg-core 544·32 = 17 408 links; core 17 408/64 = 272; upper switches 544 + 272 = 816.
        StagePlan scale = stage(a, "phx-2", StageAction.Stage.SCALE);
        assertThat(line(scale, "switch").description()).startsWith("16960 GPUs");
        assertThat(line(scale, "switch").quantity()).isEqualTo(816);
        // uplinks 530·32 + 17 408 = 16 960 + 17 408 = 34 368
        assertThat(line(scale, "fibre").quantity()).isEqualTo(34368);
    }

    @Test
    void theAllOpticalLeafStageCoversTheGrownCapacity() {
        Analysis a = analysed("ai-factory.cpo");
        StagePlan leaf = stage(a, "dal-1", StageAction.Stage.ALL_OPTICAL);
        assertThat(leaf.year()).isEqualTo(2029);
        // capacity in 2029: 32 832·1.35^(2029−2026) = 80 779.03 → whole nodes of 4: 80 780; leaves ceil(80 780/32) = 2 525
        assertThat(line(leaf, "switch").quantity()).isEqualTo(2525);
        assertThat(line(leaf, "fibre").quantity()).isEqualTo(80780);
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
