package org.cpoadvisor.dsl.model;

/**
 * The optical interface of a pluggable module (the IEEE / MSA name of its optical side), as an
 * optic entry's {@code interface} gives it. A twin-port module ({@code twin-dr4}: NVIDIA's
 * "2xDR4" OSFP) carries two ports of the single interface ({@link #link()}). Words start with a
 * letter, as every word of the language does, hence {@code twin-dr4} for "2xDR4".
 */
public enum OpticInterface implements Keyword {
    /** Multimode, 4 fibre pairs (100G SR4: 4 x 25G; 400G SR4: 4 x 100G). */
    SR4,
    /** Multimode, 8 fibre pairs. */
    SR8,
    /** Single-mode, 1 fibre pair, 500 m. */
    DR1,
    /** Single-mode, 4 parallel fibre pairs, 500 m (MPO-12). */
    DR4,
    /** Single-mode, 8 parallel fibre pairs, 500 m (MPO-16), one port. */
    DR8,
    /** Single-mode, 4 wavelengths on one fibre pair, 2 km. */
    FR4,
    /** Twin-port: two DR4 ports in one module (two MPO-12). */
    TWIN_DR4,
    /** Twin-port: two FR4 ports in one module. */
    TWIN_FR4,
    /** An active optical cable: its two ends are one part and mate only with each other. */
    AOC;

    @Override
    public String word() {
        return Keyword.wordOf(this);
    }

    /** The interface of each link the module carries: a twin-port module's single-port interface. */
    public OpticInterface link() {
        return switch (this) {
            case TWIN_DR4 -> DR4;
            case TWIN_FR4 -> FR4;
            default -> this;
        };
    }
}
