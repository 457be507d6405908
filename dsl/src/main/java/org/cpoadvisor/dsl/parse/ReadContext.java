package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;
import org.cpoadvisor.dsl.model.Architecture;
import org.cpoadvisor.dsl.model.ModelFigure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What the files of one architecture share while they are built. */
final class ReadContext {
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final SourceMap.Builder sources = new SourceMap.Builder();
    final Map<String, SourceLocation> siteNames = new HashMap<>();
    /** Catalog ids of the file being built: the same id twice in one file is a mistake, across files an override. */
    Map<String, SourceLocation> catalogIdsInFile = new HashMap<>();
    String currency = Architecture.DEFAULT_CURRENCY;
    Map<String, Double> rates = new HashMap<>();
    /** The model figures {@code assumptions} may set, by name: {@link ModelFigure#named}; a test may add rows of its own. */
    Function<String, Optional<ModelFigure>> figures = ModelFigure::named;
}
