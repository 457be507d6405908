package org.cpoadvisor.advisor.advice;

import org.cpoadvisor.dsl.diag.Severity;

/**
 * A kind of finding the built-in rules raise ({@link Tool#findingKinds()}, also
 * {@code Advisor.findingKinds()}): what reports say about every finding with its id.
 * Finding ids are stable, like diagnostic codes.
 *
 * @param id          the stable finding id ({@code network-bottleneck}, …), as {@link Advice.FindingAdvice#id()} carries it
 * @param title       a short title
 * @param severity    the usual severity; where the description says so, a finding is raised higher
 * @param description what the finding means
 * @param help        what to do about it
 * @param docs        its entry in the documentation, relative to the {@code docs/} folder, with the anchor of its
 *                    heading ({@code advice.md#network-bottleneck})
 */
public record FindingKind(String id, String title, Severity severity, String description, String help, String docs) {
}
