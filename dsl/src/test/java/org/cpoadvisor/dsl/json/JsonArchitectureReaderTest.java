package org.cpoadvisor.dsl.json;

import org.cpoadvisor.dsl.parse.JsonArchitectureReader;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.dsl.parse.TestCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonArchitectureReaderTest {

    private static final String CPO = """
            architecture "Acme"
            horizon 2025..2030
            currency USD
            assumptions { pue 1.3 electricity 0.08 USD/kWh rate CNY 7.1 }
            policy { min-saving 12 % pilot-window 2025..2026 }
            catalog { optic "lpo" { speed 800G kind lpo power 8.5 W source "datasheet" price 520 USD } }
            site "sh-01" {
              cooling liquid
              cluster "train-a" { gpus 16384 x B200 nic 800G traffic east-west 85 % north-south 15 % plan cpo from 2027 tiers spine }
            }
            """;

    private static final String JSON = """
            {
              "architecture": "Acme",
              "horizon": "2025..2030",
              "currency": "USD",
              "assumptions": { "pue": 1.3, "electricity": "0.08 USD/kWh", "rates": { "CNY": 7.1 } },
              "policy": { "min-saving": "12 %", "pilot-window": "2025..2026" },
              "catalog": { "optics": [ { "id": "lpo", "speed": "800G", "kind": "lpo", "power": "8.5 W",
                                         "price": "520 USD", "sources": { "power": "datasheet" } } ] },
              "sites": [ { "name": "sh-01", "cooling": "liquid",
                           "clusters": [ { "name": "train-a", "gpus": 16384, "accelerator": "B200", "nic": "800G",
                                           "traffic": "east-west 85 % north-south 15 %",
                                           "plan": "cpo from 2027 tiers spine" } ] } ]
            }
            """;

    private static final String YAML = """
            architecture: Acme
            horizon: 2025..2030
            currency: USD
            assumptions:
              pue: 1.3
              electricity: 0.08 USD/kWh
              rates: { CNY: 7.1 }
            policy:
              min-saving: 12 %
              pilot-window: 2025..2026
            catalog:
              optics:
                - { id: lpo, speed: 800G, kind: lpo, power: 8.5 W, price: 520 USD, sources: { power: datasheet } }
            sites:
              - name: sh-01
                cooling: liquid
                clusters:
                  - name: train-a
                    gpus: 16384 x B200
                    nic: 800G
                    traffic: east-west 85 % north-south 15 %
                    plan: cpo from 2027 tiers spine
            """;

    @Test
    void jsonGivesTheSameModelAsTheLanguage() {
        ReadResult cpo = TestCatalog.reader().read(CPO, "a.cpo");
        assertThat(cpo.diagnostics()).isEmpty();
        ReadResult json = new JsonArchitectureReader(TestCatalog.reader()).read(JSON, "a.json", Syntax.JSON, null);
        assertThat(json.diagnostics()).as(DiagnosticPrinter.render(json.diagnostics())).isEmpty();
        assertThat(json.architecture()).isEqualTo(cpo.architecture());
    }

    @Test
    void yamlGivesTheSameModelAsTheLanguage() {
        ReadResult cpo = TestCatalog.reader().read(CPO, "a.cpo");
        ReadResult yaml = new JsonArchitectureReader(TestCatalog.reader()).read(YAML, "a.yaml", Syntax.YAML, null);
        assertThat(yaml.diagnostics()).as(DiagnosticPrinter.render(yaml.diagnostics())).isEmpty();
        assertThat(yaml.architecture()).isEqualTo(cpo.architecture());
    }

    @Test
    void planesLasersAndPartNumbersReadAsInTheLanguage() {
        String cpo = """
                architecture "Acme"
                catalog {
                  switch "cpo" { ports 128 x 800G optics cpo laser "my els" lasers 16 part-number "SW-1 \\"B\\"" }
                  optic "o" { speed 800G kind lpo part-number "O-1" source "price list" }
                  laser "my els" { power 4 W price 2000 USD fit 200 fit available 2026 part-number "E-1" }
                }
                site "s" { cluster "c" { gpus 16 x H100 fabric fat-tree tiers 2 planes 4 rail-optimized } }
                """;
        String json = """
                {
                  "architecture": "Acme",
                  "catalog": {
                    "switches": [ { "id": "cpo", "ports": "128 x 800G", "optics": "cpo", "laser": "my els", "lasers": 16,
                                    "part-number": "SW-1 \\"B\\"" } ],
                    "optics": [ { "id": "o", "speed": "800G", "kind": "lpo", "part-number": "O-1",
                                  "sources": { "part-number": "price list" } } ],
                    "lasers": [ { "id": "my els", "power": "4 W", "price": "2000 USD", "fit": "200 fit", "available": 2026,
                                  "part-number": "E-1" } ]
                  },
                  "sites": [ { "name": "s", "clusters": [ { "name": "c", "gpus": 16, "accelerator": "H100",
                                                            "fabric": "fat-tree tiers 2 planes 4 rail-optimized" } ] } ]
                }
                """;
        String yaml = """
                architecture: Acme
                catalog:
                  switches:
                    - { id: cpo, ports: 128 x 800G, optics: cpo, laser: my els, lasers: 16, part-number: 'SW-1 "B"' }
                  optics:
                    - { id: o, speed: 800G, kind: lpo, part-number: O-1, sources: { part-number: price list } }
                  lasers:
                    - { id: my els, power: 4 W, price: 2000 USD, fit: 200 fit, available: 2026, part-number: E-1 }
                sites:
                  - name: s
                    clusters:
                      - { name: c, gpus: 16 x H100, fabric: fat-tree tiers 2 planes 4 rail-optimized }
                """;
        ReadResult fromCpo = TestCatalog.reader().read(cpo, "a.cpo");
        assertThat(fromCpo.diagnostics()).as(DiagnosticPrinter.render(fromCpo.diagnostics())).isEmpty();
        assertThat(fromCpo.architecture().sites().get(0).clusters().get(0).fabric().planes()).isEqualTo(4);
        ReadResult fromJson = new JsonArchitectureReader(TestCatalog.reader()).read(json, "a.json", Syntax.JSON, null);
        assertThat(fromJson.diagnostics()).as(DiagnosticPrinter.render(fromJson.diagnostics())).isEmpty();
        assertThat(fromJson.architecture()).isEqualTo(fromCpo.architecture());
        ReadResult fromYaml = new JsonArchitectureReader(TestCatalog.reader()).read(yaml, "a.yaml", Syntax.YAML, null);
        assertThat(fromYaml.diagnostics()).as(DiagnosticPrinter.render(fromYaml.diagnostics())).isEmpty();
        assertThat(fromYaml.architecture()).isEqualTo(fromCpo.architecture());
    }

    @Test
    void planesOutOfRangeInJsonIsPlacedAtTheFabricValue() {
        String json = """
                {
                  "architecture": "x",
                  "sites": [ { "name": "s", "clusters": [ { "name": "c", "gpus": 8, "accelerator": "H100",
                                                            "fabric": "fat-tree planes 0" } ] } ]
                }
                """;
        ReadResult r = new JsonArchitectureReader(TestCatalog.reader()).read(json, "x.json", Syntax.JSON, null);
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code().name()).isEqualTo("CPO204");
        assertThat(d.path()).isEqualTo("$.sites[0].clusters[0].fabric");
        // the value's opening quote: 44 spaces, then `"fabric": ` (10 characters)
        assertThat(d.location()).hasToString("x.json:4:55");
    }

    @Test
    void anUnknownFieldGetsADidYouMeanAtItsKey() {
        String json = JSON.replace("\"cooling\": \"liquid\"", "\"colling\": \"liquid\"");
        ReadResult r = new JsonArchitectureReader(TestCatalog.reader()).read(json, "a.json", Syntax.JSON, null);
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.summary()).isEqualTo("a.json:9:33: $.sites[0].colling: error CPO201: unknown property `colling` in a site");
        assertThat(d.hint()).isEqualTo("did you mean `cooling`?");
    }

    @Test
    void aBadValueIsReportedAtItsJsonPlaceAndPath() {
        String json = """
                {
                  "architecture": "x",
                  "sites": [ { "name": "s", "clusters": [ { "name": "c", "gpus": 8, "accelerator": "H100",
                                                            "nic": "800 W" } ] } ]
                }
                """;
        ReadResult r = new JsonArchitectureReader(TestCatalog.reader()).read(json, "x.json", Syntax.JSON, null);
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code().name()).isEqualTo("CPO212");
        assertThat(d.path()).isEqualTo("$.sites[0].clusters[0].nic");
        assertThat(d.location()).hasToString("x.json:4:52");
        assertThat(DiagnosticPrinter.render(d)).contains("\"nic\": \"800 W\"");
    }
    @Test
    void familyVendorPilotSwitchesAndVendorsReadAsInTheLanguage() {
        String cpo = """
                architecture "Acme"
                policy { pilot-switches 16 vendors "NVIDIA", "Broadcom \\"BRCM\\"" }
                catalog {
                  switch "q" { ports 144 x 800G optics cpo family infiniband vendor "NVIDIA" source "datasheet" }
                }
                site "s" { cluster "c" { gpus 16 x H100 } }
                """;
        String json = """
                {
                  "architecture": "Acme",
                  "policy": { "pilot-switches": 16, "vendors": ["NVIDIA", "Broadcom \\"BRCM\\""] },
                  "catalog": {
                    "switches": [ { "id": "q", "ports": "144 x 800G", "optics": "cpo", "family": "infiniband",
                                    "vendor": "NVIDIA", "sources": { "vendor": "datasheet" } } ]
                  },
                  "sites": [ { "name": "s", "clusters": [ { "name": "c", "gpus": 16, "accelerator": "H100" } ] } ]
                }
                """;
        String yaml = """
                architecture: Acme
                policy:
                  pilot-switches: 16
                  vendors:
                    - NVIDIA
                    - Broadcom "BRCM"
                catalog:
                  switches:
                    - { id: q, ports: 144 x 800G, optics: cpo, family: infiniband, vendor: NVIDIA, sources: { vendor: datasheet } }
                sites:
                  - name: s
                    clusters:
                      - { name: c, gpus: 16 x H100 }
                """;
        ReadResult fromCpo = TestCatalog.reader().read(cpo, "a.cpo");
        assertThat(fromCpo.diagnostics()).as(DiagnosticPrinter.render(fromCpo.diagnostics())).isEmpty();
        assertThat(fromCpo.architecture().policy().vendors()).containsExactly("NVIDIA", "Broadcom \"BRCM\"");
        ReadResult fromJson = new JsonArchitectureReader(TestCatalog.reader()).read(json, "a.json", Syntax.JSON, null);
        assertThat(fromJson.diagnostics()).as(DiagnosticPrinter.render(fromJson.diagnostics())).isEmpty();
        assertThat(fromJson.architecture()).isEqualTo(fromCpo.architecture());
        ReadResult fromYaml = new JsonArchitectureReader(TestCatalog.reader()).read(yaml, "a.yaml", Syntax.YAML, null);
        assertThat(fromYaml.diagnostics()).as(DiagnosticPrinter.render(fromYaml.diagnostics())).isEmpty();
        assertThat(fromYaml.architecture()).isEqualTo(fromCpo.architecture());
    }

    @Test
    void vendorsMayBeOneStringOfNamesOrNull() {
        JsonArchitectureReader reader = new JsonArchitectureReader(TestCatalog.reader());
        String yaml = "architecture: x\npolicy:\n  vendors: NVIDIA, Broadcom\nsites: [ { name: s, clusters: [ { name: c, gpus: 8 x H100 } ] } ]\n";
        ReadResult r = reader.read(yaml, "a.yaml", Syntax.YAML, null);
        assertThat(r.diagnostics()).as(DiagnosticPrinter.render(r.diagnostics())).isEmpty();
        assertThat(r.architecture().policy().vendors()).containsExactly("NVIDIA", "Broadcom");
        String json = "{ \"architecture\": \"x\", \"policy\": { \"vendors\": null, \"pilot-switches\": null },"
                + " \"sites\": [ { \"name\": \"s\", \"clusters\": [ { \"name\": \"c\", \"gpus\": \"8 x H100\" } ] } ] }";
        ReadResult n = reader.read(json, "a.json", Syntax.JSON, null);
        assertThat(n.diagnostics()).as(DiagnosticPrinter.render(n.diagnostics())).isEmpty();
        assertThat(n.architecture().policy().vendors()).isNull();
        assertThat(n.architecture().policy().pilotSwitches()).isNull();
    }

    @Test
    void badVendorsAreReportedAtTheirJsonPlaceAndPath() {
        JsonArchitectureReader reader = new JsonArchitectureReader(TestCatalog.reader());
        String json = """
                {
                  "architecture": "x",
                  "policy": { "vendors": ["NVIDIA", 7], "pilot-switches": "many" },
                  "sites": [ { "name": "s", "clusters": [ { "name": "c", "gpus": 8, "accelerator": "H100" } ] } ]
                }
                """;
        ReadResult r = reader.read(json, "x.json", Syntax.JSON, null);
        assertThat(r.diagnostics()).extracting(Diagnostic::summary).containsExactly(
                "x.json:3:37: $.policy.vendors[1]: error CPO108: a vendor is a string",
                "x.json:3:41: $.policy.pilot-switches: error CPO108: `pilot-switches` is missing its value or has one of the wrong shape");
        assertThat(r.diagnostics().get(0).hint()).isEqualTo("write it quoted: `\"7\"`");
        // the vendor that is a string is kept
        assertThat(r.architecture().policy().vendors()).containsExactly("NVIDIA");
        ReadResult object = reader.read(json.replace("[\"NVIDIA\", 7]", "{ \"a\": 1 }"), "x.json", Syntax.JSON, null);
        assertThat(object.diagnostics()).extracting(d -> d.code().name() + " " + d.path())
                .contains("CPO108 $.policy.vendors");
    }
}
