package org.cpoadvisor.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of cpo-advisor as the build wrote it: {@code version.properties}, filtered
 * by Maven (there whether it runs from the jar or from {@code target/classes}); else the
 * jar manifest's {@code Implementation-Version}; else {@code unknown} (classes compiled
 * outside Maven, e.g. by an IDE, with the resource unfiltered).
 */
final class BuildVersion {

    static final String RESOURCE = "version.properties";

    static final String UNKNOWN = "unknown";

    static final String VALUE = read();

    private BuildVersion() {
    }

    private static String read() {
        return choose(fromResource(), BuildVersion.class.getPackage().getImplementationVersion());
    }

    /** The filtered resource's version if the build filled it in, else the manifest's, else {@link #UNKNOWN}. */
    static String choose(String filtered, String manifest) {
        if (usable(filtered)) return filtered.strip();
        if (usable(manifest)) return manifest.strip();
        return UNKNOWN;
    }

    private static boolean usable(String v) {
        return v != null && !v.isBlank() && !v.contains("${");
    }

    private static String fromResource() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null; // a version is not worth failing for: the manifest's, or unknown
        }
    }
}
