package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.advice.Advice.FindingAdvice;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SafeText;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.diag.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The problems as GitHub Actions workflow commands, one line each, which a step's log turns into
 * annotations on the files of a run and of its pull request:
 *
 * <pre>
 * ::error file=arch/estate.cpo,line=9,col=13,title=CPO107::unknown unit `Gb`%0Ahint: did you mean `G`?
 * ::warning file=arch/estate.cpo,line=14,col=3,title=power-cap::[sh-01] …
 * ::notice file=arch/estate.cpo,title=assumed-figures::[catalog] …
 * </pre>
 *
 * <ul>
 *   <li>An error is {@code ::error}, a warning {@code ::warning}, a note {@code ::notice}; the title is
 *       the diagnostic's code or the finding's id.</li>
 *   <li>{@code file} is the file as cpo names it (as given on the command line, forward slashes): run
 *       {@code cpo} from the repository root, a step's working directory, so that it names the
 *       repository's files. {@code line} and {@code col} are the problem's place; a problem without a
 *       place (a catalog finding, a file that does not exist) has the root file only.</li>
 *   <li>The message is a diagnostic's (with its JSON path first, for JSON and YAML) and its hint on a
 *       second line, or a finding's {@code [subject] message} and its reasons on a second line.</li>
 *   <li>Escaping as GitHub's runner reads it: in the message {@code %}, CR and LF become {@code %25},
 *       {@code %0D} and {@code %0A}; in a property value also {@code :} and {@code ,} become {@code %3A}
 *       and {@code %2C}. So no text of a file can end a line early or start a command of its own. Every
 *       other control or bidi character is shown as its visible escape ({@code \u202E}), as in the text
 *       report.</li>
 * </ul>
 *
 * <p>Diagnostics come per file in place order, then findings; a problem that two root files report (a
 * shared import) is one line. Nothing else is printed: the lines are the report.
 */
public final class GithubRenderer implements Renderer {

    @Override
    public String format() {
        return "github";
    }

    @Override
    public String render(List<Advice> advices) {
        Set<String> lines = new LinkedHashSet<>();
        for (Advice a : advices) {
            String root = a.files().isEmpty() ? null : a.files().get(0);
            List<Diagnostic> diagnostics = new ArrayList<>(a.diagnostics());
            diagnostics.sort(Diagnostic.ORDER);
            for (Diagnostic d : diagnostics) {
                String message = (d.path() == null ? "" : d.path() + ": ") + d.message()
                        + (d.hint() == null ? "" : "\nhint: " + d.hint());
                lines.add(command(d.severity(), d.location(), root, d.code().name(), message));
            }
            for (FindingAdvice f : a.findings()) {
                String message = "[" + f.subject() + "] " + f.message()
                        + (f.reasons().isEmpty() ? "" : "\nbecause: " + String.join("; ", f.reasons()));
                lines.add(command(f.severity(), f.location(), root, f.id(), message));
            }
        }
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /** {@code ::error file=F,line=L,col=C,title=ID::message}. */
    static String command(Severity severity, SourceLocation at, String root, String title, String message) {
        String file = at != null ? at.file() : root;
        List<String> properties = new ArrayList<>();
        if (file != null) properties.add("file=" + property(file.replace('\\', '/')));
        if (at != null) {
            properties.add("line=" + at.line());
            properties.add("col=" + at.column());
        }
        properties.add("title=" + property(title));
        return "::" + command(severity) + " " + String.join(",", properties) + "::" + data(message);
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
    }

    /** A message: {@code %}, CR and LF escaped; other control and bidi characters shown as visible escapes. */
    static String data(String s) {
        return SafeText.text(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** A property value: as a message, and {@code :} and {@code ,} escaped too. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
