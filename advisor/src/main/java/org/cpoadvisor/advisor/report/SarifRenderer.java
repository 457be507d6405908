package org.cpoadvisor.advisor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.FindingKind;
import org.cpoadvisor.advisor.advice.Tool;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.diag.Suppression;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The diagnostics and findings as SARIF 2.1.0, as GitHub code scanning and other
 * SARIF viewers read it: one run of the tool {@code cpo-advisor} for all files of a
 * run of {@code cpo}.
 *
 * <ul>
 *   <li><b>Rules</b>: every diagnostic code ({@code CPO101} …, in {@link Code} order),
 *       then every finding id ({@link Tool#findingKinds()}), each with a title, what it means,
 *       what to do and its default level; with a docs URL ({@link Tool#docsUrl()}), also
 *       {@code helpUri}, the absolute URL of its entry in the docs (a code's section of
 *       diagnostics.md, a finding's heading in advice.md). A finding id the built-in rules
 *       do not raise (a rule pack's) is added after them, without {@code helpUri}.</li>
 *   <li><b>Results</b>: per file, its diagnostics (by file, line, column, code), then its
 *       findings (by subject and id); {@code ruleId} and {@code ruleIndex} point at the rule.
 *       The message carries the JSON path and hint of a diagnostic, and the reasons of a
 *       finding. A result without a place points at line 1 of the root file.</li>
 *   <li><b>Places</b>: {@code artifactLocation.uri} is the file's path relative to the
 *       source root (by default the working directory) with forward slashes, against
 *       {@code uriBaseId} {@code %SRCROOT%}, which the run's {@code originalUriBaseIds} resolves
 *       to the source root's absolute {@code file:} URI, ending in {@code /} (SARIF 2.1.0
 *       section 3.14.14); a file outside the source root gets an absolute {@code file:} URI
 *       and no {@code uriBaseId}. Columns count Unicode code points, as the diagnostics do
 *       ({@code columnKind} {@code unicodeCodePoints}); {@code endColumn} follows the
 *       marked text.</li>
 *   <li><b>Fingerprints</b>: {@code partialFingerprints["cpoAdvisor/v1"]} is a SHA-256 of
 *       the file, the rule and the subject (a finding's cluster or site, a diagnostic's
 *       message), so that a problem keeps its identity when lines move.</li>
 *   <li><b>Suppressions</b>: a finding a {@code // cpo-ignore:} comment accepts carries
 *       {@code suppressions: [{kind: inSource, justification: the reason, location: the comment}]}; a problem a
 *       check's baseline accepts carries {@code kind: external} with the baseline's name, so that neither shows
 *       as an open alert.</li>
 *   <li><b>Baselines</b>: from a check with a baseline ({@link Advice#baseline()}), every result has
 *       {@code baselineState}: {@code unchanged} when the baseline accepts it, else {@code new}; the baseline's
 *       stale entries are the run's {@code invocations[0].toolExecutionNotifications} (level {@code note}).</li>
 * </ul>
 *
 * <p>No timestamps, and no absolute path but the source root's (in {@code originalUriBaseIds}):
 * the same advice and source root give the same bytes.
 */
public final class SarifRenderer implements Renderer {

    /** The tool name in every report. */
    public static final String TOOL = "cpo-advisor";

    /** The key of the fingerprint each result carries. */
    public static final String FINGERPRINT = "cpoAdvisor/v1";

    /** The {@code uriBaseId} of every relative place. */
    public static final String SRCROOT = "%SRCROOT%";

    private static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Path sourceRoot;
    private final String version;
    private final URI docsUrl;
    private final List<FindingKind> kinds;

    /** Places relative to the working directory; the tool's version, docs URL and finding kinds. */
    public SarifRenderer(Tool tool) {
        this(tool, Path.of(""));
    }

    /**
     * Places relative to {@code sourceRoot} (the repository root, for code scanning); the tool's version and
     * finding kinds; each rule's {@code helpUri} resolved against the tool's docs URL (none without one).
     *
     * @throws IllegalArgumentException when the docs URL is not an absolute URL ending in {@code /}
     */
    public SarifRenderer(Tool tool, Path sourceRoot) {
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
        this.version = tool.version();
        this.docsUrl = tool.docsUrl() == null ? null : docsBase(tool.docsUrl());
        this.kinds = tool.findingKinds();
    }

    private static URI docsBase(String url) {
        try {
            URI uri = new URI(url);
            if (uri.isAbsolute() && url.endsWith("/")) return uri;
        } catch (URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException("the docs URL must be an absolute URL ending in `/`, not `" + url + "`");
    }

    @Override
    public String format() {
        return "sarif";
    }

    /** One result before it is written. */
    private record Result(String ruleId, String level, String message, String uri, boolean relative,
                          SourceLocation location, String subject, Map<String, Object> properties,
                          String baselineState, List<Suppressed> suppressions) {
    }

    /** A SARIF suppression of a result: in the source (a comment, placed) or external (a baseline). */
    private record Suppressed(String kind, String justification, SourceLocation location) {
    }

    @Override
    public String render(List<Advice> advices) {
        List<Result> results = results(advices);

        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Code c : Code.values()) {
            ruleIndex.put(c.name(), ruleIndex.size());
        }
        for (FindingKind k : kinds) {
            ruleIndex.put(k.id(), ruleIndex.size());
        }
        Set<String> unknown = new TreeSet<>();
        for (Result r : results) {
            if (!ruleIndex.containsKey(r.ruleId())) unknown.add(r.ruleId());
        }
        for (String id : unknown) {
            ruleIndex.put(id, ruleIndex.size());
        }

        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCharacterEscapes(JsonEscapes.INSTANCE); // no control or bidi character raw; read back exactly
            g.setPrettyPrinter(printer());
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", TOOL);
            g.writeStringField("version", version);
            g.writeArrayFieldStart("rules");
            for (Code c : Code.values()) {
                String[] text = codeText(c);
                rule(g, c.name(), c.title(), text[0], text[1], helpUri(docs(c)), c.defaultSeverity().word(), category(c));
            }
            for (FindingKind k : kinds) {
                rule(g, k.id(), k.title(), k.description(), k.help(), helpUri(k.docs()), k.severity().word(), "finding");
            }
            for (String id : unknown) {
                rule(g, id, id, "A finding of the advice.", "See the finding's message and reasons.", null, "warning", "finding");
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            invocations(g, advices);
            // what %SRCROOT% stands for (SARIF 2.1.0, 3.14.14), so that a viewer away from the checkout finds the files
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(SRCROOT);
            g.writeStringField("uri", rootUri());
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            Map<String, Integer> seen = new HashMap<>();
            for (Result r : results) {
                result(g, r, ruleIndex.get(r.ruleId()), seen);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private List<Result> results(List<Advice> advices) {
        List<Result> results = new ArrayList<>();
        Set<List<Object>> distinct = new HashSet<>();
        for (Advice a : advices) {
            String root = a.files().isEmpty() ? null : a.files().get(0);
            List<Diagnostic> diagnostics = new ArrayList<>(a.diagnostics());
            diagnostics.sort(Diagnostic.ORDER);
            for (Diagnostic d : diagnostics) {
                List<Suppressed> suppressed = new ArrayList<>();
                String state = baselineState(a, a.baseline() != null && a.baseline().accepts(d), suppressed);
                Map<String, Object> props = new LinkedHashMap<>();
                if (d.path() != null) props.put("jsonPath", d.path());
                if (d.hint() != null) props.put("hint", d.hint());
                StringBuilder msg = new StringBuilder();
                if (d.path() != null) msg.append(d.path()).append(": ");
                msg.append(d.message());
                if (d.hint() != null) msg.append(" (hint: ").append(d.hint()).append(')');
                add(results, distinct, d.code().name(), d.severity().word(), msg.toString(), d.location(), root,
                        d.message(), props, state, suppressed);
            }
            for (FindingAdvice f : a.findings()) {
                List<Suppressed> suppressed = new ArrayList<>();
                a.suppression(f).ifPresent(x -> suppressed.add(new Suppressed("inSource", x.reason(), x.location())));
                String state = baselineState(a, a.baseline() != null && a.baseline().accepts(f), suppressed);
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("subject", f.subject());
                if (!f.reasons().isEmpty()) props.put("reasons", f.reasons());
                if (f.explanation() != null && f.explanation().rule() != null) props.put("rule", f.explanation().rule());
                String msg = f.message() + (f.reasons().isEmpty() ? "" : " (because: " + String.join("; ", f.reasons()) + ")");
                add(results, distinct, f.id(), f.severity().word(), msg, f.location(), root, f.subject(), props, state,
                        suppressed);
            }
        }
        return results;
    }

    /** {@code unchanged} or {@code new} from a check with a baseline (a baselined one suppressed externally); else null. */
    private static String baselineState(Advice a, boolean accepted, List<Suppressed> suppressed) {
        if (a.baseline() == null) return null;
        if (accepted) suppressed.add(new Suppressed("external", "accepted in the baseline " + a.baseline().baseline(), null));
        return accepted ? "unchanged" : "new";
    }

    /** The baseline's stale entries as notifications of the run's one invocation; nothing when there are none. */
    private static void invocations(JsonGenerator g, List<Advice> advices) throws IOException {
        Set<String> stale = new java.util.LinkedHashSet<>();
        String name = null;
        for (Advice a : advices) {
            if (a.baseline() == null) continue;
            name = a.baseline().baseline();
            stale.addAll(a.baseline().stale());
        }
        if (stale.isEmpty()) return;
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (String entry : stale) {
            g.writeStartObject();
            g.writeStringField("level", "note");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", "stale entry of the baseline " + name + ": " + entry
                    + " matches no problem now; --write-baseline drops it");
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private void add(List<Result> results, Set<List<Object>> distinct, String ruleId, String level, String message,
                     SourceLocation location, String root, String subject, Map<String, Object> props,
                     String baselineState, List<Suppressed> suppressions) {
        String file = location != null ? location.file() : root;
        String uri = null;
        boolean relative = false;
        if (file != null) {
            String rel = relative(file);
            relative = rel != null;
            uri = relative ? rel : absolute(file);
        }
        // the same problem reported by two root files (a shared import) is one result
        List<Object> key = List.of(ruleId, String.valueOf(uri), location == null ? "" : location.line() + ":" + location.column(),
                message);
        if (distinct.add(key)) {
            results.add(new Result(ruleId, level, message, uri, relative, location, subject, props, baselineState,
                    List.copyOf(suppressions)));
        }
    }

    private static void rule(JsonGenerator g, String id, String title, String description, String help, String helpUri,
                             String level, String category) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", pascal(title));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", title);
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", description);
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", description + " " + help);
        g.writeEndObject();
        if (helpUri != null) g.writeStringField("helpUri", helpUri);
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level);
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        g.writeString("cpo");
        g.writeString(category);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private void result(JsonGenerator g, Result r, int index, Map<String, Integer> seen) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", r.ruleId());
        g.writeNumberField("ruleIndex", index);
        g.writeStringField("level", r.level());
        g.writeObjectFieldStart("message");
        g.writeStringField("text", r.message());
        g.writeEndObject();
        if (r.uri() != null) {
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            physicalLocation(g, r.uri(), r.relative(), r.location());
            g.writeEndObject();
            g.writeEndArray();
        }
        if (r.baselineState() != null) g.writeStringField("baselineState", r.baselineState());
        if (!r.suppressions().isEmpty()) {
            g.writeArrayFieldStart("suppressions");
            for (Suppressed x : r.suppressions()) {
                g.writeStartObject();
                g.writeStringField("kind", x.kind());
                g.writeStringField("status", "accepted");
                g.writeStringField("justification", x.justification());
                String uri = x.location() == null ? null : relative(x.location().file());
                boolean rel = uri != null;
                if (uri == null && x.location() != null) uri = absolute(x.location().file());
                if (uri != null) {
                    g.writeObjectFieldStart("location");
                    physicalLocation(g, uri, rel, x.location());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        String identity = (r.uri() == null ? "" : r.uri()) + "|" + r.ruleId() + "|" + r.subject();
        int n = seen.merge(identity, 1, Integer::sum);
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, sha256(n == 1 ? identity : identity + "|" + n));
        g.writeEndObject();
        if (!r.properties().isEmpty()) {
            g.writeObjectFieldStart("properties");
            for (Map.Entry<String, Object> e : r.properties().entrySet()) {
                if (e.getValue() instanceof List<?> list) {
                    g.writeArrayFieldStart(e.getKey());
                    for (Object o : list) g.writeString(String.valueOf(o));
                    g.writeEndArray();
                } else {
                    g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** {@code physicalLocation}: the file and the region (line 1 without a place). */
    private static void physicalLocation(JsonGenerator g, String uri, boolean relative, SourceLocation l) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri);
        if (relative) g.writeStringField("uriBaseId", SRCROOT);
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", l == null ? 1 : l.line());
        if (l != null) {
            g.writeNumberField("startColumn", l.column());
            g.writeNumberField("endColumn", l.column() + l.length());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The source root as an absolute {@code file:} URI ending in {@code /}, as 3.14.14 wants a base. */
    String rootUri() {
        String uri = sourceRoot.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** The path relative to the source root as a URI reference, or null when the file lies outside it. */
    String relative(String file) {
        Path rel;
        try {
            rel = sourceRoot.relativize(Path.of(file).toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) { // another root (Windows drives), or no valid path
            return null;
        }
        if (rel.toString().isEmpty() || rel.startsWith("..")) return null;
        List<String> parts = new ArrayList<>();
        rel.forEach(p -> parts.add(p.toString()));
        String path = String.join("/", parts);
        try {
            String encoded = new URI(null, null, path, null).toASCIIString();
            // a first segment with a colon would read as a URI scheme
            return parts.get(0).contains(":") ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** An absolute {@code file:} URI, or null when the name is no path on this system. */
    private static String absolute(String file) {
        try {
            return Path.of(file).toAbsolutePath().normalize().toUri().toASCIIString();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The absolute URL of a docs entry ({@code advice.md#power-cap}), or null without a docs URL. */
    private String helpUri(String entry) {
        return docsUrl == null ? null : docsUrl.resolve(entry).toASCIIString();
    }

    /** A code's entry in the docs: its section of diagnostics.md ({@code diagnostics.md#cpo1xx-syntax}). */
    static String docs(Code c) {
        return "diagnostics.md#" + c.name().substring(0, 4).toLowerCase(Locale.ROOT) + "xx-" + category(c);
    }

    private static String category(Code c) {
        return switch (c.name().charAt(3)) {
            case '1' -> "syntax";
            case '2' -> "meaning";
            default -> "files";
        };
    }

    /** {@code "shares do not add up to 100 %"} → {@code SharesDoNotAddUpTo100}. */
    static String pascal(String title) {
        StringBuilder sb = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) continue;
            sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return sb.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(separators);
        p.indentObjectsWith(indenter);
        p.indentArraysWith(indenter);
        return p;
    }

    /** What a diagnostic code means and what to do about it (docs/diagnostics.md). */
    static String[] codeText(Code code) {
        return switch (code) {
            case CPO101 -> new String[]{"The file does not follow the language's grammar here; the message says what was expected.",
                    "Correct the statement; names of sites, clusters and catalog entries are quoted strings (`site \"sh-01\" {`)."};
            case CPO102 -> new String[]{"A `{` has no matching `}` before the end of the file; the diagnostic points at the `{`.",
                    "Close the block."};
            case CPO103 -> new String[]{"A string is not closed on its line, as in `gpus 8 x \"H100`.",
                    "Close the string with `\"` on the same line."};
            case CPO104 -> new String[]{"A `/*` comment has no `*/`.", "Close the comment."};
            case CPO105 -> new String[]{"A character the language does not use, such as a minus sign or a `;`.",
                    "Remove it: numbers are never negative, and properties need no separator."};
            case CPO106 -> new String[]{"A number is malformed, as in `1.2.3` or `1__000`.",
                    "Write numbers as `16384`, `0.065` or `1_000_000`."};
            case CPO107 -> new String[]{"The unit after a number is not one the language knows, as in `800 Gb` or `2 days`.",
                    "Use the unit the hint names, such as `800G`, `25 min` or `2 h`."};
            case CPO108 -> new String[]{"A property has no value or an incomplete one, as in `pue` alone or `gpus 1024 x`.",
                    "Give the value; the hint shows the property with an example value."};
            case CPO109 -> new String[]{"A backslash in a string starts an escape the language does not know; only `\\\"` and `\\\\` are escapes.",
                    "Remove the backslash or double it."};
            case CPO110 -> new String[]{"Braces nest more than 64 levels deep, as thousands of `{` from a generator gone wrong; the deeper blocks are skipped unread.",
                    "A file needs three levels at most (site, cluster; catalog, entry): close the blocks, or fix the tool that wrote the file."};
            case CPO111 -> new String[]{"A JSON or YAML file holds more than one document: a second YAML document after `---`, or a second JSON value after the first; only the first is read.",
                    "Keep one architecture (or one fragment) a file: split the documents into files."};
            case CPO112 -> new String[]{"A YAML tag other than the core schema's (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!map`, `!!seq`), or a core tag that does not fit its value (`!!int abc`).",
                    "Leave the tag out: values are read with YAML 1.2's meanings."};
            case CPO113 -> new String[]{"A YAML alias (`*name`) names no anchor before it, stands inside the value it names, or with the others would expand the document past the file limit (4 MiB).",
                    "Anchor the value before the alias, or write the values out."};
            case CPO201 -> new String[]{"The property is not one this block takes, or it is misspelled (`nicc` for `nic`).",
                    "Use the property the hint suggests; docs/language.md lists every property of every block."};
            case CPO202 -> new String[]{"Two sites, two clusters of one site, or two catalog entries of one file share a name.",
                    "Rename one: names are unique where they are defined."};
            case CPO203 -> new String[]{"The id names no entry of the built-in catalog or the file's catalog, as in `gpus 1024 x H10`.",
                    "Use the id the hint suggests, or define the entry in a `catalog` block."};
            case CPO204 -> new String[]{"A value lies outside the range the property allows, such as `pue 3.5` or `tiers 4`; GPUs that do not fill whole nodes are a warning.",
                    "Give a value in the range the message names."};
            case CPO205 -> new String[]{"The traffic shares (east-west and north-south) do not add up to 100 %.",
                    "Correct the shares so that they add up to 100 %."};
            case CPO206 -> new String[]{"An amount is in a currency without an exchange rate; the built-in catalog is priced in USD.",
                    "Add `rate X r` to `assumptions`: r units of X per unit of the file's currency (`rate USD …` in a file not in USD)."};
            case CPO207 -> new String[]{"The NIC and switch port speeds do not fit: the slower must divide the faster, so a 300G NIC cannot use 800G ports.",
                    "Choose matching speeds or another switch platform."};
            case CPO208 -> new String[]{"The value is not one the property takes, as in `cooling liqud`.",
                    "Use the value the hint suggests."};
            case CPO209 -> new String[]{"A property is set twice in one block; the first value is kept.",
                    "Remove the setting that is not meant."};
            case CPO210 -> new String[]{"A block lacks a property it needs, such as a cluster without `gpus` or a site without a cluster.",
                    "Add it; the hint shows an example."};
            case CPO211 -> new String[]{"A root file needs exactly one `architecture \"name\"` statement.",
                    "Add the statement, or remove the second one."};
            case CPO212 -> new String[]{"The unit is a known one but wrong for this property, as in `nic 800 W` or `pue 1.3 %`.",
                    "Use a unit of the property's kind (docs/language.md gives each property's unit)."};
            case CPO213 -> new String[]{"Two settings contradict each other, such as `plan pluggable tiers spine` or a pilot window after the scale window; CPO-only fields on a pluggable switch are a warning.",
                    "Change one of them so that they agree."};
            case CPO214 -> new String[]{"The fabric's tiers cannot connect this many GPUs at this speed with the platform's ports; the message says how many tiers are needed.",
                    "Raise `tiers`, or choose a switch platform with more ports."};
            case CPO215 -> new String[]{"No fabric can be built: more GPUs than three tiers of the platform hold, or no pluggable platform in the catalog fits the NIC speed.",
                    "Split the cluster, choose another switch platform, or add a fitting platform to the catalog."};
            case CPO216 -> new String[]{"The architecture holds more than 100,000 clusters or sites, all its files together; it is not read further.",
                    "Split the estate into several architectures, or check the tool that generated it."};
            case CPO220 -> new String[]{"An entry of the file's catalog has the id of a built-in entry and replaces it for this file.",
                    "Nothing to do if the override is meant; otherwise give the entry a new id."};
            case CPO230 -> new String[]{"A `// cpo-ignore:` comment names no finding or gives no reason, as in `// cpo-ignore: power-cap`; it is not taken.",
                    "Write `// cpo-ignore: FINDING-ID why it is accepted`: a suppression needs its reason."};
            case CPO231 -> new String[]{"A `// cpo-ignore:` comment names an id that no built-in rule has and no rule pack raised, as in `power-cpa`.",
                    "Use the id the hint suggests; the ids are in docs/advice.md and in every report."};
            case CPO232 -> new String[]{"A `// cpo-ignore:` comment silences nothing: the finding it names is not raised on what it stands before (stale).",
                    "Remove it, or move it to the site or cluster the finding is about."};
            case CPO233 -> new String[]{"A `// cpo-ignore:` comment stands before something other than a site, a cluster, the catalog block or the architecture statement.",
                    "Put it on the line before `site`, `cluster`, `catalog` or `architecture`, or at the end of that line."};
            case CPO240 -> new String[]{"A figure's range names its high end first, as in `pue 1.3 range 1.5..1.2`.",
                    "Write the low end first: `range 1.2..1.5`."};
            case CPO241 -> new String[]{"A figure's range has equal ends, as in `price 900 USD range 900..900`: no room to vary.",
                    "Remove the range if the figure is known exactly, or give two different ends."};
            case CPO242 -> new String[]{"An end of a figure's range carries another unit than the value, as in `price 80000 USD range 60000 EUR..110000`.",
                    "Write the ends in the value's unit, or without a unit: `range 60000..110000`."};
            case CPO243 -> new String[]{"A figure's value lies outside its own range, as in `electricity 0.08 USD/kWh range 0.09..0.14`.",
                    "Widen the range or correct the value: a range holds its figure's value, the most likely one of a triangular range."};
            case CPO244 -> new String[]{"A range stands on a figure that takes none, such as a policy threshold, a lifetime or a year.",
                    "Remove it; ranges go on prices, powers, failure rates and the assumptions the hint lists (docs/language.md, Ranges)."};
            case CPO301 -> new String[]{"The file, or a file it imports, does not exist.",
                    "Check the path; imports are relative to the importing file."};
            case CPO302 -> new String[]{"Files import each other in a cycle; the message shows the chain.",
                    "Remove one of the imports."};
            case CPO303 -> new String[]{"An import leads outside the root file's folder.",
                    "Move the fragment into the root file's folder tree."};
            case CPO304 -> new String[]{"An imported file holds `architecture`, `horizon` or `currency`, which only a root file may hold.",
                    "Move those statements to the root file."};
            case CPO305 -> new String[]{"The file is over 4 MiB and was refused before it was read.",
                    "Split the estate into fragments and import them."};
            case CPO306 -> new String[]{"The file is binary, or holds bytes that are not UTF-8; the diagnostic points at the first bad byte.",
                    "Save the file as UTF-8 text."};
            case CPO307 -> new String[]{"The file cannot be read: the path is a folder, or permission is missing.",
                    "Give a readable file."};
            case CPO308 -> new String[]{"The root file is empty, or an imported fragment is (reported at the import).",
                    "Write the file, or remove the import."};
            case CPO309 -> new String[]{"More than 256 files are read, or imports are nested deeper than 16.",
                    "Flatten the imports or merge fragments."};
            case CPO310 -> new String[]{"A rule pack (extra DRL rules) does not compile; the diagnostic points at the pack's file, line and column.",
                    "Fix the rule; docs/rule-packs.md lists the facts a pack can match and how it inserts a Finding."};
            case CPO311 -> new String[]{"A rule pack did not run to its end: it went past the bound on rule firings, a rule threw, or it inserted a finding without an id or with an unknown severity.",
                    "Fix the rule the diagnostic points at: a rule must not re-insert or modify what it matches without a condition that stops it."};
            case CPO320 -> new String[]{"The project configuration (`.cpo.yaml`) has a key it does not take, or a misspelled one (`fail_on` for `fail-on`).",
                    "Use the key the hint suggests; docs/config.md lists every key."};
            case CPO321 -> new String[]{"A value of the project configuration is of the wrong kind or unknown: a level, a format, a finding id or a severity that does not exist, a text where a list is wanted.",
                    "Write the value the hint suggests; docs/config.md shows every setting with an example."};
        };
    }
}
