package org.cpoadvisor.rules;

import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.breakeven.BreakEvenPoint;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.cpoadvisor.rules.judge.Finding;
import org.cpoadvisor.rules.judge.StageAction;
import org.cpoadvisor.rules.judge.Verdict;
import org.cpoadvisor.rules.judge.Verdict.Decision;
import org.cpoadvisor.rules.roadmap.StagePlan;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios whose expected advice follows the IDC report's guidance (docs/catalog.md, docs/model.md):
 * CPO pays first on large, east-west-heavy training clusters at 800G and above, on
 * liquid-cooled sites, with pilots in 2025-2026 and scale in 2027-2028; small, slow,
 * north-south clusters wait; cooling, maintenance and power are prerequisites and risks.
 * Over the samples and over small inline architectures; every verdict and finding must
 * carry its explanation (the rule that made it, the facts it read, its reasons).
 */
class ScenarioTest {

    static final Path SAMPLES = locateSamples();
    static final Analyst ANALYST = new Analyst(BuiltinCatalog.get());

    static Path locateSamples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("samples/ai-factory.cpo"))) {
                return p.resolve("samples");
            }
        }
        throw new IllegalStateException("samples/ not found above " + Path.of("").toAbsolutePath());
    }

    // ------------------------------------------------------------------------------ helpers

    static Analysis sample(String file) {
        ReadResult r = BuiltinCatalog.reader().read(SAMPLES.resolve(file));
        assertThat(r.hasErrors()).as(file + ": " + r.diagnostics()).isFalse();
        return explained(ANALYST.analyse(r.architecture()));
    }

    /** A sample with its text changed (a policy line, say), read as if it were that file. */
    static Analysis sampleEdited(String file, String from, String to) {
        try {
            String text = Files.readString(SAMPLES.resolve(file));
            assertThat(text).contains(from);
            return text(text.replace(from, to), file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Analysis text(String text, String name) {
        ReadResult r = BuiltinCatalog.reader().read(text, name);
        assertThat(r.hasErrors()).as(name + ": " + r.diagnostics() + "\n" + text).isFalse();
        return explained(ANALYST.analyse(r.architecture()));
    }

    /** Every verdict, finding and roadmap action says which rule made it, from which facts, and why. */
    static Analysis explained(Analysis a) {
        for (ClusterAnalysis c : a.clusters()) {
            Verdict v = c.verdict();
            assertThat(v).as("verdict of " + c.cluster().path()).isNotNull();
            assertThat(v.getRule()).as("rule of " + v).isNotNull();
            assertThat(v.getFacts()).as("facts of " + v).isNotEmpty();
            assertThat(v.getReasons()).as("reasons of " + v).isNotEmpty();
            assertThat(v.getSummary()).as("summary of " + v).isNotBlank();
        }
        for (Finding f : a.findings()) {
            assertThat(f.getRule()).as("rule of " + f).isNotNull();
            assertThat(f.getFacts()).as("facts of " + f).isNotEmpty();
            assertThat(f.getReasons()).as("reasons of " + f).isNotEmpty();
            assertThat(f.getMessage()).as("message of " + f).isNotBlank();
            assertThat(f.getSeverity()).as("severity of " + f).isIn("error", "warning", "note");
        }
        for (StagePlan s : a.roadmap()) {
            for (StageAction act : s.actions()) {
                assertThat(act.getRule()).as("rule of " + act).isNotNull();
                assertThat(act.getFacts()).as("facts of " + act).isNotEmpty();
            }
        }
        return a;
    }

    static ClusterAnalysis cluster(Analysis a, String path) {
        return a.clusters().stream().filter(c -> c.cluster().path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no cluster " + path));
    }

    static Verdict verdict(Analysis a, String path) {
        return cluster(a, path).verdict();
    }

    static List<Finding> findings(Analysis a, String id, String subject) {
        return a.findings().stream().filter(f -> f.getId().equals(id) && f.getSubject().equals(subject)).toList();
    }

    static boolean anyReason(List<String> reasons, String... parts) {
        return reasons.stream().anyMatch(r -> {
            for (String p : parts) if (!r.contains(p)) return false;
            return true;
        });
    }

    /** A small architecture: one site, one cluster, every figure spelled out; change what a scenario needs. */
    static final class Scenario {
        String policy = "";
        String cooling = "liquid";
        String staff = "on-site";
        String powerCap = null;
        String workload = "training";
        String gpus = "16384 x B300";
        String nic = "800G";
        String sw = "tomahawk5-800g";
        int eastWest = 85;
        String online = "2027";
        String growth = null;
        String plan = null;

        Scenario policy(String p) { policy = p; return this; }
        Scenario cooling(String c) { cooling = c; return this; }
        Scenario staff(String s) { staff = s; return this; }
        Scenario powerCap(String p) { powerCap = p; return this; }
        Scenario workload(String w) { workload = w; return this; }
        Scenario gpus(String g) { gpus = g; return this; }
        Scenario nic(String n) { nic = n; return this; }
        Scenario sw(String s) { sw = s; return this; }
        Scenario eastWest(int e) { eastWest = e; return this; }
        Scenario online(String o) { online = o; return this; }
        Scenario growth(String g) { growth = g; return this; }
        Scenario plan(String p) { plan = p; return this; }

        String text() {
            return """
                    architecture "Scenario"
                    horizon 2025..2030
                    currency USD

                    assumptions {
                      electricity 0.08 USD/kWh
                      lifetime 5 years
                      discount-rate 8 %%
                      gpu-hour 2 USD
                      job-restart 30 min
                      start-year 2025
                    }

                    policy {
                    %s
                    }

                    site "s1" {
                      cooling %s
                      staff %s
                    %s
                      cluster "c1" {
                        workload %s
                        gpus %s
                        gpus-per-node 8
                        nic %s
                        fabric fat-tree oversubscription 1:1
                        switch %s
                        optics dsp
                        traffic east-west %d %% north-south %d %%
                        online %s
                    %s%s  }
                    }
                    """.formatted(policy, cooling, staff, powerCap == null ? "" : "  power-cap " + powerCap + "\n",
                    workload, gpus, nic, sw, eastWest, 100 - eastWest, online,
                    growth == null ? "" : "    growth " + growth + " per year\n",
                    plan == null ? "" : "    plan " + plan + "\n");
        }

        Analysis analyse() {
            return ScenarioTest.text(text(), "scenario.cpo");
        }
    }

    static Scenario scenario() {
        return new Scenario();
    }

    static final String C1 = "s1.c1";

    // ------------------------------------------------------------------------------ CPO pays

    @Nested
    class LargeFastTrainingOnLiquid {

        @Test
        void theInfinibandFlagshipWaitsAtLaunchPricesAndItsPlanIsContradicted() {
            // dal-1.gb300-train stays InfiniBand: its only candidate is Quantum-X Photonics, of the same radix (144 x
            // 800G) as its Quantum-X800 switches, so no tier is saved; bought at its 2026 launch price (20 % more per
            // port than the modules it replaces, docs/model.md section 3) and supported at 5 % of that a year, it costs
            // more over the lifetime than the power and the interruptions it saves: wait, and the owner's plan
            // (CPO from 2027) contradicts the numbers
            Analysis a = sample("ai-factory.cpo");
            ClusterAnalysis c = cluster(a, "dal-1.gb300-train");
            Verdict v = verdict(a, "dal-1.gb300-train");
            assertThat(v.getDecision()).isEqualTo(Decision.WAIT);
            assertThat(c.evaluation().best().orElseThrow().upper().id()).isEqualTo("quantum-x-photonics-800g");
            assertThat(c.evaluation().best().orElseThrow().sizing().tiers()).isEqualTo(3);
            assertThat(c.evaluation().saving(org.cpoadvisor.rules.cost.OptionKind.CPO_SPINE)).isNegative();
            assertThat(c.evaluation().saving(org.cpoadvisor.rules.cost.OptionKind.CPO_ALL)).isNegative();
            assertThat(v.getSummary()).contains("CPO would cost more over the lifetime");
            assertThat(findings(a, "plan-contradicts-numbers", "dal-1.gb300-train")).hasSize(1);
            assertThat(findings(a, "cooling-prerequisite", "dal-1.gb300-train")).isEmpty();
        }

        @Test
        void phoenixB300AdoptsOrPilots() {
            Analysis a = sample("ai-factory.cpo");
            Verdict v = verdict(a, "phx-2.b300-train");
            assertThat(v.getDecision()).isIn(Decision.ADOPT, Decision.PILOT);
            assertThat(v.getYear()).isBetween(2025, 2028);
        }

        @Test
        void newCapacityIn2027AdoptsInTheScaleWindow() {
            // 16 384 B300 at 800G, 85 % east-west, liquid, on site, online 2027: every IDC condition holds and
            // the capacity arrives in the scale window 2027-2028
            Analysis a = scenario().analyse();
            Verdict v = verdict(a, C1);
            assertThat(v.getDecision()).isIn(Decision.ADOPT, Decision.PILOT);
            assertThat(v.getYear()).isBetween(2025, 2028);
            assertThat(v.getDecision()).isEqualTo(Decision.ADOPT);
            assertThat(v.getYear()).isEqualTo(2027);
            assertThat(v.getReasons()).noneMatch(r -> r.startsWith("not met"));
        }

        @Test
        void existingCapacityAdoptsAtItsRefresh() {
            // online existing: installed at mid-life (2025 − 2 = 2023), refreshed 2023 + 5 = 2028
            Analysis a = scenario().online("existing").analyse();
            Verdict v = verdict(a, C1);
            assertThat(v.getDecision()).isIn(Decision.ADOPT, Decision.PILOT);
            assertThat(v.getYear()).isBetween(2025, 2028);
            assertThat(cluster(a, C1).adoptionYear()).isEqualTo(2028);
        }

        @Test
        void aClusterComingOnlineInThePilotWindowPilots() {
            Analysis a = scenario().online("2026").analyse();
            Verdict v = verdict(a, C1);
            assertThat(v.getDecision()).isEqualTo(Decision.PILOT);
            assertThat(v.getYear()).isBetween(2025, 2026);
            assertThat(anyReason(v.getReasons(), "pilot window")).isTrue();
        }

        @Test
        // the pilot verdict's year is the roadmap's pilot year: in the pilot window, once a platform is out
        // and the cluster is online (phx-2.b300-train comes online in 2026)
        void aPilotIsNotAdvisedBeforeTheClusterExists() {
            Analysis a = sample("ai-factory.cpo");
            Verdict v = verdict(a, "phx-2.b300-train");
            assertThat(v.getDecision()).isEqualTo(Decision.PILOT);
            assertThat(v.getYear()).isGreaterThanOrEqualTo(2026);
            Analysis b = scenario().online("2026").analyse();
            assertThat(verdict(b, C1).getYear()).isEqualTo(2026);
            int stage = b.roadmap().stream().filter(s -> s.stage() == StageAction.Stage.PILOT).findFirst().orElseThrow().year();
            assertThat(verdict(b, C1).getYear()).isEqualTo(stage);
        }
    }

    // ------------------------------------------------------------------------------ CPO waits

    @Nested
    class SmallSlowInference {

        @Test
        void theMetroEdgeSiteWaits() {
            Analysis a = sample("inference-edge.cpo");
            assertThat(verdict(a, "nyc-edge-1.llm-serve").getDecision()).isEqualTo(Decision.WAIT);
            assertThat(verdict(a, "nyc-edge-1.embed-rerank").getDecision()).isEqualTo(Decision.WAIT);
            assertThat(verdict(a, "nyc-edge-1.llm-serve").getOption()).isEqualTo("baseline");
            // inference: no job stops on a failure
            assertThat(cluster(a, "nyc-edge-1.llm-serve").evaluation().baseline().lostGpuHoursPerYear()).isZero();
        }

        @Test
        void aSmall200gInferenceClusterWaits() {
            Analysis a = scenario().workload("inference").gpus("512 x L40S").nic("200G").sw("tomahawk4-400g")
                    .eastWest(25).cooling("air").analyse();
            Verdict v = verdict(a, C1);
            assertThat(v.getDecision()).isEqualTo(Decision.WAIT);
            assertThat(v.getYear()).isNull();
            assertThat(findings(a, "network-bottleneck", C1)).as("inference is not a training bottleneck").isEmpty();
        }

        @Test
        void theBreakEvenOfASmallInferenceSiteIsFarAboveItsSize() {
            Analysis a = sample("inference-edge.cpo");
            for (ClusterAnalysis c : a.clusters()) {
                // the L40S NICs run 50G lanes (catalog): no Ethernet CPO switch (100G or 200G lanes) can be their leaf,
                // so cpo-all is out; above today's Tomahawk 4 leaves, whose DSP modules gear, cpo-spine remains
                assertThat(c.candidates()).anySatisfy(x -> assertThat(x).isEqualTo("tomahawk5-bailly-cpo: a candidate in 2026 "
                        + "for cpo-spine only: 100G lanes, the cluster's NICs use 50G lanes"));
                assertThat(c.evaluation().cpoAll()).isNull();
                BreakEvenPoint gpus = c.breakEvens().stream().filter(p -> p.quantity().equals("gpus")).findFirst().orElse(null);
                if (gpus != null && gpus.value() != null) {
                    // the one-off adoption cost puts the critical size well above these clusters (1,224 GPUs for both)
                    assertThat(gpus.value()).as(c.cluster().path()).isGreaterThan(2.0 * c.cluster().gpus());
                }
            }
        }
    }

    // ------------------------------------------------------------------------------ findings

    @Nested
    class NetworkBottleneck {

        @Test
        void bothLarge200gTrainingClustersAreNetworkBound() {
            Analysis a = sample("large-training-200g.cpo");
            for (String path : List.of("ash-1.a100-hdr", "ash-1.h100-200g")) {
                List<Finding> f = findings(a, "network-bottleneck", path);
                assertThat(f).as(path).hasSize(1);
                assertThat(f.get(0).getSeverity()).isEqualTo("warning");
                assertThat(anyReason(f.get(0).getReasons(), "200G per GPU")).isTrue();
                assertThat(verdict(a, path).getDecision()).isEqualTo(Decision.WAIT);
            }
        }

        @Test
        void a100gTrainingClusterIsNetworkBound() {
            Analysis a = scenario().gpus("8192 x A100").nic("100G").sw("tomahawk4-400g").online("existing").analyse();
            assertThat(findings(a, "network-bottleneck", C1)).hasSize(1);
            assertThat(verdict(a, C1).getDecision()).isEqualTo(Decision.WAIT);
        }

        @Test
        void a200gTrainingClusterIsNetworkBound() {
            Analysis a = scenario().gpus("16384 x A100").nic("200G").sw("tomahawk4-400g").online("existing").analyse();
            assertThat(findings(a, "network-bottleneck", C1)).hasSize(1);
        }

        @Test
        void a400gOrASmallClusterIsNot() {
            Analysis fast = scenario().gpus("16384 x H100").nic("400G").sw("spectrum-4-800g").analyse();
            assertThat(findings(fast, "network-bottleneck", C1)).isEmpty();
            Analysis small = scenario().gpus("1024 x A100").nic("200G").sw("tomahawk4-400g").analyse();
            assertThat(findings(small, "network-bottleneck", C1)).isEmpty();
        }
    }

    @Nested
    class CoolingPrerequisite {

        @Test
        void cpoPlannedOnAnAirCooledSiteIsAnError() {
            Analysis a = sample("air-cooled-cpo-plan.cpo");
            List<Finding> f = findings(a, "cooling-prerequisite", "chi-3.b300-train");
            assertThat(f).hasSize(1);
            assertThat(f.get(0).getSeverity()).isEqualTo("error");
            assertThat(anyReason(f.get(0).getReasons(), "require-liquid-cooling true")).isTrue();
            // and the verdict is not adopt (the site cannot cool CPO yet)
            assertThat(verdict(a, "chi-3.b300-train").getDecision()).isNotEqualTo(Decision.ADOPT);
        }

        @Test
        void theSameInlineIsAnErrorWhenLiquidIsRequiredAndAWarningWhenNot() {
            Scenario s = scenario().cooling("air").plan("cpo from 2027 tiers spine, core");
            Analysis required = s.policy("  require-liquid-cooling true").analyse();
            assertThat(findings(required, "cooling-prerequisite", C1)).extracting(Finding::getSeverity).containsExactly("error");
            Analysis relaxed = s.policy("  require-liquid-cooling false").analyse();
            assertThat(findings(relaxed, "cooling-prerequisite", C1)).extracting(Finding::getSeverity).containsExactly("warning");
            // the default policy requires liquid cooling (IDC)
            Analysis byDefault = s.policy("").analyse();
            assertThat(findings(byDefault, "cooling-prerequisite", C1)).extracting(Finding::getSeverity).containsExactly("error");
        }

        @Test
        void aHybridSiteIsNotLiquidCooled() {
            Analysis a = scenario().cooling("hybrid").plan("cpo from 2027").analyse();
            assertThat(findings(a, "cooling-prerequisite", C1)).hasSize(1);
        }

        @Test
        void aLiquidCooledSiteHasNoCoolingFinding() {
            Analysis a = scenario().plan("cpo from 2027").analyse();
            assertThat(findings(a, "cooling-prerequisite", C1)).isEmpty();
        }

        @Test
        void airCoolingMakesAnOtherwiseReadyClusterPrepareItsCooling() {
            // docs/model.md section 5: CPO meets the economic thresholds (it adopts on liquid cooling),
            // the site is air-cooled and the policy requires liquid: prepare, never pilot beside the finding
            Analysis air = scenario().cooling("air").analyse();
            Verdict v = verdict(air, C1);
            assertThat(v.getDecision()).isEqualTo(Decision.PREPARE);
            assertThat(v.getSummary()).startsWith("prepare: bring liquid cooling");
            assertThat(anyReason(v.getReasons(), "not met", "site cooling air")).isTrue();
            // CPO advised on an air-cooled site: the prerequisite is named even without a plan
            assertThat(findings(air, "cooling-prerequisite", C1)).isNotEmpty();
            // the roadmap's stage after the assessment is the retrofit, with its cost; no pilot before it
            StagePlan prepare = air.roadmap().stream().filter(p -> p.stage() == StageAction.Stage.PREPARE).findFirst().orElseThrow();
            assertThat(prepare.lines()).hasSize(1);
            assertThat(prepare.lines().get(0).catalogId()).isEqualTo("liquid-cooling-retrofit");
            assertThat(prepare.capex()).isPositive();
            assertThat(air.roadmap()).noneMatch(p -> p.stage() == StageAction.Stage.PILOT || p.stage() == StageAction.Stage.SCALE);
        }

        @Test
        void airCoolingWhereCpoSavesLittleWaits() {
            // the same cluster with min-saving above its saving: the retrofit is not worth it, so wait
            Analysis air = scenario().cooling("air").policy("  min-saving 90 %").analyse();
            Verdict v = verdict(air, C1);
            assertThat(v.getDecision()).isEqualTo(Decision.WAIT);
            assertThat(v.getSummary()).contains("not enough to justify the liquid cooling");
        }
    }

    @Nested
    class PolicyChanges {

        @Test
        void aFabricWithFewerModulesThanMinModulesPilotsInsteadOfAdopting() {
            // the IDC report's third indicator: the optical modules of today's fabric, judged like east-west
            Verdict before = verdict(scenario().analyse(), C1);
            assertThat(before.getDecision()).isEqualTo(Decision.ADOPT);
            assertThat(anyReason(before.getReasons(), "met", "optical modules today", "min-modules 10000")).isTrue();
            Verdict after = verdict(scenario().policy("  min-modules 10000000").analyse(), C1);
            assertThat(after.getDecision()).isEqualTo(Decision.PILOT);
            assertThat(anyReason(after.getReasons(), "not met", "optical modules today", "min-modules 10000000")).isTrue();
        }

        @Test
        void minSaving90TurnsAdoptIntoPilotOrWaitNamingMinSaving() {
            Verdict before = verdict(scenario().analyse(), C1);
            assertThat(before.getDecision()).isIn(Decision.ADOPT, Decision.PILOT);
            Verdict after = verdict(scenario().policy("  min-saving 90 %").analyse(), C1);
            assertThat(after.getDecision()).isIn(Decision.PILOT, Decision.WAIT);
            assertThat(after.getDecision()).isNotEqualTo(Decision.ADOPT);
            assertThat(anyReason(after.getReasons(), "not met", "min-saving 90.0 %")).isTrue();
            assertThat(after.getSummary()).contains("min-saving");
        }

        @Test
        void minSaving90OnTheAiFactorySample() {
            Analysis a = sampleEdited("ai-factory.cpo", "min-saving 10 %", "min-saving 90 %");
            Verdict v = verdict(a, "phx-2.b300-train");
            assertThat(v.getDecision()).isIn(Decision.PILOT, Decision.WAIT);
            assertThat(anyReason(v.getReasons(), "not met", "min-saving 90.0 %")).isTrue();
            assertThat(v.getSummary()).contains("min-saving");
        }

        @Test
        void oslosRefreshIsAPluggableTomahawk6AndCpoDoesNotBeatIt() {
            // osl-3's 16,416 GB200 at 400G need three tiers of spectrum-4-800g (64 down a leaf: two tiers reach 8,192);
            // a pluggable 64 x 1.6T Tomahawk 6, each port four 400G links, has 128 down a leaf and reaches 32,768 in
            // two tiers at the 2028 refresh, saving on its own; against it CPO costs more, so the cluster waits for
            // that reason first, whatever min-link says
            Analysis a = sample("ai-factory.cpo");
            ClusterAnalysis c = cluster(a, "osl-3.gb200-train");
            assertThat(c.evaluation().reference().upper().id()).isEqualTo("tomahawk6-1.6t");
            assertThat(c.evaluation().reference().sizing().tiers()).isEqualTo(2);
            assertThat(c.evaluation().baseline().sizing().tiers()).isEqualTo(3);
            Verdict v = verdict(a, "osl-3.gb200-train");
            assertThat(v.getDecision()).isEqualTo(Decision.WAIT);
            assertThat(v.getSummary()).contains("than buying pluggable tomahawk6-1.6t");
            assertThat(findings(a, "pluggable-refresh", "osl-3.gb200-train")).hasSize(1);
            Analysis lowered = sampleEdited("ai-factory.cpo", "min-link 800G", "min-link 200G");
            assertThat(anyReason(verdict(lowered, "osl-3.gb200-train").getReasons(), "met: 400G per GPU", "min-link 200G")).isTrue();
        }

        @Test
        void minLink400LetsAnInline400gClusterLeaveWait() {
            // 65,536 H100 at 400G: a 512 x 800G CPO switch (1,024 links of 400G) builds it in two tiers where the
            // best pluggable needs three; it waits below min-link 800G and is judged on the numbers at 400G
            Scenario s = scenario().gpus("65536 x H100").nic("400G").sw("spectrum-4-800g");
            assertThat(verdict(s.analyse(), C1).getDecision()).isEqualTo(Decision.WAIT);
            assertThat(verdict(s.analyse(), C1).getSummary()).contains("min-link 800G");
            assertThat(verdict(s.policy("  min-link 400G").analyse(), C1).getDecision()).isIn(Decision.ADOPT, Decision.PILOT);
        }

        @Test
        void notRequiringLiquidCoolingLetsAnAirCooledClusterAdopt() {
            Scenario s = scenario().cooling("air");
            assertThat(verdict(s.analyse(), C1).getDecision()).isEqualTo(Decision.PREPARE);
            Verdict v = verdict(s.policy("  require-liquid-cooling false").analyse(), C1);
            assertThat(v.getDecision()).isEqualTo(Decision.ADOPT);
        }

        @Test
        void aLaterPilotWindowTurnsAdoptionIn2027IntoAPilot() {
            Verdict v = verdict(scenario().policy("  pilot-window 2026..2027\n  scale-window 2028..2029").analyse(), C1);
            assertThat(v.getDecision()).isEqualTo(Decision.PILOT);
            assertThat(anyReason(v.getReasons(), "pilot window 2026..2027")).isTrue();
        }

        @Test
        void aClusterBelowMinGpusWaitsWhateverItsTrafficMix() {
            // min-gpus is a gate (docs/model.md section 5): 16,384 GPUs at 800G, 90 % east-west, where CPO saves
            // (a 512-port CPO switch builds it in two tiers, the best pluggable in three), still wait under
            // min-gpus 32768
            Scenario s = scenario().gpus("16384 x B300").eastWest(90).policy("  min-gpus 32768");
            assertThat(cluster(s.analyse(), C1).evaluation().best().orElseThrow().sizing().tiers()).isEqualTo(2);
            assertThat(verdict(s.analyse(), C1).getReasons()).anyMatch(r -> r.startsWith("met: TCO saving"));
            Verdict v = verdict(s.analyse(), C1);
            assertThat(v.getDecision()).isEqualTo(Decision.WAIT);
            assertThat(v.getSummary()).contains("below min-gpus 32768");
            assertThat(s.analyse().roadmap()).noneMatch(p -> p.stage() == StageAction.Stage.PILOT);
        }

        @Test
        void aSmallClusterWithLittleEastWestTrafficWaitsUntilMinGpusIsLowered() {
            Scenario s = scenario().gpus("16384 x B300").eastWest(40).policy("  min-gpus 32768");
            Verdict v = verdict(s.analyse(), C1);
            assertThat(v.getDecision()).isEqualTo(Decision.WAIT);
            assertThat(v.getSummary()).contains("min-gpus");
            Verdict lowered = verdict(s.policy("  min-gpus 1024\n  min-east-west 30 %").analyse(), C1);
            assertThat(lowered.getDecision()).isIn(Decision.ADOPT, Decision.PILOT);
        }
    }

    @Nested
    class MaintenanceRisk {

        @Test
        void phoenixIsRunRemotely() {
            Analysis a = sample("ai-factory.cpo");
            List<Finding> f = findings(a, "maintenance-risk", "phx-2.b300-train");
            assertThat(f).hasSize(1);
            assertThat(anyReason(f.get(0).getReasons(), "remote")).isTrue();
            assertThat(findings(a, "maintenance-risk", "dal-1.gb300-train")).isEmpty();
        }

        @Test
        void remoteStaffWhereCpoIsAdvised() {
            Analysis a = scenario().staff("remote").analyse();
            assertThat(verdict(a, C1).isPositive()).isTrue();
            assertThat(findings(a, "maintenance-risk", C1)).hasSize(1);
            assertThat(findings(scenario().analyse(), "maintenance-risk", C1)).isEmpty();
        }

        @Test
        void remoteStaffWhereCpoIsPlannedButNotAdvised() {
            Analysis a = scenario().staff("remote").gpus("512 x L40S").workload("inference").nic("200G")
                    .sw("tomahawk4-400g").eastWest(25).plan("cpo from 2027").analyse();
            assertThat(verdict(a, C1).getDecision()).isEqualTo(Decision.WAIT);
            assertThat(findings(a, "maintenance-risk", C1)).hasSize(1);
        }
    }

    /**
     * The tiers a fabric takes (docs/model.md section 1): the file's `tiers` fixes the baseline
     * only; CPO options take the fewest their radix allows; `extra-tiers` and `fewer-tiers` say so.
     */
    @Nested
    class Tiers {

        /**
         * 32,768 B300 at 800G on spectrum-4-800g, where the only CPO platform in the horizon is the
         * 512 x 800G one (the file's catalog moves the others out of the horizon).
         */
        final Analysis big = text("""
                architecture "Tiers"
                horizon 2025..2030
                currency USD
                catalog {
                  switch "tomahawk5-bailly-cpo" { ports 64 x 800G optics cpo power 1500 W price 60000 USD available 2031 }
                  switch "tomahawk6-davisson-cpo" { ports 128 x 800G optics cpo power 3200 W price 140000 USD available 2031 }
                  switch "spectrum-x-photonics-102t" { ports 128 x 800G optics cpo power 3200 W price 150000 USD available 2031 }
                  switch "quantum-x-photonics-800g" { ports 144 x 800G optics cpo power 3600 W price 200000 USD available 2031 }
                }
                site "s" {
                  cooling liquid
                  cluster "big" {
                    gpus 32768 x B300
                    nic 800G
                    switch spectrum-4-800g
                    online 2027
                  }
                  cluster "fixed" {
                    gpus 2048 x H100
                    nic 400G
                    fabric fat-tree tiers 3
                    switch spectrum-4-800g
                    online 2027
                  }
                }
                """, "tiers.cpo");

        @Test
        void aFiveHundredTwelvePortCpoPlatformNeedsTwoTiersAndTheFindingSaysSo() {
            ClusterAnalysis c = cluster(big, "s.big");
            // today's 64 x 800G: k = 64, d = 32; 32,768 > 32·64 = 2,048 -> three tiers:
            // L = 1,024 (32 full pods, 32 aggregation switches each = 1,024), V = 32,768, C = 512
            assertThat(c.evaluation().baseline().sizing().tiers()).isEqualTo(3);
            assertThat(c.evaluation().baseline().sizing().totalSwitches()).isEqualTo(1024 + 1024 + 512);
            // cpo-all on 512 x 800G: k = 512, d = 256; 32,768 <= 256·512 -> two tiers:
            // L = 128, U = 32,768, S = 64; NIC modules only, 32,768; engine ports 32,768 + 2·32,768 = 98,304
            var all = c.evaluation().cpoAll();
            assertThat(all.upper().id()).isEqualTo("spectrum-x-photonics-409t");
            assertThat(all.sizing().tiers()).isEqualTo(2);
            assertThat(all.sizing().switchesIn(org.cpoadvisor.rules.sizing.TierName.LEAF)).isEqualTo(128);
            assertThat(all.sizing().switchesIn(org.cpoadvisor.rules.sizing.TierName.SPINE)).isEqualTo(64);
            assertThat(all.sizing().totalModules()).isEqualTo(32768);
            assertThat(all.sizing().enginePorts()).isEqualTo(98304);
            // the best option is cpo-all (the spine-only option keeps 64-port leaves and three tiers)
            assertThat(c.evaluation().best().orElseThrow().kind()).isEqualTo(org.cpoadvisor.rules.cost.OptionKind.CPO_ALL);
            List<Finding> fewer = findings(big, "fewer-tiers", "s.big");
            assertThat(fewer).hasSize(1);
            assertThat(fewer.get(0).getMessage()).contains("spectrum-x-photonics-409t").contains("2 tiers instead of 3");
            assertThat(findings(big, "extra-tiers", "s.big")).isEmpty();
        }

        @Test
        void aFileThatFixesMoreTiersThanNeededGetsTheExtraCounted() {
            // 2,048 H100 at 400G on 64 x 800G need two tiers (32 leaves + 16 spines, 5,120 modules);
            // three fixed: 32 leaves, 32 aggregation (one pod of 32 leaves: 32·64/64), 16 cores = 80
            // switches; modules 2,048 + 1,024 + 2·1,024 + 2·1,024 = 7,168. Extra: 32 switches, 2,048 modules.
            ClusterAnalysis c = cluster(big, "s.fixed");
            assertThat(c.evaluation().baseline().sizing().tiers()).isEqualTo(3);
            assertThat(c.evaluation().baseline().sizing().totalSwitches()).isEqualTo(80);
            List<Finding> extra = findings(big, "extra-tiers", "s.fixed");
            assertThat(extra).hasSize(1);
            assertThat(extra.get(0).getSeverity()).isEqualTo("warning");
            assertThat(extra.get(0).getMessage()).contains("fixes 3 tiers").contains("need 2 tiers")
                    .contains("32 switches").contains("2048 modules");
            // the CPO options are sized with the fewest tiers, not the file's three
            c.evaluation().best().ifPresent(o -> assertThat(o.sizing().tiers()).isEqualTo(2));
            // and fewer-tiers does not fire: the CPO option needs as many tiers as today's platform needs
            assertThat(findings(big, "fewer-tiers", "s.fixed")).isEmpty();
        }

        @Test
        void aBreakEvenSearchLetsTheTiersFloat() {
            // the GPU break-even of s.fixed is searched on fabrics with the fewest tiers: at 64 GPUs
            // (one leaf) the baseline is one switch, not three tiers because the file said so
            var e = cluster(big, "s.fixed").evaluation();
            var cost = new org.cpoadvisor.rules.cost.OptionCost(big.catalog());
            var small = cost.evaluate(e.cluster(), org.cpoadvisor.rules.cost.OptionKind.BASELINE, e.cluster().platform(),
                    e.cluster().platform(), 2027, 64, e.cluster().economics()).orElseThrow();
            assertThat(small.sizing().tiers()).isEqualTo(1);
            assertThat(small.sizing().totalSwitches()).isEqualTo(1);
        }
    }

    /** Candidates keep the cluster's family; vendors are a policy (docs/model.md section 5). */
    @Nested
    class Families {

        static String estate(String switchId, String policy) {
            return """
                    architecture "Families"
                    horizon 2025..2030
                    currency USD
                    policy {
                    %s
                    }
                    site "s" {
                      cooling liquid
                      cluster "c" {
                        gpus 16384 x B300
                        nic 800G
                        switch %s
                        online 2027
                      }
                    }
                    """.formatted(policy, switchId);
        }

        @Test
        void aCpoSwitchWhoseLanesDifferFromTheNicsAndLeavesIsLeftOutWithTheReason() {
            // 16 384 H100 on Spectrum-4: ConnectX-7 NICs at 400G run 4 x 100G lanes (catalog nic-lane), Spectrum-4
            // 8 x 100G. The 200G-lane Spectrum-X Photonics and TH6-Davisson cannot be the NICs' leaf (cpo-all), but may
            // sit above today's leaves, whose DSP modules gear to 200G optical lanes (cpo-spine); TH5-Bailly (100G) both
            String file = estate("spectrum-4-800g", "").replace("16384 x B300", "16384 x H100").replace("nic 800G", "nic 400G");
            Analysis a = text(file, "lanes.cpo");
            ClusterAnalysis c = cluster(a, "s.c");
            assertThat(c.candidates()).contains(
                    "spectrum-x-photonics-102t: a candidate in 2027 for cpo-spine only: 200G lanes, the cluster's NICs use 100G lanes",
                    "tomahawk6-davisson-cpo: a candidate in 2027 for cpo-spine only: 200G lanes, the cluster's NICs use 100G lanes",
                    "tomahawk5-bailly-cpo: a candidate in 2027");
            assertThat(c.evaluation().cpoAll().upper().id()).isEqualTo("tomahawk5-bailly-cpo");
            // with linear-drive optics the leaves cannot gear: the 200G-lane switches are left out of cpo-spine too
            Analysis lpo = text(file.replace("nic 400G", "nic 400G\n    optics lpo"), "lanes-lpo.cpo");
            assertThat(cluster(lpo, "s.c").candidates()).contains(
                    "tomahawk6-davisson-cpo: left out: 200G lanes, the cluster's NICs use 100G lanes and the cluster's "
                            + "leaves (spectrum-4-800g) use 100G lanes with linear-drive modules");
            // the same NICs under 200G-lane Tomahawk 6 leaves: cpo-spine may take Davisson, cpo-all may not
            Analysis th6 = text(file.replace("spectrum-4-800g", "tomahawk6-800g"), "lanes-th6.cpo");
            ClusterAnalysis t = cluster(th6, "s.c");
            assertThat(t.candidates()).contains("tomahawk6-davisson-cpo: a candidate in 2027 for cpo-spine only: 200G lanes, "
                    + "the cluster's NICs use 100G lanes");
            assertThat(t.evaluation().cpoAll() == null || t.evaluation().cpoAll().upper().laneGbps() == 100.0).isTrue();
        }

        @Test
        void aUserCatalogWithoutLanesKeepsEveryCandidate() {
            // a file's own CPO switch that gives no lane matches any NIC and leaf: a candidate for both options
            String file = estate("spectrum-4-800g", "").replace("16384 x B300", "16384 x H100").replace("nic 800G", "nic 400G")
                    .replace("policy {", """
                            catalog {
                              switch "own-cpo" { ports 128 x 800G optics cpo family ethernet vendor "Acme" power 3000 W
                                price 150000 USD available 2026 cooling liquid port-fit 10 fit }
                            }
                            policy {""");
            ClusterAnalysis c = cluster(text(file, "own.cpo"), "s.c");
            assertThat(c.candidates()).contains("own-cpo: a candidate in 2027");
            assertThat(c.evaluation().cpoSpine()).isNotNull();
            assertThat(c.evaluation().cpoAll()).isNotNull();
        }

        @Test
        void anInfinibandClusterGetsAnInfinibandCpoPlatformAndNeverMixesFamilies() {
            Analysis a = text(estate("quantum-x800-800g", ""), "ib.cpo");
            ClusterAnalysis c = cluster(a, "s.c");
            // the only InfiniBand CPO switch in the catalog is Quantum-X Photonics; every tier of both CPO
            // options is InfiniBand, so the saving is CPO's and not that of leaving InfiniBand
            for (var o : List.of(c.evaluation().cpoSpine(), c.evaluation().cpoAll())) {
                assertThat(o.upper().id()).isEqualTo("quantum-x-photonics-800g");
                assertThat(o.sizing().switches()).allSatisfy(t ->
                        assertThat(t.platform().family()).isEqualTo(org.cpoadvisor.dsl.model.Family.INFINIBAND));
            }
            assertThat(findings(a, "vendor-change", "s.c")).isEmpty();   // NVIDIA to NVIDIA
        }

        @Test
        void aChangeOfFamilyIsASeparateComparisonThatNeverMovesTheVerdict() {
            // InfiniBand today; the policy asks to see Ethernet CPO too. The verdict and its saving are those of
            // InfiniBand CPO, with or without the comparison; the Ethernet option is listed apart with its finding
            Analysis within = text(estate("quantum-x800-800g", ""), "ib.cpo");
            Analysis asked = text(estate("quantum-x800-800g", "  allow-family-change true"), "ib-family.cpo");
            ClusterAnalysis w = cluster(within, "s.c");
            ClusterAnalysis c = cluster(asked, "s.c");
            assertThat(w.evaluation().familyChange()).isNull();
            var other = c.evaluation().familyChange();
            assertThat(other).isNotNull();
            assertThat(other.upper().family()).isEqualTo(org.cpoadvisor.dsl.model.Family.ETHERNET);
            assertThat(other.sizing().switches()).allSatisfy(t ->
                    assertThat(t.platform().family()).isEqualTo(org.cpoadvisor.dsl.model.Family.ETHERNET));
            assertThat(c.evaluation().best().orElseThrow().upper().family()).isEqualTo(org.cpoadvisor.dsl.model.Family.INFINIBAND);
            assertThat(c.verdict().getDecision()).isEqualTo(w.verdict().getDecision());
            assertThat(c.verdict().getSummary()).isEqualTo(w.verdict().getSummary());
            List<Finding> f = findings(asked, "family-change", "s.c");
            assertThat(f).hasSize(1);
            assertThat(f.get(0).getMessage()).contains(other.upper().id()).contains("never counts towards the verdict");
            assertThat(findings(within, "family-change", "s.c")).isEmpty();
        }

        @Test
        void anEthernetClusterMovingToAnotherVendorGetsTheFindingAndThePolicyCanKeepTheVendor() {
            // today NVIDIA Spectrum-4; the cluster comes online in 2027, so its CPO options are priced for 2027
            // with every Ethernet CPO switch available then
            Analysis open = text(estate("spectrum-4-800g", ""), "eth.cpo");
            ClusterAnalysis c = cluster(open, "s.c");
            assertThat(c.evaluation().cpoYear()).isEqualTo(2027);
            assertThat(c.evaluation().best().orElseThrow().upper().family()).isEqualTo(org.cpoadvisor.dsl.model.Family.ETHERNET);
            // policy vendors "Broadcom": only Broadcom's CPO switches are candidates, and the pluggable it is judged
            // against comes from the policy's vendors too
            Analysis broadcom = text(estate("spectrum-4-800g", "  vendors \"Broadcom\""), "eth-broadcom.cpo");
            ClusterAnalysis b = cluster(broadcom, "s.c");
            assertThat(b.evaluation().best().orElseThrow().upper().vendor()).isEqualTo("Broadcom");
            assertThat(b.evaluation().reference().upper().vendor()).isEqualTo("Broadcom");
            assertThat(b.candidates()).anyMatch(x -> x.startsWith("spectrum-x-photonics-102t: left out: vendor NVIDIA"));
            // a Broadcom white-box cluster whose best CPO option is NVIDIA's 512-port switch: advised, with the finding
            Analysis whitebox = text(estate("tomahawk5-800g", ""), "eth-whitebox.cpo");
            ClusterAnalysis w = cluster(whitebox, "s.c");
            assertThat(w.evaluation().best().orElseThrow().upper().id()).isEqualTo("spectrum-x-photonics-409t");
            assertThat(w.verdict().isPositive()).isTrue();
            assertThat(findings(whitebox, "vendor-change", "s.c")).hasSize(1);
            assertThat(findings(whitebox, "vendor-change", "s.c").get(0).getMessage()).contains("from Broadcom to NVIDIA");
            // policy vendors "NVIDIA": only NVIDIA's Ethernet CPO switches (Spectrum-X Photonics), no vendor change
            Analysis kept = text(estate("spectrum-4-800g", "  vendors \"NVIDIA\""), "eth-nvidia.cpo");
            ClusterAnalysis k = cluster(kept, "s.c");
            assertThat(k.evaluation().best().orElseThrow().upper().vendor()).isEqualTo("NVIDIA");
            assertThat(findings(kept, "vendor-change", "s.c")).isEmpty();
        }

        @Test
        void linearDrivePluggablesAreTheNearTermStepWhereCpoWaits() {
            // 16,384 B200 at 400G on spectrum-4-800g: CPO waits (400G < min-link 800G). The LPO option keeps the
            // switches and puts 800G linear-drive modules (lpo-800g, 8.5 W, 800 USD) in the switch ports, DSP
            // modules at the 400G NICs (the catalog has no 400G LPO). With min-saving 5 % it saves enough.
            Analysis a = text(estate("spectrum-4-800g", "  min-saving 5 %").replace("16384 x B300", "16384 x B200")
                    .replace("nic 800G", "nic 400G"), "lpo.cpo");
            ClusterAnalysis c = cluster(a, "s.c");
            assertThat(c.verdict().getDecision()).isEqualTo(Decision.WAIT);
            var lpo = c.evaluation().lpo();
            assertThat(lpo).isNotNull();
            assertThat(lpo.bill()).anyMatch(p -> p.id().equals("lpo-800g") && !p.place().equals("nic"));
            assertThat(lpo.bill()).anyMatch(p -> p.id().equals("dsp-400g") && p.place().equals("nic"));
            double saving = org.cpoadvisor.rules.cost.Savings.saving(c.evaluation().baseline(), lpo);
            assertThat(saving).isGreaterThanOrEqualTo(0.05);
            List<Finding> f = findings(a, "lpo-first", "s.c");
            assertThat(f).hasSize(1);
            assertThat(f.get(0).getMessage()).contains("linear-drive pluggables (LPO)").contains("the verdict on CPO is wait");
        }

        @Test
        void theCpoOptionsArePricedForTheYearTheCapacityIsBought() {
            // an existing InfiniBand cluster, installed at mid-life (2023), refreshed in 2028: Quantum-X Photonics
            // exists from 2026, but the options are priced for 2028, its price two years down at 10 % a year
            Analysis a = text(estate("quantum-x800-800g", "").replace("online 2027", "online existing"), "refresh.cpo");
            ClusterAnalysis c = cluster(a, "s.c");
            assertThat(c.adoptionYear()).isEqualTo(2028);
            assertThat(c.evaluation().cpoYear()).isEqualTo(2028);
            var switchLine = c.evaluation().best().orElseThrow().bill().stream()
                    .filter(p -> p.category().equals("switch") && p.id().equals("quantum-x-photonics-800g")).findFirst().orElseThrow();
            // launched in 2026 at 274 800 USD, two years on: 274 800 · 0.9^2 = 222 588
            assertThat(switchLine.unitPrice()).isCloseTo(274800 * 0.9 * 0.9, org.assertj.core.api.Assertions.within(1e-6));
            // at 2028 prices the same-radix CPO switch still costs more over the lifetime than it saves: wait
            assertThat(c.verdict().getDecision()).isEqualTo(Decision.WAIT);
            assertThat(c.evaluation().saving(org.cpoadvisor.rules.cost.OptionKind.CPO_SPINE)).isNegative();
            // a horizon to 2035 shows when it would: CPO prices fall 10 % a year, pluggable modules 10 %, pluggable
            // switches hold, so the CPO switch gains on the switch it replaces every year; the year break-even is the
            // first year of the horizon whose prices reach min-saving
            Analysis longer = text(estate("quantum-x800-800g", "").replace("online 2027", "online existing")
                    .replace("horizon 2025..2030", "horizon 2025..2035"), "refresh-2035.cpo");
            BreakEvenPoint year = cluster(longer, "s.c").breakEvens().stream().filter(p -> p.quantity().equals("year"))
                    .findFirst().orElseThrow();
            assertThat(year.status()).isEqualTo("found");
            assertThat(year.value()).isBetween(2029.0, 2035.0);
        }
    }

    @Nested
    class PowerCap {

        @Test
        void phoenixGrowsPastItsCapAndCpoDoesNotCloseTheGapThere() {
            // whole GPU nodes (1.8 x GPU power) and the network: phx-2 (80 MW, 30 %/year) is over in 2027 by far more
            // than CPO saves
            Analysis a = sample("ai-factory.cpo");
            assertThat(findings(a, "power-cap", "phx-2")).hasSize(1);
            assertThat(findings(a, "power-cap", "phx-2").get(0).getMessage()).contains("in 2027").endsWith("not enough on its own");
            // dal-1 (250 MW, 35 %/year) only in 2029, by 3.3 MW, a little more than its best CPO option would save
            // (3.2 MW); with a cap 2 MW higher the same saving is enough
            assertThat(findings(a, "power-cap", "dal-1")).hasSize(1);
            assertThat(findings(a, "power-cap", "dal-1").get(0).getMessage()).contains("in 2029, 3.3 MW over")
                    .contains("would save 3.2 MW").endsWith("not enough on its own");
            Analysis higher = sampleEdited("ai-factory.cpo", "power-cap 250 MW", "power-cap 252 MW");
            assertThat(findings(higher, "power-cap", "dal-1").get(0).getMessage()).contains("in 2029, 1.3 MW over")
                    .endsWith("enough to stay under the cap then");
        }

        @Test
        void aCapAboveTodaysLoadButBelowTheGrownLoad() {
            // today's facility load: whole nodes, 16 384 · 1 100 W (B300) · 1.8 (node-power), + the baseline network,
            // times PUE 1.2 (liquid default)
            Analysis plain = scenario().analyse();
            ClusterAnalysis c = cluster(plain, C1);
            double today = (16384 * 1100.0 * 1.8 + c.evaluation().baseline().powerW()) * c.cluster().economics().pue();
            assertThat(c.cluster().economics().pue()).isEqualTo(1.2);
            // a cap 10 % above it: 20 %/year growth passes it in the first year of growth (2028)
            String cap = String.format(Locale.ROOT, "%.3f MW", today * 1.10 / 1e6);
            Analysis grown = scenario().powerCap(cap).growth("20 %").analyse();
            List<Finding> f = findings(grown, "power-cap", "s1");
            assertThat(f).hasSize(1);
            assertThat(anyReason(f.get(0).getReasons(), "2028")).isTrue();
            // in 2028 the load is today's · 1.2, so it is over the cap (today's · 1.1) by today's · 0.1; the best CPO
            // option saves (baseline W − its W) · 1.2 (grown) · PUE 1.2 that year
            ClusterAnalysis g = cluster(grown, C1);
            double over = today * 0.1 / 1e6;
            double saves = (g.evaluation().baseline().powerW() - g.evaluation().best().orElseThrow().powerW()) * 1.2 * 1.2 / 1e6;
            assertThat(f.get(0).getReasons()).contains(String.format(Locale.ROOT, "over the cap %.1f MW", over),
                    String.format(Locale.ROOT, "CPO saves %.1f MW", saves));
            // without growth the same cap holds
            Analysis flat = scenario().powerCap(cap).analyse();
            assertThat(findings(flat, "power-cap", "s1")).isEmpty();
        }
    }

    @Nested
    class PlanContradictsNumbers {

        @Test
        void aPluggablePlanWhereCpoIsAdvisedAndSavesMoreThanMinSaving() {
            Analysis a = scenario().plan("pluggable").analyse();
            ClusterAnalysis c = cluster(a, C1);
            assertThat(c.verdict().isPositive()).isTrue();
            double saving = c.evaluation().best().map(o -> 1 - o.tco() / c.evaluation().baseline().tco()).orElseThrow();
            assertThat(saving).isGreaterThanOrEqualTo(a.thresholds().getMinSaving());
            List<Finding> f = findings(a, "plan-contradicts-numbers", C1);
            assertThat(f).hasSize(1);
            assertThat(anyReason(f.get(0).getReasons(), "plan pluggable")).isTrue();
            assertThat(anyReason(f.get(0).getReasons(), "min-saving")).isTrue();
        }

        @Test
        void aPluggablePlanThatTheNumbersSupportIsFine() {
            // min-saving 90 %: CPO does not save enough to contradict a pluggable plan
            Analysis a = scenario().plan("pluggable").policy("  min-saving 90 %").analyse();
            assertThat(findings(a, "plan-contradicts-numbers", C1)).isEmpty();
        }

        @Test
        void aCpoPlanWhereTheNumbersSayWait() {
            Analysis a = sample("mid-size-cloud.cpo");
            assertThat(verdict(a, "ams-2.h200-train").getDecision()).isEqualTo(Decision.WAIT);
            assertThat(findings(a, "plan-contradicts-numbers", "ams-2.h200-train")).hasSize(1);
        }

        @Test
        void aCpoPlanThatTheNumbersSupportIsFine() {
            Analysis a = scenario().plan("cpo from 2027 tiers spine, core").analyse();
            assertThat(findings(a, "plan-contradicts-numbers", C1)).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------ every sample

    @Nested
    class EverySample {

        static List<String> files() {
            List<String> out = new ArrayList<>();
            try (var s = Files.list(SAMPLES)) {
                s.filter(p -> p.toString().endsWith(".cpo")).map(p -> p.getFileName().toString()).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.add("hyperscale-cn/hyperscale-cn.cpo");
            return out;
        }

        @Test
        void everyVerdictAndFindingIsExplained() {
            for (String f : files()) {
                Analysis a = sample(f);   // sample() checks the explanations
                assertThat(a.clusters()).as(f).isNotEmpty();
            }
        }

        @Test
        void onlyLargeFastEastWestClustersOnLiquidAreToldToAdopt() {
            for (String f : files()) {
                Analysis a = sample(f);
                for (ClusterAnalysis c : a.clusters()) {
                    if (c.verdict().getDecision() != Decision.ADOPT) continue;
                    assertThat(c.cluster().nicGbps()).as(c.cluster().path()).isGreaterThanOrEqualTo(a.thresholds().getMinLinkGbps());
                    assertThat(c.cluster().gpus()).as(c.cluster().path()).isGreaterThanOrEqualTo(a.thresholds().getMinGpus());
                    assertThat(c.cluster().eastWest()).as(c.cluster().path()).isGreaterThanOrEqualTo(a.thresholds().getMinEastWest());
                    assertThat(c.verdict().getYear()).as(c.cluster().path()).isGreaterThan(a.thresholds().getPilotTo());
                }
            }
        }

        @Test
        void theAssumedFiguresListedAreFiguresTheEntriesHave() {
            for (String f : files()) {
                Analysis a = sample(f);
                for (String s : a.assumptions()) {
                    if (s.startsWith("default ")) continue;
                    int sp = s.lastIndexOf(' ');
                    String id = s.substring(0, sp);
                    String field = s.substring(sp + 1);
                    Object value = a.catalog().switchPlatform(id).map(p -> switch (field) {
                        case "power" -> p.powerW();
                        case "price" -> p.price();
                        case "port-fit" -> p.portFit();
                        case "repair" -> p.repairCost();
                        case "laser-fit" -> p.laserFit();
                        case "laser-power" -> p.laserPowerW();
                        default -> null;
                    }).orElse(null);
                    if (value == null) {
                        value = a.catalog().optic(id).map(o -> switch (field) {
                            case "power" -> o.powerW();
                            case "price" -> o.price();
                            case "fit" -> o.fit();
                            default -> null;
                        }).orElse(null);
                    }
                    if (value == null) {
                        value = a.catalog().laser(id).map(l -> switch (field) {
                            case "power" -> l.powerW();
                            case "price" -> l.price();
                            case "fit" -> l.fit();
                            default -> null;
                        }).orElse(null);
                    }
                    assertThat(value).as(f + ": assumption '" + s + "' names a figure the catalog entry has").isNotNull();
                }
            }
        }

        @Test
        void inferenceClustersLoseNoGpuHours() {
            for (String f : files()) {
                for (ClusterAnalysis c : sample(f).clusters()) {
                    if (!c.cluster().failuresStopJobs() && c.evaluation().baseline() != null) {
                        assertThat(c.evaluation().baseline().lostGpuHoursPerYear()).as(c.cluster().path()).isZero();
                    }
                }
            }
        }
    }
}
