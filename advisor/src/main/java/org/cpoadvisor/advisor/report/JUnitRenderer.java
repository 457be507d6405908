package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.ClusterAdvice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.advisor.advice.FailOn;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SafeText;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.diag.SourceLocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks as JUnit XML, as CI servers (Jenkins, GitLab, Azure, GitHub test
 * reporters) read it: one {@code <testsuite>} per file of the run, named by the file,
 * holding
 *
 * <ul>
 *   <li>{@code cpo.files} / {@code "<file> reads cleanly"}: the file's diagnostics;</li>
 *   <li>{@code cpo.<site>} / {@code "<cluster> verdict/findings"}, one per cluster: its
 *       verdict (in {@code <system-out>}) and its findings;</li>
 *   <li>{@code cpo.<site>} / {@code "site findings"} when a site has findings of its own
 *       (power cap), and {@code cpo.<subject>} / {@code "<subject> findings"} for findings
 *       about anything else (the catalog).</li>
 * </ul>
 *
 * <p>A finding a {@code // cpo-ignore:} comment suppresses, and a problem a check's baseline accepts, never
 * fails a case: it is in {@code <system-out>}, marked {@code (suppressed: reason)} or {@code (in the baseline)}.
 *
 * <p>A case fails ({@code <failure message type>}) when a diagnostic or finding reaches
 * the fail-on level: {@code error} by default, {@code warning}, {@code note}, or
 * {@code never}. The failure's type is the code or finding id of its most severe
 * problem; its text lists every failing problem. Problems below the level are listed in
 * {@code <system-out>}. Every {@code time} is 0 and there are no timestamps or host
 * names: the same advice gives the same bytes. Everything taken from the files is
 * escaped: DEL, the C1 controls and the bidirectional controls as character references
 * ({@code &#x202E;}: the exact text, never the raw character, {@link SafeText}), the
 * other controls, which XML 1.0 cannot hold, as visible escapes (<code>&#92;u001B</code>),
 * and lone surrogates, U+FFFE and U+FFFF as U+FFFD.
 */
public final class JUnitRenderer implements Renderer {

    private final FailOn failOn;

    /** Fails on errors. */
    public JUnitRenderer() {
        this(FailOn.ERROR);
    }

    public JUnitRenderer(FailOn failOn) {
        this.failOn = failOn;
    }

    /** @param failOn {@code error}, {@code warning}, {@code note} or {@code never} (any case) */
    public JUnitRenderer(String failOn) {
        this(parse(failOn));
    }

    private static FailOn parse(String failOn) {
        try {
            return FailOn.parse(failOn.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("fail-on must be one of " + Arrays.stream(FailOn.values())
                    .map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ", not `" + failOn + "`");
        }
    }

    public FailOn failOn() {
        return failOn;
    }

    @Override
    public String format() {
        return "junit";
    }

    /** A problem in a case: a diagnostic or a finding; an accepted one (suppressed, or in a check's baseline) never fails. */
    private record Problem(String id, Severity severity, String line, boolean accepted) {
        Problem(String id, Severity severity, String line) {
            this(id, severity, line, false);
        }
    }

    /** A test case before it is written. */
    private record Case(String classname, String name, List<Problem> problems, List<String> out) {
    }

    @Override
    public String render(List<Advice> advices) {
        List<String> suites = new ArrayList<>();
        int tests = 0;
        int failures = 0;
        for (Advice a : advices) {
            List<Case> cases = cases(a);
            int failed = (int) cases.stream().filter(c -> !failing(c).isEmpty()).count();
            StringBuilder s = new StringBuilder();
            s.append("  <testsuite name=\"").append(attr(file(a))).append("\" tests=\"").append(cases.size())
                    .append("\" failures=\"").append(failed).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
            for (Case c : cases) {
                testcase(s, c);
            }
            s.append("  </testsuite>\n");
            suites.add(s.toString());
            tests += cases.size();
            failures += failed;
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"cpo-advisor\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" time=\"0\">\n");
        suites.forEach(out::append);
        return out.append("</testsuites>\n").toString();
    }

    private static List<Case> cases(Advice a) {
        String file = file(a);
        List<Case> cases = new ArrayList<>();

        List<Diagnostic> diagnostics = new ArrayList<>(a.diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        List<Problem> fileProblems = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            StringBuilder line = new StringBuilder(d.summary());
            if (d.hint() != null) line.append("\n  hint: ").append(d.hint());
            boolean baselined = a.baseline() != null && a.baseline().accepts(d);
            if (baselined) line.append("\n  (in the baseline)");
            fileProblems.add(new Problem(d.code().name(), d.severity(), line.toString(), baselined));
        }
        List<String> fileOut = new ArrayList<>();
        if (a.hasErrors()) fileOut.add("no advice: the files have errors");
        cases.add(new Case("cpo.files", file + " reads cleanly", fileProblems, fileOut));

        Map<String, List<FindingAdvice>> bySubject = new LinkedHashMap<>();
        for (FindingAdvice f : a.findings()) {
            bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        for (ClusterAdvice c : a.clusters()) {
            List<Problem> problems = new ArrayList<>();
            for (FindingAdvice f : bySubject.getOrDefault(c.path(), List.of())) {
                problems.add(problem(a, f));
            }
            List<String> out = new ArrayList<>();
            out.add("verdict " + c.verdict() + ": " + c.summary());
            c.reasons().forEach(r -> out.add("  - " + r));
            if (c.explanation() != null && c.explanation().rule() != null) out.add("  rule: " + c.explanation().rule());
            cases.add(new Case("cpo." + c.site(), c.cluster() + " verdict/findings", problems, out));
        }

        Set<String> clusters = a.clusters().stream().map(ClusterAdvice::path).collect(Collectors.toSet());
        Set<String> sites = new LinkedHashSet<>();
        a.clusters().forEach(c -> sites.add(c.site()));
        a.roadmap().forEach(r -> sites.add(r.site()));
        for (String site : sites) {
            List<FindingAdvice> own = bySubject.get(site);
            if (own != null && !clusters.contains(site)) {
                cases.add(new Case("cpo." + site, "site findings", own.stream().map(f -> problem(a, f)).toList(), List.of()));
            }
        }
        for (Map.Entry<String, List<FindingAdvice>> e : bySubject.entrySet()) {
            String subject = e.getKey();
            if (!clusters.contains(subject) && !sites.contains(subject)) {
                cases.add(new Case("cpo." + subject, subject + " findings",
                        e.getValue().stream().map(f -> problem(a, f)).toList(), List.of()));
            }
        }
        return cases;
    }

    private static Problem problem(Advice a, FindingAdvice f) {
        StringBuilder line = new StringBuilder();
        line.append(f.severity().word()).append(' ').append(f.id());
        SourceLocation l = f.location();
        if (l != null) line.append(" at ").append(l);
        line.append(": ").append(f.message());
        if (!f.reasons().isEmpty()) line.append("\n  because: ").append(String.join("; ", f.reasons()));
        var suppression = a.suppression(f);
        suppression.ifPresent(x -> line.append("\n  (suppressed: ").append(x.reason()).append(')'));
        boolean baselined = a.baseline() != null && a.baseline().accepts(f);
        if (baselined && suppression.isEmpty()) line.append("\n  (in the baseline)");
        return new Problem(f.id(), f.severity(), line.toString(), baselined || suppression.isPresent());
    }

    /** The problems that fail the case, most severe first (stable within a severity). */
    private List<Problem> failing(Case c) {
        List<Problem> failing = new ArrayList<>(c.problems().stream().filter(p -> !p.accepted() && failOn.fails(p.severity())).toList());
        failing.sort(Comparator.comparing(Problem::severity)); // Severity's order: error, warning, note
        return failing;
    }

    private void testcase(StringBuilder s, Case c) {
        List<Problem> failing = failing(c);
        List<String> out = new ArrayList<>(c.out());
        c.problems().stream().filter(p -> !failing.contains(p)).forEach(p -> out.add(p.line()));
        s.append("    <testcase classname=\"").append(attr(c.classname())).append("\" name=\"").append(attr(c.name()))
                .append("\" time=\"0\"");
        if (failing.isEmpty() && out.isEmpty()) {
            s.append("/>\n");
            return;
        }
        s.append(">\n");
        if (!failing.isEmpty()) {
            Problem first = failing.get(0);
            String message = failing.size() == 1 ? first.line().lines().findFirst().orElse("")
                    : failing.size() + " problems at or above " + failOn.name().toLowerCase(Locale.ROOT) + ": "
                    + failing.stream().map(Problem::id).collect(Collectors.joining(", "));
            s.append("      <failure message=\"").append(attr(message)).append("\" type=\"").append(attr(first.id()))
                    .append("\">").append(text(failing.stream().map(Problem::line).collect(Collectors.joining("\n"))))
                    .append("</failure>\n");
        }
        if (!out.isEmpty()) {
            s.append("      <system-out>").append(text(String.join("\n", out))).append("</system-out>\n");
        }
        s.append("    </testcase>\n");
    }

    /** The root file as given, with forward slashes; a file that could not be read has no name in the advice. */
    private static String file(Advice a) {
        String f = !a.files().isEmpty() ? a.files().get(0)
                : a.diagnostics().stream().map(Diagnostic::location).filter(l -> l != null).map(SourceLocation::file)
                .findFirst().orElse("(unread file)");
        return f.replace('\\', '/');
    }

    /** Escaped for an attribute value in double quotes; line breaks and tabs survive as references. */
    static String attr(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        clean(s).codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> reference(b, cp);
            }
        });
        return b.toString();
    }

    /** Escaped for element text. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        clean(s).codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#13;");
                case '\n', '\t' -> b.appendCodePoint(cp);
                default -> reference(b, cp);
            }
        });
        return b.toString();
    }

    /** {@code cp}, or its character reference when it must not appear raw ({@link SafeText}). */
    private static void reference(StringBuilder b, int cp) {
        if (SafeText.unsafe(cp)) b.append("&#x").append(Integer.toHexString(cp).toUpperCase(Locale.ROOT)).append(';');
        else b.appendCodePoint(cp);
    }

    /** Controls XML 1.0 cannot hold become visible escapes; lone surrogates, U+FFFE and U+FFFF become U+FFFD. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(ch).append(s.charAt(++i));
            } else if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
                b.append(SafeText.visible(ch));
            } else if (Character.isSurrogate(ch) || ch == '\uFFFE' || ch == '\uFFFF') {
                b.append('\uFFFD');
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
