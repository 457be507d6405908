package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Suggest;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.Fabric;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.OpticsKind;
import org.cpoadvisor.dsl.model.Plan;
import org.cpoadvisor.dsl.model.PlanIntent;
import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.Staff;
import org.cpoadvisor.dsl.model.Tier;
import org.cpoadvisor.dsl.model.Topology;
import org.cpoadvisor.dsl.model.Traffic;
import org.cpoadvisor.dsl.model.Workload;
import org.cpoadvisor.dsl.parse.CpoParser.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@code site} and its clusters: each property checked where it stands, names unique where they must be. */
final class SiteBuilder {

    /** No real estate comes near ten million GPUs in one cluster. */
    static final int MAX_GPUS = 10_000_000;
    /** Parallel planes of one fabric: real multi-plane designs use 2, 4 or 8. */
    static final int MAX_PLANES = 8;

    private final ValueReader values;
    private final Leftovers leftovers;
    private final ReadContext context;

    SiteBuilder(ValueReader values, Leftovers leftovers) {
        this.values = values;
        this.leftovers = leftovers;
        this.context = values.context;
    }

    Site site(SiteContext s) {
        String name = values.name(s.name);
        if (name == null) return null;
        SourceLocation previous = context.siteNames.get(name);
        if (previous != null) {
            values.report(Code.CPO202, "site `" + name + "` is defined twice", s.name,
                    "first defined at " + previous + "; site names are unique in an architecture");
            return null;
        }
        context.siteNames.put(name, values.at(s.name));
        context.sources.put(values.at(s.name), "site", name);
        String region = null;
        Double electricity = null, pue = null, powerCap = null;
        Cooling cooling = null;
        Staff staff = null;
        List<Cluster> clusters = new ArrayList<>();
        int clusterBlocks = 0;
        int unknownBlocks = 0;
        Map<String, SourceLocation> clusterNames = new HashMap<>();
        Map<String, Token> seen = new HashMap<>();
        List<SiteItemContext> items = s.siteItem();
        Set<ParserRuleContext> skipped = leftovers.foldStrays(items, i -> i instanceof OtherSitePropertyContext o ? o.otherProperty() : null);
        for (SiteItemContext item : items) {
            if (skipped.contains(item)) continue;
            if (item instanceof ClusterItemContext c) {
                clusterBlocks++;
                Cluster cluster = cluster(c.cluster(), name, clusterNames);
                if (cluster != null) clusters.add(cluster);
                continue;
            }
            if (item instanceof OtherSitePropertyContext o) {
                leftovers.other(o.otherProperty(), Block.SITE);
                if (o.otherProperty().skippedBlock() != null) unknownBlocks++;
                continue;
            }
            String key = item.start.getText();
            if (!values.once(seen, key, item.start, "site `" + name + "`")) continue;
            context.sources.put(values.at(item), "site", name, key);
            if (item instanceof RegionPropertyContext r) {
                region = r.value.getText();
            } else if (item instanceof SiteElectricityPropertyContext e) {
                electricity = values.energyPrice(e.quantity(), key);
                values.range(e.quantity(), electricity, FigureRef.site(name, key));
            } else if (item instanceof SitePuePropertyContext p) {
                pue = values.plain(p.quantity(), key, 1.0, 3.0);
                values.range(p.quantity(), pue, FigureRef.site(name, key));
            } else if (item instanceof SiteCoolingPropertyContext c) {
                cooling = values.word(Cooling.class, c.value, key);
            } else if (item instanceof PowerCapPropertyContext p) {
                powerCap = values.power(p.quantity(), key, null);
            } else if (item instanceof StaffPropertyContext st) {
                staff = values.word(Staff.class, st.value, key);
            }
        }
        if (clusterBlocks == 0 && unknownBlocks == 0) {
            values.report(Code.CPO210, "site `" + name + "` has no cluster", s.name,
                    "add `cluster \"name\" { gpus 1024 x H100 }`");
        }
        return new Site(name, region, electricity, pue, cooling, powerCap, staff, clusters);
    }

    private Cluster cluster(ClusterContext c, String site, Map<String, SourceLocation> names) {
        String name = values.name(c.name);
        if (name == null) return null;
        SourceLocation previous = names.get(name);
        if (previous != null) {
            values.report(Code.CPO202, "cluster `" + name + "` is defined twice in site `" + site + "`", c.name,
                    "first defined at line " + previous.line() + "; cluster names are unique in their site");
            return null;
        }
        names.put(name, values.at(c.name));
        context.sources.put(values.at(c.name), "site", site, name);
        Workload workload = null;
        Integer gpus = null, perNode = null, online = null;
        String accelerator = null, switchId = null;
        Double nic = null, growth = null;
        Fabric fabric = null;
        OpticsKind optics = null;
        Traffic traffic = null;
        Plan plan = null;
        Map<String, Token> seen = new HashMap<>();
        List<ClusterPropertyContext> items = c.clusterProperty();
        Set<ParserRuleContext> skipped = leftovers.foldStrays(items, i -> i instanceof OtherClusterPropertyContext o ? o.otherProperty() : null);
        for (ClusterPropertyContext p : items) {
            if (skipped.contains(p)) continue;
            if (p instanceof OtherClusterPropertyContext o) {
                String bad = leftovers.other(o.otherProperty(), Block.CLUSTER);
                if (bad != null) seen.putIfAbsent(bad, o.start);
                continue;
            }
            String key = p.start.getText();
            if (!values.once(seen, key, p.start, "cluster `" + site + "." + name + "`")) continue;
            context.sources.put(values.at(p), "site", site, name, key);
            if (p instanceof WorkloadPropertyContext w) {
                workload = values.word(Workload.class, w.value, key);
            } else if (p instanceof GpusPropertyContext g) {
                gpus = values.integer(g.count, key, 1, MAX_GPUS);
                accelerator = values.ref(g.model);
                context.sources.put(values.at(g.model), "site", site, name, "accelerator");
            } else if (p instanceof GpusPerNodePropertyContext g) {
                perNode = values.integer(g.NUMBER().getSymbol(), key, 1, 1024);
            } else if (p instanceof NicPropertyContext n) {
                nic = values.bandwidth(n.quantity(), key);
            } else if (p instanceof FabricPropertyContext f) {
                fabric = fabric(f);
            } else if (p instanceof SwitchPropertyContext s) {
                switchId = values.ref(s.ref());
                context.sources.put(values.at(s.ref()), "site", site, name, "switch");
            } else if (p instanceof ClusterOpticsPropertyContext o) {
                optics = values.word(OpticsKind.class, o.value, key);
            } else if (p instanceof TrafficPropertyContext t) {
                traffic = traffic(t);
            } else if (p instanceof GrowthPropertyContext g) {
                growth = values.share(g.quantity(), key, 10.0);
                String period = g.period.getText();
                if (!period.equals("year")) {
                    values.report(Code.CPO208, "growth is given per year, not per `" + period + "`", g.period.start, "write `per year`");
                }
            } else if (p instanceof OnlinePropertyContext o) {
                if (o.year != null) {
                    online = values.year(o.year, key);
                } else if (!o.value.getText().equals("existing")) {
                    values.report(Code.CPO208, "`online` takes a year or `existing`, not `" + o.value.getText() + "`", o.value.start,
                            Suggest.didYouMean(o.value.getText(), List.of("existing")));
                }
            } else if (p instanceof PlanPropertyContext pl) {
                plan = plan(pl);
            }
        }
        if (gpus == null && !seen.containsKey("gpus")) {
            values.report(Code.CPO210, "cluster `" + site + "." + name + "` needs `gpus`", c.name,
                    "add `gpus 1024 x H100`: how many GPUs, of which accelerator");
        }
        return new Cluster(name, workload, gpus == null ? 0 : gpus, accelerator, perNode, nic, fabric, switchId, optics,
                traffic, growth, online, plan);
    }

    private Fabric fabric(FabricPropertyContext f) {
        Topology topology = Topology.FAT_TREE;
        Integer tiers = null;
        Ratio ratio = null;
        Integer planes = null;
        boolean rail = false;
        Map<String, Token> seen = new HashMap<>();
        if (f.topology != null && f.topology.start.getType() == CpoLexer.RAIL_OPTIMIZED) {
            // `fabric rail-optimized planes 2`: the topology may be left out, and the grammar's
            // optional topology takes the first word when that parses too; it is the option
            rail = true;
            seen.put("rail-optimized", f.topology.start);
        } else if (f.topology != null) {
            Topology t = values.word(Topology.class, f.topology, "fabric");
            if (t != null) topology = t;
        }
        for (FabricOptionContext o : f.fabricOption()) {
            if (!values.once(seen, o.start.getText(), o.start, "this fabric")) continue;
            if (o instanceof TiersOptionContext t) {
                tiers = values.integer(t.NUMBER().getSymbol(), "tiers", 1, 3);
            } else if (o instanceof OversubscriptionOptionContext r) {
                Integer a = values.integer(r.ratio().a, "oversubscription", 1, 100);
                Integer b = values.integer(r.ratio().b, "oversubscription", 1, 100);
                if (a != null && b != null) ratio = new Ratio(a, b);
            } else if (o instanceof PlanesOptionContext p) {
                planes = values.integer(p.NUMBER().getSymbol(), "planes", 1, MAX_PLANES,
                        "a fabric is built as 1 to " + MAX_PLANES + " parallel planes; leave `planes` out for one");
            } else {
                rail = true;
            }
        }
        return new Fabric(topology, tiers, ratio, rail, planes);
    }

    private Traffic traffic(TrafficPropertyContext t) {
        Double ew = null, ns = null;
        for (TrafficShareContext s : t.trafficShare()) {
            boolean east = s.direction.getType() == CpoLexer.EAST_WEST;
            if ((east && ew != null) || (!east && ns != null)) {
                values.report(Code.CPO209, "`" + s.direction.getText() + "` is given twice in this traffic mix", s.direction, null);
                continue;
            }
            Double v = values.share(s.quantity(), s.direction.getText());
            if (v == null) return null;
            if (east) ew = v; else ns = v;
        }
        if (ew == null && ns == null) return null;
        if (ew == null) ew = BigDecimal.ONE.subtract(BigDecimal.valueOf(ns)).doubleValue();
        if (ns == null) ns = BigDecimal.ONE.subtract(BigDecimal.valueOf(ew)).doubleValue();
        BigDecimal sum = BigDecimal.valueOf(ew).add(BigDecimal.valueOf(ns));
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            values.report(Code.CPO205, "traffic shares add up to " + ValueReader.percent(sum) + ", not 100 %", t.start,
                    "east-west and north-south are the two halves of one mix: make them add up to 100 %");
            return null;
        }
        return new Traffic(ew, ns);
    }

    private Plan plan(PlanPropertyContext p) {
        PlanIntent intent = values.word(PlanIntent.class, p.intent, "plan");
        if (intent == null) return null;
        Integer from = p.year == null ? null : values.year(p.year, "plan");
        List<Tier> tiers = new ArrayList<>();
        for (IdentContext t : p.ident().subList(1, p.ident().size())) {
            Tier tier = values.word(Tier.class, t, "tiers");
            if (tier == null) continue;
            if (tiers.contains(tier)) {
                values.report(Code.CPO209, "tier `" + tier.word() + "` is listed twice", t.start, null);
                continue;
            }
            tiers.add(tier);
        }
        if (intent == PlanIntent.PLUGGABLE && (p.year != null || !tiers.isEmpty())) {
            values.report(Code.CPO213, "`plan pluggable` takes no year and no tiers", p.intent.start,
                    "write `plan pluggable`, or `plan cpo from 2027 tiers spine`");
            return new Plan(intent, null, List.of());
        }
        tiers.sort(null);
        return new Plan(intent, from, tiers);
    }
}
