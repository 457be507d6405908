package org.cpoadvisor.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of cpo-advisor as the build wrote it, and where its docs are published: {@code version.properties}, filtered
 * by Maven (there whether it runs from the jar or from {@code target/classes}); else the
 * jar manifest's {@code Implementation-Version}; else {@code unknown} (classes compiled
 * outside Maven, e.g. by an IDE, with the resource unfiltered).
 */
final class BuildVersion {

    static final String RESOURCE = "version.properties";

    static final String UNKNOWN = "unknown";

    static final String VALUE = read();

    /** Where the docs of this version are published ({@code docs} in the resource: the parent pom's {@code cpo.docs.url}), or null. */
    static final String DOCS = docs(property("docs"));

    private BuildVersion() {
    }

    private static String read() {
        return choose(property("version"), BuildVersion.class.getPackage().getImplementationVersion());
    }

    /** The docs URL the build wrote, when it is an absolute URL ending in {@code /}; else null. */
    static String docs(String filtered) {
        if (!usable(filtered)) return null;
        String url = filtered.strip();
        try {
            java.net.URI uri = new java.net.URI(url);
            return uri.isAbsolute() && url.endsWith("/") ? url : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
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

    private static String property(String key) {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(key);
        } catch (IOException e) {
            return null; // a version is not worth failing for: the manifest's, or unknown
        }
    }
}
