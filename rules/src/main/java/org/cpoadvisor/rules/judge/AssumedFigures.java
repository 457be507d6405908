package org.cpoadvisor.rules.judge;

import java.util.List;

/** The catalog figures the advice used that are assumptions, not published figures. */
public final class AssumedFigures {
    private final List<String> figures;

    public AssumedFigures(List<String> figures) {
        this.figures = List.copyOf(figures);
    }

    public List<String> getFigures() { return figures; }
    public int getCount() { return figures.size(); }

    @Override
    public String toString() {
        return figures.size() + " catalog figures that are assumptions";
    }
}
