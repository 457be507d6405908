import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;

import java.nio.file.Path;

/**
 * Embedding cpo-advisor in a Java tool: build an Advisor once, advise on a file, read
 * the result, and render a report. With cpo-advisor.jar and its lib/ on the class path:
 *
 * <pre>
 *   javac -cp "advisor/target/cpo-advisor.jar:advisor/target/lib/*" -d /tmp samples/embedding/EmbeddingExample.java
 *   java -cp "/tmp:advisor/target/cpo-advisor.jar:advisor/target/lib/*" EmbeddingExample samples/ai-factory.cpo
 * </pre>
 *
 * The tests compile and run this file (advisor's EmbeddingExampleTest).
 */
public class EmbeddingExample {

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/ai-factory.cpo");

        Advisor advisor = new Advisor();           // once: it is safe to share between threads
        Advice advice = advisor.advise(file);       // or advise(text, name), or advise(architecture)

        if (advice.hasErrors()) {                   // a file with an error gets its diagnostics, no advice
            advice.diagnostics().forEach(d -> System.out.println(d.summary()));
            return;
        }
        System.out.println(advice.architecture() + ", amounts in " + advice.currency());
        for (Advice.ClusterAdvice c : advice.clusters()) {
            System.out.println("  " + c.path() + ": " + c.verdict() + " - " + c.summary());
        }
        for (Advice.FindingAdvice f : advice.findings()) {
            System.out.println("  " + f.severity().word() + " " + f.id() + " on " + f.subject());
        }
        for (Advice.SiteRoadmap site : advice.roadmap()) {
            System.out.printf("  roadmap of %s: %d stages, capex %,.0f %s%n",
                    site.site(), site.stages().size(), site.capex(), advice.currency());
        }
        String json = Advisor.render(advice, "json");   // the cpo-advice/2 JSON schema
        String sarif = Advisor.render(advice, "sarif"); // any format of Advisor.formats()
        System.out.println("json " + json.length() + " chars, sarif " + sarif.length() + " chars, formats " + Advisor.formats());
    }
}
