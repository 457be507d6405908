package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.advice.Advice;

import java.util.List;

/**
 * Writes advice in one format. A run of {@code cpo} may cover several root files:
 * a renderer writes one report for all of them. Renderers only read {@link Advice}
 * values, and the same values give the same bytes (no timestamps, fixed order).
 */
public interface Renderer {

    /** The format's name, as {@code --format} takes it. */
    String format();

    /** One report for the advice on every file of a run, in the order given. */
    String render(List<Advice> advices);

    default String render(Advice advice) {
        return render(List.of(advice));
    }
}
