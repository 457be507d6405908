package org.cpoadvisor.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.AdvisorSetupException;
import org.cpoadvisor.advisor.CheckOptions;
import org.cpoadvisor.advisor.CheckResult;
import org.cpoadvisor.advisor.ProjectConfig;
import org.cpoadvisor.advisor.ProjectConfigException;
import org.cpoadvisor.advisor.check.Baseline;
import org.cpoadvisor.advisor.advice.FailOn;
import org.cpoadvisor.advisor.check.Baseline;
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
 * <p>Uses only cpo-advisor's public API ({@link Advisor} and its check, {@link Advice}, the renderers, {@link SafeFiles}):
 * the check decides what fails as {@code cpo check} does.
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

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code note} or {@code never}.
     * Default: the project configuration's {@code fail-on}, else {@code error}.
     */
    @Parameter(property = "cpo.failOn")
    private String failOn;

    /** Where the reports go. */
    @Parameter(property = "cpo.outputDirectory", defaultValue = "${project.build.directory}/cpo")
    private File outputDirectory;

    /**
     * The reports to write: any of {@code sarif} ({@code cpo.sarif}), {@code junit}
     * ({@code TEST-cpo.xml}), {@code json}, {@code markdown}, {@code html}, {@code csv}, {@code text}.
     * Default: the project configuration's {@code outputs} (an output without a {@code file} goes to
     * {@code outputDirectory}), else {@code sarif,junit}.
     */
    @Parameter(property = "cpo.formats")
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

    /**
     * The project configuration to read ({@code .cpo.yaml}, docs/config.md). Default: the one found from
     * the project's folder up to the repository root. What this plugin's own parameters set wins over it.
     */
    @Parameter(property = "cpo.config")
    private File config;

    /** Reads no project configuration. */
    @Parameter(property = "cpo.noConfig", defaultValue = "false")
    private boolean noConfig;

    /** The project's folder: where the configuration is looked for first. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    /**
     * A baseline ({@code cpo-baseline/2} JSON, as {@code cpo check --write-baseline FILE} writes it): the
     * problems it records are reported as accepted and do not fail the build; only new ones do. A
     * baseline that is missing or is not one fails the build as an error of its configuration.
     */
    @Parameter(property = "cpo.baseline")
    private File baseline;

    /** Skips the check. */
    @Parameter(property = "cpo.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("cpo: check skipped");
            return;
        }
        ProjectConfig project = projectConfig();
        FailOn level = failOnLevel(project);
        List<Path> paths = paths();
        if (paths.isEmpty()) {
            getLog().info("cpo: no architecture files in " + directory + "; nothing to check");
            return;
        }
        CheckOptions options = project.checkOptions().withFailOn(level);
        Baseline accepted = baseline();
        if (accepted != null) {
            options = options.withBaseline(accepted);
        } else if (project.baseline() != null && Files.isRegularFile(project.baseline())) {
            try {
                options = options.withBaseline(Baseline.read(project.baseline()));
            } catch (IOException e) {
                throw new MojoExecutionException("cpo: " + e.getMessage(), e);
            }
        }
        CheckResult result = advisor(project).check(paths, options);
        List<String> failing = new ArrayList<>();
        for (CheckResult.Item i : result.items()) {
            String line = line(i);
            if (i.baselined()) {
                getLog().debug(line + " (in the baseline)");
                continue;
            }
            log(i.problem().severity(), line);
            if (i.fails()) failing.add(line);
        }
        List<Path> written = write(result.advices(), level, project);
        String summary = result.summary();
        getLog().info("cpo: " + summary + (written.isEmpty() ? "" : "; reports in " + outputDirectory));
        if (!failing.isEmpty()) {
            StringBuilder m = new StringBuilder("cpo: " + failing.size() + (failing.size() == 1 ? " problem reaches" : " problems reach")
                    + " failOn=" + level.name().toLowerCase(Locale.ROOT) + " (" + summary + "):");
            failing.stream().limit(20).forEach(l -> m.append("\n  ").append(l));
            if (failing.size() > 20) m.append("\n  … and ").append(failing.size() - 20).append(" more");
            if (!written.isEmpty()) m.append("\nreports: ").append(outputDirectory);
            throw new MojoFailureException(m.toString());
        }
    }

    private FailOn failOnLevel(ProjectConfig project) throws MojoExecutionException {
        if (failOn == null || failOn.isBlank()) return project.checkOptions().failOn();
        try {
            return FailOn.parse(failOn.strip());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("cpo: failOn takes error, warning, note or never, not `" + failOn + "`");
        }
    }

    /** The project configuration: {@code config}, else {@code .cpo.yaml} found from the project's folder; none with {@code noConfig}. */
    private ProjectConfig projectConfig() throws MojoFailureException {
        if (noConfig) return ProjectConfig.NONE;
        try {
            ProjectConfig read = config != null ? ProjectConfig.read(config.toPath())
                    : ProjectConfig.find(basedir != null ? basedir.toPath() : Path.of(""));
            if (read.file() != null) getLog().info(SafeText.line("cpo: configuration " + read.file()));
            return read;
        } catch (ProjectConfigException e) {
            e.diagnostics().forEach(d -> getLog().error(SafeText.line(d.summary() + (d.hint() == null ? "" : " (hint: " + d.hint() + ")"))));
            throw new MojoFailureException("cpo: the project configuration does not read:\n  "
                    + SafeText.text(e.getMessage()).replace("\n", "\n  "));
        }
    }

    /** The baseline when one is configured; null when none is. */
    private Baseline baseline() throws MojoExecutionException {
        if (baseline == null) return null;
        if (!baseline.isFile()) {
            throw new MojoExecutionException(SafeText.line("cpo: baseline file not found: " + baseline
                    + " (write one with `cpo check --write-baseline FILE`, or remove <baseline>)"));
        }
        try {
            return Baseline.read(baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(SafeText.line("cpo: " + e.getMessage()), e);
        }
    }

    /** A problem as the build log shows it: one line, a control or bidi character of a file shown, never obeyed. */
    private static String line(CheckResult.Item i) {
        Advice a = i.advice();
        String root = a.files().isEmpty() ? "" : a.files().get(0);
        Diagnostic d = i.diagnostic();
        if (d != null) {
            String line = d.summary() + (d.hint() == null ? "" : " (hint: " + d.hint() + ")");
            return SafeText.line(d.location() == null ? root + ": " + line : line);
        }
        Advice.FindingAdvice f = i.finding();
        String where = f.location() != null ? f.location().toString() : root;
        return SafeText.line(where + ": " + f.severity().word() + " " + f.id() + ": [" + f.subject() + "] " + f.message());
    }

    private Advisor advisor(ProjectConfig project) throws MojoFailureException {
        boolean plain = (rulePacks == null || rulePacks.isEmpty()) && catalog == null && (policy == null || policy.isBlank())
                && project.file() == null;
        if (plain) return new Advisor();
        List<Path> packs = rulePacks == null ? List.of() : rulePacks.stream().map(File::toPath).toList();
        Advisor.Builder b = project.advisorBuilder(packs, catalog == null ? null : catalog.toPath(), policy);
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

    private List<Path> write(List<Advice> advices, FailOn level, ProjectConfig project) throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        List<ProjectConfig.Output> wanted = new ArrayList<>();
        if (formats != null && !formats.isEmpty()) {
            formats.forEach(f -> wanted.add(new ProjectConfig.Output(f, null)));
        } else if (!project.outputs().isEmpty()) {
            wanted.addAll(project.outputs());
        } else {
            wanted.add(new ProjectConfig.Output("sarif", null));
            wanted.add(new ProjectConfig.Output("junit", null));
        }
        for (ProjectConfig.Output output : wanted) {
            String format = output.format().strip().toLowerCase(Locale.ROOT);
            if (format.isEmpty()) continue;
            Renderer renderer;
            String name;
            try {
                if (format.equals("sarif")) {
                    renderer = Advisor.sarifRenderer(sourceRoot == null ? Path.of("").toAbsolutePath() : sourceRoot.toPath().toAbsolutePath());
                } else {
                    renderer = Advisor.renderer(format, level.name().toLowerCase(Locale.ROOT));
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
            Path target = output.file() != null ? output.file() : outputDirectory.toPath().resolve(name);
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
}
