package org.cpoadvisor.advisor.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The report formats by name, as {@code --format} takes them. */
public final class Renderers {

    private Renderers() {
    }

    /** Every format, each renderer built for a run with the given options. */
    public static Map<String, Renderer> all(boolean color, String failOn) {
        Map<String, Renderer> m = new LinkedHashMap<>();
        for (Renderer r : List.<Renderer>of(new TextRenderer(color), new MarkdownRenderer(), new JsonRenderer(),
                new SarifRenderer(), new JUnitRenderer(failOn), new CsvRenderer(), new HtmlRenderer())) {
            m.put(r.format(), r);
        }
        return m;
    }

    public static Optional<Renderer> byName(String format, boolean color, String failOn) {
        return Optional.ofNullable(all(color, failOn).get(format));
    }

    public static List<String> names() {
        return List.copyOf(all(false, "error").keySet());
    }
}
