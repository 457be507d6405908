package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.FailOn;
import org.cpoadvisor.advisor.advice.FindingKind;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.diag.Suggest;
import org.cpoadvisor.dsl.json.Tree;
import org.cpoadvisor.dsl.json.Tree.Arr;
import org.cpoadvisor.dsl.json.Tree.Node;
import org.cpoadvisor.dsl.json.Tree.Obj;
import org.cpoadvisor.dsl.json.Tree.Scalar;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code .cpo.yaml} with the language's YAML reader ({@link Tree#yaml}), so that every problem has
 * its file, line and column: CPO320 for an unknown key, CPO321 for a bad value, the language's own
 * diagnostics for YAML syntax and for policy settings.
 */
final class ProjectConfigReader {

    /** A configuration is a few lines; this much is certainly not one. */
    private static final long MAX_BYTES = 1024 * 1024;

    static final List<String> KEYS = List.of("fail-on", "outputs", "rules", "catalog", "baseline", "policy", "findings");
    private static final List<String> OUTPUT_KEYS = List.of("format", "file");
    private static final List<String> LEVELS = List.of("error", "warning", "note", "never");
    private static final List<String> SEVERITIES = List.of("error", "warning", "note", "off");

    private final Path file;
    private final String name;
    private final Path dir;
    private final String[] lines;
    private final List<Diagnostic> problems = new ArrayList<>();

    private ProjectConfigReader(Path file, String text) {
        this.file = ProjectConfig.shortest(file);
        this.name = this.file.toString();
        Path parent = this.file.toAbsolutePath().getParent();
        this.dir = parent == null ? Path.of("") : parent;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    static ProjectConfig read(Path file) {
        String text = text(file);
        ProjectConfigReader r = new ProjectConfigReader(file, text);
        ProjectConfig config = r.config(text);
        if (!r.problems.isEmpty()) {
            List<Diagnostic> sorted = new ArrayList<>(r.problems);
            sorted.sort(Diagnostic.ORDER);
            throw new ProjectConfigException(sorted);
        }
        return config;
    }

    private static String text(Path file) {
        SourceLocation at = SourceLocation.of(file.toString(), 1, 1);
        Diagnostic problem;
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                problem = Diagnostic.of(Code.CPO305, "the configuration " + file + " is over 1 MiB", at)
                        .withHint("a configuration is a few lines: is it the right file?");
            } else {
                byte[] bytes = Files.readAllBytes(file);
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", "");
            }
        } catch (NoSuchFileException e) {
            problem = Diagnostic.of(Code.CPO301, "configuration file not found: " + file, null)
                    .withHint("--config names a .cpo.yaml file; --no-config reads none");
        } catch (CharacterCodingException e) {
            problem = Diagnostic.of(Code.CPO306, "the configuration " + file + " is not UTF-8 text", at);
        } catch (IOException e) {
            problem = Diagnostic.of(Code.CPO307, "the configuration " + file + " cannot be read (" + e.getMessage() + ")", at);
        }
        throw new ProjectConfigException(List.of(problem));
    }

    private ProjectConfig config(String text) {
        List<Diagnostic> read = new ArrayList<>();
        Tree.Read tree = Tree.yaml(text, name, MAX_BYTES * 4, read);
        // an empty file (or comments only) is a configuration that sets nothing
        read.removeIf(d -> d.code() == Code.CPO308);
        read.forEach(this::problem);
        if (tree.root() == null) return empty();
        if (!(tree.root() instanceof Obj top)) {
            bad(tree.root(), "a configuration is a mapping of settings, e.g. `fail-on: warning`", "see docs/config.md");
            return empty();
        }
        duplicates(top);
        FailOn failOn = null;
        List<ProjectConfig.Output> outputs = new ArrayList<>();
        List<Path> rules = new ArrayList<>();
        Path catalog = null;
        Path baseline = null;
        Map<String, String> policy = new LinkedHashMap<>();
        Map<String, FindingSeverity> findings = new LinkedHashMap<>();
        boolean packs = top.fields().containsKey("rules");
        for (Map.Entry<String, Node> e : top.fields().entrySet()) {
            Node v = e.getValue();
            switch (e.getKey()) {
                case "fail-on" -> {
                    String level = word(v, LEVELS, "fail-on");
                    if (level != null) failOn = FailOn.parse(level);
                }
                case "outputs" -> outputs(v, outputs);
                case "rules" -> {
                    for (Node n : v instanceof Arr a ? a.items() : List.of(v)) {
                        Path p = path(n, "a rule pack (DRL file)", true);
                        if (p != null) rules.add(p);
                    }
                }
                case "catalog" -> catalog = path(v, "an extra catalog file", true);
                case "baseline" -> baseline = path(v, "a baseline file", false);
                case "policy" -> policy(v, policy);
                case "findings" -> findings(v, findings, packs);
                default -> unknownKey(top, e.getKey(), KEYS, "the settings are " + String.join(", ", KEYS));
            }
        }
        return new ProjectConfig(file, failOn, outputs, rules, catalog, baseline, policy, findings);
    }

    private ProjectConfig empty() {
        return new ProjectConfig(file, null, List.of(), List.of(), null, null, Map.of(), Map.of());
    }

    private void outputs(Node v, List<ProjectConfig.Output> outputs) {
        if (!(v instanceof Arr list)) {
            bad(v, "`outputs` is a list of reports", "e.g. `outputs: [{format: sarif, file: cpo.sarif}, {format: text}]`");
            return;
        }
        int toStandardOutput = 0;
        for (Node item : list.items()) {
            if (!(item instanceof Obj o)) {
                bad(item, "an output is a mapping of `format` and, optionally, `file`", "e.g. `{format: sarif, file: cpo.sarif}`");
                continue;
            }
            duplicates(o);
            for (String k : o.fields().keySet()) {
                if (!OUTPUT_KEYS.contains(k)) unknownKey(o, k, OUTPUT_KEYS, "an output has a `format` and a `file`");
            }
            Node f = o.fields().get("format");
            if (f == null) {
                problem(Diagnostic.of(Code.CPO321, "an output without a `format`", at(o)).withPath(o.path())
                        .withHint("formats: " + String.join(", ", Advisor.formats())));
                continue;
            }
            String format = word(f, Advisor.formats(), "a format");
            Node target = o.fields().get("file");
            Path p = target == null ? null : path(target, "the report's file", false);
            if (target == null && ++toStandardOutput == 2) {
                bad(o, "two outputs without a `file`: only one report can go to standard output", "give one of them a `file`");
            }
            if (format != null) outputs.add(new ProjectConfig.Output(format, p));
        }
    }

    private void policy(Node v, Map<String, String> policy) {
        if (!(v instanceof Obj o)) {
            bad(v, "`policy` is a mapping of policy settings", "e.g. `policy: {min-gpus: 2048, min-saving: 5 %}` (docs/language.md)");
            return;
        }
        duplicates(o);
        List<Node> places = new ArrayList<>();
        for (Map.Entry<String, Node> e : o.fields().entrySet()) {
            String text = scalarText(e.getValue());
            if (text == null || text.contains("\n") || text.contains("\r") || e.getKey().contains("\n")) {
                bad(e.getValue(), "the policy setting `" + e.getKey() + "` takes one value, as the language writes it",
                        "e.g. `min-saving: 5 %`, `min-gpus: 2048`, `require-liquid-cooling: true`");
                continue;
            }
            policy.put(e.getKey(), text);
            places.add(e.getValue());
        }
        if (policy.isEmpty()) return;
        try {
            Advisor.builder().policy(policy).build();
        } catch (AdvisorSetupException ex) {
            // the settings are read one a line, in order: line n is the n-th setting
            List<String> keys = new ArrayList<>(policy.keySet());
            for (Diagnostic d : ex.diagnostics()) {
                int n = d.location() == null ? 0 : Math.min(places.size(), d.location().line()) - 1;
                Node place = places.get(Math.max(0, n));
                int[] key = o.keys().get(keys.get(Math.max(0, n)));
                SourceLocation where = d.code() == Code.CPO201 && key != null
                        ? new SourceLocation(name, key[0], key[1], keys.get(Math.max(0, n)).length()) : at(place);
                problem(d.withLocation(where).withPath(place.path()).withSourceLine(null));
            }
        }
    }

    private void findings(Node v, Map<String, FindingSeverity> findings, boolean packs) {
        if (!(v instanceof Obj o)) {
            bad(v, "`findings` is a mapping of finding id to severity", "e.g. `findings: {maintenance-risk: note, assumed-figures: off}`");
            return;
        }
        duplicates(o);
        List<String> ids = Advisor.findingKinds().stream().map(FindingKind::id).toList();
        for (Map.Entry<String, Node> e : o.fields().entrySet()) {
            String id = e.getKey();
            String hint = Suggest.didYouMean(id, ids);
            // a rule pack's finding ids are known only when it runs: a far-off id is taken as one when the file names packs
            if (!ids.contains(id) && (hint != null || !packs)) {
                int[] k = o.keys().get(id);
                problem(Diagnostic.of(Code.CPO321, "unknown finding id `" + id + "`", new SourceLocation(name, k[0], k[1], id.length()))
                        .withPath(o.path() + "." + id)
                        .withHint(hint != null ? hint : "the built-in findings are " + String.join(", ", ids)
                                + " (a rule pack's own ids are taken when the file names the pack under `rules`)"));
                continue;
            }
            String s = word(e.getValue(), SEVERITIES, "a finding's severity");
            if (s != null) findings.put(id, FindingSeverity.parse(s));
        }
    }

    // ------------------------------------------------------------------ values

    /** A word of {@code allowed} (any case), or null after a diagnostic. */
    private String word(Node v, List<String> allowed, String what) {
        String text = v instanceof Scalar s && s.value() instanceof String t ? t.strip().toLowerCase(Locale.ROOT) : null;
        if (text != null && allowed.contains(text)) return text;
        String shown = v instanceof Scalar s ? String.valueOf(s.value()) : v instanceof Arr ? "a list" : "a mapping";
        String hint = text == null ? null : Suggest.didYouMean(text, allowed);
        problem(Diagnostic.of(Code.CPO321, what + " is " + String.join(", ", allowed.subList(0, allowed.size() - 1))
                        + " or " + allowed.get(allowed.size() - 1) + ", not `" + shown + "`", at(v)).withPath(v.path())
                .withHint(hint != null ? hint : "one of " + String.join(", ", allowed)));
        return null;
    }

    /** A path relative to the configuration's folder, or null after a diagnostic. */
    private Path path(Node v, String what, boolean mustExist) {
        if (!(v instanceof Scalar s) || !(s.value() instanceof String text) || text.isBlank()) {
            bad(v, what + " is named by a path, relative to the configuration's folder", "e.g. `rules: [rules/acme.drl]`");
            return null;
        }
        Path p;
        try {
            p = ProjectConfig.shortest(dir.resolve(text.strip()));
        } catch (java.nio.file.InvalidPathException e) {
            bad(v, "`" + text + "` is not a path", null);
            return null;
        }
        if (mustExist && !Files.isRegularFile(p)) {
            problem(Diagnostic.of(Code.CPO301, what + " not found: " + p, at(v)).withPath(v.path())
                    .withHint("paths in " + name + " are relative to its folder"));
            return null;
        }
        return p;
    }

    private static String scalarText(Node v) {
        if (!(v instanceof Scalar s) || s.value() == null) return null;
        return s.value() instanceof BigDecimal n ? n.toPlainString() : String.valueOf(s.value());
    }

    // ------------------------------------------------------------------ diagnostics

    private void unknownKey(Obj o, String key, List<String> known, String otherwise) {
        int[] k = o.keys().get(key);
        String hint = Suggest.didYouMean(key, known);
        problem(Diagnostic.of(Code.CPO320, "unknown key `" + key + "`", new SourceLocation(name, k[0], k[1], key.length()))
                .withPath(o.path() + "." + key).withHint(hint != null ? hint : otherwise));
    }

    private void duplicates(Obj o) {
        for (String key : o.duplicates()) {
            int[] k = o.keys().get(key);
            problem(Diagnostic.of(Code.CPO321, "`" + key + "` is set twice: the last is kept", SourceLocation.of(name, k[0], k[1]))
                    .withPath(o.path() + "." + key).withHint("set it once"));
        }
    }

    private void bad(Node v, String message, String hint) {
        problem(Diagnostic.of(Code.CPO321, message, at(v)).withPath(v.path()).withHint(hint));
    }

    private SourceLocation at(Node v) {
        return SourceLocation.of(name, v.line(), v.column());
    }

    private void problem(Diagnostic d) {
        SourceLocation at = d.location();
        if (at != null && d.sourceLine() == null && at.line() <= lines.length) d = d.withSourceLine(lines[at.line() - 1]);
        problems.add(d);
    }
}
