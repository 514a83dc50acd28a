package dev.readout.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The data scientists' recipes on the sample corpus (the shared API test server): every export URL the README shows
 * returns rows, and {@code examples/calls_network.py} (pandas + networkx) runs against the live server and finds
 * what GraphQL counts, with CAMEO codes read as strings ("041", not 41.0). The script's test is skipped, saying so,
 * where no python3 with pandas and networkx is installed ({@code .ci/run} installs Debian's).
 */
class DataScienceRecipesTest extends ApiTest {

    private static final Pattern README_EXPORT = Pattern.compile("http://localhost:8080(/export/[^\\s'\"`)]+)");
    private static final String SCRIPT = "examples/calls_network.py";

    @Test
    void everyExportExampleInTheReadmeReturnsRows() throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        Matcher m = README_EXPORT.matcher(Files.readString(Path.of("README.md")));
        while (m.find()) {
            paths.add(m.group(1));
        }
        assertThat(paths).as("export examples in README.md").hasSizeGreaterThanOrEqualTo(4);
        for (String path : paths) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
            assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(200);
            List<String> lines = r.body().lines().filter(l -> !l.isBlank()).toList();
            int rows = path.contains(".csv") ? lines.size() - 1 : lines.size();
            assertThat(rows).as("rows of the README's %s on the sample articles", path).isPositive();
        }
    }

    @Test
    void theExamplesScriptRunsOnTheSamplesAndAgreesWithTheApi() throws Exception {
        String python = pythonWithPandasAndNetworkx();
        assumeTrue(python != null, "Skipped: " + SCRIPT + " needs python3 with pandas and networkx "
                + "(Debian: apt-get install python3-pandas python3-networkx; or pip install pandas networkx)");

        Process p = new ProcessBuilder(python, SCRIPT, "http://localhost:" + port).redirectErrorStream(true).start();
        String out;
        try (var in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("script finished").isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        String last = out.lines().filter(l -> l.startsWith("summary ")).reduce((a, b) -> b).orElse(null);
        assertThat(last).as(out).isNotNull();
        JsonNode summary = JSON.readTree(last.substring("summary ".length()));

        JsonNode counts = data("""
                { all: calls { totalCount }
                  dated: calls(filter: { from: "1900-01-01" }) { totalCount }
                  russia: calls(filter: { country: "RU", from: "2022-02-01", to: "2022-03-31",
                                          medium: [PHONE, IN_PERSON], status: [HELD] }) { totalCount }
                  blinken: statements(filter: { speakerName: "blinken" }) { totalCount } }""", Map.of());
        assertThat(summary.get("calls").asInt()).as(out).isPositive()
                .isEqualTo(counts.path("all").path("totalCount").asInt());
        assertThat(summary.get("dated_calls").asInt()).isEqualTo(counts.path("dated").path("totalCount").asInt());
        assertThat(summary.get("russia_calls").asInt()).isPositive()
                .isEqualTo(counts.path("russia").path("totalCount").asInt());
        assertThat(summary.get("statements").asInt()).isPositive()
                .isEqualTo(counts.path("blinken").path("totalCount").asInt());
        List<String> codes = new ArrayList<>();
        summary.get("cameo_codes").forEach(c -> codes.add(c.asString()));
        assertThat(codes).as("CAMEO codes as pandas read them").isNotEmpty()
                .allSatisfy(c -> assertThat(c).matches("0\\d{2,3}|[1-9]\\d{2,3}"));
        long pairs = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/export/network.csv")).GET())
                .body().lines().filter(l -> !l.isBlank()).count() - 1;
        assertThat(summary.get("edges").asLong()).isPositive().isEqualTo(pairs);
        assertThat(summary.get("most_connected").asString()).isNotBlank();
    }

    /** The first python3 that imports pandas and networkx: the one on PATH, else Debian's. */
    private static String pythonWithPandasAndNetworkx() throws InterruptedException {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import pandas, networkx").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
                p.destroyForcibly();
            } catch (IOException notInstalled) {
                // try the next one
            }
        }
        return null;
    }
}
