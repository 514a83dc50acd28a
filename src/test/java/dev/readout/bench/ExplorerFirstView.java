package dev.readout.bench;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the explorer's first view in headless Chromium: from navigation start to the page's "rendered" marker
 * ({@code data-rendered} on {@code <html>}, set when the timeline and the network are drawn), as
 * {@code performance.now()} then. Each run uses a fresh browser profile, so nothing comes from the browser's cache.
 * Either on a running Readout ({@code --url}) or on a store served by a forked one, once it has computed the overview
 * (its log says "Explorer overview computed").
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.readout.bench.ExplorerFirstView \
 *      [--storage target/bench/store-100000 | --url http://localhost:8080/] [--runs 5]
 * </pre>
 */
public final class ExplorerFirstView {

    private ExplorerFirstView() {
    }

    public static void main(String[] args) throws Exception {
        Path storage = Path.of("target/bench/store-100000");
        String url = null;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--storage" -> storage = Path.of(args[++i]);
                case "--url" -> url = args[++i];
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; usage: [--storage DIR | --url URL] [--runs N]");
            }
        }
        if (url != null) {
            measure(url, runs);
            return;
        }
        Path log = Files.createTempFile("readout-explorer-bench", ".log");
        try (ForkedServer server = ForkedServer.start(storage, null, "-Xmx2g", false, log)) {
            System.out.printf(Locale.ROOT, "first answer after %.1f s%n", server.awaitFirstAnswer(600));
            long t0 = System.nanoTime();
            while (!Files.readString(log).contains("Explorer overview computed")) {
                if (System.nanoTime() - t0 > Duration.ofMinutes(20).toNanos()) {
                    throw new IllegalStateException("No overview after 20 minutes; see " + log);
                }
                Thread.sleep(500);
            }
            System.out.println(Files.readAllLines(log).stream().filter(l -> l.contains("Explorer overview computed"))
                    .findFirst().orElse(""));
            measure("http://localhost:" + server.port() + "/", runs);
        }
    }

    static void measure(String url, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            WebDriver browser = dev.readout.HeadlessChromium.start("1440,1200");
            try {
                browser.get(url);
                JavascriptExecutor js = (JavascriptExecutor) browser;
                new WebDriverWait(browser, Duration.ofSeconds(120))
                        .until(d -> js.executeScript("return document.documentElement.dataset.rendered") != null);
                Object rendered = js.executeScript("return document.documentElement.dataset.rendered");
                double ms = ((Number) js.executeScript("return window.__explorer.firstRenderMs")).doubleValue();
                Object what = js.executeScript("const n = window.__explorer.network, t = window.__explorer.timeline; "
                        + "return `${n.nodes.length} of ${n.totalNodes} nodes, ${n.edges.length} of ${n.totalEdges} edges, "
                        + "${n.calls} calls; timeline ${t.buckets} periods, ${t.drawnCalls} dated calls drawn`");
                System.out.printf(Locale.ROOT, "run %d: %s in %.0f ms (%s)%n", run + 1, rendered, ms, what);
                times.add(ms);
            } finally {
                browser.quit();
            }
        }
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "first view: median %.0f ms, best %.0f ms, worst %.0f ms over %d runs%n",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }
}
