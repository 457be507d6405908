package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.advisor.Advisor;
import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.io.SafeFiles;
import org.cpoadvisor.advisor.report.DiffText;
import org.cpoadvisor.advisor.report.Renderer;
import org.cpoadvisor.advisor.report.Renderers;
import org.cpoadvisor.dsl.diag.Suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.cpoadvisor.advisor.repl.Words.home;
import static org.cpoadvisor.advisor.repl.Words.plural;
import static org.cpoadvisor.advisor.repl.Words.unquote;

/** The versions of the architecture: {@code undo}, {@code diff}, {@code save} and {@code export}. */
final class HistoryCommands {

    private final Session s;

    HistoryCommands(Session s) {
        this.s = s;
    }

    boolean undo(Session.Input in, int offset) {
        if (s.undo.isEmpty()) return s.fail(in, offset, "nothing to undo", null);
        Session.Change c = s.undo.pop();
        Session.State undone = s.state;
        s.state = c.before();
        if (s.state == null) {
            s.out.println("undone: " + c.description() + "; no architecture now");
            return true;
        }
        s.out.println("undone: " + c.description());
        if (undone != null && undone.editable() && s.state.editable()) {
            List<String> changes = Changes.verdicts(s.adviceOf(undone), s.adviceOf(s.state));
            if (changes.isEmpty()) s.out.println("  verdicts unchanged");
            else changes.forEach(x -> s.out.println("  " + x));
        }
        return true;
    }

    boolean diff() {
        if (s.state == null) return s.fail("no architecture loaded");
        Advice before = s.adviceOf(s.reference);
        Advice now = s.adviceOf(s.state);
        s.out.print(DiffText.render(Advisor.diff(before, now), s.referenceLabel, false));
        return true;
    }

    private boolean isProtected(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        for (Path p : s.protectedFiles) {
            if (p.equals(abs)) return true;
            try {
                if (Files.exists(abs) && Files.exists(p) && Files.isSameFile(p, abs)) return true;
            } catch (IOException ignored) {
                // not the same file as far as we can tell
            }
        }
        return false;
    }

    /** Whether writing {@code target} may go ahead: never over the loaded file (or its imports) without --force or a yes. */
    private boolean mayOverwrite(Session.Input in, int offset, Path target, boolean force, String what) {
        if (force || !isProtected(target)) return true;
        String question = "overwrite " + target + ", the file this session loaded, with " + what + "? [y/N] ";
        if (s.confirm != null) {
            if (s.confirm.ask(question)) return true;
            s.out.println("not written");
            return false;
        }
        return s.fail(in, offset, "refused to overwrite " + target + ": it is the file this session loaded",
                "write to another file, or `" + (what.startsWith("the canonical") ? "save" : "export FORMAT") + " --force " + target
                        + "` to replace it (its comments and imports are lost)");
    }

    boolean save(Session.Input in, int offset, List<String> args) {
        boolean force = args.remove("--force") | args.remove("-f");
        if (args.size() > 1 || args.stream().anyMatch(a -> a.startsWith("-"))) return s.usage(in, offset, "save");
        if (!s.needModel(in, offset)) return false;
        if (args.isEmpty() && s.loaded == null) return s.usage(in, offset, "save");
        Path target = args.isEmpty() ? s.loaded : Path.of(home(unquote(args.get(0))));
        String lower = target.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return s.fail(in, offset, "`save` writes the .cpo language, not JSON or YAML", "name the file `.cpo`");
        }
        if (!mayOverwrite(in, offset, target, force, "the canonical text of this session")) return false;
        String text = s.canonical();
        try {
            SafeFiles.write(target, text);
        } catch (IOException | RuntimeException e) {
            return s.fail(in, offset, "cannot write " + target + ": " + e.getMessage(), null);
        }
        s.saved = s.state;
        s.warnedUnsaved = false;
        s.out.println("saved " + target + " (" + plural(text.lines().count(), "line") + ", canonical form)");
        return true;
    }

    boolean export(Session.Input in, int offset, List<String> args) {
        boolean force = args.remove("--force") | args.remove("-f");
        if (args.size() != 2) return s.usage(in, offset, "export");
        Optional<Renderer> renderer = Renderers.byName(Advisor.tool(), args.get(0), false, "error");
        if (renderer.isEmpty()) {
            String hint = Suggest.didYouMean(args.get(0), Renderers.names());
            return s.fail(in, offset, "no format `" + args.get(0) + "`", hint != null ? hint : "formats: " + String.join(", ", Renderers.names()));
        }
        if (!s.needModelOrErrors(in, offset)) return false;
        Path target = Path.of(home(unquote(args.get(1))));
        if (!mayOverwrite(in, offset, target, force, "a " + args.get(0) + " report")) return false;
        String text = renderer.get().render(s.adviceOf(s.state));
        try {
            SafeFiles.write(target, text);
        } catch (IOException | RuntimeException e) {
            return s.fail(in, offset, "cannot write " + target + ": " + e.getMessage(), null);
        }
        s.out.println("wrote " + target + " (" + args.get(0) + ")");
        return true;
    }
}
