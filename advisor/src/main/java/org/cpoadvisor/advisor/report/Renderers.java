package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Tool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report formats by name, as {@code --format} takes them. The tool a report names
 * (its version, docs URL and finding kinds) is given, as {@code Advisor.tool()} makes it.
 */
public final class Renderers {

    /** The names of the formats, in the order {@link #all} lists them. */
    private static final List<String> NAMES = List.copyOf(all(new Tool("", null, List.of()), false, "error").keySet());

    private Renderers() {
    }

    /** Every format, each renderer built for a run with the given options. */
    public static Map<String, Renderer> all(Tool tool, boolean color, String failOn) {
        Map<String, Renderer> m = new LinkedHashMap<>();
        for (Renderer r : List.<Renderer>of(new TextRenderer(color), new MarkdownRenderer(), new JsonRenderer(),
                new SarifRenderer(tool), new GithubRenderer(), new JUnitRenderer(failOn), new CsvRenderer(), new HtmlRenderer())) {
            m.put(r.format(), r);
        }
        return m;
    }

    public static Optional<Renderer> byName(Tool tool, String format, boolean color, String failOn) {
        return Optional.ofNullable(all(tool, color, failOn).get(format));
    }

    public static List<String> names() {
        return NAMES;
    }
}
