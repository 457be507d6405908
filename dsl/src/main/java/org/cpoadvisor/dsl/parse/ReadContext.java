package org.cpoadvisor.dsl.parse;

import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.SourceLocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the files of one architecture share while they are built. */
final class ReadContext {
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final SourceMap.Builder sources = new SourceMap.Builder();
    final Map<String, SourceLocation> siteNames = new HashMap<>();
    /** Catalog ids of the file being built: the same id twice in one file is a mistake, across files an override. */
    Map<String, SourceLocation> catalogIdsInFile = new HashMap<>();
    String currency = org.cpoadvisor.dsl.model.Architecture.DEFAULT_CURRENCY;
    Map<String, Double> rates = new HashMap<>();
}
