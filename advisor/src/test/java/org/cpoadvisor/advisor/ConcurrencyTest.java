package org.cpoadvisor.advisor;

import org.cpoadvisor.advisor.advice.Advice;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** One Advisor shared by many threads gives, for every call, the advice it gives one call at a time. */
class ConcurrencyTest {

    @Test
    void eightThreadsAdvisingAtOnceGetWhatOneByOneGives() throws Exception {
        // with a rule pack, so that the pack's knowledge base is shared too
        Advisor advisor = Advisor.builder().rulePack(RulePackTest.PACK).build();
        List<Path> samples;
        try (Stream<Path> s = Files.walk(Path.of("../samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".cpo")).filter(ConcurrencyTest::isRoot).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5);
        Map<Path, String> expected = new LinkedHashMap<>();
        for (Path p : samples) {
            expected.put(p, Advisor.render(advisor.advise(p), "json"));
        }

        int threads = 8, perThread = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        Path p = samples.get((offset + i) % samples.size());
                        // by path and as a CI check reads, in turn
                        Advice a = switch (i % 2) {
                            case 0 -> advisor.advise(p);
                            default -> advisor.adviseAll(List.of(p)).get(0);
                        };
                        if (!Advisor.render(a, "json").equals(expected.get(p))) mismatches.add(p + " (call " + i + ")");
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : futures) all.addAll(f.get());
            assertThat(all).as("advices that differ from the one-by-one advice").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void textAdviceFromManyThreadsMatchesToo() throws Exception {
        Advisor advisor = new Advisor();
        Path p = Path.of("../samples/mid-size-cloud.cpo");
        String text = Files.readString(p);
        String expected = Advisor.render(advisor.advise(text, "mid-size-cloud.cpo"), "json");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) futures.add(pool.submit(() -> Advisor.render(advisor.advise(text, "mid-size-cloud.cpo"), "json")));
            for (Future<String> f : futures) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean isRoot(Path p) {
        try {
            return Files.readString(p).lines().anyMatch(l -> l.startsWith("architecture "));
        } catch (IOException e) {
            return false;
        }
    }
}
