package org.cpoadvisor.dsl.model;

/** An oversubscription ratio {@code a:b}: a units of downlink bandwidth for b of uplink. */
public record Ratio(int a, int b) {

    public static final Ratio ONE_TO_ONE = new Ratio(1, 1);

    @Override
    public String toString() {
        return a + ":" + b;
    }
}
