package org.cpoadvisor.dsl.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enumerated value of the language, spelt as the user writes it. */
public interface Keyword {

    /** The word in the language, e.g. {@code on-site}. */
    String word();

    static <E extends Enum<E> & Keyword> Optional<E> parse(Class<E> type, String word) {
        for (E e : type.getEnumConstants()) {
            if (e.word().equals(word)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Keyword> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::word).toList();
    }

    static String wordOf(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
