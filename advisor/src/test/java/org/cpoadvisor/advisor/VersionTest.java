package org.cpoadvisor.advisor;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The version comes from the build: Advisor.version(), and so `cpo --version` and SARIF's tool.driver.version. */
class VersionTest {

    /** The project's version, as the build (surefire) passes it. */
    private static final String EXPECTED = System.getProperty("cpo.expected.version");

    @Test
    void theVersionIsTheProjectsVersion() {
        assertThat(EXPECTED).as("surefire passes cpo.expected.version (advisor/pom.xml)").isNotBlank();
        assertThat(Advisor.version()).isEqualTo(EXPECTED).isNotEqualTo("development").isNotEqualTo(BuildVersion.UNKNOWN);
    }

    @Test
    void theSarifDriverCarriesIt() throws Exception {
        String sarif = Advisor.renderer("sarif").render(List.of());
        var driver = new ObjectMapper().readTree(sarif).path("runs").get(0).path("tool").path("driver");
        assertThat(driver.path("version").asText()).isEqualTo(EXPECTED);
        String rendered = Advisor.render(new Advisor().advise("architecture \"a\"\n", "a.cpo"), "sarif");
        assertThat(new ObjectMapper().readTree(rendered).path("runs").get(0).path("tool").path("driver").path("version").asText())
                .isEqualTo(EXPECTED);
    }

    @Test
    void theFilteredResourceWinsThenTheManifestThenUnknown() {
        assertThat(BuildVersion.choose("1.2.3", "9.9")).isEqualTo("1.2.3");
        assertThat(BuildVersion.choose("${project.version}", "9.9")).as("unfiltered (built outside Maven)").isEqualTo("9.9");
        assertThat(BuildVersion.choose(null, " 9.9 ")).isEqualTo("9.9");
        assertThat(BuildVersion.choose("${project.version}", null)).isEqualTo("unknown");
        assertThat(BuildVersion.choose(" ", "")).isEqualTo("unknown");
    }

    /** The docs URL is the build's cpo.docs.url when that is an absolute URL ending in `/`; else there is none. */
    @Test
    void theDocsUrlIsTheBuildsWhenItIsAnAbsoluteFolderUrl() {
        assertThat(BuildVersion.docs("https://example.org/cpo/docs/")).isEqualTo("https://example.org/cpo/docs/");
        assertThat(BuildVersion.docs(" https://example.org/cpo/docs/ ")).isEqualTo("https://example.org/cpo/docs/");
        assertThat(BuildVersion.docs("")).as("the parent pom leaves it empty").isNull();
        assertThat(BuildVersion.docs("${cpo.docs.url}")).as("unfiltered").isNull();
        assertThat(BuildVersion.docs(null)).isNull();
        assertThat(BuildVersion.docs("docs/")).as("relative: SARIF wants helpUri absolute").isNull();
        assertThat(BuildVersion.docs("https://example.org/cpo/docs")).as("not a folder").isNull();
        assertThat(Advisor.docsUrl()).isEqualTo(java.util.Optional.ofNullable(BuildVersion.DOCS));
    }
}
