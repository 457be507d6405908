package org.cpoadvisor.maven;

import org.cpoadvisor.dsl.diag.Severity;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.AdvisorSetupException;
import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.advisor.report.Renderer;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SafeText;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code cpo:check}: checks the project's architecture files ({@code .cpo}, and
 * {@code .json}/{@code .yaml} when named) with cpo-advisor, writes a SARIF and a JUnit
 * report under {@code target/cpo/}, and fails the build when a diagnostic or a finding
 * reaches {@code failOn}. Bound to {@code verify} by default.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>org.cpoadvisor</groupId>
 *   <artifactId>cpo-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions><execution><goals><goal>check</goal></goals></execution></executions>
 *   <configuration><failOn>warning</failOn></configuration>
 * </plugin>
 * }</pre>
 *
 * <p>Uses only cpo-advisor's public API ({@link Advisor}, {@link Advice}, the renderers, {@link SafeFiles}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The folder searched for architecture files. */
    @Parameter(property = "cpo.directory", defaultValue = "${project.basedir}/src/main/cpo")
    private File directory;

    /** Glob patterns, relative to {@code directory}, of the files to check. Default: {@code **}{@code /*.cpo}. */
    @Parameter
    private List<String> includes;

    /** Glob patterns, relative to {@code directory}, of files to leave out. */
    @Parameter
    private List<String> excludes;

    /**
     * Files to check instead of searching {@code directory} (.cpo, .json, .yaml). A file that
     * another checked file imports is checked as part of it, not alone.
     */
    @Parameter(property = "cpo.files")
    private List<File> files;

    /** The lowest severity that fails the build: {@code error}, {@code warning}, {@code note} or {@code never}. */
    @Parameter(property = "cpo.failOn", defaultValue = "error")
    private String failOn;

    /** Where the reports go. */
    @Parameter(property = "cpo.outputDirectory", defaultValue = "${project.build.directory}/cpo")
    private File outputDirectory;

    /**
     * The reports to write: any of {@code sarif} ({@code cpo.sarif}), {@code junit}
     * ({@code TEST-cpo.xml}), {@code json}, {@code markdown}, {@code html}, {@code csv}, {@code text}.
     */
    @Parameter(property = "cpo.formats", defaultValue = "sarif,junit")
    private List<String> formats;

    /** SARIF places are relative to this folder (by default, where Maven was started: the repository root). */
    @Parameter(property = "cpo.sourceRoot", defaultValue = "${session.executionRootDirectory}")
    private File sourceRoot;

    /** Rule packs (DRL files) whose rules add findings (docs/rule-packs.md). A rule pack is code. */
    @Parameter
    private List<File> rulePacks;

    /** An extra catalog file (catalog blocks in the language) laid over the built-in catalog. */
    @Parameter(property = "cpo.catalog")
    private File catalog;

    /** Policy settings in the language that override every file's policy, e.g. {@code min-gpus 2048}. */
    @Parameter(property = "cpo.policy")
    private String policy;

    /** Skips the check. */
    @Parameter(property = "cpo.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("cpo: check skipped");
            return;
        }
        int failRank = rank(failOn);
        if (failRank < 0 && !"never".equalsIgnoreCase(failOn)) {
            throw new MojoExecutionException("cpo: failOn takes error, warning, note or never, not `" + failOn + "`");
        }
        List<Path> paths = paths();
        if (paths.isEmpty()) {
            getLog().info("cpo: no architecture files in " + directory + "; nothing to check");
            return;
        }
        Advisor advisor = advisor();
        List<Advice> advices = advisor.adviseAll(paths);
        long errors = 0, warnings = 0, notes = 0;
        List<String> failing = new ArrayList<>();
        for (Advice a : advices) {
            String root = a.files().isEmpty() ? "" : a.files().get(0);
            for (Diagnostic d : a.diagnostics()) {
                String line = d.summary() + (d.hint() == null ? "" : " (hint: " + d.hint() + ")");
                if (d.location() == null) line = root + ": " + line;
                line = SafeText.line(line); // the build log shows a control or bidi character of a file, never obeys it
                String severity = d.severity().word();
                log(severity, line);
                if (fails(severity, failRank)) failing.add(line);
            }
            for (Advice.FindingAdvice f : a.findings()) {
                String where = f.location() != null ? f.location().toString() : root;
                String line = SafeText.line(where + ": " + f.severity().word() + " " + f.id() + ": [" + f.subject() + "] " + f.message());
                log(f.severity().word(), line);
                if (fails(f.severity().word(), failRank)) failing.add(line);
            }
            errors += a.count(Severity.ERROR);
            warnings += a.count(Severity.WARNING);
            notes += a.count(Severity.NOTE);
        }
        List<Path> written = write(advices);
        String summary = advices.size() + (advices.size() == 1 ? " file, " : " files, ") + plural(errors, "error") + ", "
                + plural(warnings, "warning") + ", " + plural(notes, "note");
        getLog().info("cpo: " + summary + (written.isEmpty() ? "" : "; reports in " + outputDirectory));
        if (!failing.isEmpty()) {
            StringBuilder m = new StringBuilder("cpo: " + failing.size() + (failing.size() == 1 ? " problem reaches" : " problems reach")
                    + " failOn=" + failOn.toLowerCase(Locale.ROOT) + " (" + summary + "):");
            failing.stream().limit(20).forEach(l -> m.append("\n  ").append(l));
            if (failing.size() > 20) m.append("\n  … and ").append(failing.size() - 20).append(" more");
            if (!written.isEmpty()) m.append("\nreports: ").append(outputDirectory);
            throw new MojoFailureException(m.toString());
        }
    }

    private Advisor advisor() throws MojoFailureException {
        boolean plain = (rulePacks == null || rulePacks.isEmpty()) && catalog == null && (policy == null || policy.isBlank());
        if (plain) return new Advisor();
        Advisor.Builder b = Advisor.builder();
        if (catalog != null) b.catalog(catalog.toPath());
        if (policy != null && !policy.isBlank()) b.policy(policy);
        if (rulePacks != null) rulePacks.forEach(f -> b.rulePack(f.toPath()));
        try {
            Advisor advisor = b.build();
            if (!advisor.rulePacks().isEmpty()) getLog().info(SafeText.line("cpo: rule packs " + String.join(", ", advisor.rulePacks())));
            return advisor;
        } catch (AdvisorSetupException e) {
            e.diagnostics().forEach(d -> getLog().error(SafeText.line(d.summary())));
            throw new MojoFailureException("cpo: the configuration does not read:\n  " + SafeText.text(e.getMessage()).replace("\n", "\n  "));
        }
    }

    /** The files to check: {@code files} when given, else {@code includes} under {@code directory}, sorted. */
    private List<Path> paths() throws MojoExecutionException {
        List<Path> out = new ArrayList<>();
        if (files != null && !files.isEmpty()) {
            for (File f : files) out.add(display(f.toPath()));
            return out;
        }
        Path dir = directory.toPath();
        if (!Files.isDirectory(dir)) return out;
        List<PathMatcher> in = matchers(includes == null || includes.isEmpty() ? List.of("**/*.cpo") : includes);
        List<PathMatcher> out2 = matchers(excludes == null ? List.of() : excludes);
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                Path rel = dir.relativize(p);
                if (in.stream().anyMatch(m -> m.matches(rel)) && out2.stream().noneMatch(m -> m.matches(rel))) {
                    out.add(display(p));
                }
            });
        } catch (IOException e) {
            throw new MojoExecutionException("cpo: cannot list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** {@code **}{@code /*.cpo} also matches a file right in the folder, as Maven's own includes do. */
    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            String glob = g.replace('\\', '/');
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
        }
        return out;
    }

    /** A path relative to the working directory when under it, so that messages stay short. */
    private static Path display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : abs;
    }

    private List<Path> write(List<Advice> advices) throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        List<String> wanted = formats == null ? List.of("sarif", "junit") : formats;
        for (String raw : wanted) {
            String format = raw.strip().toLowerCase(Locale.ROOT);
            if (format.isEmpty()) continue;
            Renderer renderer;
            String name;
            try {
                if (format.equals("sarif")) {
                    renderer = Advisor.sarifRenderer(sourceRoot == null ? Path.of("").toAbsolutePath() : sourceRoot.toPath().toAbsolutePath());
                } else {
                    renderer = Advisor.renderer(format, rank(failOn) < 0 ? "never" : failOn.toLowerCase(Locale.ROOT));
                }
                name = switch (format) {
                    case "sarif" -> "cpo.sarif";
                    case "junit" -> "TEST-cpo.xml";
                    case "markdown" -> "cpo.md";
                    case "text" -> "cpo.txt";
                    default -> "cpo." + format;
                };
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("cpo: " + e.getMessage());
            }
            Path target = outputDirectory.toPath().resolve(name);
            try {
                // as the command line writes: atomically, keeping a replaced file's permissions, through links and devices
                SafeFiles.write(target, renderer.render(advices));
            } catch (IOException e) {
                throw new MojoExecutionException("cpo: cannot write " + target + ": " + e.getMessage(), e);
            }
            written.add(target);
        }
        return written;
    }

    private void log(String severity, String line) {
        switch (severity) {
            case "error" -> getLog().error(line);
            case "warning" -> getLog().warn(line);
            default -> getLog().info(line);
        }
    }

    /** 0 error, 1 warning, 2 note; -1 for never (or a word that is none of them). */
    private static int rank(String level) {
        return switch (level == null ? "" : level.toLowerCase(Locale.ROOT)) {
            case "error" -> 0;
            case "warning" -> 1;
            case "note" -> 2;
            default -> -1;
        };
    }

    private static boolean fails(String severity, int failRank) {
        int r = rank(severity);
        return failRank >= 0 && r >= 0 && r <= failRank;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
