package org.example.estatecheck;

import org.cpoadvisor.advisor.advice.Advice;
import org.cpoadvisor.advisor.Advisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;

/** An application of its own that checks an estate with cpo-advisor and logs through its own binding. */
public final class EstateCheck {

    private static final Logger LOG = LoggerFactory.getLogger(EstateCheck.class);

    private final Advisor advisor = new Advisor();

    /** The verdict of every cluster, as "site.cluster: verdict". */
    public List<String> verdicts(Path file) {
        LOG.info("estate-check: checking {} with cpo-advisor {}", file, Advisor.version());
        Advice advice = advisor.advise(file);
        if (advice.hasErrors()) {
            LOG.warn("estate-check: {} has errors", file);
            return List.of();
        }
        List<String> verdicts = advice.clusters().stream().map(c -> c.path() + ": " + c.verdict()).toList();
        LOG.info("estate-check: {} clusters judged", verdicts.size());
        return verdicts;
    }

    /** The SARIF report of a file. */
    public String sarif(Path file) {
        return Advisor.render(advisor.advise(file), "sarif");
    }

    public static void main(String[] args) {
        new EstateCheck().verdicts(Path.of(args[0])).forEach(System.out::println);
    }
}
