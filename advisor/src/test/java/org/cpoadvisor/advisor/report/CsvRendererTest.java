package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.Advice;
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
    private static final List<String> HEADER = List.of("file", "site", "stage", "year", "category", "catalog_id", "description",
            "quantity", "unit_price", "extended_price", "power_w", "currency");

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cpoadvisor.advisor.report.JsonRendererTest#samples")
    void everyBomLineIsARowAndTheRowsAddUpToEachStagesCapex(Path sample) {
        Advice a = ADVISOR.advise(sample);
        List<List<String>> rows = parse(CSV.render(a));
        assertThat(rows.get(0)).isEqualTo(HEADER);
        List<List<String>> body = rows.subList(1, rows.size());
        long lines = a.roadmap().stream().flatMap(r -> r.stages().stream()).mapToLong(s -> s.lines().size()).sum();
        assertThat(body).hasSize((int) lines).allSatisfy(r -> {
            assertThat(r).hasSize(HEADER.size());
            assertThat(r.get(0)).isEqualTo(sample.toString().replace('\\', '/'));
            assertThat(r.get(11)).isEqualTo(a.currency());
            assertThat(r.get(3)).matches("\\d{4}");
            assertThat(r.get(7)).matches("\\d+");
            assertThat(r.get(8)).matches("\\d+\\.\\d{2}");
            assertThat(r.get(9)).matches("\\d+\\.\\d{2}");
            assertThat(r.get(10)).matches("\\d+\\.\\d");
            // extended = quantity x unit price, within the rounding of the unit price to cents
            BigDecimal quantity = new BigDecimal(r.get(7));
            assertThat(new BigDecimal(r.get(8)).multiply(quantity).subtract(new BigDecimal(r.get(9))).abs())
                    .isLessThanOrEqualTo(quantity.multiply(new BigDecimal("0.005")).add(new BigDecimal("0.005")));
        });
        for (Advice.SiteRoadmap r : a.roadmap()) {
            double site = 0;
            for (Advice.Stage s : r.stages()) {
                List<BigDecimal> extended = body.stream()
                        .filter(row -> row.get(1).equals(r.site()) && row.get(2).equals(s.name()) && row.get(3).equals(Integer.toString(s.year())))
                        .map(row -> new BigDecimal(row.get(9))).toList();
                assertThat(extended).hasSize(s.lines().size());
                double sum = extended.stream().reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
                // each row is rounded to the cent: the sum is the stage's capex within half a cent a row
                assertThat(sum).as(r.site() + " " + s.name()).isCloseTo(s.capex(), offset(0.005 * s.lines().size() + 1e-6));
                site += sum;
            }
            assertThat(site).as(r.site()).isCloseTo(r.capex(), offset(0.005 * body.size() + 1e-6));
        }
    }

    @Test
    void theAiFactorySampleBuysSomething() {
        List<List<String>> rows = parse(CSV.render(ADVISOR.advise(Path.of("../samples/ai-factory.cpo"))));
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.get(1)).startsWith("../samples/ai-factory.cpo", "dal-1", "pilot", "2026", "switch");
    }

    @Test
    void namesWithCommasQuotesAndLineBreaksSurviveTheRoundTrip() throws IOException {
        String sample = Files.readString(Path.of("../samples/ai-factory.cpo"));
        assertThat(sample).contains("site \"dal-1\"");
        Advice a = ADVISOR.advise(sample.replace("site \"dal-1\"", "site \"dal,\\\"1\\\"\""), "odd.cpo");
        assertThat(a.hasErrors()).as(a.diagnostics().toString()).isFalse();
        String odd = "dal,\"1\"";
        assertThat(a.roadmap().get(0).site()).isEqualTo(odd);
        String csv = CSV.render(a);
        assertThat(csv).contains("\"dal,\"\"1\"\"\"");
        List<List<String>> rows = parse(csv);
        assertThat(rows).filteredOn(r -> r.get(1).equals(odd)).isNotEmpty()
                .anySatisfy(r -> assertThat(r.get(6)).contains(odd + ".").contains(", "));
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(HEADER.size()));

        // a made-up line with every special character, and a null field
        Advice.BomLine line = new Advice.BomLine("switch", "x-1", null, "spine", "a \"quoted\", comma\r\nand a line break", 3, 10.005, 30.015, 1.25 / 3, 1.25);
        Advice.Stage stage = new Advice.Stage("pilot", 2026, List.of(), List.of(line), 30.015, 0);
        Advice made = new Advice("m", null, List.of("m.cpo"), List.of(), List.of(), List.of(), List.of(),
                List.of(new Advice.SiteRoadmap(" s ", List.of(stage), 30.015)), List.of());
        List<List<String>> back = parse(CSV.render(made));
        assertThat(back).hasSize(2);
        assertThat(back.get(1)).containsExactly("m.cpo", " s ", "pilot", "2026", "switch", "x-1",
                "a \"quoted\", comma\r\nand a line break", "3", "10.01", "30.02", "1.3", "");
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
