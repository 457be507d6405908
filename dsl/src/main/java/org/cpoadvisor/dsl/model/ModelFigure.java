package org.cpoadvisor.dsl.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A figure of the advisory model that a file may set in {@code assumptions}, beside the
 * named assumptions of the language (electricity, pue, ...): one row of this table is the
 * whole of what the language knows of it (its word, the shape of its value, its range and
 * what it means); the builder, the model writer, the JSON and YAML reader, the REPL's
 * completion and docs/language.md all read it. The value a file does not set is the
 * advisor's default, with its source (docs/model.md).
 *
 * @param name    the word in {@code assumptions}
 * @param kind    the shape of its value
 * @param min     the smallest value accepted (a share as a fraction)
 * @param max     the largest value accepted
 * @param example a value as written, for hints and completion
 * @param meaning what it is, in a few words, for the docs and hints
 */
public record ModelFigure(String name, Kind kind, double min, double max, String example, String meaning) {

    /** The shapes of a figure's value. */
    public enum Kind {
        /** {@code 10 %}, held as a fraction. */
        SHARE,
        /** {@code 2000 USD}, in the architecture's currency. */
        MONEY,
        /** A plain number: a count, or a rate per year. */
        NUMBER,
        /** A calendar year: {@code 2025}. */
        YEAR
    }

    /** Every figure, in the order the model writer writes them. */
    public static final List<ModelFigure> ALL = List.of(
            new ModelFigure("price-year", Kind.YEAR, 1990, 2100, "2025",
                    "the year the catalog's prices are quoted for (a CPO switch: its launch year)"),
            new ModelFigure("optics-price-decline", Kind.SHARE, 0, 0.9, "10 %",
                    "how much pluggable modules get cheaper each year after the price year"),
            new ModelFigure("cpo-price-decline", Kind.SHARE, 0, 0.9, "10 %",
                    "how much a CPO switch and its lasers get cheaper each year after launch"),
            new ModelFigure("laser-spares", Kind.SHARE, 0, 1, "5 %",
                    "spare external laser sources kept, as a share of those installed"),
            new ModelFigure("laser-swap", Kind.MONEY, 0, 1e7, "2000 USD",
                    "the cost of swapping one field-replaceable laser where the catalog has no laser entry"),
            new ModelFigure("fibre", Kind.MONEY, 0, 1e6, "60 USD",
                    "fibre and connectors of one link"),
            new ModelFigure("cooling-retrofit", Kind.MONEY, 0, 1e6, "2000 USD",
                    "bringing liquid cooling to an air-cooled site's network rows, per kW of CPO switches"),
            new ModelFigure("module-spares", Kind.SHARE, 0, 1, "2 %",
                    "spare pluggable modules kept, as a share of those installed"),
            new ModelFigure("support", Kind.SHARE, 0, 1, "5 %",
                    "support contracts a year, as a share of the price of the switches and their lasers"),
            new ModelFigure("rack-unit", Kind.MONEY, 0, 1e6, "300 USD",
                    "a rack unit of space for a year"),
            new ModelFigure("link-flaps", Kind.NUMBER, 0, 100, "0.006",
                    "link flaps a year per link between pluggable ends, each bringing the link down"),
            new ModelFigure("cpo-flap-share", Kind.SHARE, 0, 1, "30 %",
                    "the flaps a co-packaged link end keeps, as a share of a pluggable end's"),
            new ModelFigure("fabric-stop-share", Kind.SHARE, 0, 1, "50 %",
                    "the share of single-link failures and flaps above the leaf's GPU ports that stop a job"),
            new ModelFigure("largest-job", Kind.NUMBER, 1, 1e7, "4096",
                    "the GPUs of the largest job a failure can stop (default: the whole cluster)"));

    private static final Map<String, ModelFigure> BY_NAME = index();

    private static Map<String, ModelFigure> index() {
        Map<String, ModelFigure> m = new LinkedHashMap<>();
        for (ModelFigure f : ALL) m.put(f.name(), f);
        return m;
    }

    public static Optional<ModelFigure> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
