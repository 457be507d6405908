package org.cpoadvisor.advisor.advice;

import org.cpoadvisor.dsl.diag.Diagnostic;

import java.util.List;

/**
 * What each uncertain figure does to the advice on its own (docs/model.md section 9): every figure
 * moved to the low and to the high end of its range while the others keep their values, cluster by
 * cluster; the swings sorted by their effect on the saving (a tornado), and the value at which the
 * verdict changes where one lies within the range. Made by {@code Advisor.sensitivity(...)}; drawn by
 * {@code cpo sensitivity} and the REPL's {@code sensitivity} (text, Markdown, JSON, HTML).
 *
 * @param architecture the architecture's name
 * @param file         the file read (its name as given)
 * @param currency     the currency of every amount
 * @param figures      every uncertain figure, in the order of their names
 * @param clusters     every cluster, in file order
 * @param diagnostics  what reading the file said; with an error, there are no figures or clusters
 */
public record Sensitivity(String architecture, String file, String currency, List<UncertainFigure> figures,
                          List<ClusterSensitivity> clusters, List<Diagnostic> diagnostics) {

    public Sensitivity {
        figures = List.copyOf(figures);
        clusters = List.copyOf(clusters);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * One cluster's tornado.
     *
     * @param cluster the cluster's path ({@code site.cluster})
     * @param verdict the verdict with every figure at its value
     * @param option  the best CPO option then ({@code cpo-spine}, {@code cpo-all}), or {@code null}: none could be built
     * @param saving  that option's saving against the best pluggable purchase (a fraction of TCO), or {@code null}
     * @param swings  every figure that moves the saving or the verdict, the largest effect first; figures that move
     *                neither are left out
     */
    public record ClusterSensitivity(String cluster, Verdict verdict, String option, Double saving, List<Swing> swings) {
        public ClusterSensitivity {
            swings = List.copyOf(swings);
        }
    }

    /**
     * One figure moved to either end of its range, the others at their values.
     *
     * @param figure        the figure's name ({@link UncertainFigure#figure()})
     * @param low           the low end
     * @param high          the high end
     * @param savingAtLow   the saving with the figure at its low end ({@code null}: no CPO option then)
     * @param savingAtHigh  the saving at the high end
     * @param verdictAtLow  the verdict at the low end
     * @param verdictAtHigh the verdict at the high end
     * @param effect        how far the saving moves between the ends, in percentage points of TCO as a fraction
     *                      ({@code |savingAtHigh - savingAtLow|}); what the tornado sorts by
     * @param flips         the values within the range at which the verdict changes, from the low end up; empty
     *                      when it holds over the whole range
     */
    public record Swing(String figure, double low, double high, Double savingAtLow, Double savingAtHigh,
                        Verdict verdictAtLow, Verdict verdictAtHigh, double effect, List<Flip> flips) {
        public Swing {
            flips = List.copyOf(flips);
        }
    }

    /**
     * A value at which the verdict changes.
     *
     * @param at    the value (to a thousandth of the range's width)
     * @param below the verdict just below it
     * @param above the verdict from it up
     */
    public record Flip(double at, Verdict below, Verdict above) {
    }
}
