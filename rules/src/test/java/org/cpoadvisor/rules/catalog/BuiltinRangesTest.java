package org.cpoadvisor.rules.catalog;

import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.Range;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.Workload;
import org.cpoadvisor.rules.model.Defaults;
import org.cpoadvisor.rules.model.Figure;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy of issue 16 for the figures we ship: every built-in figure the model reads that is
 * an assumption carries a range that holds its value (docs/catalog.md, "Ranges"), and so does
 * every built-in default that is an assumption, but for the user's own policy and the few
 * figures that are choices, not estimates.
 */
class BuiltinRangesTest {

    /** Defaults that are assumptions but no uncertain estimates: choices of the model or the user's policy. */
    private static final Set<String> EXEMPT_DEFAULTS = Set.of(
            "lifetime", "price-year", "largest-job", "pilot-switches", "pilot-share",
            "min-gpus", "min-modules", "min-link", "min-east-west", "min-saving", "max-payback");

    /** The groups the catalog's header note 8 and docs/catalog.md name; a new group is named there first. */
    private static final Set<String> GROUPS = Set.of(
            "switch-prices", "cpo-prices", "module-prices", "laser-prices", "switch-power", "laser-power",
            "module-fit", "cpo-fit", "cpo-repair");

    private final Catalog catalog = BuiltinCatalog.get();

    @Test
    void everyAssumedCatalogFigureTheModelReadsHasARange() {
        List<String> missing = new ArrayList<>();
        for (CatalogEntry e : catalog.entries()) {
            for (Map.Entry<String, Double> f : modelFigures(e).entrySet()) {
                String source = e.sourceOf(f.getKey());
                boolean assumed = source != null && source.toLowerCase(java.util.Locale.ROOT).contains("assumption");
                if (assumed && catalog.rangeOf(e.kind(), e.id(), f.getKey()).isEmpty()) {
                    missing.add(e.kind() + " " + e.id() + " " + f.getKey());
                }
            }
        }
        assertThat(missing).as("assumed catalog figures without a range").isEmpty();
    }

    @Test
    void everyCatalogRangeHoldsItsFigure() {
        assertThat(catalog.ranges()).as("the catalog's ranges").isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<FigureRef, Range> r : catalog.ranges().entrySet()) {
            FigureRef ref = r.getKey();
            CatalogEntry e = catalog.find(ref.scope().word(), ref.owner()).orElseThrow();
            Double value = modelFigures(e).get(ref.field());
            Range range = r.getValue();
            if (value == null) {
                wrong.add(ref.label() + ": a range of a figure the model does not read or the entry does not give");
            } else if (!(range.low() < value && value < range.high())) {
                wrong.add(ref.label() + ": " + value + " not strictly within " + range.low() + ".." + range.high());
            }
            if (range.group() != null && !GROUPS.contains(range.group())) {
                wrong.add(ref.label() + ": moves with an undocumented group " + range.group());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void figuresOfOneGroupAreOfOneKindAndField() {
        Map<String, Set<String>> fieldsByGroup = new LinkedHashMap<>();
        catalog.ranges().forEach((ref, range) -> {
            if (range.group() != null) {
                fieldsByGroup.computeIfAbsent(range.group(), g -> new java.util.TreeSet<>())
                        .add(ref.scope().word() + " " + ref.field());
            }
        });
        fieldsByGroup.forEach((group, fields) -> {
            if (!group.equals("cpo-fit")) {
                assertThat(fields).as("the figures of " + group).hasSize(1);
            } else {
                // a CPO port's failure rate, split between its engine and its laser share
                assertThat(fields).as("the figures of " + group).containsExactlyInAnyOrder("switch port-fit", "laser fit");
            }
        });
    }

    @Test
    void everyAssumedDefaultHasARangeThatHoldsIt() {
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Figure f : defaults()) {
            if (f.range() != null && !(f.range().low() < f.value() && f.value() < f.range().high())) {
                wrong.add(f.name() + ": " + f.value() + " not strictly within " + f.range().low() + ".." + f.range().high());
            }
            if (f.range() != null && !f.source().contains("range ")) {
                wrong.add(f.name() + ": the source does not give the range's evidence");
            }
            if (f.isAssumption() && !EXEMPT_DEFAULTS.contains(f.name()) && f.range() == null) {
                missing.add(f.name() + " (" + f.value() + ")");
            }
        }
        assertThat(missing).as("assumed defaults without a range").isEmpty();
        assertThat(wrong).isEmpty();
    }

    @Test
    void theRangedDefaultsTheModelSweepsAreThere() {
        List<String> ranged = defaults().stream().filter(f -> f.range() != null).map(Figure::name).distinct().toList();
        assertThat(ranged).contains("electricity", "discount-rate", "gpu-hour", "job-restart", "cpo-adoption", "fibre",
                "laser-swap", "laser-spares", "module-spares", "support", "rack-unit", "link-flaps", "cpo-flap-share",
                "fabric-stop-share", "optics-price-decline", "cpo-price-decline", "pue", "east-west");
        assertThat(ranged).doesNotContainAnyElementsOf(EXEMPT_DEFAULTS);
    }

    /** Every default figure: the constants of {@link Defaults}, PUE by cooling and east-west by workload. */
    private static List<Figure> defaults() {
        List<Figure> all = new ArrayList<>();
        for (Field field : Defaults.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Figure.class) {
                try {
                    all.add((Figure) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        for (Cooling c : Cooling.values()) all.add(Defaults.pue(c));
        for (Workload w : Workload.values()) all.add(Defaults.eastWest(w));
        return all;
    }

    /** The figures of an entry the model reads, by field keyword (those the entry gives). */
    private static Map<String, Double> modelFigures(CatalogEntry e) {
        Map<String, Double> figures = new LinkedHashMap<>();
        if (e instanceof SwitchPlatform s) {
            put(figures, "power", s.powerW());
            put(figures, "price", s.price());
            put(figures, "port-fit", s.portFit());
            put(figures, "repair", s.repairCost());
        } else if (e instanceof OpticModule o) {
            put(figures, "power", o.powerW());
            put(figures, "price", o.price());
            put(figures, "fit", o.fit());
        } else if (e instanceof LaserSource l) {
            put(figures, "power", l.powerW());
            put(figures, "price", l.price());
            put(figures, "fit", l.fit());
        } else if (e instanceof Accelerator a) {
            put(figures, "power", a.powerW());
        }
        return figures;
    }

    private static void put(Map<String, Double> figures, String field, Number value) {
        if (value != null) figures.put(field, value.doubleValue());
    }
}
