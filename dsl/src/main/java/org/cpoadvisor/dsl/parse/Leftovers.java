package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Suggest;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.lang.Language;
import org.cpoadvisor.dsl.lang.Language.Block;
import org.cpoadvisor.dsl.parse.CpoParser.*;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the grammar could only take as "something else" ({@code otherProperty}): an unknown
 * property, a property of another block, a known one whose value has the wrong shape, a word
 * inside a value standing on its own, and same-line leftovers folded into one diagnostic.
 * The words it knows come from {@link Language}.
 */
final class Leftovers {

    /** The words that stand inside values, for hints on misspelt ones. */
    private static final List<String> VALUE_WORDS = Language.VALUE_WORDS.stream().map(Language.ValueWord::word).toList();

    private final ValueReader values;

    Leftovers(ValueReader values) {
        this.values = values;
    }

    /**
     * Marks same-line leftovers: a word right after a number (`800 Gb`) is an unknown
     * unit of that number; a word after an unknown property on its line is part of
     * that mistake. Returns the items that need no diagnostic of their own.
     */
    <T extends ParserRuleContext> Set<ParserRuleContext> foldStrays(List<T> items, Function<T, OtherPropertyContext> other) {
        Set<ParserRuleContext> skip = new HashSet<>();
        for (int i = 1; i < items.size(); i++) {
            OtherPropertyContext o = other.apply(items.get(i));
            if (o == null || o.skippedBlock() != null) continue;
            T previous = items.get(i - 1);
            if (previous.stop == null || o.key.start.getLine() != previous.stop.getLine()) continue;
            if (o.key.start.getType() == CpoLexer.RANGE && other.apply(previous) == null) {
                // `start-year 2025 range 2024..2026`: a range after a value that cannot carry one
                Language.Block block = ValueReader.blockOf(previous);
                String name = previous.start.getText();
                if (block != null && Language.takesRange(block, name)) {
                    // `pue 1.3 range 1.2`: the grammar could not take it as a range
                    values.report(Code.CPO108, "the range of `" + name + "` is malformed", o.key.start,
                            "write its two ends in the value's unit, as in `price 30000 USD range 25000..40000`");
                    skip.add(items.get(i));
                    continue;
                }
                values.report(Code.CPO244, "`" + previous.start.getText() + "` takes no range", o.key.start,
                        block == null ? null : ValueReader.rangeHint(block));
                skip.add(items.get(i));
                continue;
            }
            if (other.apply(previous) != null) {
                skip.add(items.get(i));
                continue;
            }
            QuantityContext q = lastQuantity(previous);
            boolean unitLike = o.otherValue().stream().allMatch(v -> v.PER_KWH() != null || v.PJ_PER_BIT() != null);
            if (q != null && q.unit() == null && q.rangeSpec() == null && unitLike && o.key.IDENT() != null) {
                values.strayUnits.put(q, o.key.start);
                values.strayText.put(o.key.start, o.getText());
                skip.add(items.get(i));
            }
        }
        return skip;
    }

    private static QuantityContext lastQuantity(ParseTree tree) {
        if (tree instanceof QuantityContext q) return q;
        for (int i = tree.getChildCount() - 1; i >= 0; i--) {
            ParseTree child = tree.getChild(i);
            if (child instanceof TerminalNode) {
                if (i == tree.getChildCount() - 1) continue;
                return null;
            }
            return lastQuantity(child);
        }
        return null;
    }

    /**
     * Reports an item the grammar could only take as "something else". Returns the key
     * when it names a property of this block (whose value was malformed), so that the
     * block does not also report that property as missing.
     */
    String other(OtherPropertyContext o, Block block) {
        Map<String, String> known = Language.examples(block);
        String key = o.key.getText();
        Token t = o.key.start;
        for (OtherValueContext v : o.otherValue()) {
            if (v.BAD_NUMBER() != null) {
                values.report(Code.CPO106, "bad number `" + v.getText() + "`", v.start, "write numbers as 16384, 0.065 or 1_000_000");
                return known.containsKey(key) ? key : null;
            }
        }
        if (key.equals("source") && known.containsKey("source")) {
            values.report(Code.CPO108, "a `source` stands right after the field it documents, or right after the entry's `{`; "
                    + "each has one", t, "merge the two sources into one text");
            return null;
        }
        if (known.containsKey(key)) {
            String example = known.get(key);
            Token next = values.nextToken(o.stop);
            String hint = null;
            if (next != null && next.getLine() == o.stop.getLine() && next.getText().matches("x[0-9].*")) {
                values.report(Code.CPO108, "`" + next.getText() + "` in the value of `" + key + "`", next, "put spaces around `x`: `64 x 800G`");
                return key;
            }
            if (example.startsWith("\"") && next != null && next.getLine() == t.getLine()
                    && next.getText().matches("[a-zA-Z][a-zA-Z0-9_.\\-]*")) {
                // `vendor NVIDIA`, `part-number PN-1`, `vendors "A", B`: a word where quoted text stands
                values.report(Code.CPO108, "`" + key + "` takes quoted text: `" + next.getText() + "` is not quoted", t,
                        "quote it, `\"" + next.getText() + "\"`, as in `" + key + " " + example + "`");
                return key;
            }
            if (next != null && next.getType() == CpoLexer.IDENT && next.getLine() == t.getLine()) {
                hint = Suggest.didYouMean(next.getText(), VALUE_WORDS);
            }
            if (hint != null) {
                values.report(Code.CPO108, "unexpected `" + next.getText() + "` in the value of `" + key + "`", next, hint);
            } else {
                values.report(Code.CPO108, "`" + key + "` is missing its value or has one of the wrong shape", t,
                        "write it as `" + key + " " + example + "`");
            }
            return key;
        }
        String owner = Language.valueWord(key).map(Language.ValueWord::owner).orElse(null);
        if (owner != null) {
            values.report(Code.CPO108, "`" + key + "` stands outside a value it could belong to", t,
                    "it is part of a value such as `" + owner + "`: check the words before it");
            return null;
        }
        List<String> elsewhere = Language.blocksWith(key);
        if (!elsewhere.isEmpty()) {
            values.report(Code.CPO201, "`" + key + "` is not a property of " + block.title(), t,
                    "`" + key + "` belongs in " + String.join(" or ", elsewhere));
            return null;
        }
        String what = block == Block.FILE ? "unknown statement `" + key + "`" : "unknown property `" + key + "` in " + block.title();
        String hint = Suggest.didYouMean(key, known.keySet());
        if (hint == null) {
            String word = Suggest.closest(key, VALUE_WORDS).orElse(null);
            String wordOwner = word == null ? null : Language.valueWord(word).map(Language.ValueWord::owner).orElse(null);
            if (wordOwner != null) {
                hint = "did you mean `" + word + "`, as in `" + wordOwner + "`?";
            }
        }
        values.report(Code.CPO201, what, t, ValueReader.hintOr(hint,
                (block == Block.FILE ? "a file holds " : block.title() + " takes ") + String.join(", ", known.keySet())));
        return null;
    }
}
