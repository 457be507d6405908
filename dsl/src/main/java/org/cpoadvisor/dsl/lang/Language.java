package org.cpoadvisor.dsl.lang;

import org.cpoadvisor.dsl.model.Cooling;
import org.cpoadvisor.dsl.model.Family;
import org.cpoadvisor.dsl.model.Keyword;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.cpoadvisor.dsl.model.ModuleKind;
import org.cpoadvisor.dsl.model.OpticInterface;
import org.cpoadvisor.dsl.model.OpticsKind;
import org.cpoadvisor.dsl.model.PlanIntent;
import org.cpoadvisor.dsl.model.Staff;
import org.cpoadvisor.dsl.model.SwitchOptics;
import org.cpoadvisor.dsl.model.Topology;
import org.cpoadvisor.dsl.model.Workload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.cpoadvisor.dsl.lang.Language.Block.ACCELERATOR;
import static org.cpoadvisor.dsl.lang.Language.Block.ASSUMPTIONS;
import static org.cpoadvisor.dsl.lang.Language.Block.CATALOG;
import static org.cpoadvisor.dsl.lang.Language.Block.CLUSTER;
import static org.cpoadvisor.dsl.lang.Language.Block.FILE;
import static org.cpoadvisor.dsl.lang.Language.Block.LASER;
import static org.cpoadvisor.dsl.lang.Language.Block.OPTIC;
import static org.cpoadvisor.dsl.lang.Language.Block.POLICY;
import static org.cpoadvisor.dsl.lang.Language.Block.SITE;
import static org.cpoadvisor.dsl.lang.Language.Block.SWITCH;
import static org.cpoadvisor.dsl.lang.Language.Form.BANDWIDTH;
import static org.cpoadvisor.dsl.lang.Language.Form.BLOCK;
import static org.cpoadvisor.dsl.lang.Language.Form.BOOLEAN;
import static org.cpoadvisor.dsl.lang.Language.Form.CURRENCY;
import static org.cpoadvisor.dsl.lang.Language.Form.ENERGY_PRICE;
import static org.cpoadvisor.dsl.lang.Language.Form.FIT;
import static org.cpoadvisor.dsl.lang.Language.Form.IDENT;
import static org.cpoadvisor.dsl.lang.Language.Form.LANE;
import static org.cpoadvisor.dsl.lang.Language.Form.MINUTES;
import static org.cpoadvisor.dsl.lang.Language.Form.MONEY;
import static org.cpoadvisor.dsl.lang.Language.Form.NUMBER;
import static org.cpoadvisor.dsl.lang.Language.Form.POWER;
import static org.cpoadvisor.dsl.lang.Language.Form.POWER_OF_CAPACITY;
import static org.cpoadvisor.dsl.lang.Language.Form.REF;
import static org.cpoadvisor.dsl.lang.Language.Form.SHARE;
import static org.cpoadvisor.dsl.lang.Language.Form.SPECIAL;
import static org.cpoadvisor.dsl.lang.Language.Form.TEXT;
import static org.cpoadvisor.dsl.lang.Language.Form.WHOLE;
import static org.cpoadvisor.dsl.lang.Language.Form.WORD;
import static org.cpoadvisor.dsl.lang.Language.Form.YEAR;
import static org.cpoadvisor.dsl.lang.Language.Form.YEARS;
import static org.cpoadvisor.dsl.lang.Language.Form.YEAR_RANGE;

/**
 * The {@code .cpo} language in one table: its blocks, the properties each block takes
 * (with the shape of the value, an example and what it means), its units and the words
 * inside values. The model builder, the model writer, the JSON and YAML translation, the
 * REPL's completion and highlighting, and the test that keeps docs/language.md in step all
 * read it. Adding a property is a row here, its token and alternative in the grammar, and
 * the code that gives it its meaning in the model.
 *
 * <p>The model figures of {@code assumptions} are rows of their own table, {@link ModelFigure},
 * which this one takes in after the named assumptions.
 */
public final class Language {

    /** A string as the language writes it: in double quotes, {@code "} and {@code \} escaped. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Language() {
    }

    /**
     * Whether {@code s} is written bare as an identifier: letters, digits, {@code _}, {@code -} and
     * {@code .}, starting with a letter, no two dots in a row ({@code a..b} reads as a range's {@code ..}).
     */
    public static boolean isIdentifier(String s) {
        return s.matches("[a-zA-Z][a-zA-Z0-9_.\\-]*") && !s.contains("..");
    }

    /** A block of the language, and how messages name it. */
    public enum Block {
        FILE("file", "the file"),
        ASSUMPTIONS("assumptions", "assumptions"),
        POLICY("policy", "policy"),
        SITE("site", "a site"),
        CLUSTER("cluster", "a cluster"),
        CATALOG("catalog", "catalog"),
        SWITCH("switch", "a switch entry"),
        OPTIC("optic", "an optic entry"),
        ACCELERATOR("accelerator", "an accelerator entry"),
        LASER("laser", "a laser entry");

        private final String word;
        private final String title;

        Block(String word, String title) {
            this.word = word;
            this.title = title;
        }

        /** The word that opens the block ({@code file} for the file itself). */
        public String word() {
            return word;
        }

        /** How a message names the block: {@code a switch entry}. */
        public String title() {
            return title;
        }

        /** The block a word opens, if any: {@code switch} is {@link #SWITCH}. */
        public static Optional<Block> of(String word) {
            for (Block b : values()) {
                if (b.word.equals(word)) return Optional.of(b);
            }
            return Optional.empty();
        }
    }

    /** What a value is made of; the units of a measured one are those of its {@link Dimension}. */
    public enum Form {
        /** Quoted text: {@code "Acme AI Cloud"}. */
        TEXT(null),
        /** An identifier: {@code cn-east}. */
        IDENT(null),
        /** A three-letter currency code: {@code USD}. */
        CURRENCY(null),
        /** A catalog id, bare or quoted. */
        REF(null),
        /** One of the row's words. */
        WORD(null),
        /** {@code true} or {@code false}. */
        BOOLEAN(null),
        /** A plain number. */
        NUMBER(null),
        /** A whole number. */
        WHOLE(null),
        /** A calendar year. */
        YEAR(null),
        /** {@code 2025..2030}, or one year. */
        YEAR_RANGE(null),
        BANDWIDTH(Dimension.BANDWIDTH),
        /** A lane rate: a bandwidth of 25G, 50G, 100G or 200G. */
        LANE(Dimension.BANDWIDTH),
        POWER(Dimension.POWER),
        /** A power, or an energy per bit of the entry's capacity ({@code pJ/bit}). */
        POWER_OF_CAPACITY(Dimension.POWER),
        ENERGY_PRICE(Dimension.ENERGY_PRICE),
        MONEY(Dimension.MONEY),
        SHARE(Dimension.SHARE),
        /** A duration in years. */
        YEARS(Dimension.YEARS),
        /** A duration in minutes. */
        MINUTES(Dimension.DURATION),
        /** A failure rate in FIT. */
        FIT(Dimension.FAILURE_RATE),
        /** A block: {@code { … }} or {@code "name" { … }}. */
        BLOCK(null),
        /** A value of its own shape, read by its own rule (ports, gpus, fabric, traffic, growth, plan, …). */
        SPECIAL(null);

        private final Dimension dimension;

        Form(Dimension dimension) {
            this.dimension = dimension;
        }

        /** The dimension of a measured value, {@code null} for one without a unit. */
        public Dimension dimension() {
            return dimension;
        }
    }

    /**
     * A property of a block.
     *
     * @param block   where it stands
     * @param name    its word
     * @param form    the shape of its value
     * @param example a value as written, for hints and completion
     * @param meaning what it is, in a few words
     * @param words   the enumerated words its value takes, or none
     */
    public record Property(Block block, String name, Form form, String example, String meaning, List<String> words) {
    }

    // ------------------------------------------------------------------ units

    /** What a quantity measures. */
    public enum Dimension {
        BANDWIDTH, POWER, ENERGY_PRICE, MONEY, SHARE, DURATION, YEARS, FAILURE_RATE
    }

    /**
     * A unit word.
     *
     * @param word      as written after a number
     * @param dimension what it measures
     * @param factor    its value in the model's unit (Gb/s, W, fraction, minutes, years, FIT);
     *                  for {@code pJ/bit}, the watts per Gb/s of the entry's capacity
     * @param offered   whether completion offers it ({@code year} is accepted, {@code years} offered)
     */
    public record Unit(String word, Dimension dimension, BigDecimal factor, boolean offered) {

        /** Whether the factor is per Gb/s of an entry's capacity ({@code pJ/bit}). */
        public boolean perCapacity() {
            return word.equals(PJ_PER_BIT);
        }
    }

    /** The energy per bit: accepted for the power of an entry whose capacity is known. */
    public static final String PJ_PER_BIT = "pJ/bit";

    /** What an energy price's unit adds to the currency code: {@code USD/kWh}. */
    public static final String PER_KWH = "/kWh";

    /** Every unit word, in the order messages and completion list them. Money is a currency code, not a word of this table. */
    public static final List<Unit> UNITS = List.of(
            new Unit("G", Dimension.BANDWIDTH, BigDecimal.ONE, true),
            new Unit("T", Dimension.BANDWIDTH, BigDecimal.valueOf(1000), true),
            new Unit("W", Dimension.POWER, BigDecimal.ONE, true),
            new Unit("kW", Dimension.POWER, BigDecimal.valueOf(1000), true),
            new Unit("MW", Dimension.POWER, BigDecimal.valueOf(1_000_000), true),
            // pJ/bit × Gb/s = 1e-12 J/bit × 1e9 bit/s = 1e-3 W
            new Unit(PJ_PER_BIT, Dimension.POWER, BigDecimal.ONE.movePointLeft(3), true),
            new Unit("%", Dimension.SHARE, BigDecimal.ONE.movePointLeft(2), true),
            new Unit("min", Dimension.DURATION, BigDecimal.ONE, true),
            new Unit("h", Dimension.DURATION, BigDecimal.valueOf(60), true),
            new Unit("year", Dimension.YEARS, BigDecimal.ONE, false),
            new Unit("years", Dimension.YEARS, BigDecimal.ONE, true),
            new Unit("fit", Dimension.FAILURE_RATE, BigDecimal.ONE, true));

    /** The units of a dimension, in table order. */
    public static List<Unit> units(Dimension d) {
        return UNITS.stream().filter(u -> u.dimension() == d).toList();
    }

    /** The unit a value of the dimension is written in when it is not scaled: the first offered one worth 1 ({@code years}, {@code min}, {@code fit}). */
    public static String baseUnit(Dimension d) {
        return units(d).stream().filter(u -> u.offered() && u.factor().compareTo(BigDecimal.ONE) == 0)
                .findFirst().orElseThrow().word();
    }

    // ------------------------------------------------------------------ words

    private static final List<String> BOOLEANS = List.of("true", "false");

    private static <E extends Enum<E> & Keyword> List<String> words(Class<E> type) {
        return Keyword.words(type);
    }

    /**
     * A word that stands inside a value, never as a property of its own.
     *
     * @param word  the word
     * @param owner the value it belongs to, as written, for "it is part of a value such as …"; {@code null} when none is worth naming
     */
    public record ValueWord(String word, String owner) {
    }

    /** The words inside values, in the order hints consider them. */
    public static final List<ValueWord> VALUE_WORDS = List.of(
            new ValueWord("east-west", "traffic east-west 85 % north-south 15 %"),
            new ValueWord("north-south", "traffic east-west 85 % north-south 15 %"),
            new ValueWord("tiers", "fabric fat-tree tiers 2` or `plan cpo from 2027 tiers spine"),
            new ValueWord("oversubscription", "fabric fat-tree oversubscription 1:1"),
            new ValueWord("rail-optimized", "fabric fat-tree rail-optimized"),
            new ValueWord("planes", "fabric fat-tree planes 2"),
            new ValueWord("per", "growth 40 % per year"),
            new ValueWord("from", "plan cpo from 2027"),
            new ValueWord("range", "price 30000 USD range 25000..40000"),
            new ValueWord("uniform", "electricity 0.08 USD/kWh range 0.05..0.14 uniform"),
            new ValueWord("triangular", "price 30000 USD range 25000..40000 triangular"),
            new ValueWord("moves-with", "price 30000 USD range 25000..40000 moves-with switch-prices"),
            new ValueWord("x", null));

    /** The value word named {@code word}, if any. */
    public static Optional<ValueWord> valueWord(String word) {
        return VALUE_WORDS.stream().filter(v -> v.word().equals(word)).findFirst();
    }

    // ------------------------------------------------------------------ the properties

    private static final String SOURCE_MEANING = "where the entry's figures come from; after a field, that field's own source";

    /** Every property, block by block, in the order messages list them. */
    public static final List<Property> PROPERTIES = concat(List.of(
            p(FILE, "architecture", TEXT, "\"Acme AI Cloud\"", "the name of the architecture; a root file has exactly one"),
            p(FILE, "horizon", YEAR_RANGE, "2025..2030", "the planning horizon"),
            p(FILE, "currency", CURRENCY, "USD", "the currency of every amount of the model (default USD)"),
            p(FILE, "import", TEXT, "\"common/assumptions.cpo\"", "a fragment to read, relative to this file"),
            p(FILE, "assumptions", BLOCK, "{ … }", "prices, rates and the figures of the model"),
            p(FILE, "policy", BLOCK, "{ … }", "the thresholds the rules judge by"),
            p(FILE, "catalog", BLOCK, "{ … }", "entries that extend or replace the built-in catalog"),
            p(FILE, "site", BLOCK, "\"sh-01\" { … }", "a site and its clusters"),

            p(ASSUMPTIONS, "electricity", ENERGY_PRICE, "0.08 USD/kWh", "the default energy price for every site"),
            p(ASSUMPTIONS, "pue", NUMBER, "1.3", "the default power usage effectiveness for every site"),
            p(ASSUMPTIONS, "lifetime", YEARS, "5 years", "the TCO horizon per purchase"),
            p(ASSUMPTIONS, "discount-rate", SHARE, "8 %", "the discount rate of future costs"),
            p(ASSUMPTIONS, "gpu-hour", MONEY, "2.10 USD", "what one idle GPU hour costs the business"),
            p(ASSUMPTIONS, "job-restart", MINUTES, "25 min", "the time a training job loses per interruption"),
            p(ASSUMPTIONS, "rate", SPECIAL, "CNY 7.10", "units of a currency per one unit of the file's currency"),
            p(ASSUMPTIONS, "start-year", YEAR, "2025", "the first year of the roadmap (default: the first of the horizon)"),
            p(ASSUMPTIONS, "cpo-adoption", MONEY, "300000 USD", "the one-off cost per cluster of bringing in a CPO platform")),
            figures(), List.of(

            p(POLICY, "min-gpus", WHOLE, "4096", "the fewest GPUs in a cluster for CPO to be adopted"),
            p(POLICY, "min-modules", WHOLE, "10000", "the fewest optical modules in a cluster's fabric for CPO to be adopted"),
            p(POLICY, "min-link", BANDWIDTH, "800G", "the slowest link speed for CPO to be adopted"),
            p(POLICY, "min-east-west", SHARE, "60 %", "the least east-west share of traffic for CPO to be adopted"),
            p(POLICY, "min-saving", SHARE, "10 %", "the least saving for CPO to be adopted"),
            p(POLICY, "max-payback", YEARS, "3 years", "the longest payback accepted"),
            p(POLICY, "pilot-window", YEAR_RANGE, "2025..2026", "the years a pilot may run"),
            p(POLICY, "scale-window", YEAR_RANGE, "2027..2028", "the years CPO may be scaled out"),
            p(POLICY, "require-liquid-cooling", BOOLEAN, "true", "whether CPO needs a liquid-cooled site"),
            p(POLICY, "pilot-switches", WHOLE, "32", "the most CPO switches a pilot buys"),
            p(POLICY, "vendors", SPECIAL, "\"NVIDIA\", \"Broadcom\"", "the switch vendors a CPO option may come from"),
            p(POLICY, "allow-family-change", BOOLEAN, "true", "whether to price CPO switches of the other family too"),

            p(SITE, "region", IDENT, "cn-east", "where the site is"),
            p(SITE, "electricity", ENERGY_PRICE, "0.065 USD/kWh", "the site's energy price"),
            p(SITE, "pue", NUMBER, "1.22", "the site's power usage effectiveness"),
            p(SITE, "cooling", WORD, "liquid", "how the site is cooled", words(Cooling.class)),
            p(SITE, "power-cap", POWER, "60 MW", "the most power the site may draw"),
            p(SITE, "staff", WORD, "on-site", "who services the site", words(Staff.class)),
            p(SITE, "cluster", BLOCK, "\"train-a\" { … }", "a cluster of the site"),

            p(CLUSTER, "workload", WORD, "training", "what the cluster runs", words(Workload.class)),
            p(CLUSTER, "gpus", SPECIAL, "16384 x B200", "how many GPUs, of which accelerator"),
            p(CLUSTER, "gpus-per-node", WHOLE, "8", "GPUs in a node (default: the accelerator's)"),
            p(CLUSTER, "nic", BANDWIDTH, "800G", "scale-out bandwidth per GPU (default: the accelerator's)"),
            p(CLUSTER, "fabric", SPECIAL, "fat-tree tiers 2 oversubscription 1:1", "the shape of the scale-out fabric",
                    words(Topology.class)),
            p(CLUSTER, "switch", REF, "spectrum-4-800g", "the switch of today's fabric (default: the advisor's choice)"),
            p(CLUSTER, "optics", WORD, "dsp", "the optics of today's fabric", words(OpticsKind.class)),
            p(CLUSTER, "traffic", SPECIAL, "east-west 85 % north-south 15 %", "the traffic mix"),
            p(CLUSTER, "growth", SPECIAL, "40 % per year", "how fast the cluster grows"),
            p(CLUSTER, "online", SPECIAL, "2026", "the year it comes online, or `existing`", List.of("existing")),
            p(CLUSTER, "plan", SPECIAL, "cpo from 2027 tiers spine", "the owner's intent, checked by the rules",
                    words(PlanIntent.class)),

            p(CATALOG, "switch", BLOCK, "\"id\" { … }", "a switch platform"),
            p(CATALOG, "optic", BLOCK, "\"id\" { … }", "a pluggable optical module"),
            p(CATALOG, "accelerator", BLOCK, "\"id\" { … }", "a GPU or other accelerator"),
            p(CATALOG, "laser", BLOCK, "\"id\" { … }", "an external laser source a CPO switch names"),

            p(SWITCH, "ports", SPECIAL, "64 x 800G", "how many ports, of which speed"),
            p(SWITCH, "optics", WORD, "pluggable", "pluggable modules or co-packaged optics", words(SwitchOptics.class)),
            p(SWITCH, "power", POWER_OF_CAPACITY, "750 W", "the switch's power (pluggable: without modules)"),
            p(SWITCH, "price", MONEY, "30000 USD", "the switch's price"),
            p(SWITCH, "available", YEAR, "2024", "the first year it can be bought"),
            p(SWITCH, "cooling", WORD, "air", "how the switch is cooled", List.of("air", "liquid")),
            p(SWITCH, "port-fit", FIT, "10 fit", "cpo: the optical engine's failure rate, per port used"),
            p(SWITCH, "laser-power", POWER, "5 W", "cpo: the external laser sources' power, if listed apart"),
            p(SWITCH, "laser-fit", FIT, "200 fit", "cpo: an external laser source's failure rate"),
            p(SWITCH, "laser", REF, "elsfp-1", "cpo: the laser entry of its external laser source"),
            p(SWITCH, "lasers", WHOLE, "16", "cpo: external laser sources per switch"),
            p(SWITCH, "repair", MONEY, "20000 USD", "cpo: the cost of an optical-engine failure"),
            p(SWITCH, "field-replaceable-lasers", BOOLEAN, "true", "cpo: whether a laser is swapped in the field"),
            p(SWITCH, "part-number", TEXT, "\"PN-12345\"", "the maker's part number"),
            p(SWITCH, "family", WORD, "ethernet", "the switch's protocol family", words(Family.class)),
            p(SWITCH, "vendor", TEXT, "\"NVIDIA\"", "who makes the switch"),
            p(SWITCH, "rack-units", WHOLE, "2", "the switch's height in rack units"),
            p(SWITCH, "lane", LANE, "200G", "the SerDes lane rate of its ports"),
            p(SWITCH, "source", TEXT, "\"where the figures come from\"", SOURCE_MEANING),

            p(OPTIC, "speed", BANDWIDTH, "800G", "the module's speed"),
            p(OPTIC, "kind", WORD, "dsp", "the module's kind", words(ModuleKind.class)),
            p(OPTIC, "power", POWER_OF_CAPACITY, "15 W", "the module's power"),
            p(OPTIC, "price", MONEY, "900 USD", "the module's price"),
            p(OPTIC, "fit", FIT, "100 fit", "the module's failure rate"),
            p(OPTIC, "available", YEAR, "2024", "the first year it can be bought"),
            p(OPTIC, "part-number", TEXT, "\"PN-12345\"", "the maker's part number"),
            p(OPTIC, "lane", LANE, "200G", "the rate of one optical lane"),
            p(OPTIC, "interface", WORD, "dr4", "its optical interface", words(OpticInterface.class)),
            p(OPTIC, "source", TEXT, "\"where the figures come from\"", SOURCE_MEANING),

            p(ACCELERATOR, "nic", BANDWIDTH, "400G", "its usual scale-out bandwidth per GPU"),
            p(ACCELERATOR, "gpus-per-node", WHOLE, "8", "GPUs in a node"),
            p(ACCELERATOR, "power", POWER, "700 W", "the accelerator's power"),
            p(ACCELERATOR, "nic-lane", LANE, "100G", "the lane rate of its usual NIC's port"),
            p(ACCELERATOR, "source", TEXT, "\"where the figures come from\"", SOURCE_MEANING),

            p(LASER, "power", POWER, "4 W", "one external laser source module's power"),
            p(LASER, "price", MONEY, "2000 USD", "one module's price"),
            p(LASER, "fit", FIT, "200 fit", "one module's failure rate"),
            p(LASER, "available", YEAR, "2026", "the first year it can be bought"),
            p(LASER, "part-number", TEXT, "\"PN-12345\"", "the maker's part number"),
            p(LASER, "source", TEXT, "\"where the figures come from\"", SOURCE_MEANING)));

    private static Property p(Block block, String name, Form form, String example, String meaning) {
        return p(block, name, form, example, meaning, form == BOOLEAN ? BOOLEANS : List.of());
    }

    private static Property p(Block block, String name, Form form, String example, String meaning, List<String> words) {
        return new Property(block, name, form, example, meaning, words);
    }

    /** A row per model figure ({@link ModelFigure#ALL}): they follow the named assumptions. */
    private static List<Property> figures() {
        return ModelFigure.ALL.stream().map(f -> p(ASSUMPTIONS, f.name(), formOf(f.kind()), f.example(), f.meaning())).toList();
    }

    @SafeVarargs
    private static List<Property> concat(List<Property>... parts) {
        List<Property> all = new ArrayList<>();
        for (List<Property> part : parts) all.addAll(part);
        return List.copyOf(all);
    }

    /** The form of a model figure's value. */
    public static Form formOf(ModelFigure.Kind kind) {
        return switch (kind) {
            case SHARE -> SHARE;
            case MONEY -> MONEY;
            case NUMBER -> NUMBER;
            case YEAR -> YEAR;
        };
    }

    // ------------------------------------------------------------------ ranges

    /** The word that gives a figure its range: {@code price 30000 USD range 25000..40000}. */
    public static final String RANGE = "range";

    /** The words that may follow a range's ends: its shape ({@link org.cpoadvisor.dsl.model.Range.Shape}) and its group. */
    public static final List<String> RANGE_WORDS = List.of("uniform", "triangular", "moves-with");

    /**
     * The figures that may carry a range, block by block, in table order: the prices, rates and
     * powers a sweep may vary. The builder reports a range anywhere else; hints and completion read this.
     */
    private static final Map<Block, List<String>> RANGED = ranged();

    private static Map<Block, List<String>> ranged() {
        Map<Block, List<String>> m = new LinkedHashMap<>();
        List<String> assumptions = new ArrayList<>(List.of("electricity", "pue", "discount-rate", "gpu-hour", "job-restart",
                "cpo-adoption"));
        ModelFigure.ALL.stream().filter(f -> f.kind() != ModelFigure.Kind.YEAR).forEach(f -> assumptions.add(f.name()));
        m.put(ASSUMPTIONS, List.copyOf(assumptions));
        m.put(SITE, List.of("electricity", "pue"));
        m.put(SWITCH, List.of("power", "price", "port-fit", "repair"));
        m.put(OPTIC, List.of("power", "price", "fit"));
        m.put(LASER, List.of("power", "price", "fit"));
        m.put(ACCELERATOR, List.of("power"));
        return Collections.unmodifiableMap(m);
    }

    /** The figures of a block that may carry a range, in table order; none for a block without any. */
    public static List<String> ranged(Block block) {
        return RANGED.getOrDefault(block, List.of());
    }

    /** Whether {@code name} of {@code block} may carry a range. */
    public static boolean takesRange(Block block, String name) {
        return ranged(block).contains(name);
    }

    // ------------------------------------------------------------------ reading the table

    private static final Map<Block, Map<String, Property>> BY_BLOCK = index();

    private static Map<Block, Map<String, Property>> index() {
        Map<Block, Map<String, Property>> m = new LinkedHashMap<>();
        for (Block b : Block.values()) m.put(b, new LinkedHashMap<>());
        for (Property p : PROPERTIES) m.get(p.block()).put(p.name(), p);
        m.replaceAll((b, rows) -> Collections.unmodifiableMap(rows));
        return Collections.unmodifiableMap(m);
    }

    /** The properties of a block, by name, in table order. */
    public static Map<String, Property> properties(Block block) {
        return BY_BLOCK.get(block);
    }

    /** The property {@code name} of {@code block}, if it has one. */
    public static Optional<Property> property(Block block, String name) {
        return Optional.ofNullable(BY_BLOCK.get(block).get(name));
    }

    private static final Map<Block, Map<String, String>> EXAMPLES = examples();

    private static Map<Block, Map<String, String>> examples() {
        Map<Block, Map<String, String>> all = new LinkedHashMap<>();
        BY_BLOCK.forEach((block, rows) -> {
            Map<String, String> m = new LinkedHashMap<>();
            rows.forEach((name, p) -> m.put(name, p.example()));
            all.put(block, Collections.unmodifiableMap(m));
        });
        return Collections.unmodifiableMap(all);
    }

    /** The properties of a block with their examples, in table order: what hints and completion show. */
    public static Map<String, String> examples(Block block) {
        return EXAMPLES.get(block);
    }

    /** Where a property belongs, for "`pue` belongs in a site or in assumptions": the blocks' titles, sorted. */
    public static List<String> blocksWith(String property) {
        return BY_BLOCK.entrySet().stream()
                .filter(e -> e.getValue().containsKey(property))
                .map(e -> e.getKey().title())
                .sorted()
                .toList();
    }

    /** The first row named {@code name} in table order, whatever its block. */
    public static Optional<Property> anyNamed(String name) {
        return PROPERTIES.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
