package org.cpoadvisor.advisor.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that names its command first gets a command model with that command alone
 * ({@link Main#commandLine}, for start-up); what that command parses and prints is the same
 * as in the model with every command, which the top level, help and completion get.
 */
class CommandModelTest {

    private static final CommandLine.Help.Ansi OFF = CommandLine.Help.Ansi.OFF;

    @Test
    void everyCommandAloneIsTheCommandOfTheWholeModel() {
        CommandLine whole = Main.commandLine(new String[0]);
        assertThat(whole.getSubcommands().keySet())
                .containsExactly("advise", "check", "explain", "validate", "fmt", "diff", "sensitivity", "sweep", "test", "catalog", "init",
                        "completion", "repl", "help");
        for (String name : List.of("advise", "check", "explain", "validate", "fmt", "diff", "sensitivity", "sweep", "test", "catalog",
                "init", "repl")) {
            CommandLine lean = Main.commandLine(new String[]{name, "x"});
            assertThat(lean.getSubcommands().keySet()).as(name).containsExactly(name);
            CommandLine alone = lean.getSubcommands().get(name);
            CommandLine within = whole.getSubcommands().get(name);
            assertThat(alone.getUsageMessage(OFF)).as(name).isEqualTo(within.getUsageMessage(OFF));
            assertThat(alone.getCommandSpec().qualifiedName()).isEqualTo("cpo " + name);
            assertThat(alone.getCommandSpec().version()).isEqualTo(within.getCommandSpec().version());
            assertThat(alone.getCommandSpec().options().stream().map(o -> o.longestName()).toList())
                    .isEqualTo(within.getCommandSpec().options().stream().map(o -> o.longestName()).toList());
        }
    }

    @Test
    void theTopLevelHelpAndCompletionGetEveryCommand() {
        for (String[] args : List.of(new String[0], new String[]{"--help"}, new String[]{"help", "check"},
                new String[]{"completion"}, new String[]{"-V", "check"}, new String[]{"chek"}, new String[]{"Check"})) {
            assertThat(Main.commandLine(args).getSubcommands()).as(String.join(" ", args)).hasSize(Main.COMMANDS.size());
        }
    }
}
