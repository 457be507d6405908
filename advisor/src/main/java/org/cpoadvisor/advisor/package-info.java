/**
 * The embedding API of cpo-advisor: advice on AI data-center architectures for other
 * Java tools. Three lines:
 *
 * <pre>{@code
 * Advisor advisor = new Advisor();                          // build once, share between threads
 * Advice advice = advisor.advise(Path.of("estate.cpo"));    // or advise(text, name), advise(architecture)
 * System.out.println(Advisor.render(advice, "json"));       // or "sarif", …; advice.clusters()
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.cpoadvisor.advisor.Advisor} reads, sizes, prices and judges; its
 *       {@link org.cpoadvisor.advisor.Advisor#builder() builder} adds an extra catalog, policy
 *       overrides and rule packs (extra DRL rules that add findings, docs/rule-packs.md).</li>
 *   <li>{@link org.cpoadvisor.advisor.advice.Advice} is the result: immutable records of verdicts,
 *       options, break-even points, findings, the roadmap and its bills of materials, and the
 *       diagnostics of the files (a file with an error gets no advice beyond them).</li>
 *   <li>{@link org.cpoadvisor.advisor.Advisor#findingKinds()} describes every finding id the
 *       built-in rules raise ({@link org.cpoadvisor.advisor.advice.FindingKind}: title, severity, help,
 *       docs entry).</li>
 *   <li>{@link org.cpoadvisor.advisor.Advisor#renderer(String)} gives every report format
 *       (text, markdown, json, sarif, github, junit, csv, html) for one or many advices.</li>
 *   <li>{@link org.cpoadvisor.advisor.AdvisorSetupException} says, as diagnostics, why an
 *       advisor could not be built.</li>
 * </ul>
 *
 * <p>No Drools or ANTLR type appears in this API; the architecture model
 * ({@code org.cpoadvisor.dsl.model}) and diagnostics ({@code org.cpoadvisor.dsl.diag}) do.
 * A runnable example is samples/embedding/EmbeddingExample.java.
 */
package org.cpoadvisor.advisor;
