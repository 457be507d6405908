package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.FailOn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's configuration for cpo-advisor: the {@code .cpo.yaml} file that {@code cpo check},
 * {@code cpo advise}, {@code cpo explain}, the REPL and the Maven plugin all read (docs/config.md).
 *
 * <pre>{@code
 * fail-on: warning
 * outputs: [{format: sarif, file: cpo.sarif}, {format: text}]
 * rules: [rules/acme.drl]
 * catalog: catalog/acme.cpo
 * baseline: cpo-baseline.json
 * policy: {min-gpus: 2048, min-saving: 5 %}
 * findings: {maintenance-risk: note, assumed-figures: off}
 * }</pre>
 *
 * <pre>{@code
 * ProjectConfig config = ProjectConfig.find(Path.of("arch/estate.cpo"));   // ProjectConfig.NONE when there is none
 * Advisor advisor = config.advisorBuilder(List.of(), null, null).build();
 * CheckResult result = advisor.check(files, config.checkOptions());
 * }</pre>
 *
 * <p>Paths in the file are relative to the file's folder; here they are resolved against it.
 *
 * @param file     the file read, or {@code null} for {@link #NONE}
 * @param failOn   {@code fail-on}, or {@code null} when not set
 * @param outputs  {@code outputs}: the reports a check writes, in order (empty: not set)
 * @param rules    {@code rules}: rule packs (DRL files)
 * @param catalog  {@code catalog}: an extra catalog file, or {@code null}
 * @param baseline {@code baseline}: the baseline file of a check, or {@code null}
 * @param policy   {@code policy}: policy settings in the language's words ({@code min-gpus} to {@code 2048}), in file order
 * @param findings {@code findings}: the severity given to each kind of finding, by id
 */
public record ProjectConfig(Path file, FailOn failOn, List<Output> outputs, List<Path> rules, Path catalog, Path baseline,
                            Map<String, String> policy, Map<String, FindingSeverity> findings) {

    /** The name the file is found by: {@value}. */
    public static final String FILE_NAME = ".cpo.yaml";

    /** The other name it may have, {@value}; where both are in one folder, {@link #FILE_NAME} wins. */
    public static final String OTHER_FILE_NAME = ".cpo.yml";

    /** No configuration: every setting is the tool's default. */
    public static final ProjectConfig NONE = new ProjectConfig(null, null, List.of(), List.of(), null, null, Map.of(), Map.of());

    /**
     * One report of a check.
     *
     * @param format a format of {@link Advisor#formats()}
     * @param file   where it goes, or {@code null} for standard output
     */
    public record Output(String format, Path file) {
    }

    public ProjectConfig {
        outputs = List.copyOf(outputs);
        rules = List.copyOf(rules);
        policy = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(policy));
        findings = Map.copyOf(findings);
    }

    /**
     * The configuration file that applies to {@code start} (a file or a folder): {@code .cpo.yaml}
     * (else {@code .cpo.yml}) in the folder, else in its parent, and so on up to the repository
     * root (the first folder holding {@code .git}) or the filesystem root.
     */
    public static Optional<Path> discover(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) dir = dir.getParent();
        for (; dir != null; dir = dir.getParent()) {
            for (String name : List.of(FILE_NAME, OTHER_FILE_NAME)) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) return Optional.of(shortest(candidate));
            }
            if (Files.exists(dir.resolve(".git"))) break; // the repository root: a folder, or a worktree's file
        }
        return Optional.empty();
    }

    /**
     * Reads a configuration file, with every check.
     *
     * @throws ProjectConfigException with diagnostics (file, line, column, code, hint) when it does not read
     */
    public static ProjectConfig read(Path file) {
        return ProjectConfigReader.read(file);
    }

    /** The configuration that applies to {@code start} ({@link #discover}), read; {@link #NONE} when there is none. */
    public static ProjectConfig find(Path start) {
        return discover(start).map(ProjectConfig::read).orElse(NONE);
    }

    /**
     * A builder of the advisor this configuration describes, with what a command line or a build
     * names laid over it: rule packs or a catalog named there replace the configuration's; policy
     * settings named there override its settings one by one.
     *
     * @param rulePacks rule packs named (empty: the configuration's)
     * @param catalog   an extra catalog named, or {@code null} for the configuration's
     * @param policy    policy settings in the language, or {@code null}
     */
    public Advisor.Builder advisorBuilder(List<Path> rulePacks, Path catalog, String policy) {
        Advisor.Builder b = Advisor.builder();
        Path extra = catalog != null ? catalog : this.catalog;
        if (extra != null) b.catalog(extra);
        if (!this.policy.isEmpty()) b.policy(this.policy);
        if (policy != null && !policy.isBlank()) b.policy(policy);
        (rulePacks.isEmpty() ? rules : rulePacks).forEach(b::rulePack);
        return b;
    }

    /** The check options this configuration sets: its fail-on level (else errors) and its findings' severities. */
    public CheckOptions checkOptions() {
        return CheckOptions.DEFAULT.withFailOn(failOn == null ? FailOn.ERROR : failOn).withSeverities(findings);
    }

    /** The files the configuration names that a run reads: its rule packs and catalog (a report never replaces one). */
    public List<Path> files() {
        List<Path> all = new ArrayList<>(rules);
        if (catalog != null) all.add(catalog);
        if (file != null) all.add(file);
        return all;
    }

    /** A path relative to the working folder when it is under it, so that messages stay short; else absolute. */
    static Path shortest(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : abs;
    }
}
