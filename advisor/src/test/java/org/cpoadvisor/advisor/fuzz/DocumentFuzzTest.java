package org.cpoadvisor.advisor.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * JSON and YAML documents, the samples written as documents and mutated in their
 * structure ({@link Documents}) and then, sometimes, in their text ({@link Mutator}):
 * read from disk as `cpo` reads them, alone or as the root of an estate with imports,
 * and given to the command line in every report format. None may crash, hang or show
 * a stack trace; every report is well-formed ({@link Robustness#report}).
 */
@AddLifecycleHook(value = FuzzBudget.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class DocumentFuzzTest {

    private static Path work;

    @BeforeContainer
    static void setUp() throws IOException {
        work = Files.createTempDirectory("cpo-fuzz-doc");
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(work)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A document's syntax and the extension of its file. */
    enum Syntax {
        JSON(".json"), YAML(".yaml"), YML(".yml");

        final String extension;

        Syntax(String extension) {
            this.extension = extension;
        }

        String write(Documents.Node doc, long style) {
            return this == JSON ? Documents.json(doc, style) : Documents.yaml(doc, style);
        }
    }

    @Provide
    Arbitrary<String> sample() {
        return Arbitraries.of(Documents.SAMPLES.keySet().stream().toList());
    }

    @Provide
    Arbitrary<List<Documents.Mutation>> structure() {
        return Documents.mutations(5);
    }

    /** Mostly none: the structure is what these properties vary; sometimes a token or two of text. */
    @Provide
    Arbitrary<List<Mutator.Mutation>> text() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(List.of())),
                net.jqwik.api.Tuple.of(1, Mutator.mutations(2)));
    }

    private static String write(Documents.Node doc, Syntax syntax, long style, List<Mutator.Mutation> text) {
        return Mutator.apply(syntax.write(doc, style), text);
    }

    /** A sample as a document, mutated, read from a file. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    @FuzzBudget.Share(0.10)
    void mutatedDocumentsGiveAdviceOrDiagnostics(@ForAll("sample") String sample, @ForAll("structure") List<Documents.Mutation> structure,
                                                 @ForAll Syntax syntax, @ForAll long style,
                                                 @ForAll("text") List<Mutator.Mutation> text) throws IOException {
        String written = write(Documents.apply(Documents.SAMPLES.get(sample), structure), syntax, style, text);
        Path file = Files.createTempFile(work, "doc", syntax.extension);
        Files.write(file, written.getBytes(StandardCharsets.UTF_8));
        Robustness.advise(file, written);
    }

    @Provide
    Arbitrary<List<Documents.Mutation>> importing() {
        return Arbitraries.oneOf(Documents.mutations(4),
                Documents.mutation().filter(m -> m.op() == Documents.Op.IMPORT).list().ofMinSize(1).ofMaxSize(3));
    }

    /**
     * The estate with imports (hyperscale-cn) with its root file as a document: the imports
     * changed (outside the folder, missing, itself, twice), the fragments sometimes mutated.
     */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    @FuzzBudget.Share(0.04)
    void documentsWithImportsGiveAdviceOrDiagnostics(@ForAll("importing") List<Documents.Mutation> structure, @ForAll Syntax syntax,
                                                     @ForAll long style, @ForAll("fragment") String fragment,
                                                     @ForAll("text") List<Mutator.Mutation> fragmentText) throws IOException {
        Path dir = Files.createTempDirectory(work, "tree");
        Path from = Mutator.SAMPLES.resolve("hyperscale-cn");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        String fragmentWritten = Mutator.apply(Mutator.sample(fragment), fragmentText);
        Files.write(dir.resolve(Mutator.SAMPLES.resolve("hyperscale-cn").relativize(Mutator.SAMPLES.resolve(fragment)).toString()),
                fragmentWritten.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes `?`
        String written = syntax.write(Documents.apply(Documents.SAMPLES.get("hyperscale-cn/hyperscale-cn.cpo"), structure), style);
        Path root = dir.resolve("doc" + syntax.extension);
        Files.write(root, written.getBytes(StandardCharsets.UTF_8));
        // the other syntax beside it, for an import of doc.json or doc.yaml
        String other = (syntax == Syntax.JSON ? Syntax.YAML : Syntax.JSON).write(Documents.SAMPLES.get("hyperscale-cn/common/policy.cpo"), style);
        Files.writeString(dir.resolve(syntax == Syntax.JSON ? "doc.yaml" : "doc.json"), other);
        // a message may quote any of them (the other syntax's file too: its style may write tags such as !!java.lang.Runtime)
        Robustness.advise(root, written + "\n" + fragmentWritten + "\n" + other);
    }

    @Provide
    Arbitrary<String> fragment() {
        return Arbitraries.of(Mutator.sampleNames().stream().filter(n -> n.startsWith("hyperscale-cn/") && !n.endsWith("hyperscale-cn.cpo"))
                .toList());
    }

    @Provide
    Arbitrary<List<String>> command() {
        return AdviseFuzzTest.commands();
    }

    /** The command line on a mutated document: exit 0, 1 or 2, a well-formed report, never an internal error. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    @FuzzBudget.Share(0.04)
    void commandLineOnDocumentsReportsProblemsNotCrashes(@ForAll("sample") String sample,
                                                        @ForAll("structure") List<Documents.Mutation> structure,
                                                        @ForAll Syntax syntax, @ForAll long style,
                                                        @ForAll("command") List<String> command) throws IOException {
        String written = syntax.write(Documents.apply(Documents.SAMPLES.get(sample), structure), style);
        Path file = Files.createTempFile(work, "cli", syntax.extension);
        Files.write(file, written.getBytes(StandardCharsets.UTF_8));
        Robustness.cli(written, AdviseFuzzTest.args(command, file, work));
    }
}
