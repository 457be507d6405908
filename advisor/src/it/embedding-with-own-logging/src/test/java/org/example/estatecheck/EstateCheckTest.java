package org.example.estatecheck;

import org.cpoadvisor.advisor.Advisor;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EstateCheckTest {

    private static final Path ESTATE = Path.of("src/test/resources/estate.cpo");
    private static final String VERSION = System.getProperty("cpo.expected.version");

    @Test
    void theAdviceWorks() {
        List<String> verdicts = new EstateCheck().verdicts(ESTATE);
        assertEquals(2, verdicts.size(), verdicts.toString());
        assertTrue(verdicts.get(0).startsWith("train-1.main: "), verdicts.toString());
        assertTrue(verdicts.get(1).startsWith("edge-1.serve: "), verdicts.toString());
    }

    /** cpo-advisor brought no binding: the application's is the only one, and it is the one in use. */
    @Test
    void theOnlyLoggingBindingIsTheApplications() {
        List<String> providers = ServiceLoader.load(SLF4JServiceProvider.class).stream()
                .map(p -> p.type().getName()).toList();
        assertEquals(List.of("org.slf4j.simple.SimpleServiceProvider"), providers);
        assertEquals("org.slf4j.simple.SimpleLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.nop.NOPServiceProvider"));
    }

    /** The version comes from the build: the jar's manifest, Advisor.version() and SARIF agree. */
    @Test
    void theVersionIsTheBuilds() {
        assertTrue(VERSION != null && !VERSION.isBlank());
        assertEquals(VERSION, Advisor.class.getPackage().getImplementationVersion(), "cpo-advisor's jar manifest");
        assertEquals(VERSION, Advisor.version());
        Matcher m = Pattern.compile("\"driver\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"cpo-advisor\"\\s*,\\s*\"version\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(new EstateCheck().sarif(ESTATE));
        assertTrue(m.find(), "SARIF tool.driver");
        assertEquals(VERSION, m.group(1));
    }
}
