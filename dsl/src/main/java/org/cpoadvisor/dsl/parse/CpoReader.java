package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.json.Syntax;
import org.cpoadvisor.dsl.diag.SourceText;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.json.JsonTranslation;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.Assumptions;
import org.cpoadvisor.dsl.model.Catalog;
import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.model.FigureRef;
import org.cpoadvisor.dsl.model.Range;
import org.cpoadvisor.dsl.model.Policy;
import org.cpoadvisor.dsl.model.Site;
import org.cpoadvisor.dsl.parse.CpoParser.AssumptionsBlockContext;
import org.cpoadvisor.dsl.parse.CpoParser.CurrencyStatementContext;
import org.cpoadvisor.dsl.parse.CpoParser.ImportStatementContext;
import org.cpoadvisor.dsl.parse.CpoParser.RateAssumptionContext;
import org.cpoadvisor.dsl.parse.CpoParser.StatementContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one way from text to an {@link Architecture}: reads the root file and its
 * imports, parses them, builds and merges the model, and validates it against the
 * catalog. Never throws for bad input: every problem is a {@link Diagnostic}.
 *
 * <p>Instances hold no state between reads and may be shared between threads.
 */
public final class CpoReader {

    private final Catalog builtin;
    private final Limits limits;

    /** A reader that knows no built-in catalog: catalog ids are checked only against the file's own entries. */
    public CpoReader() {
        this(Catalog.EMPTY, Limits.DEFAULT);
    }

    public CpoReader(Catalog builtin, Limits limits) {
        this.builtin = builtin;
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    public Catalog builtinCatalog() {
        return builtin;
    }

    /**
     * Reads a root file; diagnostics name it as {@code file} is written. A file whose name ends
     * in {@code .json}, {@code .yaml} or {@code .yml} is read as JSON or YAML, and so is every
     * such fragment it imports, whatever the root's format.
     */
    public ReadResult read(Path file) {
        return read(file, JsonTranslation.syntaxOf(file.toString()));
    }

    /** Reads a root file in a syntax given ({@code null}: the language's own), whatever its name. */
    public ReadResult read(Path file, Syntax syntax) {
        Run run = new Run(file.toAbsolutePath().normalize().getParent(), displayDir(file));
        run.rootSyntax = syntax;
        SourceFiles.Loaded root = SourceFiles.load(file.toAbsolutePath().normalize(), file.toString(), null, limits);
        if (root.problem() != null) {
            // a root that could not be read is still named, so that reports can say which file it was
            return ReadResult.notLoaded(file.toString(), root.problem());
        }
        return run.finish(root.text());
    }

    /**
     * Reads text that is not (or not yet) a file, e.g. typed into the REPL. Imports are
     * resolved against {@code baseDir}; with {@code null}, an import is an error.
     */
    public ReadResult read(String text, String name, Path baseDir) {
        return read(text, name, baseDir, null);
    }

    /** Reads text in a syntax given: JSON, YAML, or ({@code null}) the language's own. */
    public ReadResult read(String text, String name, Path baseDir, Syntax syntax) {
        Path base = baseDir == null ? null : baseDir.toAbsolutePath().normalize();
        Run run = new Run(base, baseDir == null ? null : baseDir.toString());
        Path path = base == null ? null : base.resolve(name.replaceAll("[/\\\\]", "_")).normalize();
        if (text.length() > limits.maxFileBytes() / 3 && utf8Length(text) > limits.maxFileBytes()) {
            // the same bound as for a file: text typed or generated is no smaller a risk
            return new ReadResult(null, SourceMap.EMPTY, List.of(Diagnostic.of(Code.CPO305, String.format(Locale.ROOT,
                            "`%s` is %.1f MiB; files are read up to %.1f MiB", name, utf8Length(text) / 1048576.0,
                            limits.maxFileBytes() / 1048576.0), SourceLocation.of(name, 1, 1))
                    .withHint("an architecture file is a few kilobytes: is this the right text?")), List.of(name));
        }
        run.rootSyntax = syntax;
        return run.finish(new SourceText(path, name, stripBom(text)));
    }

    public ReadResult read(String text, String name) {
        return read(text, name, null);
    }

    /**
     * Reads a fragment on its own (no {@code architecture} statement, no imports):
     * how the built-in catalog, itself written in the language, is loaded.
     */
    public ReadResult readFragment(String text, String name) {
        Run run = new Run(null, null);
        run.fragment = true;
        return run.finish(new SourceText(null, name, stripBom(text)));
    }

    private static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static String displayDir(Path file) {
        Path parent = file.getParent();
        return parent == null ? "" : parent.toString();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The state of one read. */
    private final class Run {
        final Path rootDir;
        final String rootDisplay;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        final Map<String, SourceText> texts = new HashMap<>();
        final Map<String, List<String>> lines = new HashMap<>();
        /** Files in merge order: each after everything it imports, the root last. */
        final List<ParsedFile> order = new ArrayList<>();
        final Set<Path> done = new HashSet<>();
        final Deque<Path> inProgress = new ArrayDeque<>();
        int imports;
        boolean fragment;
        /** The root's syntax: {@code null} for the language's own. */
        Syntax rootSyntax;
        /** JSON and YAML files by name: their translations, which map places back to them. */
        final Map<String, JsonTranslation.Translated> translated = new HashMap<>();
        /** What translating them found: already placed in the documents. */
        final List<Diagnostic> translationProblems = new ArrayList<>();
        /** A document that could not be read at all: like a syntax error, nothing is built. */
        boolean unreadable;
        /** The {@code // cpo-ignore:} comments of the files in the language, in the order read. */
        final List<org.cpoadvisor.dsl.diag.Suppression> suppressions = new ArrayList<>();

        Run(Path rootDir, String rootDisplay) {
            this.rootDir = rootDir;
            this.rootDisplay = rootDisplay;
        }

        ReadResult finish(SourceText root) {
            if (root != null) {
                visit(root, 0, rootSyntax);
            }
            Architecture architecture = null;
            SourceMap sources = SourceMap.EMPTY;
            boolean syntaxOk = !unreadable && order.stream().noneMatch(ParsedFile::hasSyntaxErrors);
            if (root != null && syntaxOk && diagnostics.stream().noneMatch(d -> d.code().name().startsWith("CPO3"))
                    && !tooManyClusters()) {
                ReadContext context = new ReadContext();
                currencyAndRates(context);
                List<FilePart> parts = new ArrayList<>();
                for (ParsedFile f : order) {
                    context.catalogIdsInFile = new HashMap<>();
                    boolean isRoot = !fragment && f.source() == order.get(order.size() - 1).source();
                    parts.add(new FileBuilder(f, isRoot, context).build(f.tree()));
                }
                architecture = merge(parts, context.currency);
                sources = context.sources.build();
                diagnostics.addAll(context.diagnostics);
                if (diagnostics.stream().noneMatch(d -> d.code() == Code.CPO211)) {
                    diagnostics.addAll(new Validator(architecture, sources, builtin).check());
                }
                if (!translated.isEmpty()) {
                    // the validator placed its diagnostics in the translations, mapped below with the others
                    sources = sources.remap(l -> {
                        JsonTranslation.Translated t = translated.get(l.file());
                        return t == null ? l : t.map(l);
                    });
                }
            }
            List<Diagnostic> shown = new ArrayList<>();
            for (Diagnostic d : diagnostics) {
                JsonTranslation.Translated t = d.location() == null ? null : translated.get(d.location().file());
                shown.add(withLine(t == null ? d : t.map(d)));
            }
            for (Diagnostic d : translationProblems) {
                shown.add(withLine(d));
            }
            shown.sort(Diagnostic.ORDER);
            List<String> files = new ArrayList<>();
            for (int i = order.size() - 1; i >= 0; i--) {
                files.add(order.get(i).source().name());
            }
            return new ReadResult(architecture, sources, shown, files, suppressions);
        }

        /** Counts the clusters of all files on their parse trees, before a model is built: past the limit, CPO216. */
        private boolean tooManyClusters() {
            int sites = 0;
            int clusters = 0;
            for (ParsedFile f : order) {
                for (StatementContext st : f.tree().statement()) {
                    if (!(st instanceof CpoParser.SiteStatementContext site)) continue;
                    if (++sites > limits.maxClusters()) {
                        return tooMany(f, "sites", site.site().name != null ? site.site().name : site.start);
                    }
                    for (CpoParser.SiteItemContext item : site.site().siteItem()) {
                        if (item instanceof CpoParser.ClusterItemContext c && ++clusters > limits.maxClusters()) {
                            return tooMany(f, "clusters", c.cluster().name != null ? c.cluster().name : c.start);
                        }
                    }
                }
            }
            return false;
        }

        private boolean tooMany(ParsedFile f, String what, org.antlr.v4.runtime.Token at) {
            diagnostics.add(Diagnostic.of(Code.CPO216, String.format(Locale.ROOT,
                            "more than %,d %s: the architecture is not read further", limits.maxClusters(), what),
                    new SourceLocation(f.source().name(), at.getLine(), at.getCharPositionInLine() + 1, 1))
                    .withHint("an estate holds at most " + String.format(Locale.ROOT, "%,d", limits.maxClusters())
                            + " clusters (and sites): split it into several architectures, or check the tool that generated it"));
            return true;
        }

        private Diagnostic withLine(Diagnostic d) {
            if (d.location() == null || d.sourceLine() != null) return d;
            SourceText text = texts.get(d.location().file());
            if (text == null) return d;
            // each file split into lines once: a split per diagnostic is quadratic on a file with thousands of them
            List<String> all = lines.computeIfAbsent(text.name(), n -> text.lines());
            int line = d.location().line();
            return d.withSourceLine(line >= 1 && line <= all.size() ? all.get(line - 1) : null);
        }

        /**
         * Parses a file, then (depth first) the files it imports. A JSON or YAML file is
         * translated to the language first; its source lines stay the document's own.
         */
        private void visit(SourceText text, int depth, Syntax syntax) {
            texts.put(text.name(), text);
            SourceText language = text;
            if (syntax != null) {
                // aliases may expand a YAML document as far as a file may be long, no further
                JsonTranslation.Translated t = JsonTranslation.translate(text, syntax, limits.maxFileBytes());
                translated.put(text.name(), t);
                translationProblems.addAll(t.problems());
                unreadable |= !t.readable();
                language = new SourceText(text.path(), text.name(), t.text());
            }
            ParsedFile parsed = ParsedFile.parse(language);
            diagnostics.addAll(parsed.syntaxDiagnostics());
            if (syntax == null) {
                // JSON has no comments, and a YAML comment is gone once translated: suppressions are the language's
                suppressions.addAll(Suppressions.of(parsed, diagnostics));
            }
            if (text.path() != null) {
                inProgress.push(text.path());
            }
            for (StatementContext st : parsed.tree().statement()) {
                if (st instanceof ImportStatementContext imp && imp.path != null && imp.path.getText().length() >= 2) {
                    importFile(text, imp, depth);
                }
            }
            if (text.path() != null) {
                inProgress.pop();
                done.add(text.path());
            }
            order.add(parsed);
        }

        private void importFile(SourceText from, ImportStatementContext imp, int depth) {
            String raw = imp.path.getText();
            String relative = raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            SourceLocation at = new SourceLocation(from.name(), imp.path.getLine(), imp.path.getCharPositionInLine() + 1,
                    raw.length());
            int bad = relative.codePoints().filter(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE)
                    .findFirst().orElse(-1);
            if (bad >= 0) {
                // a NUL or an escape in a path (from a JSON or YAML escape): never a file, and never to be printed
                diagnostics.add(Diagnostic.of(Code.CPO105, "a path cannot hold the character U+" + String.format("%04X", bad), at)
                        .withHint("remove it: names, paths and sources are plain text"));
                return;
            }
            if (from.path() == null || rootDir == null) {
                diagnostics.add(Diagnostic.of(Code.CPO301, "cannot import `" + relative + "`: this text is not a file", at)
                        .withHint("save the text to a file next to the fragment, or read it with a base folder"));
                return;
            }
            if (relative.isBlank()) {
                diagnostics.add(Diagnostic.of(Code.CPO301, "import of an empty path", at));
                return;
            }
            Path target;
            try {
                target = from.path().getParent().resolve(relative).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                diagnostics.add(Diagnostic.of(Code.CPO301, "`" + relative + "` is not a valid path", at));
                return;
            }
            if (!insideRoot(target)) {
                diagnostics.add(Diagnostic.of(Code.CPO303, "import `" + relative + "` leaves the folder of the root file", at)
                        .withHint("imports must stay inside " + (rootDisplay.isEmpty() ? "the root file's folder" : rootDisplay + "/")
                                + ": copy the fragment there"));
                return;
            }
            if (inProgress.contains(target)) {
                List<String> chain = new ArrayList<>();
                List<Path> stack = new ArrayList<>(inProgress);
                Collections.reverse(stack);
                for (Path p : stack.subList(stack.indexOf(target), stack.size())) {
                    chain.add(display(p));
                }
                chain.add(display(target));
                diagnostics.add(Diagnostic.of(Code.CPO302, "import cycle: " + String.join(" -> ", chain), at)
                        .withHint("a fragment must not import, directly or not, a file that imports it"));
                return;
            }
            if (done.contains(target)) {
                return; // a fragment imported twice is read once
            }
            if (++imports > limits.maxImports()) {
                diagnostics.add(Diagnostic.of(Code.CPO309, "more than " + limits.maxImports() + " files imported", at));
                return;
            }
            if (depth + 1 > limits.maxImportDepth()) {
                diagnostics.add(Diagnostic.of(Code.CPO309, "imports nest deeper than " + limits.maxImportDepth() + " files", at));
                return;
            }
            SourceText text = load(target, display(target), at);
            if (text != null) {
                visit(text, depth + 1, JsonTranslation.syntaxOf(target.getFileName().toString()));
            }
        }

        private boolean insideRoot(Path target) {
            if (!target.startsWith(rootDir)) return false;
            try {
                if (Files.exists(target)) {
                    return target.toRealPath().startsWith(rootDir.toRealPath());
                }
            } catch (IOException e) {
                return true; // reported when it is read
            }
            return true;
        }

        private String display(Path p) {
            Path rel = rootDir.relativize(p);
            return rootDisplay == null || rootDisplay.isEmpty() ? rel.toString() : Path.of(rootDisplay).resolve(rel).toString();
        }

        SourceText load(Path path, String name, SourceLocation importedAt) {
            SourceFiles.Loaded loaded = SourceFiles.load(path, name, importedAt, limits);
            if (loaded.problem() != null) {
                diagnostics.add(loaded.problem());
            }
            return loaded.text();
        }

        /** The currency (root file) and the rates (all files, later over earlier) money is converted with. */
        private void currencyAndRates(ReadContext context) {
            for (ParsedFile f : order) {
                boolean isRoot = f == order.get(order.size() - 1);
                for (StatementContext st : f.tree().statement()) {
                    if (isRoot && st instanceof CurrencyStatementContext c && c.code.getText().matches("[A-Z]{3}")) {
                        context.currency = c.code.getText();
                    } else if (st instanceof AssumptionsBlockContext a) {
                        for (var item : a.assumption()) {
                            if (item instanceof RateAssumptionContext r && r.quantity().unit() == null) {
                                try {
                                    double rate = Double.parseDouble(r.quantity().NUMBER().getText().replace("_", ""));
                                    if (rate > 0) context.rates.put(r.code.getText(), rate);
                                } catch (NumberFormatException ignored) {
                                    // reported by the builder
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static Architecture merge(List<FilePart> parts, String currency) {
        FilePart root = parts.get(parts.size() - 1);
        Assumptions assumptions = Assumptions.NONE;
        Policy policy = Policy.NONE;
        Map<String, CatalogEntry> catalog = new LinkedHashMap<>();
        List<Site> sites = new ArrayList<>();
        Map<FigureRef, Range> ranges = new LinkedHashMap<>();
        for (FilePart part : parts) {
            if (part.assumptions() != null) {
                assumptions = AssumptionsBuilder.merge(assumptions, part.assumptions());
                // a figure set again is set with its range, or without one: the earlier range goes with the earlier value
                Set<String> set = AssumptionsBuilder.figuresSet(part.assumptions());
                ranges.keySet().removeIf(r -> r.scope() == FigureRef.Scope.ASSUMPTION && set.contains(r.field()));
            }
            if (part.policy() != null) policy = part.policy().over(policy);
            for (CatalogEntry e : part.catalog()) {
                catalog.remove(e.kind() + "\u001f" + e.id());
                catalog.put(e.kind() + "\u001f" + e.id(), e);
                // an entry replaced takes its ranges with it
                ranges.keySet().removeIf(r -> r.scope().catalog() && r.scope().word().equals(e.kind()) && r.owner().equals(e.id()));
            }
            sites.addAll(part.sites());
            ranges.putAll(part.ranges());
        }
        String name = root.architectureName() == null ? "" : root.architectureName();
        return new Architecture(name, root.horizon(), currency, assumptions, policy, new ArrayList<>(catalog.values()), sites, ranges);
    }
}
