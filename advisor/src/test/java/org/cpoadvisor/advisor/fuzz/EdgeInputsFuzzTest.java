package org.cpoadvisor.advisor.fuzz;

import org.cpoadvisor.advisor.advice.Advice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The systematic cases beside the random ones: a small file cut at every character,
 * thousands of nested braces, huge numbers at every number of every sample, names of
 * 100,000 characters and odd Unicode in every name.
 */
class EdgeInputsFuzzTest {

    static final String SMALL = "inference-edge.cpo";

    /** The smallest sample without its comments: about a thousand characters, each a place to cut. */
    static String small() {
        return Mutator.sample(SMALL).replaceAll("[ ]*//[^\n]*", "").replaceAll("\n{3,}", "\n\n");
    }

    @Test
    void aSmallFileCutAtEveryCharacterGivesAdviceOrDiagnostics() {
        String text = small();
        assertThat(Robustness.advise(text, SMALL).hasErrors()).isFalse();
        int advised = 0;
        for (int i = 0; i <= text.length(); i++) {
            Advice a = Robustness.advise(text.substring(0, i), SMALL);
            if (!a.hasErrors() && !a.clusters().isEmpty()) advised++;
        }
        assertThat(advised).as("the whole file and the cuts after its last brace are advised on").isPositive();
    }

    @Test
    void everyLineDroppedGivesAdviceOrDiagnostics() {
        List<String> lines = List.of(small().split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            List<String> rest = new java.util.ArrayList<>(lines);
            rest.remove(i);
            Robustness.advise(String.join("\n", rest), SMALL);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 10_000, 100_000})
    void thousandsOfNestedBracesGiveDiagnostics(int depth) {
        String base = Mutator.sample(SMALL);
        for (String nest : List.of("{".repeat(depth), "{".repeat(depth) + "}".repeat(depth),
                "site \"deep\" " + "{".repeat(depth) + "}".repeat(depth), "cluster \"c\" {".repeat(depth),
                "}".repeat(depth), "[".repeat(depth))) {
            Advice a = Robustness.advise(base + "\n" + nest + "\n", SMALL);
            assertThat(a.hasErrors()).isTrue();
            int at = base.indexOf("cluster \"");
            Robustness.advise(base.substring(0, at) + nest + base.substring(at), SMALL);
        }
    }

    static Stream<String> samples() {
        return Mutator.sampleNames().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void hugeNumbersAtEveryNumberGiveAdviceOrDiagnostics(String sample) {
        String text = Mutator.sample(sample);
        List<String> tokens = Mutator.tokens(text);
        List<String> values = List.of("1e300", "99999999999999999999", "10000000", "0", "1" + "0".repeat(400));
        int k = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!Character.isDigit(tokens.get(i).charAt(0))) continue;
            k++;
            // two values at each number, in turn: every value reaches every kind of number in the samples
            for (String huge : List.of(values.get(k % values.size()), values.get((k + 2) % values.size()))) {
                List<String> copy = new java.util.ArrayList<>(tokens);
                copy.set(i, huge);
                Robustness.advise(String.join("", copy), sample);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void longAndOddNamesGiveAdviceOrDiagnostics(String sample) {
        String text = Mutator.sample(sample);
        List<String> tokens = Mutator.tokens(text);
        List<String> odd = List.of("n".repeat(100_000), "\u202Ertl\u200F", "\u0001\u0007\u001B[2J", "\uD83D\uDE00\uD83C\uDFF3\uFE0F",
                "e\u0301\u0302\u0303", "\uD83D", "\uDE00x", "a\\\"b", "\\\\", " ", "");
        int k = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).startsWith("\"")) continue;
            k++;
            for (String name : List.of(odd.get(k % odd.size()), odd.get((k + odd.size() / 2) % odd.size()))) {
                List<String> copy = new java.util.ArrayList<>(tokens);
                copy.set(i, "\"" + name + "\"");
                Robustness.advise(String.join("", copy), sample);
            }
        }
    }

    @Test
    void longWordsNumbersAndCommentsGiveDiagnostics() {
        String base = Mutator.sample(SMALL);
        for (String filler : List.of("a".repeat(100_000), "9".repeat(100_000), "// " + "x".repeat(1_000_000),
                "/* " + "*".repeat(100_000), "\"" + "x".repeat(100_000), "x ".repeat(100_000), "\n".repeat(100_000))) {
            Robustness.advise(base + "\n" + filler + "\n", SMALL);
            Robustness.advise(filler, SMALL);
        }
    }
}
