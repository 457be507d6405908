package org.cpoadvisor.dsl.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.Family;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.ModuleKind;
import org.cpoadvisor.dsl.model.OpticInterface;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.parse.CpoParser.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@code catalog} block: switch, optic, laser and accelerator entries, each field checked as its row says. */
final class CatalogBuilder {

    private final ValueReader values;
    private final Leftovers leftovers;
    private final ReadContext context;
    /** Known properties whose value was malformed (and reported): not to be reported missing too. */
    private final Set<String> malformed = new HashSet<>();

    CatalogBuilder(ValueReader values, Leftovers leftovers) {
        this.values = values;
        this.leftovers = leftovers;
        this.context = values.context;
    }

    void catalog(CatalogBlockContext block, List<CatalogEntry> out) {
        List<CatalogItemContext> items = block.catalogItem();
        Set<ParserRuleContext> skipped = leftovers.foldStrays(items, c -> c instanceof OtherCatalogItemContext o ? o.otherProperty() : null);
        for (CatalogItemContext item : items) {
            if (skipped.contains(item)) continue;
            if (item instanceof OtherCatalogItemContext o) {
                leftovers.other(o.otherProperty(), Block.CATALOG);
                continue;
            }
            CatalogEntryContext e = (CatalogEntryContext) item;
            String kind = e.kind.getText();
            String id = values.name(e.id);
            if (id == null) continue;
            String key = kind + "\u001f" + id;
            SourceLocation previous = context.catalogIdsInFile.get(key);
            if (previous != null) {
                values.report(Code.CPO202, "the catalog defines " + kind + " `" + id + "` twice", e.id,
                        "first defined at line " + previous.line() + "; give each entry its own id");
                continue;
            }
            context.catalogIdsInFile.put(key, values.at(e.id));
            context.sources.put(values.at(e.id), "catalog", kind, id);
            CatalogEntry entry = switch (kind) {
                case "switch" -> switchEntry(e, id);
                case "optic" -> opticEntry(e, id);
                case "laser" -> laserEntry(e, id);
                default -> acceleratorEntry(e, id);
            };
            if (entry != null) {
                out.add(entry);
            } else {
                // an entry that could not be built takes its ranges with it
                FigureRef.Scope scope = FigureRef.Scope.ofKind(kind);
                values.ranges.keySet().removeIf(r -> r.scope() == scope && r.owner().equals(id));
            }
        }
    }

    /** Fields of one entry, checked against what its kind accepts; returns them by keyword. */
    private Map<String, CatalogValueContext> fields(CatalogEntryContext e, String id, Block block, Map<String, String> sources) {
        Map<String, String> accepted = Language.examples(block);
        String blockWord = block.title();
        Map<String, CatalogValueContext> fields = new LinkedHashMap<>();
        Map<String, Token> seen = new HashMap<>();
        List<CatalogFieldContext> items = e.catalogField();
        Set<ParserRuleContext> skipped = leftovers.foldStrays(items, f -> f.catalogValue() instanceof OtherFieldContext o ? o.otherProperty() : null);
        for (CatalogFieldContext f : items) {
            if (skipped.contains(f)) continue;
            CatalogValueContext v = f.catalogValue();
            if (v instanceof OtherFieldContext o) {
                String malformed = leftovers.other(o.otherProperty(), block);
                if (malformed != null) {
                    seen.putIfAbsent(malformed, o.start);
                    this.malformed.add(malformed);
                }
                continue;
            }
            String key = v.start.getText();
            if (!accepted.containsKey(key)) {
                values.report(Code.CPO201, "`" + key + "` is not a field of " + blockWord, v.start,
                        "fields of " + blockWord + ": " + String.join(", ", accepted.keySet()));
                continue;
            }
            if (!values.once(seen, key, v.start, blockWord)) continue;
            fields.put(key, v);
            context.sources.put(values.at(v), "catalog", e.kind.getText(), id, key);
            if (f.source != null) {
                String text = values.name(f.source);
                if (text != null) sources.put(key, text);
            }
        }
        return fields;
    }

    private boolean require(Map<String, CatalogValueContext> fields, String field, CatalogEntryContext e, String what) {
        if (malformed.remove(field)) {
            return false; // reported where it stands
        }
        if (!fields.containsKey(field)) {
            values.report(Code.CPO210, what + " `" + values.name(e.id) + "` needs `" + field + "`", e.id,
                    "add `" + field + " " + Language.examples(e.kind.getType() == CpoLexer.SWITCH ? Block.SWITCH : Block.OPTIC).get(field) + "`");
            return false;
        }
        return true;
    }

    private SwitchPlatform switchEntry(CatalogEntryContext e, String id) {
        Map<String, String> sources = new HashMap<>();
        Map<String, CatalogValueContext> f = fields(e, id, Block.SWITCH, sources);
        boolean ok = require(f, "ports", e, "switch");
        ok &= require(f, "optics", e, "switch");
        Integer ports = null;
        Double portGbps = null;
        if (f.get("ports") instanceof PortsFieldContext p) {
            ports = values.integer(p.count, "ports", 1, 4096);
            portGbps = values.bandwidth(p.speed, "ports");
        }
        SwitchOptics optics = f.get("optics") instanceof OpticsFieldContext o ? values.word(SwitchOptics.class, o.value, "optics") : null;
        Double capacity = ports != null && portGbps != null ? ports * portGbps : null;
        Double power = f.get("power") instanceof PowerFieldContext p ? values.power(p.quantity(), "power", capacity) : null;
        range(f, "power", power, "switch", id, capacity);
        Double price = f.get("price") instanceof PriceFieldContext p ? values.money(p.quantity(), "price", 0, 1e9) : null;
        range(f, "price", price, "switch", id, null);
        Integer available = f.get("available") instanceof AvailableFieldContext a ? values.year(a.NUMBER().getSymbol(), "available") : null;
        Cooling cooling = f.get("cooling") instanceof CoolingFieldContext c ? values.word(Cooling.class, c.value, "cooling") : null;
        Double portFit = f.get("port-fit") instanceof PortFitFieldContext p ? values.fit(p.quantity(), "port-fit") : null;
        range(f, "port-fit", portFit, "switch", id, null);
        Double laserPower = f.get("laser-power") instanceof LaserPowerFieldContext p ? values.power(p.quantity(), "laser-power", null) : null;
        Double laserFit = f.get("laser-fit") instanceof LaserFitFieldContext p ? values.fit(p.quantity(), "laser-fit") : null;
        Integer lasers = f.get("lasers") instanceof LasersFieldContext l ? values.integer(l.NUMBER().getSymbol(), "lasers", 0, 4096) : null;
        Double repair = f.get("repair") instanceof RepairFieldContext r ? values.money(r.quantity(), "repair", 0, 1e9) : null;
        range(f, "repair", repair, "switch", id, null);
        Boolean replaceable = f.get("field-replaceable-lasers") instanceof FieldReplaceableLasersFieldContext r ? values.bool(r.value, "field-replaceable-lasers") : null;
        String laser = null;
        if (f.get("laser") instanceof LaserFieldContext l) {
            laser = values.ref(l.ref());
            // a diagnostic about the id (the validator's: no such laser entry) points at the id
            context.sources.put(values.at(l.ref()), "catalog", "switch", id, "laser");
        }
        String partNumber = partNumber(f);
        Family family = f.get("family") instanceof FamilyFieldContext fa ? values.word(Family.class, fa.value, "family") : null;
        String vendor = f.get("vendor") instanceof VendorFieldContext v ? values.name(v.value) : null;
        Integer rackUnits = f.get("rack-units") instanceof RackUnitsFieldContext r
                ? values.integer(r.NUMBER().getSymbol(), "rack-units", 1, 60) : null;
        Double lane = f.get("lane") instanceof LaneFieldContext l ? values.lane(l.quantity(), "lane", portGbps) : null;
        if (optics == SwitchOptics.PLUGGABLE) {
            for (String cpoOnly : List.of("port-fit", "laser-power", "laser-fit", "laser", "lasers", "repair", "field-replaceable-lasers")) {
                if (f.containsKey(cpoOnly)) {
                    context.diagnostics.add(Diagnostic.of(Code.CPO213, "`" + cpoOnly + "` describes co-packaged optics, but switch `"
                                    + id + "` is pluggable: it is ignored", values.at(f.get(cpoOnly)))
                            .withSeverity(Severity.WARNING)
                            .withHint("remove it, or write `optics cpo`"));
                }
            }
        }
        if (!ok || ports == null || portGbps == null || optics == null) {
            return null;
        }
        return new SwitchPlatform(id, ports, portGbps, optics, power, price, available, cooling, portFit, laserPower,
                laserFit, lasers, repair, replaceable, laser, partNumber, family, vendor, rackUnits, lane,
                e.source == null ? null : values.name(e.source), sources);
    }

    private OpticModule opticEntry(CatalogEntryContext e, String id) {
        Map<String, String> sources = new HashMap<>();
        Map<String, CatalogValueContext> f = fields(e, id, Block.OPTIC, sources);
        boolean ok = require(f, "speed", e, "optic");
        ok &= require(f, "kind", e, "optic");
        Double speed = f.get("speed") instanceof SpeedFieldContext s ? values.bandwidth(s.quantity(), "speed") : null;
        ModuleKind kind = f.get("kind") instanceof KindFieldContext k ? values.word(ModuleKind.class, k.value, "kind") : null;
        Double power = f.get("power") instanceof PowerFieldContext p ? values.power(p.quantity(), "power", speed) : null;
        range(f, "power", power, "optic", id, speed);
        Double price = f.get("price") instanceof PriceFieldContext p ? values.money(p.quantity(), "price", 0, 1e9) : null;
        range(f, "price", price, "optic", id, null);
        Double fit = f.get("fit") instanceof FitFieldContext p ? values.fit(p.quantity(), "fit") : null;
        range(f, "fit", fit, "optic", id, null);
        Integer available = f.get("available") instanceof AvailableFieldContext a ? values.year(a.NUMBER().getSymbol(), "available") : null;
        String partNumber = partNumber(f);
        Double lane = f.get("lane") instanceof LaneFieldContext l ? values.lane(l.quantity(), "lane", speed) : null;
        OpticInterface iface = f.get("interface") instanceof InterfaceFieldContext i
                ? values.word(OpticInterface.class, i.value, "interface") : null;
        if (!ok || speed == null || kind == null) {
            return null;
        }
        return new OpticModule(id, speed, kind, power, price, fit, available, partNumber, lane, iface,
                e.source == null ? null : values.name(e.source), sources);
    }

    private LaserSource laserEntry(CatalogEntryContext e, String id) {
        Map<String, String> sources = new HashMap<>();
        Map<String, CatalogValueContext> f = fields(e, id, Block.LASER, sources);
        Double power = f.get("power") instanceof PowerFieldContext p ? values.power(p.quantity(), "power", null) : null;
        range(f, "power", power, "laser", id, null);
        Double price = f.get("price") instanceof PriceFieldContext p ? values.money(p.quantity(), "price", 0, 1e9) : null;
        range(f, "price", price, "laser", id, null);
        Double fit = f.get("fit") instanceof FitFieldContext p ? values.fit(p.quantity(), "fit") : null;
        range(f, "fit", fit, "laser", id, null);
        Integer available = f.get("available") instanceof AvailableFieldContext a ? values.year(a.NUMBER().getSymbol(), "available") : null;
        String partNumber = partNumber(f);
        return new LaserSource(id, power, price, fit, available, partNumber, e.source == null ? null : values.name(e.source), sources);
    }

    /** The range of a field's value, if it carries one: {@code price 30000 USD range 25000..40000}. */
    private void range(Map<String, CatalogValueContext> fields, String field, Double value, String kind, String id, Double capacityGbps) {
        CatalogValueContext v = fields.get(field);
        QuantityContext q = v == null ? null : v.getRuleContext(QuantityContext.class, 0);
        values.range(q, value, FigureRef.catalog(kind, id, field), capacityGbps);
    }

    /** The maker's part number: any text but an empty one (a quoted string, so that `960-12345 A1` fits). */
    private String partNumber(Map<String, CatalogValueContext> fields) {
        return fields.get("part-number") instanceof PartNumberFieldContext p ? values.name(p.value) : null;
    }

    private Accelerator acceleratorEntry(CatalogEntryContext e, String id) {
        Map<String, String> sources = new HashMap<>();
        Map<String, CatalogValueContext> f = fields(e, id, Block.ACCELERATOR, sources);
        Double nic = f.get("nic") instanceof NicFieldContext n ? values.bandwidth(n.quantity(), "nic") : null;
        Integer perNode = f.get("gpus-per-node") instanceof GpusPerNodeFieldContext g ? values.integer(g.NUMBER().getSymbol(), "gpus-per-node", 1, 1024) : null;
        Double power = f.get("power") instanceof PowerFieldContext p ? values.power(p.quantity(), "power", null) : null;
        range(f, "power", power, "accelerator", id, null);
        Double nicLane = f.get("nic-lane") instanceof NicLaneFieldContext l ? values.lane(l.quantity(), "nic-lane", nic) : null;
        return new Accelerator(id, nic, perNode, power, nicLane, e.source == null ? null : values.name(e.source), sources);
    }
}
