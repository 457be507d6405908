package org.cpoadvisor.advisor.cli;

import org.cpoadvisor.advisor.io.SafeFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code cpo init [FILE]}: writes a commented starter file. */
@Command(name = "init", description = "Write a commented starter architecture file.")
final class InitCommand implements Callable<Integer> {

    static final String STARTER = "/org/cpoadvisor/advisor/cli/starter.cpo";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "architecture.cpo",
            description = "where to write it (default: ${DEFAULT-VALUE})")
    Path file;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    boolean force;

    @Override
    public Integer call() {
        if (Files.exists(file) && !force) {
            spec.commandLine().getErr().println("cpo init: " + file + " exists; use --force to overwrite it");
            return 2;
        }
        try (InputStream in = InitCommand.class.getResourceAsStream(STARTER)) {
            SafeFiles.write(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            spec.commandLine().getErr().println("cpo init: cannot write " + file + ": " + e.getMessage());
            return 2;
        }
        spec.commandLine().getOut().println("wrote " + file + "; next: cpo advise " + file);
        return 0;
    }
}
