package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.report.Renderers;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.lang.Language.Dimension;
import org.cpoadvisor.dsl.lang.Language.Form;
import org.cpoadvisor.dsl.lang.Language.Property;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.model.Keyword;
import org.cpoadvisor.dsl.model.ModelFigure;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.model.SwitchPlatform;
import org.cpoadvisor.dsl.model.Tier;
import org.cpoadvisor.dsl.parse.ModelWriter;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tab completion: commands; paths for {@code set}, {@code unset} and {@code show}
 * ({@code site.cluster.property}, {@code policy.*}, {@code assumptions.*},
 * {@code catalog.KIND.ID.FIELD}); sites, clusters, stages, formats and finding ids
 * for the other commands; inside a typed block, the block's properties; and for a
 * property's value, its words, catalog ids and units.
 */
final class CpoCompleter implements Completer {

    private final Supplier<Architecture> model;
    private final Supplier<Advice> advice;
    private final Catalog catalog;
    private final Completer files = new Completers.FileNameCompleter();

    CpoCompleter(Session session) {
        this.model = session::architecture;
        this.advice = session::adviceIfReady;
        this.catalog = session.catalog();
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        try {
            candidates(reader, line, candidates);
        } catch (RuntimeException e) {
            // completion is a help: a failure offers nothing rather than ending the session
        }
    }

    private void candidates(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line.line().substring(0, Math.min(line.cursor(), line.line().length()));
        String word = line.word() == null ? "" : line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        List<String> stack = blocks(before);
        String current = before.substring(before.lastIndexOf('\n') + 1);
        int brace = Math.max(current.lastIndexOf('{'), current.lastIndexOf('}'));
        String statement = brace >= 0 ? current.substring(brace + 1) : current;
        String head = statement.endsWith(word) ? statement.substring(0, statement.length() - word.length()) : statement;
        List<String> prior = Words.words(head);
        if (!stack.isEmpty()) {
            String block = stack.get(stack.size() - 1);
            if (prior.isEmpty()) {
                properties(block, candidates);
            } else {
                values(block, prior.get(0), prior.subList(1, prior.size()), word, candidates);
            }
            return;
        }
        if (prior.isEmpty()) {
            for (Map.Entry<String, String[]> e : HelpCommand.COMMANDS.entrySet()) {
                candidates.add(new Candidate(e.getKey(), e.getKey(), "commands", e.getValue()[1], null, null, true));
            }
            for (String b : Session.BLOCKS) {
                candidates.add(new Candidate(b, b, "blocks", "type a " + b + " block", null, null, true));
            }
            return;
        }
        commandArguments(reader, line, prior, word, candidates);
    }

    private void commandArguments(LineReader reader, ParsedLine line, List<String> prior, String word, List<Candidate> candidates) {
        String command = prior.get(0);
        int arg = prior.size() - 1;
        Architecture a = model.get();
        switch (command) {
            case "set" -> {
                if (arg == 0) {
                    paths(word, a, false, candidates);
                } else {
                    ModelPath.Resolved r = ModelPath.resolve(prior.get(1), a, catalog);
                    if (r.path() != null && r.path().property() != null) {
                        String prop = r.path().property().split(" ")[0];
                        List<String> valueWords = prior.subList(2, prior.size());
                        if (r.path().scope().equals("assumptions") && r.path().property().startsWith("rate ")) {
                            valueWords = new ArrayList<>(valueWords);
                            valueWords.add(0, r.path().property().substring(5));
                        }
                        values(r.path().block(), prop, valueWords, word, candidates);
                    }
                }
            }
            case "unset" -> {
                if (arg == 0) paths(word, a, true, candidates);
            }
            case "show" -> {
                if (arg == 0) {
                    places(a, true, candidates);
                    for (String b : List.of("policy", "assumptions", "catalog")) {
                        candidates.add(new Candidate(b, b, null, null, null, null, true));
                    }
                }
            }
            case "advise", "roadmap" -> {
                if (arg == 0) places(a, false, candidates);
            }
            case "breakeven", "break-even" -> {
                if (arg == 0) clusters(a, candidates);
            }
            case "explain" -> {
                if (arg == 0) {
                    clusters(a, candidates);
                    Advice advised = advice.get();
                    if (advised != null) {
                        advised.findings().stream().map(Advice.FindingAdvice::id).distinct()
                                .forEach(id -> candidates.add(new Candidate(id, id, "findings", null, null, null, true)));
                    }
                }
            }
            case "bom" -> {
                if (arg == 0) {
                    Session.STAGES.forEach(s -> candidates.add(new Candidate(s, s, "stages", null, null, null, true)));
                    places(a, false, candidates);
                }
            }
            case "help" -> {
                if (arg == 0) HelpCommand.COMMANDS.keySet().forEach(c -> candidates.add(new Candidate(c)));
            }
            case "load" -> {
                if (arg == 0 && reader != null) files.complete(reader, line, candidates);
            }
            case "save" -> {
                candidates.add(new Candidate("--force", "--force", null, "overwrite the loaded file", null, null, true));
                if (reader != null) files.complete(reader, line, candidates);
            }
            case "export" -> {
                long given = prior.stream().skip(1).filter(w -> !w.startsWith("-")).count();
                if (given == 0) {
                    Renderers.names().forEach(f -> candidates.add(new Candidate(f, f, "formats", null, null, null, true)));
                    candidates.add(new Candidate("--force", "--force", null, "overwrite the loaded file", null, null, true));
                } else if (reader != null) {
                    files.complete(reader, line, candidates);
                }
            }
            default -> {
                // a property typed on its own line (`gpus 8 x B`): complete its value as in a block
                String block = guessBlock(command);
                if (block != null) values(block, command, prior.subList(1, prior.size()), word, candidates);
            }
        }
    }

    /** The innermost blocks open before the cursor, outermost first: {@code site}, {@code cluster}, … */
    static List<String> blocks(String text) {
        List<Lexer.Token> tokens = Lexer.significant(text);
        List<String> stack = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Lexer.Token t = tokens.get(i);
            if (t.is("{")) {
                String kind = "unknown";
                int k = i - 1;
                if (k >= 0 && tokens.get(k).kind() == Lexer.Kind.STRING) k--;
                if (k >= 0 && tokens.get(k).kind() == Lexer.Kind.WORD) kind = tokens.get(k).text();
                stack.add(kind);
            } else if (t.is("}") && !stack.isEmpty()) {
                stack.remove(stack.size() - 1);
            }
        }
        return stack;
    }

    /** The blocks a property typed on its own line is looked up in, in this order. */
    private static final List<Block> GUESSED = List.of(Block.CLUSTER, Block.SITE, Block.POLICY, Block.ASSUMPTIONS,
            Block.SWITCH, Block.OPTIC, Block.LASER);

    private static String guessBlock(String property) {
        return GUESSED.stream().filter(b -> Language.properties(b).containsKey(property)).findFirst().map(Block::word).orElse(null);
    }

    /** The properties of a typed block, by the word that opened it; none for the file or an unknown word. */
    private static Map<String, String> examples(String block) {
        return Block.of(block).filter(b -> b != Block.FILE).map(Language::examples).orElse(Map.of());
    }

    private static void properties(String block, List<Candidate> candidates) {
        examples(block).forEach((k, example) -> candidates.add(new Candidate(k, k, block, "e.g. " + k + " " + example, null, null, true)));
    }

    // ------------------------------------------------------------------ paths

    private static void add(List<Candidate> out, String value, String display, String descr, boolean complete) {
        out.add(new Candidate(value, display, null, descr, null, null, complete));
    }

    /** {@code set}/{@code unset} paths, one level at a time: what follows the deepest name already typed. */
    void paths(String word, Architecture a, boolean unset, List<Candidate> out) {
        for (String block : List.of("policy", "assumptions")) {
            if (word.startsWith(block + ".")) {
                examples(block).forEach((k, ex) -> add(out, block + "." + k, k, "e.g. " + ex, true));
                return;
            }
        }
        if (word.startsWith("catalog.")) {
            catalogPaths(word.substring(8), a, out);
            return;
        }
        if (a != null) {
            Site site = a.sites().stream().filter(s -> word.startsWith(ModelPath.name(s.name()) + "."))
                    .max(Comparator.comparingInt(s -> s.name().length())).orElse(null);
            if (site != null) {
                String sp = ModelPath.name(site.name()) + ".";
                String rest = word.substring(sp.length());
                Cluster cluster = site.clusters().stream().filter(c -> rest.startsWith(ModelPath.name(c.name()) + "."))
                        .max(Comparator.comparingInt(c -> c.name().length())).orElse(null);
                if (cluster != null) {
                    String cp = sp + ModelPath.name(cluster.name()) + ".";
                    Language.examples(Block.CLUSTER).forEach((k, ex) -> add(out, cp + k, k, "e.g. " + ex, true));
                    add(out, cp + "accelerator", "accelerator", "e.g. B200 (keeps the GPU count)", true);
                    return;
                }
                Language.examples(Block.SITE).forEach((k, ex) -> {
                    if (!k.equals("cluster")) add(out, sp + k, k, "e.g. " + ex, true);
                });
                for (Cluster c : site.clusters()) {
                    String cp = sp + ModelPath.name(c.name());
                    add(out, cp + ".", ModelPath.name(c.name()) + ".", "cluster", false);
                    if (unset) add(out, cp, ModelPath.name(c.name()), "the whole cluster", true);
                }
                return;
            }
        }
        add(out, "policy.", "policy.", "the thresholds", false);
        add(out, "assumptions.", "assumptions.", "prices and rates", false);
        add(out, "catalog.", "catalog.", "switch, optic and accelerator entries", false);
        for (String top : List.of("horizon", "currency")) {
            add(out, top, top, null, true);
        }
        if (!unset) add(out, "architecture", "architecture", "the name", true);
        if (unset) {
            for (String b : List.of("policy", "assumptions", "catalog")) add(out, b, b, "the whole block", true);
        }
        if (a != null) {
            for (Site s : a.sites()) {
                add(out, ModelPath.name(s.name()) + ".", ModelPath.name(s.name()) + ".", "site", false);
                if (unset) add(out, ModelPath.name(s.name()), ModelPath.name(s.name()), "the whole site", true);
            }
        }
    }

    private void catalogPaths(String rest, Architecture a, List<Candidate> out) {
        for (String kind : ModelPath.KINDS) {
            if (rest.startsWith(kind + ".")) {
                String idPart = rest.substring(kind.length() + 1);
                String prefix = "catalog." + kind + ".";
                for (String id : ModelPath.ids(kind, a, catalog)) {
                    String name = ModelPath.name(id);
                    if (idPart.startsWith(name + ".")) {
                        examples(kind).forEach((k, ex) -> {
                            if (!k.equals("source")) add(out, prefix + name + "." + k, k, "e.g. " + ex, true);
                        });
                        return;
                    }
                }
                for (String id : ModelPath.ids(kind, a, catalog)) {
                    add(out, prefix + ModelPath.name(id) + ".", ModelPath.name(id) + ".", kind, false);
                }
                return;
            }
        }
        for (String kind : ModelPath.KINDS) {
            add(out, "catalog." + kind + ".", kind + ".", null, false);
        }
    }

    private static void places(Architecture a, boolean withClusters, List<Candidate> out) {
        if (a == null) return;
        for (Site s : a.sites()) {
            add(out, ModelPath.name(s.name()), ModelPath.name(s.name()), "site", true);
        }
        if (withClusters) clusters(a, out);
    }

    private static void clusters(Architecture a, List<Candidate> out) {
        if (a == null) return;
        for (Site s : a.sites()) {
            for (Cluster c : s.clusters()) {
                String p = ModelPath.name(s.name()) + "." + ModelPath.name(c.name());
                add(out, p, p, "cluster", true);
            }
        }
    }

    // ------------------------------------------------------------------ values

    private static void words(List<Candidate> out, String... words) {
        words(out, List.of(words));
    }

    private static void words(List<Candidate> out, List<String> words) {
        for (String w : words) out.add(new Candidate(w, w, null, null, null, null, true));
    }

    /**
     * The row of {@code property} in {@code block}, or else (a property typed in another block, or in
     * a block the completer does not know) its first row in the table; a model figure only in {@code assumptions}.
     */
    private static Property row(String block, String property) {
        Optional<Property> own = Block.of(block).flatMap(b -> Language.property(b, property));
        if (own.isPresent()) return own.get();
        if (ModelFigure.named(property).isPresent()) return null;
        return Language.anyNamed(property).orElse(null);
    }

    private void ids(String kind, List<Candidate> out) {
        for (String id : ModelPath.ids(kind, model.get(), catalog)) {
            String v = EditCommands.ref(id);
            out.add(new Candidate(v, v, kind + "s", null, null, null, true));
        }
    }

    /** Switch vendors often named, offered after those the catalogs name. */
    static final List<String> KNOWN_VENDORS = List.of("NVIDIA", "Broadcom", "Cisco", "Arista", "Marvell");

    /**
     * Vendor names, quoted: those of the switch entries of the architecture's and the built-in
     * catalog, then the well-known ones; a name already in {@code given} is not offered again.
     */
    private void vendors(List<String> given, List<Candidate> out) {
        Set<String> names = new LinkedHashSet<>();
        Architecture a = model.get();
        List<CatalogEntry> entries = new ArrayList<>(a == null ? List.of() : a.catalog());
        entries.addAll(catalog.entries());
        for (CatalogEntry e : entries) {
            if (e instanceof SwitchPlatform s && s.vendor() != null) names.add(s.vendor());
        }
        names.addAll(KNOWN_VENDORS);
        for (String name : names) {
            String v = ModelWriter.quote(name);
            if (given.stream().anyMatch(g -> g.equals(v) || g.equals(v + ","))) continue;
            out.add(new Candidate(v, v, "vendors", null, null, null, true));
        }
    }

    /** Candidates for the next word of a property's value, after {@code valueWords}. */
    void values(String block, String property, List<String> valueWords, String word, List<Candidate> out) {
        int pos = valueWords.size();
        String last = pos == 0 ? null : valueWords.get(pos - 1);
        boolean afterNumber = last != null && isNumber(last);
        Property row = row(block, property);
        switch (property) {
            case "gpus" -> {
                if (pos == 1) words(out, "x");
                else if (pos == 2) ids("accelerator", out);
                return;
            }
            case "accelerator" -> {
                ids("accelerator", out);
                return;
            }
            case "switch" -> {
                if (pos == 0) ids("switch", out);
                return;
            }
            case "laser" -> {
                // a switch's external laser source: the id of a laser entry (at the catalog's level,
                // `laser` opens a new entry, whose id is the user's to choose)
                if (pos == 0 && block.equals("switch")) ids("laser", out);
                return;
            }
            case "family" -> {
                if (pos == 0 && block.equals("switch")) words(out, row.words());
                return;
            }
            case "vendor" -> {
                if (pos == 0 && block.equals("switch")) vendors(List.of(), out);
                return;
            }
            case "vendors" -> {
                // one or more quoted names, comma-separated: a name first and after each comma
                if (block.equals("policy") && (pos == 0 || last.endsWith(","))) vendors(valueWords, out);
                return;
            }
            case "currency" -> {
                if (pos == 0) words(out, "USD", "EUR", "CNY", "GBP", "JPY");
                return;
            }
            case "rate" -> {
                if (pos == 0) words(out, "CNY", "EUR", "USD", "GBP", "JPY");
                return;
            }
            case "plan" -> {
                if (pos == 0) words(out, row.words());
                else if ("tiers".equals(last) || (last != null && last.endsWith(","))) words(out, Keyword.words(Tier.class));
                else if ("cpo".equals(valueWords.get(0))) words(out, "from", "tiers");
                return;
            }
            case "fabric" -> {
                if (pos == 0) words(out, row.words());
                else if (!"tiers".equals(last) && !"oversubscription".equals(last) && !"planes".equals(last)) {
                    words(out, "tiers", "oversubscription", "planes", "rail-optimized");
                }
                return;
            }
            case "traffic" -> {
                if (pos == 0 || (last != null && last.endsWith("%"))) words(out, "east-west", "north-south");
                else units(List.of("%"), word, afterNumber, out);
                return;
            }
            case "growth" -> {
                if (afterNumber || (pos == 0 && isNumber(word))) units(List.of("%"), word, afterNumber, out);
                else if (last != null && last.endsWith("%")) words(out, "per");
                else if ("per".equals(last)) words(out, "year");
                return;
            }
            case "ports" -> {
                if (pos == 1) words(out, "x");
                else if (pos >= 2) units(units(Dimension.BANDWIDTH), word, afterNumber, out);
                return;
            }
            default -> {
                if (row != null && !row.words().isEmpty()) {
                    if (pos == 0) words(out, row.words());
                    return;
                }
                List<String> units = units(block, row);
                if (range(block, property, valueWords, word, units, out)) return;
                if (!units.isEmpty()) units(units, word, afterNumber, out);
            }
        }
    }

    /**
     * The words of a range, for a figure that takes one ({@link Language#takesRange}): {@code range}
     * once its value is written ({@code 0.08 USD/kWh}, {@code 1.3}), then after the range's two ends
     * its shape and {@code moves-with}. Returns whether the value has reached its range, so that no
     * unit is offered there.
     */
    private static boolean range(String block, String property, List<String> valueWords, String word, List<String> units,
                                 List<Candidate> out) {
        Block b = Block.of(block).orElse(null);
        if (b == null || !Language.takesRange(b, property) || isNumber(word)) return false;
        int at = valueWords.indexOf(Language.RANGE);
        if (at < 0) {
            if (valueComplete(valueWords, units)) {
                out.add(new Candidate(Language.RANGE, Language.RANGE, null, "how far it may lie, e.g. range 0.05..0.14", null, null, true));
                return true;
            }
            return false;
        }
        List<String> after = valueWords.subList(at + 1, valueWords.size());
        String ends = String.join(" ", after);
        int dots = ends.indexOf("..");
        boolean bothEnds = dots >= 0 && ends.substring(dots + 2).matches("\\s*[0-9].*");
        if (!bothEnds || after.contains("moves-with")) return true;
        if (after.contains("uniform") || after.contains("triangular")) {
            words(out, "moves-with");
        } else {
            words(out, Language.RANGE_WORDS);
        }
        return true;
    }

    /** Whether a value is written whole: a number, and its unit where its form has units ({@code 1.3}, {@code 8 %}, {@code 40%}). */
    private static boolean valueComplete(List<String> valueWords, List<String> units) {
        if (valueWords.isEmpty()) return false;
        String first = valueWords.get(0);
        if (units.isEmpty()) return valueWords.size() == 1 && isNumber(first);
        if (valueWords.size() == 2) return isNumber(first) && units.contains(valueWords.get(1));
        return valueWords.size() == 1 && units.stream()
                .anyMatch(u -> first.endsWith(u) && isNumber(first.substring(0, first.length() - u.length())));
    }

    /**
     * The units completion offers after a number of the row's form: a model figure's as its kind
     * says, money in the architecture's currency, {@code pJ/bit} only in the entry whose capacity it needs.
     */
    private List<String> units(String block, Property row) {
        if (row == null || row.form().dimension() == null) return List.of();
        String currency = model.get() == null ? "USD" : model.get().currency();
        return switch (row.form().dimension()) {
            case MONEY -> List.of(currency);
            case ENERGY_PRICE -> List.of(currency + Language.PER_KWH);
            case POWER -> Language.units(Dimension.POWER).stream()
                    .filter(u -> u.offered() && (!u.perCapacity() || row.form() == Form.POWER_OF_CAPACITY && row.block().word().equals(block)))
                    .map(Language.Unit::word).toList();
            default -> units(row.form().dimension());
        };
    }

    private static List<String> units(Dimension d) {
        return Language.units(d).stream().filter(Language.Unit::offered).map(Language.Unit::word).toList();
    }

    /** Units after a number: {@code 800} offers {@code 800G}; after {@code 8.5 } it offers {@code W}, {@code kW}… */
    private static void units(List<String> units, String word, boolean afterNumber, List<Candidate> out) {
        if (isNumber(word)) {
            for (String u : units) {
                out.add(new Candidate(word + u, u, "units", null, null, null, true));
            }
        } else if (afterNumber) {
            for (String u : units) {
                out.add(new Candidate(u, u, "units", null, null, null, true));
            }
        }
    }

    private static boolean isNumber(String s) {
        return s != null && s.matches("[0-9][0-9_]*(\\.[0-9_]+)?");
    }
}
