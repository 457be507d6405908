package org.cpoadvisor.dsl.parse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.model.Accelerator;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Assumptions;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.Fabric;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.Family;
import org.cpoadvisor.dsl.model.LaserSource;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.cpoadvisor.dsl.model.ModuleKind;
import org.cpoadvisor.dsl.model.OpticModule;
import org.cpoadvisor.dsl.model.OpticsKind;
import org.cpoadvisor.dsl.model.Plan;
import org.cpoadvisor.dsl.model.PlanIntent;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.model.Range;
import org.cpoadvisor.dsl.model.Ratio;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.Staff;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.Tier;
import org.cpoadvisor.dsl.model.Topology;
import org.cpoadvisor.dsl.model.Traffic;
import org.cpoadvisor.dsl.model.Workload;
import org.cpoadvisor.dsl.model.YearRange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The formatter's round trip over generated models: a model written as text reads
 * back equal; the canonical form of that text (and of the text with comments,
 * blank lines and odd spacing thrown in) reads back equal too, keeps every comment,
 * and is a fixed point of the formatter. The models carry ranges on some of their figures.
 */
class RoundTripProperties {

    private static final CpoReader READER = TestCatalog.reader();

    @Property(tries = 300)
    void writtenModelReadsBackEqual(@ForAll("architectures") Architecture model) {
        String text = ModelWriter.write(model);
        ReadResult read = READER.read(text, "generated.cpo");
        assertThat(read.hasErrors()).as(text + "\n" + DiagnosticPrinter.render(read.diagnostics())).isFalse();
        assertThat(read.architecture()).as(text).isEqualTo(model);
    }

    @Property(tries = 300)
    void formattingKeepsTheModelAndTheComments(@ForAll("architectures") Architecture model, @ForAll long seed) {
        String messy = mess(ModelWriter.write(model), new Random(seed));
        CanonicalFormatter.Result formatted = CanonicalFormatter.format(messy, "messy.cpo");
        assertThat(formatted.ok()).as(messy + formatted.diagnostics()).isTrue();

        ReadResult before = READER.read(messy, "messy.cpo");
        ReadResult after = READER.read(formatted.text(), "formatted.cpo");
        assertThat(after.hasErrors()).as(formatted.text() + DiagnosticPrinter.render(after.diagnostics())).isFalse();
        assertThat(after.architecture()).as(messy + "\n---\n" + formatted.text()).isEqualTo(before.architecture());
        assertThat(after.architecture()).isEqualTo(model);

        assertThat(comments(formatted.text())).as("comments kept, in order").isEqualTo(comments(messy));
        assertThat(CanonicalFormatter.format(formatted.text(), "again.cpo").text()).as("idempotent").isEqualTo(formatted.text());
    }

    // ------------------------------------------------------------------ layout noise

    /** Adds comments, blank lines, indentation and extra spaces that must not change the model. */
    static String mess(String text, Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String line : text.split("\n")) {
            int r = random.nextInt(10);
            if (r == 0) sb.append("// note ").append(n++).append('\n');
            if (r == 1) sb.append("\n\n");
            String indent = " ".repeat(random.nextInt(6));
            String body = line.strip();
            if (random.nextInt(6) == 0 && !body.contains("\"")) body = body.replace(" ", "   ");
            sb.append(indent).append(body);
            if (r == 2) sb.append(" // trailing ").append(n++);
            if (r == 3 && !body.endsWith("{")) sb.append(" /* block ").append(n++).append(" */");
            sb.append('\n');
        }
        return sb.toString();
    }

    private static List<String> comments(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("//[^\n]*|/\\*.*?\\*/", Pattern.DOTALL).matcher(text);
        while (m.find()) out.add(m.group().strip());
        return out;
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Architecture> architectures() {
        Arbitrary<String> name = names();
        Arbitrary<YearRange> horizon = yearRanges().injectNull(0.3);
        Arbitrary<String> currency = Arbitraries.of("USD", "EUR", "CNY");
        Arbitrary<List<CatalogEntry>> catalog = catalogEntries().list().ofMaxSize(4)
                .uniqueElements(e -> e.kind() + "/" + e.id());
        Arbitrary<List<Site>> sites = sites().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Site::name);
        return Combinators.combine(name, horizon, currency, assumptions(), policies(), catalog, sites, Arbitraries.longs())
                .as((n, h, c, a, p, cat, s, rangeSeed) -> {
                    Assumptions withRate = a;
                    if (!c.equals("USD")) {
                        Map<String, Double> rates = new TreeMap<>(a.rates());
                        rates.put("USD", 1.08);
                        withRate = new Assumptions(a.electricityPrice(), a.pue(), a.lifetimeYears(), a.discountRate(),
                                a.gpuHourCost(), a.jobRestartMinutes(), rates, a.startYear(), a.cpoAdoption(), a.figures());
                    }
                    Architecture model = new Architecture(n, h, c, withRate, p, lasersThatExist(cat), s);
                    return model.withRanges(ranges(model, new Random(rangeSeed)));
                });
    }

    /**
     * Ranges around some of the figures that take one, as a file could write them: the figure's value
     * within, the ends at most four decimals (in model units) apart from it, any shape and group.
     */
    static Map<FigureRef, Range> ranges(Architecture a, Random random) {
        Map<FigureRef, Double> values = new LinkedHashMap<>();
        Assumptions as = a.assumptions();
        values.put(FigureRef.assumption("electricity"), as.electricityPrice());
        values.put(FigureRef.assumption("pue"), as.pue());
        values.put(FigureRef.assumption("discount-rate"), as.discountRate());
        values.put(FigureRef.assumption("gpu-hour"), as.gpuHourCost());
        values.put(FigureRef.assumption("job-restart"), as.jobRestartMinutes());
        values.put(FigureRef.assumption("cpo-adoption"), as.cpoAdoption());
        for (ModelFigure f : ModelFigure.ALL) {
            if (f.kind() != ModelFigure.Kind.YEAR) values.put(FigureRef.assumption(f.name()), as.figure(f.name()));
        }
        for (Site site : a.sites()) {
            values.put(FigureRef.site(site.name(), "electricity"), site.electricityPrice());
            values.put(FigureRef.site(site.name(), "pue"), site.pue());
        }
        for (CatalogEntry e : a.catalog()) {
            if (e instanceof SwitchPlatform sw) {
                values.put(FigureRef.catalog("switch", e.id(), "power"), sw.powerW());
                values.put(FigureRef.catalog("switch", e.id(), "price"), sw.price());
                values.put(FigureRef.catalog("switch", e.id(), "port-fit"), sw.portFit());
                values.put(FigureRef.catalog("switch", e.id(), "repair"), sw.repairCost());
            } else if (e instanceof OpticModule o) {
                values.put(FigureRef.catalog("optic", e.id(), "power"), o.powerW());
                values.put(FigureRef.catalog("optic", e.id(), "price"), o.price());
                values.put(FigureRef.catalog("optic", e.id(), "fit"), o.fit());
            } else if (e instanceof LaserSource l) {
                values.put(FigureRef.catalog("laser", e.id(), "power"), l.powerW());
                values.put(FigureRef.catalog("laser", e.id(), "price"), l.price());
                values.put(FigureRef.catalog("laser", e.id(), "fit"), l.fit());
            } else if (e instanceof Accelerator acc) {
                values.put(FigureRef.catalog("accelerator", e.id(), "power"), acc.powerW());
            }
        }
        Map<FigureRef, Range> ranges = new LinkedHashMap<>();
        values.forEach((ref, v) -> {
            if (v == null || random.nextInt(3) != 0) return;
            double below = new double[] {0, 0.1, 0.5}[random.nextInt(3)];
            double above = new double[] {0.1, 0.2, 1}[random.nextInt(3)];
            BigDecimal value = BigDecimal.valueOf(v);
            BigDecimal low = value.multiply(BigDecimal.valueOf(1 - below)).setScale(4, java.math.RoundingMode.FLOOR);
            BigDecimal high = value.add(value.multiply(BigDecimal.valueOf(above)).max(new BigDecimal("0.01")))
                    .setScale(4, java.math.RoundingMode.CEILING);
            // within what the figure can be (CPO204): a PUE from 1, a share to 100 %, a model figure's limits
            double[] bounds = RangeBounds.bounds(ref, ref.field().equals("discount-rate") ? "%" : null);
            low = low.max(BigDecimal.valueOf(bounds[0]));
            if (Double.isFinite(bounds[1])) high = high.min(BigDecimal.valueOf(bounds[1]));
            if (low.compareTo(high) >= 0) return;
            Range.Shape shape = random.nextBoolean() ? Range.Shape.TRIANGULAR : Range.Shape.UNIFORM;
            String group = new String[] {null, "prices", "g.1", "uniform"}[random.nextInt(4)];
            ranges.put(ref, new Range(low.doubleValue(), high.doubleValue(), shape, group));
        });
        return ranges;
    }

    /** The test catalog's laser source: what a generated switch names when the file defines none. */
    static final String TEST_LASER = "elsfp-test";

    /**
     * A switch's {@code laser} must name a laser entry (else CPO203): a generated switch
     * that names one takes one of the file's own laser entries, or the test catalog's.
     */
    private static List<CatalogEntry> lasersThatExist(List<CatalogEntry> catalog) {
        List<String> lasers = catalog.stream().filter(e -> e instanceof LaserSource).map(CatalogEntry::id).toList();
        List<CatalogEntry> out = new ArrayList<>();
        for (CatalogEntry e : catalog) {
            if (e instanceof SwitchPlatform s && s.laser() != null) {
                int pick = Math.floorMod(s.id().hashCode(), lasers.size() + 1);
                String laser = pick < lasers.size() ? lasers.get(pick) : TEST_LASER;
                e = new SwitchPlatform(s.id(), s.ports(), s.portGbps(), s.optics(), s.powerW(), s.price(), s.available(),
                        s.cooling(), s.portFit(), s.laserPowerW(), s.laserFit(), s.lasers(), s.repairCost(),
                        s.fieldReplaceableLasers(), laser, s.partNumber(), s.family(), s.vendor(), s.source(), s.sources());
            }
            out.add(e);
        }
        return out;
    }

    static Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcXYZ -_.09\"\\é中").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<String> ids() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                Arbitraries.strings().withChars("abcdefgh0123456789-._").ofMaxLength(10)).as(String::concat)
                // two dots in a row end an identifier: `a..b` reads as a range's `..`
                .filter(s -> !s.contains(".."));
    }

    /** A decimal with at most {@code scale} fraction digits in [min, max]: exactly what text can say. */
    static Arbitrary<Double> decimal(double min, double max, int scale) {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).ofScale(scale)
                .map(BigDecimal::doubleValue);
    }

    static Arbitrary<Double> fraction() {
        return Arbitraries.integers().between(0, 100).map(p -> BigDecimal.valueOf(p).movePointLeft(2).doubleValue());
    }

    static Arbitrary<Double> bandwidth() {
        return Arbitraries.of(100.0, 200.0, 400.0, 800.0, 1600.0, 3200.0, 51200.0, 12.5);
    }

    static Arbitrary<Integer> years() {
        return Arbitraries.integers().between(2020, 2035);
    }

    static Arbitrary<YearRange> yearRanges() {
        return Combinators.combine(years(), Arbitraries.integers().between(0, 6)).as((a, d) -> new YearRange(a, a + d));
    }

    Arbitrary<Assumptions> assumptions() {
        Arbitrary<Map<String, Double>> rates = Arbitraries.maps(Arbitraries.of("CNY", "JPY", "GBP"), decimal(0.01, 200, 2))
                .ofMaxSize(2).map(TreeMap::new);
        Arbitrary<Assumptions> named = Combinators.combine(decimal(0.001, 2, 3).injectNull(0.3), decimal(1.0, 3.0, 2).injectNull(0.3),
                        Arbitraries.integers().between(1, 30).map(Integer::doubleValue).injectNull(0.3),
                        fraction().injectNull(0.3), decimal(0, 50, 2).injectNull(0.3), decimal(1, 600, 1).injectNull(0.3),
                        rates, years().injectNull(0.5))
                .as((e, p, l, d, g, j, r, y) -> new Assumptions(e, p, l, d, g, j, r, y, g == null ? null : BigDecimal.valueOf(g).movePointRight(3).doubleValue()));
        return Combinators.combine(named, figures())
                .as((a, f) -> new Assumptions(a.electricityPrice(), a.pue(), a.lifetimeYears(), a.discountRate(), a.gpuHourCost(),
                        a.jobRestartMinutes(), a.rates(), a.startYear(), a.cpoAdoption(), f));
    }

    /**
     * Model figures, from the table ({@link ModelFigure#ALL}): each row set or not, with a value
     * of its kind anywhere in its range, written in the file's currency (money needs no rate).
     */
    static Arbitrary<Map<String, Double>> figures() {
        List<Arbitrary<Tuple.Tuple2<String, Double>>> rows = ModelFigure.ALL.stream()
                .map(f -> figureValue(f).map(v -> Tuple.of(f.name(), v)).injectNull(0.5))
                .toList();
        return Combinators.combine(rows).as(set -> {
            Map<String, Double> m = new TreeMap<>();
            for (Tuple.Tuple2<String, Double> t : set) {
                if (t != null) m.put(t.get1(), t.get2());
            }
            return m;
        });
    }

    /** A value a row accepts that text can say exactly: a share in tenths of a percent, money in cents, a whole year. */
    static Arbitrary<Double> figureValue(ModelFigure f) {
        BigDecimal min = BigDecimal.valueOf(f.min());
        BigDecimal max = BigDecimal.valueOf(f.max());
        return switch (f.kind()) {
            case SHARE -> Arbitraries.bigDecimals().between(min.movePointRight(2), max.movePointRight(2)).ofScale(1)
                    .map(p -> p.movePointLeft(2).doubleValue());
            case YEAR -> Arbitraries.integers().between((int) Math.ceil(f.min()), (int) Math.floor(f.max())).map(Integer::doubleValue);
            case MONEY -> decimal(f.min(), f.max(), 2);
            case NUMBER -> decimal(f.min(), f.max(), 3);
        };
    }

    Arbitrary<Policy> policies() {
        return Combinators.combine(Arbitraries.integers().between(1, 100_000).injectNull(0.3), bandwidth().injectNull(0.3),
                        fraction().injectNull(0.3), fraction().injectNull(0.3),
                        decimal(0.5, 10, 1).injectNull(0.3), yearRanges().injectNull(0.3), yearRanges().injectNull(0.3),
                        Combinators.combine(Arbitraries.of(true, false).injectNull(0.3),
                                Arbitraries.integers().between(1, 10_000).injectNull(0.3),
                                names().list().ofMinSize(1).ofMaxSize(3).uniqueElements().injectNull(0.4),
                                Arbitraries.integers().between(0, 1_000_000).injectNull(0.4)).as(Tuple::of))
                .as((g, l, ew, s, pb, pw, sw, rest) -> {
                    // a pilot window that starts after the scale window is a diagnosed contradiction
                    if (pw != null && sw != null && pw.from() > sw.from()) {
                        YearRange t = pw;
                        pw = sw;
                        sw = t;
                    }
                    return new Policy(g, l, ew, s, pb, pw, sw, rest.get1(), rest.get2(), rest.get3(), rest.get4());
                });
    }

    Arbitrary<CatalogEntry> catalogEntries() {
        Arbitrary<Map<String, String>> sources = Arbitraries.maps(
                        Arbitraries.of("power", "price", "part-number", "family", "vendor"), names())
                .ofMaxSize(4).map(TreeMap::new);
        Arbitrary<CatalogEntry> switches = Combinators.combine(
                        Combinators.combine(ids(), Arbitraries.integers().between(1, 512), bandwidth(),
                                Arbitraries.of(SwitchOptics.class), decimal(1, 20000, 1).injectNull(0.3),
                                decimal(0, 500000, 2).injectNull(0.3), years().injectNull(0.3),
                                Arbitraries.of(Cooling.class).injectNull(0.3)).as(Tuple::of),
                        Combinators.combine(decimal(0, 500, 1).injectNull(0.5), decimal(0, 50, 1).injectNull(0.5),
                                Arbitraries.integers().between(0, 64).injectNull(0.5), decimal(0, 90000, 0).injectNull(0.5),
                                Arbitraries.of(true, false).injectNull(0.5), names().injectNull(0.5), sources).as(Tuple::of),
                        // the laser id is a placeholder, made to name an existing entry by lasersThatExist
                        Combinators.combine(Arbitraries.just(TEST_LASER).injectNull(0.5), names().injectNull(0.5),
                                Arbitraries.of(Family.class).injectNull(0.4), names().injectNull(0.4)).as(Tuple::of))
                .as((a, b, c) -> new SwitchPlatform(a.get1(), a.get2(), a.get3(), a.get4(), a.get5(), a.get6(), a.get7(),
                        a.get8(), b.get1(), b.get2(), b.get1() == null ? null : b.get1() * 2, b.get3(), b.get4(), b.get5(),
                        c.get1(), c.get2(), c.get3(), c.get4(), b.get6(), present(b.get7(), Map.of("power", a.get5() != null,
                                "price", a.get6() != null, "part-number", c.get2() != null, "family", c.get3() != null,
                                "vendor", c.get4() != null))));
        Arbitrary<CatalogEntry> optics = Combinators.combine(ids(), bandwidth(), Arbitraries.of(ModuleKind.class),
                        decimal(0.5, 40, 1).injectNull(0.3), decimal(0, 5000, 2).injectNull(0.3),
                        decimal(0, 1000, 0).injectNull(0.3), years().injectNull(0.3),
                        Combinators.combine(names().injectNull(0.5), names().injectNull(0.5)).as(Tuple::of))
                .as((id, speed, kind, power, price, fit, year, partAndSource) ->
                        new OpticModule(id, speed, kind, power, price, fit, year, partAndSource.get1(), partAndSource.get2(), Map.of()));
        Arbitrary<CatalogEntry> lasers = Combinators.combine(ids(), decimal(0.1, 50, 1).injectNull(0.3),
                        decimal(0, 10000, 2).injectNull(0.3), decimal(0, 1000, 0).injectNull(0.3), years().injectNull(0.3),
                        names().injectNull(0.5), names().injectNull(0.5), sources)
                .as((id, power, price, fit, year, part, source, src) -> new LaserSource(id, power, price, fit, year, part, source,
                        present(src, Map.of("power", power != null, "price", price != null, "part-number", part != null))));
        Arbitrary<CatalogEntry> accelerators = Combinators.combine(ids(), bandwidth().injectNull(0.3),
                        Arbitraries.integers().between(1, 72).injectNull(0.3), decimal(100, 3000, 0).injectNull(0.3),
                        names().injectNull(0.5), sources)
                .as((id, nic, perNode, power, source, src) -> new Accelerator(id, nic, perNode, power, source,
                        present(src, Map.of("power", power != null, "price", false))));
        return Arbitraries.oneOf(switches, optics, accelerators, lasers);
    }

    /** Field sources only for fields that are there: a source of a missing field is not written. */
    private static Map<String, String> present(Map<String, String> sources, Map<String, Boolean> there) {
        Map<String, String> out = new TreeMap<>(sources);
        out.keySet().removeIf(k -> !there.getOrDefault(k, false));
        return out;
    }

    Arbitrary<Site> sites() {
        Arbitrary<List<Cluster>> clusters = clusters().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Cluster::name);
        return Combinators.combine(names(), ids().injectNull(0.3), decimal(0.001, 2, 3).injectNull(0.3),
                        decimal(1.0, 3.0, 2).injectNull(0.3), Arbitraries.of(Cooling.class).injectNull(0.3),
                        decimal(1, 500, 1).map(mw -> BigDecimal.valueOf(mw).movePointRight(6).doubleValue()).injectNull(0.3),
                        Arbitraries.of(Staff.class).injectNull(0.3), clusters)
                .as(Site::new);
    }

    Arbitrary<Cluster> clusters() {
        Arbitrary<Fabric> fabric = Combinators.combine(Arbitraries.integers().between(1, 3).injectNull(0.4),
                        Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 4))
                                .as(Ratio::new).injectNull(0.4), Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 8).injectNull(0.5))
                .as((tiers, ratio, rail, planes) -> new Fabric(Topology.FAT_TREE, tiers, ratio, rail, planes));
        Arbitrary<Traffic> traffic = Arbitraries.integers().between(0, 100)
                .map(p -> new Traffic(BigDecimal.valueOf(p).movePointLeft(2).doubleValue(),
                        BigDecimal.valueOf(100 - p).movePointLeft(2).doubleValue()));
        Arbitrary<Plan> plan = Arbitraries.oneOf(
                Arbitraries.just(new Plan(PlanIntent.PLUGGABLE, null, List.of())),
                Combinators.combine(years().injectNull(0.3), Arbitraries.subsetOf(Tier.values()))
                        .as((y, tiers) -> new Plan(PlanIntent.CPO, y, tiers.stream().sorted().toList())));
        Arbitrary<Tuple.Tuple2<String, Double>> acceleratorAndNic = Combinators.combine(
                Arbitraries.of("H100", "B200", "L40S", "GB200"), Arbitraries.of(100.0, 200.0, 400.0, 800.0).injectNull(0.3))
                .as(Tuple::of);
        return Combinators.combine(
                        Combinators.combine(names(), Arbitraries.of(Workload.class).injectNull(0.3),
                                Arbitraries.integers().between(1, 200_000).map(n -> n * 8), acceleratorAndNic,
                                Arbitraries.of(8).injectNull(0.5), fabric.injectNull(0.3),
                                Arbitraries.of("spectrum-4-800g", "quantum-2-400g").injectNull(0.3)).as(Tuple::of),
                        Combinators.combine(Arbitraries.of(OpticsKind.class).injectNull(0.3), traffic.injectNull(0.3),
                                decimal(0, 2, 2).injectNull(0.3), years().injectNull(0.3), plan.injectNull(0.3)).as(Tuple::of))
                .as((a, b) -> new Cluster(a.get1(), a.get2(), a.get3(), a.get4().get1(), a.get5(), a.get4().get2(), a.get6(),
                        a.get7(), b.get1(), b.get2(), b.get3(), b.get4(), b.get5()));
    }
}
