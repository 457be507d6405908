package org.cpoadvisor.advisor.report;

import org.cpoadvisor.advisor.Advice;

/** Writes an {@link Advice} in one format. Renderers only read an Advice; the same Advice gives the same bytes. */
public interface Renderer {

    /** The format's name, as {@code --format} takes it. */
    String format();

    String render(Advice advice);
}
