package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Suppression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader collects {@code // cpo-ignore:} comments and attaches each to what it stands before or ends the line of. */
class SuppressionsTest {

    @Test
    void eachSuppressionIsAttachedToWhatItsLineOrTheNextOpens() {
        String text = """
                architecture "a"  // cpo-ignore: assumed-figures our own quotes

                // cpo-ignore: assumed-figures measured in our lab
                catalog {
                }

                // cpo-ignore: power-cap the cap rises in 2027
                // an ordinary comment between
                /* and a block comment */
                site "s\\"1" {
                  cluster "c" { gpus 1024 x H100 }  // cpo-ignore: lpo-first   not before the pilot
                }
                """;
        ReadResult r = new CpoReader().read(text, "t.cpo");
        assertThat(r.suppressions()).extracting(s -> s.finding() + " " + s.scope() + " " + s.subject() + " [" + s.reason()
                        + "] " + s.location().line() + ":" + s.location().column())
                .containsExactly(
                        "assumed-figures ARCHITECTURE a [our own quotes] 1:19",
                        "assumed-figures CATALOG catalog [measured in our lab] 3:1",
                        "power-cap SITE s\"1 [the cap rises in 2027] 7:1",
                        "lpo-first CLUSTER s\"1.c [not before the pilot] 11:37");
        assertThat(r.diagnostics()).extracting(d -> d.code().name()).doesNotContain("CPO230", "CPO233");
    }

    @Test
    void aSiteSuppressionCoversItsClustersAndAClusterOneOnlyItself() {
        Suppression site = new Suppression("power-cap", Suppression.Scope.SITE, "s", "why", null);
        assertThat(site.covers("power-cap", "s", null)).isTrue();
        assertThat(site.covers("power-cap", "s.c", "s")).isTrue();
        assertThat(site.covers("power-cap", "s.x", "s.x")).as("a site named `s.x`").isFalse();
        assertThat(site.covers("lpo-first", "s", null)).isFalse();
        Suppression cluster = new Suppression("lpo-first", Suppression.Scope.CLUSTER, "s.c", "why", null);
        assertThat(cluster.covers("lpo-first", "s.c", "s")).isTrue();
        assertThat(cluster.covers("lpo-first", "s.d", "s")).isFalse();
    }

    @Test
    void jsonHasNoSuppressions() {
        ReadResult r = new CpoReader().read("{\"architecture\": \"a\", \"sites\": [{\"name\": \"s\", \"clusters\": "
                + "[{\"name\": \"c\", \"gpus\": \"1024 x H100\"}]}]}", "t.json", null, org.cpoadvisor.dsl.json.Syntax.JSON);
        assertThat(r.suppressions()).isEmpty();
    }
}
