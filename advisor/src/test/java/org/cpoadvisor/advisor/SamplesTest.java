package org.cpoadvisor.advisor;

import org.cpoadvisor.dsl.diag.Code;
import org.cpoadvisor.dsl.diag.Diagnostic;
import org.cpoadvisor.dsl.diag.DiagnosticPrinter;
import org.cpoadvisor.dsl.parse.CanonicalFormatter;
import org.cpoadvisor.dsl.parse.ModelWriter;
import org.cpoadvisor.dsl.parse.ReadResult;
import org.cpoadvisor.rules.catalog.BuiltinCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The samples are documentation: each one reads cleanly against the built-in catalog and is in canonical layout. */
class SamplesTest {

    static final Path SAMPLES = Path.of("../samples");

    /** Every root sample: the .cpo files that no other sample imports. */
    static Stream<Path> samples() throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            all = s.filter(p -> p.toString().endsWith(".cpo")).sorted().toList();
        }
        return Architectures.readAll(all).stream().map(Architectures.Checked::file);
    }

    static Stream<Path> allSampleFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".cpo")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsWithoutDiagnostics(Path sample) {
        ReadResult r = Architectures.read(sample);
        List<Diagnostic> unexpected = r.diagnostics().stream()
                // hyperscale-cn replaces a built-in optic on purpose: the note says so
                .filter(d -> !(d.code() == Code.CPO220 && sample.toString().contains("hyperscale-cn")))
                .toList();
        assertThat(unexpected).as(DiagnosticPrinter.render(unexpected)).isEmpty();
        assertThat(r.architecture()).isNotNull();
        assertThat(r.architecture().sites()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSampleFiles")
    void isInCanonicalLayout(Path file) throws IOException {
        String text = Files.readString(file);
        assertThat(CanonicalFormatter.format(text, file.toString()).text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void modelWrittenBackReadsEqual(Path sample) {
        ReadResult r = Architectures.read(sample);
        String written = ModelWriter.write(r.architecture());
        ReadResult again = BuiltinCatalog.reader().read(written, "written.cpo");
        assertThat(again.hasErrors()).as(written + DiagnosticPrinter.render(again.diagnostics())).isFalse();
        assertThat(again.architecture()).isEqualTo(r.architecture());
    }

    @org.junit.jupiter.api.Test
    void theImportSampleReadsEachFragmentOnce() {
        ReadResult r = Architectures.read(SAMPLES.resolve("hyperscale-cn/hyperscale-cn.cpo"));
        assertThat(r.files()).doesNotHaveDuplicates().hasSizeGreaterThan(2);
        assertThat(r.files().get(0)).endsWith("hyperscale-cn.cpo");
    }

    @org.junit.jupiter.api.Test
    void thereAreAtLeastFiveSamples() throws IOException {
        assertThat(samples().count()).isGreaterThanOrEqualTo(5);
    }
}
