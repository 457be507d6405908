package org.cpoadvisor.dsl.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties each block accepts, each with an example value: the source of
 * "unknown property" hints, of "expects …" messages, and of REPL completion.
 */
public final class Words {

    /**
     * Text from a file as a message may quote it: control characters, half surrogate pairs
     * and unassigned code points as a backslash, u and four hex digits, so that a message never carries a
     * terminal escape or something UTF-8 cannot hold.
     */
    public static String printable(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.SURROGATE) {
                sb.append(String.format("\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private Words() {
    }

    public static final Map<String, String> STATEMENTS = table(
            "architecture", "\"Acme AI Cloud\"",
            "horizon", "2025..2030",
            "currency", "USD",
            "import", "\"common/assumptions.cpo\"",
            "assumptions", "{ … }",
            "policy", "{ … }",
            "catalog", "{ … }",
            "site", "\"sh-01\" { … }");

    public static final Map<String, String> ASSUMPTIONS = withFigures(table(
            "electricity", "0.08 USD/kWh",
            "pue", "1.3",
            "lifetime", "5 years",
            "discount-rate", "8 %",
            "gpu-hour", "2.10 USD",
            "job-restart", "25 min",
            "rate", "CNY 7.10",
            "start-year", "2025",
            "cpo-adoption", "300000 USD"));

    /** The named assumptions and the model figures, each with its example (docs/language.md). */
    private static Map<String, String> withFigures(Map<String, String> named) {
        Map<String, String> m = new LinkedHashMap<>(named);
        for (org.cpoadvisor.dsl.model.ModelFigure f : org.cpoadvisor.dsl.model.ModelFigure.ALL) {
            m.put(f.name(), f.example());
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public static final Map<String, String> POLICY = table(
            "min-gpus", "4096",
            "min-modules", "10000",
            "min-link", "800G",
            "min-east-west", "60 %",
            "min-saving", "10 %",
            "max-payback", "3 years",
            "pilot-window", "2025..2026",
            "scale-window", "2027..2028",
            "require-liquid-cooling", "true",
            "pilot-switches", "32",
            "vendors", "\"NVIDIA\", \"Broadcom\"",
            "allow-family-change", "true");

    public static final Map<String, String> SITE = table(
            "region", "cn-east",
            "electricity", "0.065 USD/kWh",
            "pue", "1.22",
            "cooling", "liquid",
            "power-cap", "60 MW",
            "staff", "on-site",
            "cluster", "\"train-a\" { … }");

    public static final Map<String, String> CLUSTER = table(
            "workload", "training",
            "gpus", "16384 x B200",
            "gpus-per-node", "8",
            "nic", "800G",
            "fabric", "fat-tree tiers 2 oversubscription 1:1",
            "switch", "spectrum-4-800g",
            "optics", "dsp",
            "traffic", "east-west 85 % north-south 15 %",
            "growth", "40 % per year",
            "online", "2026",
            "plan", "cpo from 2027 tiers spine");

    public static final Map<String, String> CATALOG = table(
            "switch", "\"id\" { … }",
            "optic", "\"id\" { … }",
            "accelerator", "\"id\" { … }",
            "laser", "\"id\" { … }");

    public static final Map<String, String> SWITCH = table(
            "ports", "64 x 800G",
            "optics", "pluggable",
            "power", "750 W",
            "price", "30000 USD",
            "available", "2024",
            "cooling", "air",
            "port-fit", "10 fit",
            "laser-power", "5 W",
            "laser-fit", "200 fit",
            "laser", "elsfp-1",
            "lasers", "16",
            "repair", "20000 USD",
            "field-replaceable-lasers", "true",
            "part-number", "\"PN-12345\"",
            "family", "ethernet",
            "vendor", "\"NVIDIA\"",
            "rack-units", "2",
            "lane", "200G",
            "source", "\"where the figures come from\"");

    public static final Map<String, String> OPTIC = table(
            "speed", "800G",
            "kind", "dsp",
            "power", "15 W",
            "price", "900 USD",
            "fit", "100 fit",
            "available", "2024",
            "part-number", "\"PN-12345\"",
            "lane", "200G",
            "interface", "dr4",
            "source", "\"where the figures come from\"");

    public static final Map<String, String> ACCELERATOR = table(
            "nic", "400G",
            "gpus-per-node", "8",
            "power", "700 W",
            "nic-lane", "100G",
            "source", "\"where the figures come from\"");

    /** An external laser source, which a CPO switch names with {@code laser ID}. */
    public static final Map<String, String> LASER = table(
            "power", "4 W",
            "price", "2000 USD",
            "fit", "200 fit",
            "available", "2026",
            "part-number", "\"PN-12345\"",
            "source", "\"where the figures come from\"");

    /** The blocks, by the word users see in messages. */
    public static final Map<String, Map<String, String>> BLOCKS = blocks();

    /** In the order of the reference (a {@code Map.of} has none): a property of several blocks takes the first one's example. */
    private static Map<String, Map<String, String>> blocks() {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        m.put("the file", STATEMENTS);
        m.put("assumptions", ASSUMPTIONS);
        m.put("policy", POLICY);
        m.put("a site", SITE);
        m.put("a cluster", CLUSTER);
        m.put("catalog", CATALOG);
        m.put("a switch entry", SWITCH);
        m.put("an optic entry", OPTIC);
        m.put("an accelerator entry", ACCELERATOR);
        m.put("a laser entry", LASER);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Where a property belongs, for "`pue` belongs in a site or in assumptions". */
    public static List<String> blocksWith(String property) {
        return BLOCKS.entrySet().stream()
                .filter(e -> e.getValue().containsKey(property))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
