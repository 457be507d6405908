package org.cpoadvisor.rules;

import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data flows one way: the analysis of a model read from a file carries where its sites and
 * clusters are written and where the catalog figures behind each cluster come from, so the
 * advice is assembled from the analysis alone, without going back to the read.
 */
class AnalysisPlacesTest {

    private static final String TEXT = """
            architecture "places"
            site "s1" {
              cooling liquid
              cluster "train" {
                gpus 4096 x B200
                nic 400G
              }
            }
            """;

    @Test
    void theAnalysisCarriesPlacesAndCatalogSources() {
        ReadResult r = BuiltinCatalog.reader().read(TEXT, "places.cpo");
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        Analysis a = new Analyst(BuiltinCatalog.get()).analyse(r.architecture(), r.sources());

        ClusterAnalysis c = a.clusters().get(0);
        // the cluster is written on line 4, its site on line 2 (counted in TEXT above)
        assertThat(c.location().file()).isEqualTo("places.cpo");
        assertThat(c.location().line()).isEqualTo(4);
        assertThat(a.place("s1.train")).isEqualTo(c.location());
        assertThat(a.place("s1").line()).isEqualTo(2);
        assertThat(a.place("elsewhere")).isNull();
        // the accelerator's figures are cited with their source: B200's power comes from the built-in catalog
        assertThat(c.sources()).isSorted().anyMatch(s -> s.startsWith("B200 power: "))
                .allMatch(s -> s.contains(": "));
    }

    @Test
    void aModelBuiltInCodeHasNoPlacesButTheSameSources() {
        ReadResult r = BuiltinCatalog.reader().read(TEXT, "places.cpo");
        Analysis withPlaces = new Analyst(BuiltinCatalog.get()).analyse(r.architecture(), r.sources());
        Analysis without = new Analyst(BuiltinCatalog.get()).analyse(r.architecture());
        assertThat(without.clusters().get(0).location()).isNull();
        assertThat(without.place("s1.train")).isNull();
        assertThat(without.clusters().get(0).sources()).isEqualTo(withPlaces.clusters().get(0).sources());
    }
}
