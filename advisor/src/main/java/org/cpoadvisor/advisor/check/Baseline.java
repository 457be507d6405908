package org.cpoadvisor.advisor.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cpoadvisor.advisor.report.JsonEscapes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A baseline: the problems a project has accepted for now, so that a CI check fails
 * only on new ones, as linters do. Stored as JSON ({@code cpo-baseline/1}), one entry
 * per problem, sorted, so that it diffs well in review.
 */
public final class Baseline {

    public static final String SCHEMA = "cpo-baseline/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(JsonEscapes.INSTANCE); // no control or bidi character raw; read back exactly
    }

    private final Set<String> fingerprints;

    private Baseline(Set<String> fingerprints) {
        this.fingerprints = fingerprints;
    }

    public static Baseline of(Collection<Problem> problems) {
        Set<String> f = new TreeSet<>();
        problems.forEach(p -> f.add(p.fingerprint()));
        return new Baseline(f);
    }

    public boolean contains(Problem p) {
        return fingerprints.contains(p.fingerprint());
    }

    public int size() {
        return fingerprints.size();
    }

    /** Reads a baseline; a file that is not one is an {@link IOException} with a message for the user. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read baseline " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText()) || !root.path("problems").isArray()) {
            throw new IOException(file + " is not a cpo baseline (expected \"schema\": \"" + SCHEMA + "\")");
        }
        Set<String> f = new TreeSet<>();
        for (JsonNode n : root.path("problems")) {
            f.add(n.path("file").asText() + "|" + n.path("id").asText() + "|" + n.path("subject").asText());
        }
        return new Baseline(f);
    }

    /** The baseline as JSON text. */
    public static String write(List<Problem> problems) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode list = root.putArray("problems");
        TreeSet<String> seen = new TreeSet<>();
        problems.stream()
                .sorted(java.util.Comparator.comparing(Problem::fingerprint))
                .filter(p -> seen.add(p.fingerprint()))
                .forEach(p -> list.addObject().put("file", p.file()).put("id", p.id()).put("subject", p.subject())
                        .put("severity", p.severity()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
