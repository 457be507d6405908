package org.cpoadvisor.advisor.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

/**
 * How much fuzzing a run does. The build runs a bounded campaign (a few thousand
 * tries in all); a long one is a system property away:
 *
 * <pre>
 * mvn -B test -pl advisor -am -Pfuzz-campaign                     # 100,000 tries
 * mvn -B test -pl advisor -am -Pfuzz-campaign -Dcpo.fuzz.seed=42  # replay
 * </pre>
 *
 * <ul>
 *   <li>{@code cpo.fuzz.tries}: the tries of all properties together (default 2000, 100,000 in the profile; the
 *       systematic cases of {@link EdgeInputsFuzzTest} come on top: about 2,000 more), shared out by {@link Share};</li>
 *   <li>{@code cpo.fuzz.seed}: a fixed seed, to replay a campaign (default: jqwik's, printed on failure);</li>
 *   <li>{@code cpo.fuzz.timeout}: seconds one case may take before it counts as a hang (default 10).</li>
 * </ul>
 */
final class FuzzBudget implements AroundPropertyHook {

    static final int TOTAL_TRIES = Integer.getInteger("cpo.fuzz.tries", 2000);

    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("cpo.fuzz.timeout", 10));

    /** A property's share of {@link #TOTAL_TRIES}. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Share {
        double value();
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.findAnnotation(Share.class).ifPresent(share ->
                context.attributes().setTries(Math.max(1, (int) Math.round(TOTAL_TRIES * share.value()))));
        String seed = System.getProperty("cpo.fuzz.seed");
        if (seed != null && !seed.isBlank()) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }

    /** Outermost: the attributes must be set before jqwik reads them to start the property. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
