package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.lang.Language.Form;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.Cluster;
import org.cpoadvisor.dsl.parse.ModelWriter;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.dsl.diag.Suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.cpoadvisor.advisor.repl.Words.firstWord;
import static org.cpoadvisor.advisor.repl.Words.plural;
import static org.cpoadvisor.advisor.repl.Words.unescape;
import static org.cpoadvisor.advisor.repl.Words.words;

/**
 * The what-ifs: {@code set}, {@code unset} and typed blocks. Each edits the canonical text
 * and reads it again, so that a bad value gets the language's own diagnostic, placed in
 * the REPL input, and is refused.
 */
final class EditCommands {

    private final Session s;

    EditCommands(Session s) {
        this.s = s;
    }

    /** What a {@code set} writes: the line's key and value, and where the user's value sits in it. */
    private record Edit(String lookupKey, String prefix, String value, int userOffset) {
    }

    boolean set(Session.Input in, int argsAt) {
        String line = in.lines[0];
        if (in.lines.length > 1) {
            return s.fail(in, argsAt, "`set` takes one line", "type a block (`site \"x\" { … }`) for several properties at once");
        }
        String rest = line.substring(argsAt);
        String path = firstWord(rest);
        int pathAt = argsAt;
        if (path.isEmpty()) return s.usage(in, Math.max(0, argsAt - 4), "set");
        int valueAt = pathAt + path.length();
        while (valueAt < line.length() && Character.isWhitespace(line.charAt(valueAt))) valueAt++;
        String value = line.substring(valueAt).strip();
        int comment = commentStart(value);
        if (comment >= 0) value = value.substring(0, comment).strip();
        boolean top = ModelPath.TOP.contains(path);
        if (s.state == null && !top && !path.startsWith("policy.") && !path.startsWith("assumptions.")) {
            return s.needModel(in, pathAt);
        }
        if (s.state != null && !s.state.editable()) return s.needModel(in, pathAt);
        Architecture a = s.architecture();
        ModelPath.Resolved r = ModelPath.resolve(path, a, s.advisor.catalog());
        if (r.path() == null) return s.fail(in, pathAt, r.error(), null);
        ModelPath p = r.path();
        if (p.property() == null) {
            return s.fail(in, pathAt, "`set` changes one property: `set " + p.display() + ".PROPERTY VALUE`",
                    "to replace a whole " + (p.scope().equals("top") ? "block" : p.scope()) + ", type its block");
        }
        if (value.isEmpty()) {
            String example = example(p);
            return s.fail(in, valueAt, "`set " + p.display() + "` needs a value", example == null ? null : "e.g. `set " + p.display() + " " + example + "`");
        }
        if (p.scope().equals("site") && p.property().equals("cluster")) {
            return s.fail(in, pathAt, "a cluster is added with a block", "type `site \"" + p.site() + "\" { … }` with all its clusters");
        }
        Edit edit = edit(p, value);
        if (edit == null) {
            return s.fail(in, pathAt, "`" + p.display() + "`: no cluster there", null);
        }
        ModelText t = new ModelText(s.state == null ? "architecture \"untitled\"\n" : s.canonical());
        int[] block = ensureBlock(t, p);
        if (block == null) return s.fail(in, pathAt, "`" + p.display() + "` is not in the architecture's text", null);
        int depth = p.headers().size();
        int existing = t.property(block, depth, edit.lookupKey);
        String old = existing < 0 ? null : withoutSource(t.line(existing).strip().substring(Math.min(t.line(existing).strip().length(), edit.prefix.length())));
        String newLine = ModelText.indent(depth) + edit.prefix + edit.value;
        int index;
        if (existing >= 0) {
            t.set(existing, newLine);
            index = existing;
        } else if (p.scope().equals("top")) {
            index = 1;
            t.insert(index, newLine);
        } else {
            index = block[1];
            t.insert(index, newLine);
        }
        int valueCol = ModelText.indent(depth).length() + edit.prefix.length() + edit.userOffset + 1;
        int keyCol = ModelText.indent(depth).length() + 1;
        int generatedCol = ModelText.indent(depth).length() + edit.prefix.length() + 1;
        String lastSegment = p.property().contains(" ") ? p.property().substring(0, p.property().indexOf(' ')) : p.property();
        int keyInput = pathAt + Math.max(0, path.lastIndexOf(lastSegment));
        int editedLine = index + 1;
        String inputLine = line;
        int inputValue = valueAt;
        UnaryOperator<Diagnostic> map = d -> {
            SourceLocation at = d.location();
            if (at == null || !at.file().equals(Session.SESSION_TEXT) || at.line() != editedLine) return d;
            int col;
            if (at.column() >= valueCol) col = inputValue + 1 + (at.column() - valueCol);
            else if (at.column() >= generatedCol) col = inputValue + 1;
            else col = keyInput + 1 + Math.max(0, at.column() - keyCol);
            return d.withLocation(new SourceLocation(s.inputName, in.firstLine, col, at.length())).withSourceLine(inputLine);
        };
        String description = p.display() + " = " + value + (old == null ? " (was not set)" : " (was " + old + ")");
        return apply(t.text(), map, description);
    }

    /** A catalog field's value without the {@code source "…"} that follows it. */
    private static String withoutSource(String value) {
        for (Lexer.Token t : Lexer.lex(value)) {
            if (t.kind() == Lexer.Kind.WORD && t.is("source")) return value.substring(0, t.start()).strip();
        }
        return value;
    }

    /** Where a trailing {@code //} comment starts in a value, outside strings; -1 when none. */
    private static int commentStart(String value) {
        for (Lexer.Token t : Lexer.lex(value)) {
            if (t.kind() == Lexer.Kind.COMMENT) return t.start();
        }
        return -1;
    }

    private static String example(ModelPath p) {
        Map<String, String> words = words(p);
        return words == null ? null : words.get(p.property().split(" ")[0]);
    }

    /** The properties a place accepts, with example values. */
    static Map<String, String> words(ModelPath p) {
        return switch (p.block()) {
            case "top" -> TOP;
            case "cluster" -> withAccelerator(Language.examples(Block.CLUSTER));
            case "policy", "assumptions", "site", "switch", "optic", "laser", "accelerator" -> Language.examples(Block.of(p.block()).orElseThrow());
            default -> null;
        };
    }

    /** What {@code set} changes at the top of a file: the statements with a value (not the blocks, not {@code import}). */
    private static final Map<String, String> TOP = top();

    private static Map<String, String> top() {
        Map<String, String> m = new LinkedHashMap<>();
        Language.properties(Block.FILE).values().stream()
                .filter(p -> p.form() != Form.BLOCK && !p.name().equals("import"))
                .forEach(p -> m.put(p.name(), p.example()));
        return m;
    }

    private static Map<String, String> withAccelerator(Map<String, String> cluster) {
        Map<String, String> m = new LinkedHashMap<>(cluster);
        m.put("accelerator", "B200");
        return m;
    }

    private Edit edit(ModelPath p, String value) {
        String prop = p.property();
        if (p.scope().equals("cluster") && (prop.equals("gpus") || prop.equals("accelerator"))) {
            Optional<Cluster> c = s.architecture().cluster(p.site(), p.cluster());
            if (c.isEmpty()) return null;
            if (prop.equals("accelerator")) {
                String count = c.get().gpus() + " x ";
                return new Edit("gpus", "gpus ", count + value, count.length());
            }
            if (value.matches("[0-9][0-9_]*")) {
                return new Edit("gpus", "gpus ", value + " x " + ref(c.get().accelerator()), 0);
            }
            return new Edit("gpus", "gpus ", value, 0);
        }
        if (p.scope().equals("assumptions") && prop.equals("rate")) {
            return new Edit("rate " + firstWord(value), "rate ", value, 0);
        }
        if (p.scope().equals("assumptions") && prop.startsWith("rate ")) {
            return new Edit(prop, prop + " ", value, 0);
        }
        if (p.scope().equals("top") && prop.equals("architecture") && !value.startsWith("\"")) {
            return new Edit(prop, prop + " ", ModelWriter.quote(value), 0);
        }
        // a switch's vendor and the policy's vendors are quoted names: `set …vendor Acme Networks`
        // and `set policy.vendors NVIDIA, Broadcom` quote them for the user
        if (p.scope().equals("entry") && p.entryKind().equals("switch") && prop.equals("vendor") && !value.contains("\"")) {
            return new Edit(prop, prop + " ", ModelWriter.quote(value), 1);
        }
        if (p.scope().equals("policy") && prop.equals("vendors") && !value.contains("\"")) {
            String quoted = Arrays.stream(value.split(",", -1)).map(String::strip).map(ModelWriter::quote)
                    .collect(Collectors.joining(", "));
            return new Edit(prop, prop + " ", quoted, 1);
        }
        return new Edit(prop, prop + " ", value, 0);
    }

    /** A catalog id bare when it is an identifier, quoted otherwise (as the writer prints it). */
    static String ref(String id) {
        return Language.isIdentifier(id) ? id : ModelWriter.quote(id);
    }

    /** The block of {@code p} in {@code t}, created when it is a policy, assumptions or catalog block (or a built-in entry to copy). */
    private int[] ensureBlock(ModelText t, ModelPath p) {
        int[] block = t.block(p.headers());
        if (block != null) return block;
        switch (p.scope()) {
            case "policy", "assumptions", "catalog" -> {
                t.appendBlock(p.scope(), List.of());
                return t.block(p.headers());
            }
            case "entry" -> {
                Optional<CatalogEntry> e = s.advisor.catalog().find(p.entryKind(), p.entryId());
                if (e.isEmpty()) return null;
                int[] catalog = t.block(List.of("catalog"));
                if (catalog == null) {
                    t.appendBlock("catalog", List.of());
                    catalog = t.block(List.of("catalog"));
                }
                int at = catalog[1];
                // the copy keeps the ranges of the built-in entry's figures (docs/model.md section 9)
                List<String> lines = new ModelText(ModelWriter.write(e.get(), "USD", s.advisor.catalog().ranges())).text()
                        .lines().toList();
                for (int i = lines.size() - 1; i >= 0; i--) {
                    t.insert(at, ModelText.indent(1) + lines.get(i));
                }
                return t.block(p.headers());
            }
            default -> {
                return null;
            }
        }
    }

    boolean unset(Session.Input in, int argsAt, String path) {
        if (!s.needModel(in, argsAt)) return false;
        ModelPath.Resolved r = ModelPath.resolve(path, s.architecture(), s.advisor.catalog());
        if (r.path() == null) return s.fail(in, argsAt, r.error(), null);
        ModelPath p = r.path();
        ModelText t = new ModelText(s.canonical());
        if (p.scope().equals("cluster") && "accelerator".equals(p.property())) {
            return s.fail(in, argsAt, "the accelerator is part of `gpus`", "change it with `set " + p.display() + " B200`");
        }
        if (p.scope().equals("top") && p.property().equals("architecture")) {
            return s.fail(in, argsAt, "an architecture needs its name", "rename it with `set architecture \"New name\"`");
        }
        int[] block = t.block(p.headers());
        if (block == null) {
            return s.fail(in, argsAt, "`" + p.display() + "` is not set", p.scope().equals("entry") ? "a built-in entry cannot be removed" : "its defaults apply already");
        }
        String description;
        if (p.property() == null) {
            t.removeBlock(block[0], block[1]);
            description = "removed " + (p.scope().equals("site") || p.scope().equals("cluster") ? p.scope() + " " : "") + p.display();
        } else {
            String key = p.property();
            if (p.scope().equals("assumptions") && key.equals("rate")) {
                return s.fail(in, argsAt, "which rate?", "`unset assumptions.rate.CNY`");
            }
            Map<String, String> known = words(p);
            String word = key.split(" ")[0];
            if (known != null && !known.containsKey(word)) {
                String hint = Suggest.didYouMean(word, known.keySet());
                String of = switch (p.block()) {
                    case "top" -> "the file";
                    case "site", "cluster" -> "a " + p.block();
                    case "switch", "optic", "laser" -> "a " + p.block() + " entry";
                    case "accelerator" -> "an accelerator entry";
                    default -> p.block();
                };
                return s.fail(in, argsAt, "`" + word + "` is not a property of " + of,
                        hint != null ? hint : "properties: " + String.join(", ", known.keySet()));
            }
            int i = t.property(block, p.headers().size(), key);
            if (i < 0) {
                return s.fail(in, argsAt, "`" + p.display() + "` is not set", "its default applies already");
            }
            String old = t.line(i).strip();
            t.remove(i);
            description = "unset " + p.display() + " (was " + withoutSource(old.substring(Math.min(old.length(), key.length() + 1))) + ")";
        }
        return apply(t.text(), UnaryOperator.identity(), description);
    }

    /** A typed block: a site replaces the site of its name; policy, assumptions and catalog merge (entries replace entries of their id). */
    boolean block(Session.Input in, String kind, List<Lexer.Token> tokens) {
        if (s.state != null && !s.state.editable()) return s.needModel(in, tokens.get(0).start());
        Architecture a = s.architecture();
        List<String> before;
        List<String> after = List.of();
        String description;
        if (a == null) {
            before = new ArrayList<>(List.of("architecture \"untitled\"", ""));
            description = "started the architecture \"untitled\" with a " + kind + " block";
        } else if (kind.equals("site")) {
            String name = tokens.size() > 1 && tokens.get(1).kind() == Lexer.Kind.STRING ? unescape(tokens.get(1).text()) : null;
            ModelText t = new ModelText(s.canonical());
            int[] existing = name == null ? null : t.block(List.of("site " + ModelWriter.quote(name)));
            if (existing != null) {
                before = new ArrayList<>();
                for (int i = 0; i < existing[0]; i++) before.add(t.line(i));
                List<String> rest = new ArrayList<>();
                for (int i = existing[1] + 1; i < t.size(); i++) rest.add(t.line(i));
                after = rest;
                description = "replaced site " + ModelPath.name(name);
            } else {
                before = new ArrayList<>(List.of(s.canonical().split("\n", -1)));
                description = "added site " + (name == null ? "" : ModelPath.name(name));
            }
        } else if (kind.equals("catalog")) {
            Set<String> replaced = catalogEntries(tokens);
            List<CatalogEntry> kept = a.catalog().stream().filter(e -> !replaced.contains(e.kind() + " " + e.id())).toList();
            Architecture trimmed = a.withCatalog(kept);
            before = new ArrayList<>(List.of(ModelWriter.write(trimmed).split("\n", -1)));
            description = "catalog: " + (replaced.isEmpty() ? "merged" : String.join(", ", replaced));
        } else {
            before = new ArrayList<>(List.of(s.canonical().split("\n", -1)));
            description = "merged a " + kind + " block";
        }
        while (!before.isEmpty() && before.get(before.size() - 1).isEmpty()) before.remove(before.size() - 1);
        before.add("");
        int offset = before.size();
        StringBuilder text = new StringBuilder();
        before.forEach(l -> text.append(l).append('\n'));
        text.append(in.text).append('\n');
        after.forEach(l -> text.append(l).append('\n'));
        int count = in.lines.length;
        UnaryOperator<Diagnostic> map = d -> {
            SourceLocation at = d.location();
            if (at == null || !at.file().equals(Session.SESSION_TEXT) || at.line() <= offset || at.line() > offset + count) return d;
            int k = at.line() - offset - 1;
            return d.withLocation(new SourceLocation(s.inputName, in.firstLine + k, at.column(), at.length())).withSourceLine(in.lines[k]);
        };
        return apply(text.toString(), map, description);
    }

    /** {@code switch x}, … for each entry a typed catalog block defines. */
    private static Set<String> catalogEntries(List<Lexer.Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Lexer.Token t = tokens.get(i);
            if (t.is("{")) depth++;
            else if (t.is("}")) depth--;
            else if (depth == 1 && t.kind() == Lexer.Kind.WORD && ModelPath.KINDS.contains(t.text()) && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() == Lexer.Kind.STRING) {
                out.add(t.text() + " " + unescape(tokens.get(i + 1).text()));
            }
        }
        return out;
    }

    /**
     * Reads the edited text; with an error, prints the diagnostics (placed in the input
     * where they concern it) and refuses the change; else makes it the new version,
     * canonical again, and says how the verdicts moved.
     */
    private boolean apply(String text, UnaryOperator<Diagnostic> map, String description) {
        ReadResult r = s.advisor.read(text, Session.SESSION_TEXT);
        String[] lines = text.split("\n", -1);
        List<Diagnostic> shown = new ArrayList<>();
        Map<String, Integer> known = new HashMap<>();
        if (s.state != null) {
            for (Diagnostic d : s.state.read.diagnostics()) known.merge(d.code() + d.message(), 1, Integer::sum);
        }
        for (Diagnostic d : r.diagnostics()) {
            Diagnostic m = map.apply(d);
            if (m.location() != null && m.location().file().equals(Session.SESSION_TEXT) && m.sourceLine() == null
                    && m.location().line() <= lines.length) {
                m = m.withSourceLine(lines[m.location().line() - 1]);
            }
            Integer seen = known.get(d.code() + d.message());
            if (m.isError() || seen == null || seen == 0) {
                shown.add(m);
            } else {
                known.put(d.code() + d.message(), seen - 1);
            }
        }
        shown.sort(Diagnostic.ORDER);
        s.out.print(DiagnosticPrinter.render(shown));
        if (r.hasErrors() || r.architecture() == null) {
            s.out.println("refused: " + description.replaceFirst(" \\(was .*\\)$", "") + "; the architecture is unchanged");
            return false;
        }
        String canonical = ModelWriter.write(r.architecture());
        if (s.state != null && s.state.editable() && canonical.equals(s.canonical())) {
            s.out.println("no change: " + description.replaceFirst(" \\(was .*\\)$", "") + " is what the architecture says already");
            return true;
        }
        ReadResult again = canonical.equals(text) ? r : s.advisor.read(canonical, Session.SESSION_TEXT);
        Session.State next = again.hasErrors() ? new Session.State(text, r) : new Session.State(canonical, again);
        Session.State previous = s.state;
        s.undo.push(new Session.Change(description, previous));
        s.state = next;
        s.warnedUnsaved = false;
        if (s.reference == null) {
            s.reference = previous == null ? next : previous;
        }
        s.out.println(description);
        report(previous, next);
        return true;
    }

    /** How the verdicts moved from one version to the next. */
    private void report(Session.State from, Session.State to) {
        Advice now = s.adviceOf(to);
        if (now.hasErrors()) {
            s.out.print(DiagnosticPrinter.render(now.diagnostics()));
            return;
        }
        if (from == null || !from.editable()) {
            s.out.print(Views.verdicts(now.clusters()).indent(2));
            return;
        }
        List<String> changes = Changes.verdicts(s.adviceOf(from), now);
        if (changes.isEmpty()) {
            s.out.println("  verdicts unchanged (" + plural(now.clusters().size(), "cluster") + "); `diff` shows the figures");
        } else {
            changes.forEach(c -> s.out.println("  " + c));
        }
    }
}
