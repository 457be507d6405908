package org.cpoadvisor.sweep.spark;

import org.cpoadvisor.advisor.Advisor;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link Advisor} is built from, as text, so that it travels to Spark's executors and each
 * builds the same advisor there (the driver's files need not exist on the executors): what
 * {@link Advisor.Builder} takes. {@link #BUILT_IN}: the built-in catalog, policy and rules only.
 *
 * @param catalogs       extra catalog files' texts (laid over the built-in catalog in this order)
 * @param policies       policy overrides in the language ({@link Advisor.Builder#policy(String)})
 * @param rulePacks      rule packs' DRL texts ({@link Advisor.Builder#rulePack(String, String)})
 * @param maxRuleFirings the rule packs' firings per advice; 0: the advisor's default
 */
public record AdvisorSetup(List<NamedText> catalogs, List<String> policies, List<NamedText> rulePacks, int maxRuleFirings)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The plain built-in advisor ({@code new Advisor()}). */
    public static final AdvisorSetup BUILT_IN = new AdvisorSetup(List.of(), List.of(), List.of(), 0);

    /** A text and the name it had (a file's path): its name is kept in diagnostics where the builder takes one. */
    public record NamedText(String name, String text) implements Serializable {
        private static final long serialVersionUID = 1L;

        public NamedText {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }

        /**
         * The file of this text where it is at hand (the driver, local mode): the file it is named by,
         * when it holds this text; else {@code null} (an executor on another machine).
         */
        Path file() {
            try {
                Path p = Path.of(name);
                return Files.isRegularFile(p) && Files.readString(p).equals(text) ? p : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** A file's text, named by its path. */
        public static NamedText of(Path file) {
            try {
                return new NamedText(file.toString(), Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }

    public AdvisorSetup {
        catalogs = List.copyOf(catalogs);
        policies = List.copyOf(policies);
        rulePacks = List.copyOf(rulePacks);
        if (maxRuleFirings < 0) throw new IllegalArgumentException("maxRuleFirings must not be negative: " + maxRuleFirings);
    }

    public AdvisorSetup withCatalog(NamedText catalog) {
        List<NamedText> all = new ArrayList<>(catalogs);
        all.add(catalog);
        return new AdvisorSetup(all, policies, rulePacks, maxRuleFirings);
    }

    public AdvisorSetup withPolicy(String policy) {
        List<String> all = new ArrayList<>(policies);
        all.add(Objects.requireNonNull(policy, "policy"));
        return new AdvisorSetup(catalogs, all, rulePacks, maxRuleFirings);
    }

    public AdvisorSetup withRulePack(NamedText drl) {
        List<NamedText> all = new ArrayList<>(rulePacks);
        all.add(drl);
        return new AdvisorSetup(catalogs, policies, all, maxRuleFirings);
    }

    public AdvisorSetup withMaxRuleFirings(int firings) {
        return new AdvisorSetup(catalogs, policies, rulePacks, firings);
    }

    /**
     * Builds the advisor: {@code new Advisor()} for {@link #BUILT_IN}, else through {@link Advisor#builder()}.
     * The builder takes a catalog as a file only: the file the text came from where it is at hand with
     * the same text, else a copy written to a temporary folder under its file name (on an executor,
     * where its entries, not its path, matter: the driver has checked it and summarises).
     *
     * @throws org.cpoadvisor.advisor.AdvisorSetupException with the problems, as the builder does
     */
    public Advisor build() {
        if (equals(BUILT_IN)) return new Advisor();
        Advisor.Builder b = Advisor.builder();
        Path dir = null;
        try {
            for (int i = 0; i < catalogs.size(); i++) {
                NamedText c = catalogs.get(i);
                Path own = c.file();
                if (own != null) {
                    b.catalog(own);
                    continue;
                }
                if (dir == null) dir = Files.createTempDirectory("cpo-sweep-catalogs");
                Path name = Path.of(c.name()).getFileName();
                Path file = Files.createDirectories(dir.resolve(Integer.toString(i))).resolve(name == null ? "catalog.cpo" : name.toString());
                Files.writeString(file, c.text());
                b.catalog(file);
            }
            policies.forEach(b::policy);
            rulePacks.forEach(p -> b.rulePack(p.text(), p.name()));
            if (maxRuleFirings > 0) b.maxRuleFirings(maxRuleFirings);
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the extra catalogs to a temporary folder: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind: harmless
        }
    }
}
