package org.cpoadvisor.advisor;

import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.dsl.parse.SourceMap;
import org.cpoadvisor.rules.Analyst;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;

import java.nio.file.Path;
import java.util.List;

/**
 * Advises on architectures: reads them, sizes and prices every option, lets the
 * rules judge, and returns an {@link Advice}. Build one and share it: it holds no
 * per-call state, and each call uses its own rule session.
 *
 * <pre>{@code
 * Advisor advisor = new Advisor();
 * Advice advice = advisor.advise(Path.of("estate.cpo"));
 * advice.clusters().forEach(c -> System.out.println(c.path() + ": " + c.verdict()));
 * }</pre>
 */
public final class Advisor {

    private final Analyst analyst = new Analyst(BuiltinCatalog.get());

    /** Reads a .cpo, .json or .yaml file and advises on it. */
    public Advice advise(Path file) {
        return advise(Architectures.read(file));
    }

    /** Advises on text, named {@code name} in diagnostics. */
    public Advice advise(String source, String name) {
        return advise(Architectures.read(source, name));
    }

    /** Advises on a model built in code (no source places in the result). */
    public Advice advise(Architecture architecture) {
        return advise(Architectures.withFabricChecks(new ReadResult(architecture, SourceMap.EMPTY, List.of(), List.of())));
    }

    /** Advises on what a read gave: diagnostics only when it has errors. */
    public Advice advise(ReadResult read) {
        if (read.hasErrors() || read.architecture() == null) {
            return AdviceAssembler.diagnosticsOnly(read);
        }
        return AdviceAssembler.assemble(read, analyst.analyse(read.architecture()));
    }
}
