package org.cpoadvisor.rules.sizing;

import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fabric sizing against numbers worked out by hand from docs/model.md section 1 (formulas and
 * worked example). Every expected number has its arithmetic beside it; none was
 * read off the code's output.
 *
 * <p>Notation (docs/model.md): N GPUs, s NIC speed, e = min(s, p_leaf), m = s/e, E = N·m,
 * k = P·p/e, d = floor(k_leaf·a/(a+b)), u = k_leaf − d; two tiers: L = ceil(E/d),
 * U = L·u, S = ceil(U/k_spine); three tiers (docs/model.md, the minimal non-blocking fabric):
 * L = ceil(E/d), pods of k_agg/2 leaves, u aggregation switches in a full pod and
 * ceil(leaves·u/(k_agg/2)) in the last, V = L·u, C = ceil(V/k_core). A pluggable switch end of a boundary with
 * n links has ceil(n/(p/e)) modules; a CPO end has that many engine ports and no module.
 */
class FabricSizerTest {

    static final double G400 = 400.0;
    static final double G800 = 800.0;

    static SwitchPlatform platform(String id, int ports, double gbps, SwitchOptics optics) {
        return new SwitchPlatform(id, ports, gbps, optics, 1500.0, 50000.0, 2023, Cooling.AIR,
                null, null, null, null, null, null, "test", Map.of());
    }

    static final SwitchPlatform P64x800 = platform("p64x800", 64, G800, SwitchOptics.PLUGGABLE);
    static final SwitchPlatform P64x400 = platform("p64x400", 64, G400, SwitchOptics.PLUGGABLE);
    static final SwitchPlatform C64x800 = platform("c64x800", 64, G800, SwitchOptics.CPO);
    static final SwitchPlatform C144x800 = platform("c144x800", 144, G800, SwitchOptics.CPO);
    static final SwitchPlatform C512x800 = platform("c512x800", 512, G800, SwitchOptics.CPO);
    static final SwitchPlatform P64x600 = platform("p64x600", 64, 600.0, SwitchOptics.PLUGGABLE);

    static final Ratio ONE_ONE = new Ratio(1, 1);

    static Sizing size(int n, double s, Ratio r, Integer tiers, SwitchPlatform leaf, SwitchPlatform upper) {
        return FabricSizer.size(n, s, r, tiers, leaf, upper);
    }

    static Boundary boundary(Sizing sz, String name) {
        return sz.boundaries().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no boundary " + name + " in " + sz.boundaries()));
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    class WorkedExample {

        // docs/model.md section 7: 2048 GPUs, 400G NICs, 64x800G leaf and spine, 1:1, all pluggable.
        final Sizing sz = size(2048, G400, ONE_ONE, null, P64x800, P64x800);

        @Test
        void endpointsRadixAndSplit() {
            assertThat(sz.fits()).isTrue();
            assertThat(sz.endpointGbps()).isEqualTo(400.0);   // e = min(400, 800) = 400
            assertThat(sz.endpointsPerGpu()).isEqualTo(1);    // m = 400/400 = 1
            assertThat(sz.endpoints()).isEqualTo(2048);       // E = 2048·1
            assertThat(sz.leafRadix()).isEqualTo(128);        // k = 64·800/400 = 128
            assertThat(sz.upperRadix()).isEqualTo(128);
            assertThat(sz.down()).isEqualTo(64);              // d = floor(128·1/2) = 64
            assertThat(sz.up()).isEqualTo(64);                // u = 128 − 64 = 64
            // 2048 > k = 128 so not one tier; 2048 <= d·k = 64·128 = 8192 so two tiers
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.tiersNeeded()).isEqualTo(2);
            assertThat(sz.tooFewTiers()).isFalse();
        }

        @Test
        void switches() {
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(32);   // L = ceil(2048/64) = 32
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(16);  // S = ceil(2048/128) = 16
            assertThat(sz.totalSwitches()).isEqualTo(48);             // 32 + 16
        }

        @Test
        void linksAndModules() {
            assertThat(boundary(sz, "gpu-leaf").links()).isEqualTo(2048);   // E
            assertThat(boundary(sz, "leaf-spine").links()).isEqualTo(2048); // U = 32·64
            assertThat(sz.boundaries()).hasSize(2);
            assertThat(sz.nicModules()).isEqualTo(2048);                     // N, 400G each
            // leaf-down: ceil(2048 / (800/400)) = 1024 x 800G
            assertThat(boundary(sz, "gpu-leaf").upper().modules()).isEqualTo(1024);
            // leaf-spine: ceil(2048/2) = 1024 at each end, 2048 in all
            assertThat(boundary(sz, "leaf-spine").lower().modules()).isEqualTo(1024);
            assertThat(boundary(sz, "leaf-spine").upper().modules()).isEqualTo(1024);
            assertThat(boundary(sz, "leaf-spine").modules()).isEqualTo(2048);
            assertThat(sz.enginePorts()).isZero();                           // all pluggable
            // 2048 + 1024 + 2048 = 5120 = 2.5·2048
            assertThat(sz.totalModules()).isEqualTo(5120);
            assertThat(sz.totalModules() * 2).isEqualTo(5L * 2048);
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    class RulesOfThumb {

        @Test
        void twoTiersAt4096IsTwoAndAHalfN() {
            // 400G on 64x800G, 1:1: k = 128, d = u = 64. 4096 <= 8192 -> two tiers.
            // N = 4096 is a multiple of d = 64 (L exact) and of 128 (S exact).
            Sizing sz = size(4096, G400, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(64);   // 4096/64
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(32);  // U = 64·64 = 4096; 4096/128
            assertThat(boundary(sz, "leaf-spine").links()).isEqualTo(4096);
            // N + N/2 + 2·(N/2) = 4096 + 2048 + 4096 = 10240 = 2.5·4096
            assertThat(sz.totalModules()).isEqualTo(10240);
        }

        @Test
        void twoTiersAtTheirLimit8192() {
            // the largest two-tier fabric here: E = d·k = 64·128 = 8192
            Sizing sz = size(8192, G400, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(128);  // 8192/64
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(64);  // U = 128·64 = 8192; /128
            assertThat(sz.totalModules()).isEqualTo(20480);           // 2.5·8192
        }

        @Test
        void threeTiersAt16384IsThreeAndAHalfN() {
            // 400G on 64x800G, 1:1: k = 128, d = u = 64, leaves per pod k/2 = 64.
            // 16384 > 8192 (two-tier limit) and <= d·(k/2)·k = 64·64·128 = 524288 -> three tiers.
            // A pod holds 64 leaves · 64 GPUs = 4096 GPUs; N = 16384 = 4 pods exactly, so L, Q and C
            // all divide without remainder and no port is left idle: each boundary has N links.
            Sizing sz = size(16384, G400, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(3);
            assertThat(sz.tiersNeeded()).isEqualTo(3);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(256);        // L = 16384/64
            assertThat(sz.switchesIn(TierName.AGGREGATION)).isEqualTo(256); // Q = 256/64 = 4; A = 4·64
            assertThat(sz.switchesIn(TierName.CORE)).isEqualTo(128);        // V = 256·64 = 16384; /128
            assertThat(sz.switchesIn(TierName.SPINE)).isZero();
            assertThat(sz.totalSwitches()).isEqualTo(640);                  // 256 + 256 + 128
            assertThat(boundary(sz, "gpu-leaf").links()).isEqualTo(16384);
            assertThat(boundary(sz, "leaf-aggregation").links()).isEqualTo(16384); // L·u = 256·64
            assertThat(boundary(sz, "aggregation-core").links()).isEqualTo(16384); // V
            assertThat(sz.nicModules()).isEqualTo(16384);
            assertThat(boundary(sz, "gpu-leaf").upper().modules()).isEqualTo(8192);       // 16384/2
            assertThat(boundary(sz, "leaf-aggregation").lower().modules()).isEqualTo(8192);
            assertThat(boundary(sz, "leaf-aggregation").upper().modules()).isEqualTo(8192);
            assertThat(boundary(sz, "aggregation-core").lower().modules()).isEqualTo(8192);
            assertThat(boundary(sz, "aggregation-core").upper().modules()).isEqualTo(8192);
            // N + N/2 + 2·(N/2) + 2·(N/2) = 16384 + 8192 + 16384 + 16384 = 57344 = 3.5·16384
            assertThat(sz.totalModules()).isEqualTo(57344);
            assertThat(sz.totalModules() * 2).isEqualTo(7L * 16384);
        }

        @Test
        void threeTiersAtTheirLimit() {
            // E = d·(k/2)·k = 64·64·128 = 524288 fits three tiers exactly (128 pods of 4096)
            Sizing sz = size(524288, G400, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.fits()).isTrue();
            assertThat(sz.tiers()).isEqualTo(3);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(8192);        // 524288/64
            assertThat(sz.switchesIn(TierName.AGGREGATION)).isEqualTo(8192); // Q = 8192/64 = 128; 128·64
            assertThat(sz.switchesIn(TierName.CORE)).isEqualTo(4096);        // V = 8192·64 = 524288; /128
            assertThat(sz.totalModules()).isEqualTo(1835008);                // 3.5·524288
        }

        @Test
        void threeTiersWithAPartialPod() {
            // N = 10000, 400G on 64x800G, 1:1 (k = 128, d = u = 64): 10000 > 8192 -> three tiers.
            Sizing sz = size(10000, G400, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(3);
            // L = ceil(10000/64) = 157            (156·64 = 9984 < 10000)
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(157);
            // pods of k/2 = 64 leaves: two full pods (128 leaves) of u = 64 aggregation switches, and a
            // last pod of 29 leaves whose 29·64 = 1856 uplinks need 1856/64 = 29 of them: A = 157
            assertThat(sz.switchesIn(TierName.AGGREGATION)).isEqualTo(157);
            // V = L·u = 157·64 = 10048 (the uplinks used); C = ceil(10048/128) = 79 (78·128 = 9984)
            assertThat(sz.switchesIn(TierName.CORE)).isEqualTo(79);
            assertThat(sz.totalSwitches()).isEqualTo(393);                          // 157 + 157 + 79
            assertThat(boundary(sz, "leaf-aggregation").links()).isEqualTo(10048); // 157·64
            assertThat(boundary(sz, "aggregation-core").links()).isEqualTo(10048);
            // modules: NIC 10000; leaf-down ceil(10000/2) = 5000; leaf-agg 2·ceil(10048/2) = 10048;
            // agg-core 2·(10048/2) = 10048; total 10000 + 5000 + 10048 + 10048 = 35096
            assertThat(boundary(sz, "gpu-leaf").upper().modules()).isEqualTo(5000);
            assertThat(boundary(sz, "leaf-aggregation").modules()).isEqualTo(10048);
            assertThat(boundary(sz, "aggregation-core").modules()).isEqualTo(10048);
            assertThat(sz.totalModules()).isEqualTo(35096);
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    class Oversubscription {

        @Test
        void threeToOne() {
            // 400G on 64x800G: k = 128; 3:1 -> d = floor(128·3/4) = 96, u = 32.
            // N = 2048 > 128 and <= d·k = 96·128 = 12288 -> two tiers
            Sizing sz = size(2048, G400, new Ratio(3, 1), null, P64x800, P64x800);
            assertThat(sz.down()).isEqualTo(96);
            assertThat(sz.up()).isEqualTo(32);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(22);   // ceil(2048/96) = 22 (21·96 = 2016)
            assertThat(boundary(sz, "leaf-spine").links()).isEqualTo(704); // U = 22·32
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(6);   // ceil(704/128) = 6 (5·128 = 640)
            assertThat(sz.totalSwitches()).isEqualTo(28);
            // NIC 2048; leaf-down ceil(2048/2) = 1024; leaf-spine 2·ceil(704/2) = 704
            assertThat(boundary(sz, "gpu-leaf").upper().modules()).isEqualTo(1024);
            assertThat(boundary(sz, "leaf-spine").lower().modules()).isEqualTo(352);
            assertThat(boundary(sz, "leaf-spine").upper().modules()).isEqualTo(352);
            assertThat(sz.totalModules()).isEqualTo(3776);            // 2048 + 1024 + 704
        }

        @Test
        void twoToOneRoundsDown() {
            // k = 128; 2:1 -> d = floor(256/3) = floor(85.33) = 85, u = 43
            Sizing sz = size(2048, G400, new Ratio(2, 1), null, P64x800, P64x800);
            assertThat(sz.down()).isEqualTo(85);
            assertThat(sz.up()).isEqualTo(43);
            assertThat(sz.tiers()).isEqualTo(2);                      // 2048 <= 85·128 = 10880
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(25);   // ceil(2048/85) = 25 (24·85 = 2040)
            assertThat(boundary(sz, "leaf-spine").links()).isEqualTo(1075); // 25·43
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(9);   // ceil(1075/128) = 9 (8·128 = 1024)
            // NIC 2048; leaf-down 1024; leaf-spine 2·ceil(1075/2) = 2·538 = 1076 -> 4148
            assertThat(boundary(sz, "leaf-spine").modules()).isEqualTo(1076);
            assertThat(sz.totalModules()).isEqualTo(4148);
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    class SingleTier {

        @Test
        void smallClusterFitsOneLeaf() {
            // 400G on 64x800G: k = 128; E = 100 <= 128 -> one tier, one switch
            Sizing sz = size(100, G400, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(1);
            assertThat(sz.tiersNeeded()).isEqualTo(1);
            assertThat(sz.totalSwitches()).isEqualTo(1);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(1);
            assertThat(sz.boundaries()).hasSize(1);
            assertThat(boundary(sz, "gpu-leaf").links()).isEqualTo(100);          // E
            assertThat(sz.nicModules()).isEqualTo(100);
            assertThat(boundary(sz, "gpu-leaf").upper().modules()).isEqualTo(50); // ceil(100/2)
            assertThat(sz.totalModules()).isEqualTo(150);                         // 100 + 50
        }

        @Test
        void exactlyOneLeafFullAndOneMore() {
            // E = 128 = k: still one tier; 128 + 64 = 192 modules
            Sizing full = size(128, G400, ONE_ONE, null, P64x800, P64x800);
            assertThat(full.tiers()).isEqualTo(1);
            assertThat(full.totalModules()).isEqualTo(192);
            // E = 129 > k: two tiers; L = ceil(129/64) = 3, U = 3·64 = 192, S = ceil(192/128) = 2
            Sizing over = size(129, G400, ONE_ONE, null, P64x800, P64x800);
            assertThat(over.tiers()).isEqualTo(2);
            assertThat(over.switchesIn(TierName.LEAF)).isEqualTo(3);
            assertThat(over.switchesIn(TierName.SPINE)).isEqualTo(2);
            // 129 + ceil(129/2) = 65 + 2·(192/2) = 192 -> 386
            assertThat(over.totalModules()).isEqualTo(386);
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    class Speeds {

        @Test
        void eightHundredOnEightHundredTwoTiersHold2048() {
            // e = min(800, 800) = 800, m = 1, k = 64·800/800 = 64, d = u = 32; two tiers hold d·k = 2048
            Sizing sz = size(2048, G800, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.endpointGbps()).isEqualTo(800.0);
            assertThat(sz.leafRadix()).isEqualTo(64);
            assertThat(sz.down()).isEqualTo(32);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(64);   // 2048/32
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(32);  // U = 64·32 = 2048; /64
            // p/e = 1: one module per link end. NIC 2048 + leaf-down 2048 + leaf-spine 2·2048 = 8192 = 4N
            assertThat(boundary(sz, "gpu-leaf").upper().modules()).isEqualTo(2048);
            assertThat(boundary(sz, "leaf-spine").modules()).isEqualTo(4096);
            assertThat(sz.totalModules()).isEqualTo(8192);
        }

        @Test
        void eightHundredOnEightHundredOneMoreNeedsThreeTiers() {
            // 2049 > 2048 -> three tiers (<= 32·32·64 = 65536)
            Sizing sz = size(2049, G800, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(3);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(65);         // ceil(2049/32) = 65
            // two full pods of 32 leaves with 32 aggregation switches each, and a pod of one leaf
            // whose 32 uplinks fill one: 64 + 1
            assertThat(sz.switchesIn(TierName.AGGREGATION)).isEqualTo(65);
            assertThat(sz.switchesIn(TierName.CORE)).isEqualTo(33);         // V = 65·32 = 2080; ceil(2080/64) = 33
            // NIC 2049; leaf-down 2049; leaf-agg 2·2080; agg-core 2·2080 -> 2049+2049+4160+4160
            assertThat(sz.totalModules()).isEqualTo(12418);
        }

        @Test
        void eightHundredNicOnFourHundredPorts() {
            // 64x400G everywhere: e = min(800, 400) = 400, m = 800/400 = 2, E = 512·2 = 1024,
            // k = 64·400/400 = 64, d = u = 32; 1024 > 64 and <= 32·64 = 2048 -> two tiers
            Sizing sz = size(512, G800, ONE_ONE, null, P64x400, P64x400);
            assertThat(sz.endpointGbps()).isEqualTo(400.0);
            assertThat(sz.endpointsPerGpu()).isEqualTo(2);
            assertThat(sz.endpoints()).isEqualTo(1024);
            assertThat(sz.leafRadix()).isEqualTo(64);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(32);   // 1024/32
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(16);  // U = 32·32 = 1024; /64
            assertThat(boundary(sz, "gpu-leaf").links()).isEqualTo(1024); // E, not N
            // NIC modules stay N = 512 (one 800G module per GPU)
            assertThat(sz.nicModules()).isEqualTo(512);
            // p/e = 1: leaf-down 1024; leaf-spine 2·1024 -> 512 + 1024 + 2048 = 3584
            assertThat(boundary(sz, "gpu-leaf").upper().modules()).isEqualTo(1024);
            assertThat(sz.totalModules()).isEqualTo(3584);
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    class CpoUpperTiers {

        @Test
        void pluggable64At16384x800NeedsThreeTiers() {
            // e = 800, k = 64, d = u = 32; 16384 > 2048 -> three tiers (<= 65536)
            Sizing sz = size(16384, G800, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(3);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(512);        // 16384/32
            assertThat(sz.switchesIn(TierName.AGGREGATION)).isEqualTo(512); // Q = 512/32 = 16; 16·32
            assertThat(sz.switchesIn(TierName.CORE)).isEqualTo(256);        // V = 512·32 = 16384; /64
            // every boundary has 16384 links, one module per end: NIC + 5 switch ends = 6·16384
            assertThat(sz.totalModules()).isEqualTo(98304);
        }

        @Test
        void cpoSpine512x800NeedsTwoTiers() {
            // leaf 64x800G pluggable: k_leaf = 64, d = u = 32; spine 512x800G CPO: k_spine = 512.
            // two tiers hold d·k_spine = 32·512 = 16384 >= 16384
            Sizing sz = size(16384, G800, ONE_ONE, null, P64x800, C512x800);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(512);        // 16384/32
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(32);        // U = 512·32 = 16384; /512
            assertThat(sz.totalSwitches()).isEqualTo(544);
            Boundary ls = boundary(sz, "leaf-spine");
            assertThat(ls.links()).isEqualTo(16384);
            // leaf ends keep modules, spine ends become engine ports (800G ports, p/e = 1)
            assertThat(ls.lower().modules()).isEqualTo(16384);
            assertThat(ls.lower().enginePorts()).isZero();
            assertThat(ls.upper().modules()).isZero();
            assertThat(ls.upper().enginePorts()).isEqualTo(16384);
            // NIC 16384 + leaf-down 16384 + leaf-up 16384 = 49152 modules (vs 98304 on three pluggable tiers)
            assertThat(sz.totalModules()).isEqualTo(49152);
            assertThat(sz.enginePorts()).isEqualTo(16384);
        }

        @Test
        void cpoAll512x800() {
            // leaf and spine 512x800G CPO: k = 512, d = u = 256; 16384 > 512, <= 256·512 -> two tiers
            Sizing sz = size(16384, G800, ONE_ONE, null, C512x800, C512x800);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(64);         // 16384/256
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(32);        // U = 64·256 = 16384; /512
            // only NIC modules remain
            assertThat(sz.switchModules()).isZero();
            assertThat(sz.totalModules()).isEqualTo(16384);
            assertThat(sz.nicModules()).isEqualTo(16384);
            // engine ports: leaf-down 16384 + leaf-spine 2·16384 = 49152
            assertThat(sz.enginePorts()).isEqualTo(49152);
        }

        @Test
        void cpoSpine144x800For400GNics() {
            // 400G NICs: leaf 64x800G (k = 128, d = u = 64); spine 144x800G CPO: k = 144·800/400 = 288.
            // two tiers hold 64·288 = 18432 >= 16384, whereas 64x800G spines hold only 8192 (three tiers,
            // see threeTiersAt16384IsThreeAndAHalfN: 640 switches, 57344 modules)
            Sizing sz = size(16384, G400, ONE_ONE, null, P64x800, C144x800);
            assertThat(sz.upperRadix()).isEqualTo(288);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(256);        // 16384/64
            // U = 256·64 = 16384; S = ceil(16384/288) = 57 (56·288 = 16128)
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(57);
            assertThat(sz.totalSwitches()).isEqualTo(313);
            // NIC 16384 + leaf-down 8192 + leaf-up ceil(16384/2) = 8192 -> 32768 modules
            assertThat(sz.totalModules()).isEqualTo(32768);
            // spine ends: ceil(16384 / (800/400)) = 8192 engine ports (two 400G links per 800G port)
            assertThat(boundary(sz, "leaf-spine").upper().enginePorts()).isEqualTo(8192);
            assertThat(sz.enginePorts()).isEqualTo(8192);
        }

        @Test
        void cpoSpineSameRadixThreeTiers() {
            // 800G on 64x800G leaf (pluggable) and 64x800G CPO above: the same geometry as
            // pluggable64At16384x800NeedsThreeTiers (512 + 512 + 256 switches, 16384 links per boundary)
            Sizing sz = size(16384, G800, ONE_ONE, null, P64x800, C64x800);
            assertThat(sz.tiers()).isEqualTo(3);
            assertThat(sz.totalSwitches()).isEqualTo(1280);
            // modules: NIC, leaf-down, leaf end of leaf-agg = 3·16384; agg and core ends are engine ports
            assertThat(boundary(sz, "leaf-aggregation").lower().modules()).isEqualTo(16384);
            assertThat(boundary(sz, "leaf-aggregation").upper().enginePorts()).isEqualTo(16384);
            assertThat(boundary(sz, "aggregation-core").modules()).isZero();
            assertThat(boundary(sz, "aggregation-core").enginePorts()).isEqualTo(32768);
            assertThat(sz.totalModules()).isEqualTo(49152);
            assertThat(sz.enginePorts()).isEqualTo(49152);
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    class FixedTiers {

        @Test
        void moreTiersThanNeededAreUsed() {
            // 2048 x 400G on 64x800G needs two tiers; the file fixes three.
            // L = 32, all in one pod (k/2 = 64 leaves a pod); their 32·64 = 2048 uplinks need
            // 2048/64 = 32 aggregation switches; V = L·u = 2048; C = 2048/128 = 16
            Sizing sz = size(2048, G400, ONE_ONE, 3, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(3);
            assertThat(sz.tiersNeeded()).isEqualTo(2);
            assertThat(sz.tooFewTiers()).isFalse();
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(32);
            assertThat(sz.switchesIn(TierName.AGGREGATION)).isEqualTo(32);
            assertThat(sz.switchesIn(TierName.CORE)).isEqualTo(16);
            assertThat(sz.totalSwitches()).isEqualTo(80);
            assertThat(boundary(sz, "aggregation-core").links()).isEqualTo(2048);
            // NIC 2048 + leaf-down 1024 + leaf-agg 2·1024 + agg-core 2·1024 = 7168
            assertThat(sz.totalModules()).isEqualTo(7168);
        }

        @Test
        void twoTiersFixedForAOneTierCluster() {
            // E = 100 fits one leaf, the file fixes two: L = ceil(100/64) = 2, U = 128, S = 1
            Sizing sz = size(100, G400, ONE_ONE, 2, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.tiersNeeded()).isEqualTo(1);
            assertThat(sz.tooFewTiers()).isFalse();
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(1);
            // 100 + 50 + 2·64 = 278
            assertThat(sz.totalModules()).isEqualTo(278);
        }

        @Test
        void exactlyTheNeededTiers() {
            Sizing sz = size(2048, G400, ONE_ONE, 2, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.tooFewTiers()).isFalse();
            assertThat(sz.totalModules()).isEqualTo(5120);   // as the worked example
        }

        @Test
        void tooFewTiersSaysHowManyAreNeeded() {
            // 16384 x 400G on 64x800G needs three tiers (> 8192); the file fixes two
            Sizing sz = size(16384, G400, ONE_ONE, 2, P64x800, P64x800);
            assertThat(sz.tooFewTiers()).isTrue();
            assertThat(sz.tiersNeeded()).isEqualTo(3);
            // 200 x 400G needs two tiers (> 128); the file fixes one
            Sizing one = size(200, G400, ONE_ONE, 1, P64x800, P64x800);
            assertThat(one.tooFewTiers()).isTrue();
            assertThat(one.tiersNeeded()).isEqualTo(2);
        }
    }

    // ------------------------------------------------------------------------------------------
    @Nested
    class Misfits {

        @Test
        void threeHundredGigNicOnEightHundredPorts() {
            // e = min(300, 800) = 300; p/e = 800/300 = 2.67, not whole
            Sizing sz = size(1024, 300.0, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.fits()).isFalse();
            assertThat(sz.misfit()).contains("300G").contains("800G");
        }

        @Test
        void eightHundredGigNicOnThreeHundredPorts() {
            // e = min(800, 300) = 300; s/e = 800/300 = 2.67, not whole
            SwitchPlatform p300 = platform("p64x300", 64, 300.0, SwitchOptics.PLUGGABLE);
            Sizing sz = size(1024, G800, ONE_ONE, null, p300, p300);
            assertThat(sz.fits()).isFalse();
            assertThat(sz.misfit()).contains("300G").contains("800G");
        }

        @Test
        void upperTierSpeedThatDoesNotDivide() {
            // e = min(400, 800) = 400 at the leaf; the upper tier's p/e = 600/400 = 1.5, not whole
            Sizing sz = size(1024, G400, ONE_ONE, null, P64x800, P64x600);
            assertThat(sz.fits()).isFalse();
            assertThat(sz.misfit()).contains("600G");
        }

        @Test
        void tooManyGpusForThreeTiers() {
            // 400G on 64x800G, 1:1: three tiers hold d·(k/2)·k = 64·64·128 = 524288
            Sizing sz = size(524289, G400, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.fits()).isFalse();
            assertThat(sz.misfit()).contains("three tiers");
            // 800G on 64x800G: three tiers hold 32·32·64 = 65536
            assertThat(size(65536, G800, ONE_ONE, null, P64x800, P64x800).fits()).isTrue();
            assertThat(size(65537, G800, ONE_ONE, null, P64x800, P64x800).fits()).isFalse();
        }
    }

    // ------------------------------------------------------------------------------------------
    /** The cases docs/model.md gives for the fabric an architect would draw; each worked by hand. */
    @Nested
    class MinimalFabrics {

        static final SwitchPlatform P144x800 = platform("p144x800", 144, G800, SwitchOptics.PLUGGABLE);
        static final SwitchPlatform P64x1600 = platform("p64x1600", 64, 1600.0, SwitchOptics.PLUGGABLE);

        @Test
        void aPartialLastPodAddsOnlyItsOwnUplinks() {
            // 4,160 GPUs at 800G on 64x800G, 1:1: e = 800, k = 64, d = u = 32.
            // 4160 > d·k = 2048 -> three tiers. L = ceil(4160/32) = 130 (exactly).
            // Pods of k/2 = 32 leaves: four full pods (128 leaves, 32 aggregation switches each = 128)
            // and a last pod of 2 leaves, whose 2·32 = 64 uplinks fill 64/32 = 2 aggregation switches: A = 130.
            // Aggregation-core links V = L·u = 130·32 = 4160 (the first model had A·k/2 = 160·32 = 5120).
            // Cores C = ceil(4160/64) = 65 (the first model: 80).
            Sizing sz = size(4160, G800, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(3);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(130);
            assertThat(sz.switchesIn(TierName.AGGREGATION)).isEqualTo(130);
            assertThat(boundary(sz, "aggregation-core").links()).isEqualTo(4160);
            assertThat(sz.switchesIn(TierName.CORE)).isEqualTo(65);
            // modules (one 800G link a port): NIC 4160 + leaf-down 4160 + leaf-agg 2·4160 + agg-core 2·4160
            // = 6·4160 = 24,960 (the first model: 26,880)
            assertThat(sz.totalModules()).isEqualTo(24960);
        }

        @Test
        void twoThousandGpusAtEightHundredOnTwoTiers() {
            // 2,048 at 800G on 64x800G: k = 64, d = u = 32; 2048 <= 32·64 = 2048 -> two tiers.
            // L = 2048/32 = 64; U = 64·32 = 2048; S = 2048/64 = 32.
            // modules: NIC 2048 + leaf-down 2048 + leaf-spine 2·2048 = 8,192
            Sizing sz = size(2048, G800, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(64);
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(32);
            assertThat(sz.totalModules()).isEqualTo(8192);
        }

        @Test
        void tenThousandGpusOnAHundredFortyFourPortPlatform() {
            // 10,368 at 800G on 144x800G: k = 144, d = u = 72; 10368 <= 72·144 = 10368 -> two tiers.
            // L = 10368/72 = 144; U = 144·72 = 10368; S = 10368/144 = 72.
            // modules: 4 · 10368 = 41,472 (NIC, leaf-down, two ends of leaf-spine)
            Sizing sz = size(10368, G800, ONE_ONE, null, P144x800, P144x800);
            assertThat(sz.tiers()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(144);
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(72);
            assertThat(sz.totalModules()).isEqualTo(41472);
        }

        @Test
        void aFiveHundredTwelvePortCpoPlatformNeedsTwoTiersWhereSixtyFourPortsNeedThree() {
            // 32,768 at 800G on 512x800G CPO everywhere: k = 512, d = u = 256; 32768 <= 256·512 -> two tiers.
            // L = 32768/256 = 128; U = 128·256 = 32768; S = 32768/512 = 64.
            Sizing cpo = size(32768, G800, ONE_ONE, null, C512x800, C512x800);
            assertThat(cpo.tiers()).isEqualTo(2);
            assertThat(cpo.switchesIn(TierName.LEAF)).isEqualTo(128);
            assertThat(cpo.switchesIn(TierName.SPINE)).isEqualTo(64);
            // only the NICs take modules: 32,768; engine ports: leaf-down 32768 + both ends of leaf-spine
            // 2·32768 = 98,304
            assertThat(cpo.totalModules()).isEqualTo(32768);
            assertThat(cpo.enginePorts()).isEqualTo(98304);
            TierCount leaf = cpo.tier(TierName.LEAF).orElseThrow();
            assertThat(leaf.portsUsed()).isEqualTo(65536);   // 32768 down + 32768 up
            assertThat(leaf.enginePorts()).isEqualTo(65536);
            assertThat(leaf.modules()).isZero();
            // on 64x800G the same GPUs need three tiers (32768 > 32·64 = 2048)
            assertThat(size(32768, G800, ONE_ONE, null, P64x800, P64x800).tiersNeeded()).isEqualTo(3);
        }

        @Test
        void twoPlanesSplitEachGpuAndSizeEachPlaneOnItsOwn() {
            // 4,096 GPUs at 800G on 64x800G.
            // One plane: e = 800, k = 64, d = 32; 4096 > 2048 -> three tiers: L = 128 (four full pods,
            // A = 128), V = 128·32 = 4096, C = 64: 320 switches; modules 4096·6 = 24,576.
            Sizing one = FabricSizer.size(4096, G800, 1, ONE_ONE, null, P64x800, P64x800);
            assertThat(one.tiers()).isEqualTo(3);
            assertThat(one.totalSwitches()).isEqualTo(320);
            assertThat(one.totalModules()).isEqualTo(24576);
            // Two planes: each GPU has 400G in each; e = 400, k = 128, d = u = 64; 4096 <= 64·128 -> two
            // tiers a plane: L = 64, U = 4096, S = 32, so 96 switches a plane, 192 in all.
            Sizing two = FabricSizer.size(4096, G800, 2, ONE_ONE, null, P64x800, P64x800);
            assertThat(two.planes()).isEqualTo(2);
            assertThat(two.tiers()).isEqualTo(2);
            assertThat(two.endpointGbps()).isEqualTo(400.0);
            assertThat(two.switchesIn(TierName.LEAF)).isEqualTo(128);
            assertThat(two.switchesIn(TierName.SPINE)).isEqualTo(64);
            assertThat(two.endpoints()).isEqualTo(8192);                          // 4096 in each plane
            assertThat(boundary(two, "leaf-spine").links()).isEqualTo(8192);     // 4096 in each plane
            // modules: NIC 4096 (one 800G module a GPU, its two 400G halves to the two planes);
            // a plane: leaf-down 4096/2 = 2048, leaf-spine 2·(4096/2) = 4096 -> 6144; two planes 12,288
            assertThat(two.nicModules()).isEqualTo(4096);
            assertThat(two.totalModules()).isEqualTo(4096 + 12288);
        }

        @Test
        void threeToOneOversubscribedInThreeTiers() {
            // 4,096 at 800G on 64x800G, 3:1: k = 64, d = floor(64·3/4) = 48, u = 16; 4096 > 48·64 = 3072
            // -> three tiers. L = ceil(4096/48) = 86 (85·48 = 4080). Pods of 32 leaves: two full pods with
            // ceil(32·16/32) = 16 aggregation switches each, a last pod of 22 leaves with ceil(22·16/32) = 11:
            // A = 43. V = L·u = 86·16 = 1376; C = ceil(1376/64) = 22 (21·64 = 1344).
            Sizing sz = size(4096, G800, new Ratio(3, 1), null, P64x800, P64x800);
            assertThat(sz.tiers()).isEqualTo(3);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(86);
            assertThat(sz.switchesIn(TierName.AGGREGATION)).isEqualTo(43);
            assertThat(sz.switchesIn(TierName.CORE)).isEqualTo(22);
            // modules: NIC 4096 + leaf-down 4096 + leaf-agg 2·1376 + agg-core 2·1376 = 13,696
            assertThat(sz.totalModules()).isEqualTo(13696);
            TierCount agg = sz.tier(TierName.AGGREGATION).orElseThrow();
            assertThat(agg.linksDown()).isEqualTo(1376);
            assertThat(agg.linksUp()).isEqualTo(1376);
        }

        @Test
        void oneSixTerabitNicBreaksOutToTwoEightHundredGigabitLinks() {
            // 1,024 GPUs with 1.6T NICs on 64x800G: e = min(1600, 800) = 800, m = 2, E = 2048;
            // k = 64, d = 32; 2048 <= 32·64 -> two tiers: L = 64, U = 2048, S = 32.
            Sizing sz = size(1024, 1600.0, ONE_ONE, null, P64x800, P64x800);
            assertThat(sz.endpointsPerGpu()).isEqualTo(2);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(64);
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(32);
            // modules: NIC 1024 (one 1.6T module a GPU, 2 x 800G) + leaf-down 2048 + leaf-spine 4096 = 7,168
            assertThat(sz.nicModules()).isEqualTo(1024);
            assertThat(sz.totalModules()).isEqualTo(7168);
        }

        @Test
        void eightHundredGigabitLinksOnOneSixTerabitPorts() {
            // 8,192 GPUs at 800G on 64x1.6T: e = 800, one 1.6T port carries two 800G links, k = 128,
            // d = u = 64; 8192 <= 64·128 -> two tiers: L = 128, U = 8192, S = 64.
            Sizing sz = size(8192, G800, ONE_ONE, null, P64x1600, P64x1600);
            assertThat(sz.leafRadix()).isEqualTo(128);
            assertThat(sz.switchesIn(TierName.LEAF)).isEqualTo(128);
            assertThat(sz.switchesIn(TierName.SPINE)).isEqualTo(64);
            // modules: NIC 8192 (800G) + leaf-down 8192/2 = 4096 (1.6T, 2 x 800G) + leaf-spine 2·4096 = 20,480
            assertThat(boundary(sz, "gpu-leaf").upper().modules()).isEqualTo(4096);
            assertThat(sz.totalModules()).isEqualTo(20480);
            TierCount leaf = sz.tier(TierName.LEAF).orElseThrow();
            assertThat(leaf.portsUsed()).isEqualTo(8192);    // 4096 ports down + 4096 up
            assertThat(leaf.linksDown()).isEqualTo(8192);
            assertThat(leaf.linksUp()).isEqualTo(8192);
        }
    }
}
