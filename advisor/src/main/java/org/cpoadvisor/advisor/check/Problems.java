package org.cpoadvisor.advisor.check;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.dsl.diag.Diagnostic;

import java.util.ArrayList;
import java.util.List;

/** The problems of one advice: its diagnostics and its findings, in report order. */
public final class Problems {

    private Problems() {
    }

    public static List<Problem> of(Advice a) {
        List<Problem> out = new ArrayList<>();
        for (Diagnostic d : a.diagnostics()) {
            out.add(of(a, d));
        }
        for (Advice.FindingAdvice f : a.findings()) {
            out.add(of(a, f));
        }
        return out;
    }

    public static Problem of(Advice a, Diagnostic d) {
        String file = d.location() == null ? root(a) : d.location().file();
        String anchor = d.sourceLine() != null ? d.sourceLine().strip() : d.path() != null ? d.path() : "";
        return new Problem(file, "diagnostic", d.code().name(), d.severity().word(), d.message(), d.message(), d.location(),
                anchor);
    }

    public static Problem of(Advice a, Advice.FindingAdvice f) {
        String file = f.location() == null ? root(a) : f.location().file();
        return new Problem(file, "finding", f.id(), f.severity().word(), f.subject(), f.message(), f.location(), f.subject());
    }

    private static String root(Advice a) {
        return a.files().isEmpty() ? "" : a.files().get(0);
    }
}
