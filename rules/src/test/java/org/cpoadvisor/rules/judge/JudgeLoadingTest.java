package org.cpoadvisor.rules.judge;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule base built straight from the executable model is the one kmodule.xml declares. */
class JudgeLoadingTest {

    private static List<String> rules(KieBase base) {
        return base.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(Rule::getName).sorted().toList();
    }

    @Test
    void theModelIndexIsBuiltAndNamesTheGeneratedRules() {
        assertThat(Judge.class.getClassLoader().getResource(Judge.MODEL_INDEX))
                .as("the kie-maven-plugin writes the executable model's index").isNotNull();
    }

    @Test
    void theRuleBaseFromTheModelHasExactlyTheRulesOfTheContainer() {
        List<String> fromModel = RulePack.withOwnLoader(() -> rules(Judge.load()));
        List<String> fromContainer = RulePack.withOwnLoader(() -> rules(Judge.fromContainer()));
        assertThat(fromModel).isEqualTo(fromContainer).hasSizeGreaterThan(15)
                .contains("The best CPO candidate of a site pilots one spine group",
                        "A cluster that meets every threshold past the pilot window adopts CPO",
                        "Advice that rests on assumed catalog figures says so");
        // the DRL files are what the rules are: every rule of theirs is in the base
        long declared = Stream.of("verdicts", "findings", "roadmap")
                .mapToLong(f -> {
                    try (var in = Judge.class.getResourceAsStream(f + ".drl")) {
                        return new String(in.readAllBytes()).lines().filter(l -> l.startsWith("rule \"")).count();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).sum();
        assertThat(fromModel).hasSize((int) declared);
    }
}
