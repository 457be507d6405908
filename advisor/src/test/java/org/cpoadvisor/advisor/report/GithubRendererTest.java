package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.Severity;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 5: {@code --format github}, GitHub Actions workflow commands, one a problem, with
 * GitHub's escaping; the expected lines are written by hand from GitHub's documented format
 * ({@code ::error file={name},line={line},col={col},title={title}::{message}}).
 */
class GithubRendererTest {

    private static final GithubRenderer GITHUB = new GithubRenderer();

    private static Advice advice(String root, List<Diagnostic> diagnostics, List<Advice.FindingAdvice> findings) {
        return new Advice("a", "USD", List.of(root), diagnostics, List.of(), List.of(), findings, List.of(), List.of());
    }

    private static Advice.FindingAdvice finding(String id, Severity severity, String subject, String message,
                                                List<String> reasons, SourceLocation at) {
        return new Advice.FindingAdvice(id, severity, subject, message, reasons, null, at);
    }

    @Test
    void oneCommandAProblemByItsSeverityWithItsPlace() {
        Diagnostic unit = Diagnostic.of(Code.CPO107, "unknown unit `Gb`", new SourceLocation("arch/estate.cpo", 9, 13, 2))
                .withHint("did you mean `G`?");
        Diagnostic json = Diagnostic.of(Code.CPO204, "pue 3.5 is out of range", SourceLocation.of("arch/gen.json", 4, 10))
                .withPath("$.sites[0].pue").withSeverity(Severity.WARNING);
        Advice a = advice("arch/estate.cpo", List.of(json, unit), List.of(
                finding("power-cap", Severity.WARNING, "sh-01", "over the cap in 2029", List.of("cap 60 MW", "first year 2029"),
                        SourceLocation.of("arch/estate.cpo", 14, 3)),
                finding("assumed-figures", Severity.NOTE, "catalog", "3 figures are assumptions", List.of(), null)));
        assertThat(GITHUB.render(a)).isEqualTo("""
                ::error file=arch/estate.cpo,line=9,col=13,title=CPO107::unknown unit `Gb`%0Ahint: did you mean `G`?
                ::warning file=arch/gen.json,line=4,col=10,title=CPO204::$.sites[0].pue: pue 3.5 is out of range
                ::warning file=arch/estate.cpo,line=14,col=3,title=power-cap::[sh-01] over the cap in 2029%0Abecause: cap 60 MW; first year 2029
                ::notice file=arch/estate.cpo,title=assumed-figures::[catalog] 3 figures are assumptions
                """);
    }

    @Test
    void aProblemWithoutAPlaceHasItsFileOnly() {
        Advice missing = advice("gone.cpo", List.of(Diagnostic.of(Code.CPO301, "file `gone.cpo` does not exist", null)), List.of());
        Advice nameless = new Advice(null, null, List.of(), List.of(Diagnostic.of(Code.CPO308, "empty", null)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(GITHUB.render(List.of(missing, nameless))).isEqualTo("""
                ::error file=gone.cpo,title=CPO301::file `gone.cpo` does not exist
                ::error title=CPO308::empty
                """);
    }

    @Test
    void percentNewlinesColonsAndCommasAreEscapedAsGithubReadsThem() {
        Diagnostic d = Diagnostic.of(Code.CPO201, "100% sure\r\n::warning::forged, or: not", SourceLocation.of("odd:name,1%.cpo", 2, 5));
        assertThat(GITHUB.render(advice("odd:name,1%.cpo", List.of(d), List.of()))).isEqualTo(
                "::error file=odd%3Aname%2C1%25.cpo,line=2,col=5,title=CPO201::100%25 sure%0D%0A::warning::forged, or: not\n");
        // the message's `::` and `,` stay: it is the last field; no line of the report starts a command of its own
        assertThat(GITHUB.render(advice("odd:name,1%.cpo", List.of(d), List.of())).lines()).hasSize(1);
    }

    @Test
    void otherControlAndBidiCharactersAreShownNotObeyed() {
        Diagnostic d = Diagnostic.of(Code.CPO202, "name \u001b[2Jcleared \u202Eevil\ttab", SourceLocation.of("a\u202E.cpo", 1, 1));
        assertThat(GITHUB.render(advice("a\u202E.cpo", List.of(d), List.of()))).isEqualTo(
                "::error file=a\\u202E.cpo,line=1,col=1,title=CPO202::name \\u001B[2Jcleared \\u202Eevil\ttab\n");
    }

    @Test
    void aProblemTwoRootFilesShareIsOneLineAndTheFormatIsListed() {
        Diagnostic shared = Diagnostic.of(Code.CPO201, "unknown property `x`", SourceLocation.of("common.cpo", 3, 3));
        assertThat(GITHUB.render(List.of(advice("a.cpo", List.of(shared), List.of()), advice("b.cpo", List.of(shared), List.of()))))
                .isEqualTo("::error file=common.cpo,line=3,col=3,title=CPO201::unknown property `x`\n");
        assertThat(Advisor.formats()).contains("github");
        assertThat(Advisor.renderer("github").format()).isEqualTo("github");
    }

    @Test
    void aSampleGivesOneCommandAFindingAndNothingElse() {
        Advice a = new Advisor().advise(Path.of("../samples/air-cooled-cpo-plan.cpo"));
        String out = Advisor.render(a, "github");
        assertThat(out.lines()).hasSize(a.findings().size() + a.diagnostics().size())
                .allMatch(l -> l.matches("::(error|warning|notice) file=\\.\\./samples/air-cooled-cpo-plan\\.cpo(,line=\\d+,col=\\d+)?,title=[\\w-]+::.+"));
        assertThat(out).contains("::error file=../samples/air-cooled-cpo-plan.cpo,line=");
    }
}
