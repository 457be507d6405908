package org.cpoadvisor.advisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.cpoadvisor.advisor.cli.CliTest.Run;
import org.cpoadvisor.advisor.report.DiffJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cpoadvisor.advisor.cli.CliTest.cpo;

/**
 * {@code cpo diff}, through the command line. The change is the one the REPL's test makes: min-gpus
 * 30,000 puts phx-2.b300-train (24,576 GPUs, piloting cpo-all in 2026) under the gate, so that it
 * waits; nothing else moves (every other cluster already waits). Waiting, it buys the baseline:
 * today's spectrum-4-800g with DSP modules instead of the photonics switches and their lasers.
 */
class DiffCommandTest {

    private static final Path FACTORY = Path.of("../samples/ai-factory.cpo");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Path[] pair(Path dir) throws IOException {
        String text = Files.readString(FACTORY);
        assertThat(text).contains("  min-gpus 4096 ");
        Path a = dir.resolve("before.cpo");
        Path b = dir.resolve("after.cpo");
        Files.writeString(a, text);
        Files.writeString(b, text.replace("  min-gpus 4096 ", "  min-gpus 30000 "));
        return new Path[]{a, b};
    }

    @Test
    void twoFilesTextShowsTheMovedVerdictTheNewFindingTheSitesAndTheBillAndExitsOne(@TempDir Path dir) throws IOException {
        Path[] f = pair(dir);
        Run r = cpo("diff", f[0].toString(), f[1].toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).startsWith("changes in the advice from " + f[0] + " to " + f[1] + ":\n  verdicts\n")
                .containsPattern("\n    phx-2\\.b300-train +pilot \\(cpo-all, 2026\\) → wait\n")
                .contains("  findings\n    + warning plan-contradicts-numbers [phx-2.b300-train]: ")
                .contains("  roadmap capex (USD)\n    phx-2  ")
                .contains("  site totals of the advised options (USD)\n    phx-2: capex ")
                .contains("  bills of materials of the advised options\n");
        // the verdict table names only the cluster that moved
        String verdicts = r.out().substring(r.out().indexOf("  verdicts\n"), r.out().indexOf("  findings\n"));
        assertThat(verdicts.lines().count()).isEqualTo(2);
        // the bill: the photonics switches and their lasers go, today's switches come back
        assertThat(r.out()).containsPattern("phx-2\\.b300-train +leaf +switch +spectrum-x-photonics-409t +[0-9,]+ +0 +-[0-9,]+\n")
                .containsPattern("phx-2\\.b300-train +leaf +switch +spectrum-4-800g +0 +[0-9,]+ +\\+[0-9,]+\n")
                .containsPattern("phx-2\\.b300-train +cluster +service +cpo-adoption +1 +0 +-1\n");
        // the site's roadmap was the pilot's capex; waiting, it buys nothing of CPO
        assertThat(r.out()).containsPattern("\n    phx-2  [0-9,]+ → 0 \\(-[0-9,]+\\)\n");
    }

    @Test
    void aFileAgainstItselfIsNoChangeAndExitsZero() {
        Run r = cpo("diff", FACTORY.toString(), FACTORY.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("no change in the advice from " + FACTORY + " to " + FACTORY + "\n");
    }

    @Test
    void markdownIsAPullRequestCommentWithATableAndFoldedDetails(@TempDir Path dir) throws IOException {
        Path[] f = pair(dir);
        Run r = cpo("diff", f[0].toString(), f[1].toString(), "--format", "markdown");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("### cpo diff: `" + f[0] + "` → `" + f[1] + "`\n\n**The advice changed:** 1 verdict moves, 1 finding added, ")
                .contains("| cluster | verdict | best CPO option | saving | Δ capex (USD) | Δ TCO (USD) | Δ power (kW) |\n")
                // the best CPO option of the cluster is the same option with the same figures: only the verdict moved
                .containsPattern("\n\\| phx-2\\.b300-train \\| pilot \\(cpo-all, 2026\\) → \\*\\*wait\\*\\* \\| cpo-all \\| [0-9.]+ % \\| 0 \\| 0 \\| 0 \\|\n")
                .contains("<details><summary>Sites: 1 with other totals</summary>")
                .contains("<details><summary>Findings: 1 added, 0 removed</summary>\n\n- added: warning `plan-contradicts-numbers` on `phx-2.b300-train`: ")
                .containsPattern("<details><summary>Bills of materials: \\d+ lines change</summary>")
                .contains("| phx-2.b300-train | cpo-all → baseline | cluster | service | cpo-adoption | 1 → 0 (-1) |\n")
                .endsWith("</details>\n");
        assertThat(r.out().split("\n\\| phx-2\\.b300-train \\| pilot", -1)).hasSize(2); // one row: the one cluster that moved
    }

    @Test
    void jsonIsValidAgainstItsSchemaAndSaysWhatMoved(@TempDir Path dir) throws IOException {
        Path[] f = pair(dir);
        Run r = cpo("diff", f[0].toString(), f[1].toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode doc = MAPPER.readTree(r.out());
        assertThat(violations(doc)).isEmpty();
        assertThat(doc.get("schema").asText()).isEqualTo("cpo-diff/1");
        assertThat(doc.at("/base/name").asText()).isEqualTo(f[0].toString());
        assertThat(doc.at("/changed").asBoolean()).isTrue();
        assertThat(doc.at("/comparable").asBoolean()).isTrue();
        List<String> moved = new ArrayList<>();
        for (JsonNode c : doc.get("clusters")) {
            if (c.get("verdictMoved").asBoolean()) moved.add(c.get("path").asText());
        }
        assertThat(moved).containsExactly("phx-2.b300-train");
        JsonNode b300 = null;
        for (JsonNode c : doc.get("clusters")) if (c.get("path").asText().equals("phx-2.b300-train")) b300 = c;
        assertThat(b300.at("/before/verdict").asText()).isEqualTo("pilot");
        assertThat(b300.at("/before/option").asText()).isEqualTo("cpo-all");
        assertThat(b300.at("/before/year").asInt()).isEqualTo(2026);
        assertThat(b300.at("/after/verdict").asText()).isEqualTo("wait");
        assertThat(b300.at("/after/advised/option").asText()).isEqualTo("baseline");
        assertThat(b300.at("/bestDelta/capex").asDouble()).isZero();
        assertThat(doc.at("/findings/0/change").asText()).isEqualTo("added");
        assertThat(doc.at("/findings/0/id").asText()).isEqualTo("plan-contradicts-numbers");
        assertThat(doc.at("/findings").size()).isEqualTo(1);
        // the site's totals are the sums of the advised options: before, cpo-all for b300; after, its baseline
        for (JsonNode s : doc.get("sites")) {
            assertThat(s.get("change").asText()).isEqualTo(s.get("site").asText().equals("phx-2") ? "changed" : "unchanged");
        }
        // the same inputs, the same bytes
        assertThat(cpo("diff", f[0].toString(), f[1].toString(), "--format", "json").out()).isEqualTo(r.out());
    }

    @Test
    void theSchemaIsAValidDraft202012SchemaOfItsOwnVersion() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        try (InputStream in = DiffJson.class.getResourceAsStream(DiffJson.SCHEMA_RESOURCE)) {
            assertThat(in).as("the schema ships in the jar").isNotNull();
            JsonNode schema = MAPPER.readTree(in);
            assertThat(meta.validate(schema)).isEmpty();
            assertThat(schema.at("/properties/schema/const").asText()).isEqualTo(DiffJson.SCHEMA);
        }
    }

    @Test
    void theSchemaRejectsADocumentThatBreaksIt(@TempDir Path dir) throws IOException {
        Run r = cpo("diff", FACTORY.toString(), FACTORY.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode doc = MAPPER.readTree(r.out());
        assertThat(violations(doc)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("clusters").get(0)).put("change", "moved");
        assertThat(violations(doc)).isNotEmpty();
    }

    private static List<String> violations(JsonNode doc) throws IOException {
        try (InputStream in = DiffJson.class.getResourceAsStream(DiffJson.SCHEMA_RESOURCE)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(doc).stream().map(ValidationMessage::getMessage).toList();
        }
    }

    @Test
    void aSideWithErrorsHasNoAdviceToCompare(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.cpo");
        Files.writeString(broken, "architecture \"b\"\nsite \"s\" {\n  cooling liqud\n}\n");
        Run r = cpo("diff", FACTORY.toString(), broken.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(broken + " has errors: no advice to compare\n");
        assertThat(r.err()).contains(broken + ":3:11: error CPO208: unknown cooling `liqud`");
        assertThat(r.out() + r.err()).doesNotContain("Exception");
    }

    @Test
    void usageAndIoErrorsExitTwo(@TempDir Path dir) {
        Run one = cpo("diff", FACTORY.toString());
        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).contains("cpo diff: give two files, BASE and HEAD, or one file with --git REV");
        Run missing = cpo("diff", FACTORY.toString(), dir.resolve("nothing.cpo").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cpo diff: cannot read " + dir.resolve("nothing.cpo") + ": no such file");
        Run format = cpo("diff", FACTORY.toString(), FACTORY.toString(), "--format", "sarif");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format `sarif`; formats: text, markdown, json");
        Run two = cpo("diff", "--git", "main", FACTORY.toString(), FACTORY.toString());
        assertThat(two.exit()).isEqualTo(2);
        assertThat(two.err()).contains("with --git REV, give one file");
        Run over = cpo("diff", FACTORY.toString(), FACTORY.toString(), "-o", FACTORY.toString());
        assertThat(over.exit()).isEqualTo(2);
        assertThat(over.err()).contains("will not overwrite");
    }

    @Test
    void theReportGoesToAFileWithO(@TempDir Path dir) throws IOException {
        Path[] f = pair(dir);
        Path md = dir.resolve("diff.md");
        Run r = cpo("diff", f[0].toString(), f[1].toString(), "--format", "markdown", "-o", md.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(md)).startsWith("### cpo diff: ");
    }

    // --git: a real repository in a temporary folder

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args) + ": " + out).isZero();
    }

    /** The import sample in a repository: a root file, and its fragments in two folders. */
    private static Path repository(Path dir) throws IOException, InterruptedException {
        Path repo = dir.resolve("repo");
        Path arch = repo.resolve("arch");
        Path from = Path.of("../samples/hyperscale-cn");
        try (var files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = arch.resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "base");
        return repo;
    }

    @Test
    void gitComparesTheFileAndItsImportsAtARevisionWithTheWorkingTree(@TempDir Path dir) throws Exception {
        Path repo = repository(dir);
        Path root = repo.resolve("arch/hyperscale-cn.cpo");
        Run same = cpo("diff", "--git", "HEAD", root.toString());
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).isEqualTo("no change in the advice from HEAD:arch/hyperscale-cn.cpo to " + root + "\n");

        // only an import changes (in another folder): the revision's import is the one the base reads
        Path site = repo.resolve("arch/sites/cn-north.cpo");
        String text = Files.readString(site);
        assertThat(text).contains("electricity 0.36 CNY/kWh");
        Files.writeString(site, text.replace("electricity 0.36 CNY/kWh", "electricity 1.36 CNY/kWh"));
        Run r = cpo("diff", "--git", "HEAD", root.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        JsonNode doc = MAPPER.readTree(r.out());
        assertThat(violations(doc)).isEmpty();
        assertThat(doc.at("/base/name").asText()).isEqualTo("HEAD:arch/hyperscale-cn.cpo");
        assertThat(doc.at("/base/files/1").asText()).isEqualTo("HEAD:arch/sites/cn-north.cpo");
        // dearer energy on the northern site: its clusters' TCO rises, the eastern site's does not move
        for (JsonNode s : doc.get("sites")) {
            if (s.get("site").asText().equals("ulanqab-1")) {
                assertThat(s.at("/after/tco").asDouble()).isGreaterThan(s.at("/before/tco").asDouble());
            } else {
                assertThat(s.get("change").asText()).as(s.get("site").asText()).isEqualTo("unchanged");
            }
        }
        // the revision's files stay as they were: nothing of the repository is touched
        Run again = cpo("diff", "--git", "HEAD", root.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.out()).startsWith("changes in the advice from HEAD:arch/hyperscale-cn.cpo to " + root + ":\n");
    }

    @Test
    void anUnknownRevisionAFileNotInItOrNoRepositoryIsAnIoError(@TempDir Path dir) throws Exception {
        Path repo = repository(dir);
        Path root = repo.resolve("arch/hyperscale-cn.cpo");
        Run rev = cpo("diff", "--git", "no-such-branch", root.toString());
        assertThat(rev.exit()).isEqualTo(2);
        assertThat(rev.err()).contains("cpo diff: unknown revision `no-such-branch`");
        Path fresh = repo.resolve("arch/new.cpo");
        Files.copy(FACTORY, fresh);
        Run absent = cpo("diff", "--git", "HEAD", fresh.toString());
        assertThat(absent.exit()).isEqualTo(2);
        assertThat(absent.err()).contains("cpo diff: arch/new.cpo is not in revision `HEAD`");
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Path lone = outside.resolve("lone.cpo");
        Files.copy(FACTORY, lone);
        Run none = cpo("diff", "--git", "HEAD", lone.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("cpo diff: " + lone + " is not in a git repository");
        Run option = cpo("diff", "--git", "--output=x", root.toString());
        assertThat(option.exit()).isEqualTo(2);
    }

    @Test
    void withoutGitOnThePathGitIsAnIoError(@TempDir Path dir) throws Exception {
        Path repo = repository(dir);
        CliProcess.Result r = CliProcess.in(repo).after("PATH=/nonexistent; export PATH")
                .run("diff", "--git", "HEAD", "arch/hyperscale-cn.cpo");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("cpo diff: --git needs git on the PATH, and it cannot be run");
        assertThat(r.err()).doesNotContain("Exception");
    }
}
