package org.cpoadvisor.rules.judge;

import java.util.ArrayList;
import java.util.List;

/** A result of the rules that records which rule made it and the facts that rule read. */
public abstract class Explained {
    private String rule;
    private final List<String> facts = new ArrayList<>();

    void explain(String ruleName, List<Object> matched) {
        if (rule != null) return;
        rule = ruleName;
        for (Object o : matched) {
            // the facts a rule matched; an accumulate's result (a bare number) is not a fact of its own
            if (o != null && !(o instanceof Number)) facts.add(o.toString());
        }
    }

    public String getRule() { return rule; }
    public List<String> getFacts() { return List.copyOf(facts); }
}
