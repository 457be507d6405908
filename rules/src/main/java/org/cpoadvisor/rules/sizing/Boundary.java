package org.cpoadvisor.rules.sizing;

/**
 * A tier boundary ({@code gpu-leaf}, {@code leaf-spine}, {@code leaf-aggregation},
 * {@code aggregation-core}): its links (one fibre link each) and its two ends, counted over all
 * planes. The lower end of {@code gpu-leaf} is the NICs, counted in {@link Sizing#nicModules()}.
 */
public record Boundary(String name, long links, End lower, End upper) {

    public long modules() {
        return (lower == null ? 0 : lower.modules()) + upper.modules();
    }

    public long enginePorts() {
        return (lower == null ? 0 : lower.enginePorts()) + upper.enginePorts();
    }

    Boundary times(int planes) {
        return new Boundary(name, links * planes, lower == null ? null : lower.times(planes), upper.times(planes));
    }
}
