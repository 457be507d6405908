package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Verdict;
import org.cpoadvisor.advisor.advice.StageKind;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class CsvRendererTest {

    private static final Advisor ADVISOR = new Advisor();
    private static final CsvRenderer CSV = new CsvRenderer();
    private static final List<String> HEADER = List.of("file", "site", "cluster", "verdict", "option", "chosen", "stage", "year",
            "place", "category", "catalog_id", "part_number", "description", "quantity", "unit_price", "extended_price",
            "unit_power_w", "power_w", "currency");
    private static final int SITE = 1, CLUSTER = 2, VERDICT = 3, OPTION = 4, CHOSEN = 5, STAGE = 6, YEAR = 7, PLACE = 8,
            CATEGORY = 9, CATALOG_ID = 10, PART_NUMBER = 11, DESCRIPTION = 12, QUANTITY = 13, UNIT_PRICE = 14,
            EXTENDED = 15, UNIT_POWER = 16, POWER = 17, CURRENCY = 18;

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes, CR/LF allowed inside quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStart = true;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (fieldStart && c == '"') {
                i++;
                while (true) {
                    if (i >= csv.length()) throw new AssertionError("unterminated quoted field");
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                fieldStart = false;
                if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                    throw new AssertionError("text after a closing quote at " + i);
                }
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') throw new AssertionError("bare CR at " + i);
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
                i += 2;
            } else if (c == '\n' || c == '"') {
                throw new AssertionError("bare " + (c == '"' ? "quote" : "LF") + " in an unquoted field at " + i);
            } else {
                field.append(c);
                fieldStart = false;
                i++;
            }
        }
        if (!row.isEmpty() || field.length() > 0) throw new AssertionError("the last record has no line end");
        return rows;
    }

    private static BigDecimal sum(List<List<String>> rows) {
        return rows.stream().map(r -> new BigDecimal(r.get(EXTENDED))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cpoadvisor.advisor.report.JsonRendererTest#samples")
    void everyBillLineIsARowAndTheRowsAddUpToEachOptionsAndEachStagesCapex(Path sample) {
        Advice a = ADVISOR.advise(sample);
        List<List<String>> rows = parse(CSV.render(a));
        assertThat(rows.get(0)).isEqualTo(HEADER);
        List<List<String>> body = rows.subList(1, rows.size());
        long billLines = a.clusters().stream().flatMap(c -> c.options().stream()).mapToLong(o -> o.bill().size()).sum();
        long stageLines = a.roadmap().stream().flatMap(r -> r.stages().stream()).mapToLong(s -> s.lines().size()).sum();
        assertThat(billLines).as("every cluster has a bill").isGreaterThanOrEqualTo(a.clusters().size());
        assertThat(body).hasSize((int) (billLines + stageLines)).allSatisfy(r -> {
            assertThat(r).hasSize(HEADER.size());
            assertThat(r.get(0)).isEqualTo(sample.toString().replace('\\', '/'));
            assertThat(r.get(CURRENCY)).isEqualTo(a.currency());
            assertThat(r.get(YEAR)).matches("\\d{4}");
            assertThat(r.get(PLACE)).matches("nic|leaf|spine|aggregation|core|gpu-leaf|leaf-spine|leaf-aggregation|aggregation-core|spares|cluster");
            assertThat(r.get(CATEGORY)).matches("switch|optic|optic-spare|laser|laser-spare|fibre|service");
            assertThat(r.get(CATALOG_ID)).isNotEmpty();
            assertThat(r.get(QUANTITY)).matches("\\d+");
            assertThat(r.get(UNIT_PRICE)).matches("\\d+\\.\\d{2}");
            assertThat(r.get(EXTENDED)).matches("\\d+\\.\\d{2}");
            assertThat(r.get(UNIT_POWER)).matches("\\d+\\.\\d");
            assertThat(r.get(POWER)).matches("\\d+\\.\\d");
            // a cluster's bill row names its cluster and option and no stage; a stage's row names its stage, the
            // cluster it buys for (whose verdict is positive) and the option it slices, and chooses nothing
            assertThat(r.get(CLUSTER)).isNotEmpty();
            assertThat(r.get(OPTION)).matches("baseline|refresh|lpo|cpo-spine|cpo-all");
            assertThat(r.get(VERDICT)).matches("adopt|pilot|prepare|wait");
            if (r.get(STAGE).isEmpty()) {
                assertThat(r.get(CHOSEN)).matches("true|false");
            } else {
                assertThat(r.get(CHOSEN)).isEmpty();
                assertThat(r.get(VERDICT)).isNotEqualTo("wait");
                assertThat(r.get(OPTION)).matches("cpo-spine|cpo-all");
            }
            // extended = quantity x unit price, within the rounding of the unit price to cents
            BigDecimal quantity = new BigDecimal(r.get(QUANTITY));
            assertThat(new BigDecimal(r.get(UNIT_PRICE)).multiply(quantity).subtract(new BigDecimal(r.get(EXTENDED))).abs())
                    .isLessThanOrEqualTo(quantity.multiply(new BigDecimal("0.005")).add(new BigDecimal("0.005")));
        });
        for (Advice.ClusterAdvice c : a.clusters()) {
            for (Advice.OptionFigures o : c.options()) {
                List<List<String>> bill = body.stream().filter(r -> r.get(SITE).equals(c.site()) && r.get(CLUSTER).equals(c.cluster())
                        && r.get(OPTION).equals(o.option()) && r.get(STAGE).isEmpty()).toList();
                assertThat(bill).as(c.path() + " " + o.option()).hasSize(o.bill().size())
                        .allSatisfy(r -> assertThat(r.get(CHOSEN)).isEqualTo(Boolean.toString(o.option().equals(c.option()))));
                // each row is rounded to the cent: the sum is the option's capex within half a cent a row
                assertThat(sum(bill).doubleValue()).as(c.path() + " " + o.option())
                        .isCloseTo(o.capex(), offset(0.005 * bill.size() + 1e-6));
            }
            assertThat(body).as("one chosen bill for " + c.path())
                    .filteredOn(r -> r.get(CLUSTER).equals(c.cluster()) && r.get(SITE).equals(c.site()) && r.get(CHOSEN).equals("true"))
                    .isNotEmpty().allSatisfy(r -> assertThat(r.get(OPTION)).isEqualTo(c.option()));
        }
        for (Advice.SiteRoadmap r : a.roadmap()) {
            double site = 0;
            for (Advice.Stage s : r.stages()) {
                List<List<String>> stage = body.stream().filter(row -> row.get(SITE).equals(r.site()) && row.get(STAGE).equals(s.kind().word())
                        && row.get(YEAR).equals(Integer.toString(s.year()))).toList();
                assertThat(stage).hasSize(s.lines().size());
                double sum = sum(stage).doubleValue();
                // each row is rounded to the cent: the sum is the stage's capex within half a cent a row
                assertThat(sum).as(r.site() + " " + s.kind()).isCloseTo(s.capex(), offset(0.005 * s.lines().size() + 1e-6));
                site += sum;
            }
            assertThat(site).as(r.site()).isCloseTo(r.capex(), offset(0.005 * body.size() + 1e-6));
        }
    }

    /**
     * A file whose every cluster waits still has something to buy: each cluster's baseline bill,
     * whose extended prices add up to the baseline's capex in the JSON report.
     */
    @Test
    void aFileWhoseClustersAllWaitListsTheirBaselineBills() throws IOException {
        Advice a = ADVISOR.advise("""
                architecture "All wait"
                site "edge" {
                  cooling air
                  staff remote
                  cluster "serve" {
                    workload inference
                    gpus 512 x L40S
                    nic 200G
                    traffic east-west 20 % north-south 80 %
                  }
                  cluster "rerank" {
                    workload inference
                    gpus 256 x L40S
                  }
                }
                """, "wait.cpo");
        assertThat(a.hasErrors()).as(a.diagnostics().toString()).isFalse();
        assertThat(a.clusters()).hasSize(2).allSatisfy(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.WAIT);
            assertThat(c.option()).isEqualTo("baseline");
        });
        assertThat(a.roadmap().stream().flatMap(r -> r.stages().stream()).flatMap(s -> s.lines().stream())).as("nothing staged").isEmpty();

        List<List<String>> rows = parse(CSV.render(a));
        List<List<String>> chosen = rows.subList(1, rows.size()).stream().filter(r -> r.get(CHOSEN).equals("true")).toList();
        assertThat(chosen).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get(OPTION)).isEqualTo("baseline");
            assertThat(r.get(VERDICT)).isEqualTo("wait");
        });
        // the baseline of a 200G cluster: NIC modules, leaf and spine switches with their modules, fibre
        assertThat(chosen).filteredOn(r -> r.get(CLUSTER).equals("serve"))
                .extracting(r -> r.get(PLACE) + " " + r.get(CATEGORY))
                .contains("nic optic", "leaf switch", "leaf optic", "spine switch", "gpu-leaf fibre");
        assertThat(chosen).filteredOn(r -> r.get(CLUSTER).equals("serve") && r.get(PLACE).equals("nic"))
                .singleElement().satisfies(r -> assertThat(r.get(QUANTITY)).isEqualTo("512"));

        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(new JsonRenderer().render(a)).at("/reports/0/clusters");
        for (com.fasterxml.jackson.databind.JsonNode c : json) {
            com.fasterxml.jackson.databind.JsonNode baseline = c.get("options").get(0);
            assertThat(baseline.get("option").asText()).isEqualTo("baseline");
            List<List<String>> bill = chosen.stream().filter(r -> r.get(CLUSTER).equals(c.get("cluster").asText())).toList();
            assertThat(bill).hasSize(baseline.get("bill").size());
            assertThat(sum(bill)).as(c.get("path").asText())
                    .isEqualByComparingTo(baseline.get("capex").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    @Test
    void theAiFactorySampleBuysSomething() {
        Advice a = ADVISOR.advise(Path.of("../samples/ai-factory.cpo"));
        List<List<String>> rows = parse(CSV.render(a));
        assertThat(rows).hasSizeGreaterThan(1);
        Advice.ClusterAdvice first = a.clusters().get(0);
        assertThat(rows.get(1)).startsWith("../samples/ai-factory.cpo", "dal-1", "gb300-train", first.verdict().word(), "baseline",
                Boolean.toString(first.option().equals("baseline")), "", Integer.toString(first.options().get(0).year()), "nic", "optic");
        // the pilot's rows name the cluster they buy for, its verdict and the option they slice
        // (phx-2.b300-train pilots the upper tiers on the platform of its best option, cpo-all: a cpo-spine slice)
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("../samples/ai-factory.cpo", "phx-2", "b300-train", "pilot",
                "cpo-spine", "", "pilot", "2026"));
    }

    @Test
    void namesWithCommasQuotesAndLineBreaksSurviveTheRoundTrip() throws IOException {
        String sample = Files.readString(Path.of("../samples/ai-factory.cpo"));
        assertThat(sample).contains("site \"phx-2\"");
        Advice a = ADVISOR.advise(sample.replace("site \"phx-2\"", "site \"phx,\\\"2\\\"\""), "odd.cpo");
        assertThat(a.hasErrors()).as(a.diagnostics().toString()).isFalse();
        String odd = "phx,\"2\"";
        assertThat(a.roadmap().get(1).site()).isEqualTo(odd);
        String csv = CSV.render(a);
        assertThat(csv).contains("\"phx,\"\"2\"\"\"");
        List<List<String>> rows = parse(csv);
        assertThat(rows).filteredOn(r -> r.get(1).equals(odd)).isNotEmpty()
                .anySatisfy(r -> assertThat(r.get(DESCRIPTION)).contains(odd + ".").contains(", "));
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(HEADER.size()));

        // a made-up line with every special character, and a null field
        Advice.BomLine line = new Advice.BomLine("switch", "x-1", null, "spine", "a \"quoted\", comma\r\nand a line break", 3, 10.005, 30.015, 1.25 / 3, 1.25);
        Advice.Stage stage = new Advice.Stage(StageKind.PILOT, 2026, List.of(), List.of(line), 30.015, 0);
        Advice made = new Advice("m", null, List.of("m.cpo"), List.of(), List.of(), List.of(), List.of(),
                List.of(new Advice.SiteRoadmap(" s ", List.of(stage), 30.015)), List.of());
        List<List<String>> back = parse(CSV.render(made));
        assertThat(back).hasSize(2);
        assertThat(back.get(1)).containsExactly("m.cpo", " s ", "", "", "", "", "pilot", "2026", "spine", "switch", "x-1", "",
                "a \"quoted\", comma\r\nand a line break", "3", "10.01", "30.02", "0.4", "1.3", "");
    }

    @Test
    void theFormatIsFixed() {
        Advice a = ADVISOR.advise(Path.of("../samples/ai-factory.cpo"));
        String csv = CSV.render(a);
        assertThat(csv).startsWith(String.join(",", HEADER) + "\r\n").endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(new CsvRenderer().render(new Advisor().advise(Path.of("../samples/ai-factory.cpo")))).isEqualTo(csv);
        assertThat(CSV.format()).isEqualTo("csv");
    }

    @Test
    void severalFilesGoInOneTableAndAFileWithErrorsAddsNoRows() {
        Advice ok = ADVISOR.advise(Path.of("../samples/ai-factory.cpo"));
        Advice bad = ADVISOR.advise("architecture \"x\"\nsite \"s\" { cluster \"c\" { gpus 8 x H10 } }\n", "bad.cpo");
        Advice edge = ADVISOR.advise(Path.of("../samples/mid-size-cloud.cpo"));
        List<List<String>> all = parse(CSV.render(List.of(ok, bad, edge)));
        List<List<String>> one = parse(CSV.render(ok));
        List<List<String>> other = parse(CSV.render(edge));
        assertThat(all).hasSize(one.size() + other.size() - 1);
        assertThat(all.subList(1, one.size())).isEqualTo(one.subList(1, one.size()));
        assertThat(all).noneMatch(r -> r.get(0).equals("bad.cpo"));
        assertThat(parse(CSV.render(bad))).containsExactly(HEADER);
    }
}
