package org.cpoadvisor.advisor.advice;

import java.util.List;
import java.util.Optional;

/**
 * What a report says about the tool that made it: its version, where its docs are
 * published and the kinds of finding its rules raise. {@code Advisor.tool()} gives the
 * build's; renderers take it as a value, so that the reports need nothing of the API.
 *
 * @param version      the version of cpo-advisor ({@code 0.1.0-SNAPSHOT}, …)
 * @param docsUrl      where the {@code docs/} folder is published, an absolute URL ending in {@code /};
 *                     {@code null} when the build was given none
 * @param findingKinds every kind of finding the built-in rules raise, in a fixed order
 */
public record Tool(String version, String docsUrl, List<FindingKind> findingKinds) {

    public Tool {
        findingKinds = List.copyOf(findingKinds);
    }

    /** The docs URL, when there is one. */
    public Optional<String> docs() {
        return Optional.ofNullable(docsUrl);
    }
}
