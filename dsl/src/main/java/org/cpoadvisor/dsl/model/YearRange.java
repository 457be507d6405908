package org.cpoadvisor.dsl.model;

/** An inclusive range of calendar years, {@code 2025..2030}; a single year has {@code from == to}. */
public record YearRange(int from, int to) {

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + ".." + to;
    }
}
