package org.cpoadvisor.advisor.repl;

import org.cpoadvisor.dsl.model.CatalogEntry;
import org.cpoadvisor.dsl.parse.ModelWriter;

import java.util.Optional;

/** {@code show}: the canonical text of the architecture, or of one of its places. */
final class ShowCommands {

    private final Session s;

    ShowCommands(Session s) {
        this.s = s;
    }

    boolean show(Session.Input in, int offset, String what) {
        if (!s.needModel(in, offset)) return false;
        String text = s.canonical();
        if (what == null) {
            s.out.print(text);
            return true;
        }
        ModelPath.Resolved r = ModelPath.resolve(what, s.state.architecture(), s.advisor.catalog());
        if (r.path() == null) return s.fail(in, offset, r.error(), null);
        ModelPath p = r.path();
        ModelText t = new ModelText(text);
        int[] block = t.block(p.headers());
        if (block == null && p.scope().equals("entry")) {
            Optional<CatalogEntry> e = s.advisor.catalog().find(p.entryKind(), p.entryId());
            if (e.isPresent()) {
                s.out.println("// built-in entry (amounts in USD); `set " + p.display() + (p.property() == null ? ".FIELD" : "")
                        + " VALUE` copies it into the architecture's catalog");
                s.out.print(ModelWriter.write(e.get(), "USD"));
                return true;
            }
        }
        if (block == null) {
            s.out.println("// " + p.display() + " is not set: the defaults apply");
            return true;
        }
        int depth = p.headers().size();
        if (p.property() != null) {
            int i = t.property(block, depth, p.property());
            s.out.println(i < 0 ? "// " + p.display() + " is not set: the default applies" : t.line(i).strip());
            return true;
        }
        int from = block[0] < 0 ? 0 : block[0];
        int to = block[0] < 0 ? t.size() - 1 : block[1];
        String strip = ModelText.indent(Math.max(0, depth - 1));
        for (int i = from; i <= to; i++) {
            String l = t.line(i);
            s.out.println(l.startsWith(strip) ? l.substring(strip.length()) : l);
        }
        return true;
    }
}
