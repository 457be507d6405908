package org.cpoadvisor.advisor.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cpoadvisor.advisor.report.JsonEscapes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A baseline: the problems a project has accepted for now, so that a CI check fails
 * only on new ones, as linters do. Stored as JSON ({@code cpo-baseline/2}), one entry
 * per problem, sorted, so that it diffs well in review.
 *
 * <p>An entry is keyed by what the user wrote, never by the tool's message: its kind, its id (a finding id or
 * a diagnostic code), its anchor (a finding's subject, {@code sh-01.train-a}; a diagnostic's source line,
 * stripped, {@code nic 800 Gb}) and its file, relative to the baseline's own folder with {@code /} between
 * names, so that a baseline kept in the repository survives moving the checkout and running from another
 * folder. The entry's {@code severity} and {@code message} are there for the reader only. A
 * {@code cpo-baseline/1} file (keyed by file as given, id, and subject or message) is still read; a new
 * baseline is always written as {@code cpo-baseline/2}.
 */
public final class Baseline {

    public static final String SCHEMA = "cpo-baseline/2";
    /** The first schema: read, never written. */
    public static final String SCHEMA_1 = "cpo-baseline/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(JsonEscapes.INSTANCE); // no control or bidi character raw; read back exactly
    }

    private final Map<String, String> entries; // key -> how a stale entry is named
    private final Path folder;                 // absolute; files are relative to it
    private final boolean first;               // cpo-baseline/1: keyed by Problem.fingerprint()
    private final String name;

    private Baseline(Map<String, String> entries, Path folder, boolean first, String name) {
        this.entries = entries;
        this.folder = folder;
        this.first = first;
        this.name = name;
    }

    /** A baseline of these problems, its files relative to the working directory. */
    public static Baseline of(Collection<Problem> problems) {
        Path here = Path.of("").toAbsolutePath();
        Map<String, String> e = new TreeMap<>();
        problems.forEach(p -> e.put(key(p, here), describe(p.kind(), p.id(), p.anchor(), relative(p.file(), here))));
        return new Baseline(e, here, false, "baseline");
    }

    /** Whether the baseline accepts the problem. */
    public boolean contains(Problem p) {
        return entries.containsKey(keyOf(p));
    }

    public int size() {
        return entries.size();
    }

    /** The baseline's name as it was given ({@code cpo-baseline.json}), for messages. */
    public String name() {
        return name;
    }

    /** The schema the baseline was read in: {@link #SCHEMA}, or {@link #SCHEMA_1} for an old one. */
    public String schema() {
        return first ? SCHEMA_1 : SCHEMA;
    }

    /**
     * The entries that match none of {@code problems} (all of a check's, suppressed ones included), each
     * as a line ({@code finding power-cap [sh-01] in arch/estate.cpo}), sorted: what was fixed since, or
     * moved out of the files checked; {@code --write-baseline} drops them.
     */
    public List<String> stale(Collection<Problem> problems) {
        Set<String> hit = new HashSet<>();
        problems.forEach(p -> hit.add(keyOf(p)));
        List<String> out = new ArrayList<>();
        entries.forEach((k, v) -> {
            if (!hit.contains(k)) out.add(v);
        });
        return out;
    }

    private String keyOf(Problem p) {
        return first ? p.fingerprint() : key(p, folder);
    }

    private static String key(Problem p, Path folder) {
        return key(p.kind(), p.id(), p.anchor(), relative(p.file(), folder));
    }

    private static String key(String kind, String id, String anchor, String file) {
        return kind + "\u001f" + id + "\u001f" + anchor + "\u001f" + file;
    }

    private static String describe(String kind, String id, String anchor, String file) {
        String what = anchor.isEmpty() ? "" : kind.equals("finding") ? " [" + anchor + "]" : " `" + anchor + "`";
        return kind + " " + id + what + " in " + file;
    }

    /** A file's name relative to {@code folder}, with {@code /}; as given when it has none (another drive, no path). */
    static String relative(String file, Path folder) {
        if (file == null || file.isEmpty()) return "";
        try {
            Path rel = folder.relativize(Path.of(file).toAbsolutePath().normalize());
            List<String> parts = new ArrayList<>();
            rel.forEach(p -> parts.add(p.toString()));
            return String.join("/", parts);
        } catch (IllegalArgumentException e) { // InvalidPathException too
            return file;
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** Reads a baseline; a file that is not one is an {@link IOException} with a message for the user. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read baseline " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        String schema = root == null ? "" : root.path("schema").asText();
        if (root == null || !(SCHEMA.equals(schema) || SCHEMA_1.equals(schema)) || !root.path("problems").isArray()) {
            throw new IOException(file + " is not a cpo baseline (expected \"schema\": \"" + SCHEMA + "\")");
        }
        Map<String, String> e = new TreeMap<>();
        boolean first = SCHEMA_1.equals(schema);
        for (JsonNode n : root.path("problems")) {
            String id = n.path("id").asText();
            String f = n.path("file").asText();
            if (first) {
                String subject = n.path("subject").asText();
                e.put(f + "|" + id + "|" + subject, (id.startsWith("CPO") ? "diagnostic " : "finding ") + id
                        + (id.startsWith("CPO") ? " (" + subject + ")" : " [" + subject + "]") + " in " + f);
            } else {
                String kind = n.path("kind").asText();
                String anchor = n.path(kind.equals("finding") ? "subject" : "source").asText();
                e.put(key(kind, id, anchor, f), describe(kind, id, anchor, f));
            }
        }
        return new Baseline(e, folderOf(file), first, file.toString());
    }

    /** The baseline as JSON text, its files relative to the working directory. */
    public static String write(List<Problem> problems) throws IOException {
        return write(problems, Path.of("").toAbsolutePath().resolve("baseline.json"));
    }

    /** The baseline to be written to {@code baselineFile}, as JSON text: its files relative to that file's folder. */
    public static String write(List<Problem> problems, Path baselineFile) throws IOException {
        Path folder = folderOf(baselineFile);
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode list = root.putArray("problems");
        Set<String> seen = new HashSet<>();
        problems.stream()
                .sorted(Comparator.comparing((Problem p) -> relative(p.file(), folder)).thenComparing(Problem::kind)
                        .thenComparing(Problem::id).thenComparing(Problem::anchor))
                .filter(p -> seen.add(key(p, folder)))
                .forEach(p -> {
                    ObjectNode n = list.addObject().put("kind", p.kind()).put("id", p.id());
                    n.put(p.kind().equals("finding") ? "subject" : "source", p.anchor());
                    n.put("file", relative(p.file(), folder)).put("severity", p.severity()).put("message", p.message());
                });
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
