package org.cpoadvisor.dsl.model;

/** The traffic mix of a cluster as fractions (0.85 for 85 %). */
public record Traffic(double eastWest, double northSouth) {
}
