package dev.readout.explorer;

import dev.readout.HeadlessChromium;
import dev.readout.api.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives the explorer at {@code /} in headless Chromium (Debian's chromium and chromium-driver) on the sample store and
 * compares what it drew with the API's own answers: the timeline's bars with {@code timeline}, the network with
 * {@code /export/network.csv} for the same filter; follows a network edge to a call and its highlighted evidence;
 * round-trips the filter through the URL; and checks that nothing came from anywhere but this server. The page
 * publishes what it drew in {@code window.__explorer}. Screenshots of the overview, a person and a call are written
 * to {@code target/explorer/} (or the directory of {@code -Dreadout.explorer.screenshots}, e.g. docs/explorer).
 */
class ExplorerBrowserTest extends ApiTest {

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
        browser = HeadlessChromium.start("1440,1500", "--hide-scrollbars");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String base() {
        return "http://localhost:" + port + "/";
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    JsonNode explorer(String part) {
        return JSON.readTree(String.valueOf(js("return JSON.stringify(window.__explorer." + part + ")")));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** Opens a page of the explorer and waits until its timeline and network are drawn. */
    void open(String query) {
        browser.get(base() + query);
        try {
            waiting().until(d -> js("return document.documentElement.dataset.rendered") != null);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("The explorer did not render: " + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
        assertThat(js("return document.documentElement.dataset.rendered")).as(String.valueOf(js(
                "return JSON.stringify(window.__explorer.errors)"))).isEqualTo("true");
    }

    void screenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("readout.explorer.screenshots", "target/explorer"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The edges of /export/network.csv for these parameters, as "sourceId,targetId,calls" (ids sorted in a pair). */
    Set<String> csvEdges(String params) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "export/network.csv" + params))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        Set<String> rows = new TreeSet<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(r.body())) {
            for (Map<String, String> row : it.readAll()) {
                rows.add(pair(row.get("source_id"), row.get("target_id")) + "," + row.get("calls"));
            }
        }
        return rows;
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "," + b : b + "," + a;
    }

    Set<String> drawnEdges() {
        Set<String> rows = new TreeSet<>();
        for (JsonNode e : explorer("network").path("edges")) {
            rows.add(pair(e.path("source").asString(), e.path("target").asString()) + "," + e.path("calls").asInt());
        }
        return rows;
    }

    Set<String> drawnNodes() {
        Set<String> ids = new TreeSet<>();
        explorer("network").path("nodes").forEach(n -> ids.add(n.path("id").asString()));
        return ids;
    }

    static Set<String> nodesOf(Set<String> edges) {
        Set<String> ids = new TreeSet<>();
        for (String e : edges) {
            String[] f = e.split(",");
            ids.add(f[0]);
            ids.add(f[1]);
        }
        return ids;
    }

    int timelineCalls(String granularity, Map<String, Object> filter) {
        int sum = 0;
        for (JsonNode b : data("query($g: Granularity!, $f: CallFilter) { timeline(granularity: $g, filter: $f) { calls } }",
                Map.of("g", granularity, "f", filter)).path("timeline")) {
            sum += b.path("calls").asInt();
        }
        return sum;
    }

    void assertNothingFromOutside() {
        Object resources = js("return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name))");
        assertThat((List<?>) resources).isNotEmpty().allSatisfy(url ->
                assertThat(String.valueOf(url)).startsWith(base()));
    }

    @Test
    void theOverviewDrawsWhatTheApiAnswers() throws Exception {
        open("");
        JsonNode timeline = explorer("timeline");
        int calls = timelineCalls("MONTH", Map.of());
        assertThat(calls).isPositive();
        assertThat(timeline.path("granularity").asString()).isEqualTo("MONTH");
        assertThat(timeline.path("drawnCalls").asInt()).isEqualTo(calls);
        assertThat(browser.findElement(By.id("timeline")).getDomAttribute("data-calls")).isEqualTo(String.valueOf(calls));

        Set<String> csv = csvEdges("");
        assertThat(csv).isNotEmpty();
        assertThat(drawnEdges()).isEqualTo(csv);
        assertThat(drawnNodes()).isEqualTo(nodesOf(csv));
        assertThat(explorer("network").path("truncated").asBoolean()).isFalse();
        screenshot("overview");

        // stacked by status instead: the same total
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("stack"))).selectByValue("status");
        waiting().until(d -> "status".equals(explorer("timeline").path("stackedBy").asString()));
        assertThat(explorer("timeline").path("drawnCalls").asInt()).isEqualTo(calls);
        assertThat(browser.getCurrentUrl()).contains("stack=status");

        // per week: the same total in other bars
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("granularity"))).selectByValue("WEEK");
        waiting().until(d -> "WEEK".equals(explorer("timeline").path("granularity").asString()));
        assertThat(explorer("timeline").path("drawnCalls").asInt()).isEqualTo(timelineCalls("WEEK", Map.of()));
        assertNothingFromOutside();
    }

    @Test
    void draggingOverTheTimelineSetsTheDatesForTheRest() throws Exception {
        open("");
        JsonNode buckets = data("{ timeline(granularity: MONTH) { start } }", Map.of()).path("timeline");
        assertThat(buckets.size()).isPositive();
        int last = buckets.size() - 1;
        JsonNode a = JSON.readTree(String.valueOf(js("return JSON.stringify(window.__explorer.barPoint(0))")));
        JsonNode b = JSON.readTree(String.valueOf(js("return JSON.stringify(window.__explorer.barPoint(" + last + "))")));
        new Actions(browser).moveToLocation(a.path("x").asInt() - 15, a.path("y").asInt()).clickAndHold()
                .moveToLocation((a.path("x").asInt() + b.path("x").asInt()) / 2, b.path("y").asInt())
                .moveToLocation(b.path("x").asInt() + 15, b.path("y").asInt()).release().perform();
        waiting().until(d -> !explorer("network").path("variables").path("filter").path("from").isMissingNode());
        java.time.LocalDate lastStart = java.time.LocalDate.parse(buckets.get(last).path("start").asString());
        String from = buckets.get(0).path("start").asString();
        String to = lastStart.plusMonths(1).minusDays(1).toString();
        JsonNode filter = explorer("network").path("variables").path("filter");
        assertThat(filter.path("from").asString()).isEqualTo(from);
        assertThat(filter.path("to").asString()).isEqualTo(to);
        assertThat(browser.getCurrentUrl()).contains("from=" + from).contains("to=" + to);
        assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo(from);
        assertThat(drawnEdges()).isEqualTo(csvEdges("?from=" + from + "&to=" + to));
        // the timeline still shows every date
        assertThat(explorer("timeline").path("drawnCalls").asInt()).isEqualTo(timelineCalls("MONTH", Map.of()));
    }

    @Test
    void theFilterRoundTripsThroughTheUrl() throws Exception {
        String query = "?country=US&from=2022-01-01&to=2022-12-31&medium=PHONE,IN_PERSON,UNKNOWN&g=WEEK";
        open(query);
        assertThat(browser.findElement(By.id("country")).getDomProperty("value")).isEqualTo("US");
        assertThat(browser.findElement(By.id("from")).getDomProperty("value")).isEqualTo("2022-01-01");
        assertThat(browser.findElement(By.id("to")).getDomProperty("value")).isEqualTo("2022-12-31");
        assertThat(browser.findElement(By.id("granularity")).getDomProperty("value")).isEqualTo("WEEK");
        assertThat(browser.findElements(By.cssSelector("#medium input:checked")).stream()
                .map(e -> e.getDomProperty("value")).toList()).containsExactly("PHONE", "IN_PERSON", "UNKNOWN");
        JsonNode filter = explorer("network").path("variables").path("filter");
        assertThat(filter.path("country").asString()).isEqualTo("US");
        assertThat(filter.path("from").asString()).isEqualTo("2022-01-01");
        assertThat(filter.path("medium").size()).isEqualTo(3);

        // the network is the export's for the same filter, and the timeline (all dates) the API's
        Set<String> csv = csvEdges(query.replace("&g=WEEK", ""));
        assertThat(drawnEdges()).isEqualTo(csv);
        assertThat(drawnNodes()).isEqualTo(nodesOf(csv));
        assertThat(explorer("timeline").path("drawnCalls").asInt()).isEqualTo(timelineCalls("WEEK",
                Map.of("country", "US", "medium", List.of("PHONE", "IN_PERSON", "UNKNOWN"))));

        // a change made on the page lands in the URL; opening that URL gives the same state
        browser.findElement(By.cssSelector("#status input[value=HELD]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("status=HELD"));
        waiting().until(d -> explorer("network").path("variables").path("filter").path("status").size() == 1);
        String shared = browser.getCurrentUrl();
        JsonNode state = explorer("state");

        // the browser's back button restores the previous filter, and forward the new one
        browser.navigate().back();
        waiting().until(d -> !d.getCurrentUrl().contains("status=HELD"));
        waiting().until(d -> explorer("state").path("status").isMissingNode()
                && explorer("network").path("variables").path("filter").path("status").isMissingNode());
        assertThat(browser.findElements(By.cssSelector("#status input:checked"))).isEmpty();
        browser.navigate().forward();
        waiting().until(d -> d.getCurrentUrl().contains("status=HELD"));

        browser.get("about:blank");
        open(shared.substring(base().length()));
        assertThat(explorer("state")).isEqualTo(state);
        assertThat(browser.findElements(By.cssSelector("#status input:checked"))).hasSize(1);
        assertThat(drawnEdges()).isEqualTo(csvEdges(shared.substring(base().length())
                .replace("&g=WEEK", "").replace("g=WEEK&", "")));

        assertNothingFromOutside();
    }

    @Test
    void anEdgeLeadsToItsCallsAndACallToItsHighlightedEvidence() throws Exception {
        open("");
        WebElement network = browser.findElement(By.id("network"));
        new Actions(browser).scrollToElement(network).perform();
        int edges = explorer("network").path("edges").size();
        boolean opened = false;
        for (int i = 0; i < Math.min(edges, 12) && !opened; i++) {
            JsonNode p = JSON.readTree(String.valueOf(js("return JSON.stringify(window.__explorer.edgePoint(" + i + "))")));
            new Actions(browser).moveToLocation(p.path("x").asInt(), p.path("y").asInt()).click().perform();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> "pair".equals(d.findElement(By.id("panel")).getDomAttribute("data-loaded")));
                opened = true;
            } catch (org.openqa.selenium.TimeoutException e) {
                // the midpoint lay under a node or a label: try the next edge
            }
        }
        assertThat(opened).as("a click on an edge lists the pair's calls").isTrue();
        assertThat(browser.getCurrentUrl()).contains("pair=");
        List<WebElement> calls = browser.findElements(By.cssSelector(".pair-calls a[data-open=call]"));
        assertThat(calls).isNotEmpty();
        String callId = calls.get(0).getDomAttribute("data-id");
        calls.get(0).click();
        waiting().until(d -> "call".equals(d.findElement(By.id("panel")).getDomAttribute("data-loaded")));
        assertThat(browser.getCurrentUrl()).contains("call=");

        JsonNode call = data("query($id: ID!) { node(id: $id) { ... on Call { mentions { sentence start end "
                + "article { id text } } } } }", Map.of("id", callId)).path("node");
        List<WebElement> marks = browser.findElements(By.cssSelector(".mention mark.evidence"));
        assertThat(marks).hasSize(call.path("mentions").size());
        for (int i = 0; i < marks.size(); i++) {
            JsonNode m = call.path("mentions").get(i);
            String text = m.path("article").path("text").asString();
            String evidence = text.substring(m.path("start").asInt(), m.path("end").asInt());
            assertThat(evidence).isNotBlank();
            assertThat(marks.get(i).getText()).isEqualTo(evidence.strip());
        }
        assertThat(browser.findElement(By.cssSelector(".mention .sentence")).getText())
                .isEqualTo(call.path("mentions").get(0).path("sentence").asString().strip());
        screenshot("call");

        // a participant of the call opens the person panel
        browser.findElement(By.cssSelector("#panel h2 a[data-open=person]")).click();
        waiting().until(d -> "person".equals(d.findElement(By.id("panel")).getDomAttribute("data-loaded")));
        assertThat(browser.findElement(By.cssSelector(".person-name")).getText()).isNotBlank();
        assertNothingFromOutside();
    }

    @Test
    void aNodeOpensThePerson() throws Exception {
        open("");
        new Actions(browser).scrollToElement(browser.findElement(By.id("network"))).perform();
        String id = explorer("network").path("nodes").get(0).path("id").asString();
        JsonNode p = JSON.readTree(String.valueOf(js("return JSON.stringify(window.__explorer.nodePoint(arguments[0]))",
                id)));
        new Actions(browser).moveToLocation(p.path("x").asInt(), p.path("y").asInt()).click().perform();
        waiting().until(d -> "person".equals(d.findElement(By.id("panel")).getDomAttribute("data-loaded")));
        assertThat(browser.getCurrentUrl()).contains("person=" + id.replace("=", "%3D"));
        JsonNode person = data("query($id: ID!) { node(id: $id) { ... on Participant { name calls { totalCount } } } }",
                Map.of("id", id)).path("node");
        assertThat(browser.findElement(By.cssSelector(".person-name")).getText())
                .isEqualTo(person.path("name").asString());
        assertThat(browser.findElement(By.cssSelector(".calls-head")).getDomAttribute("data-total"))
                .isEqualTo(String.valueOf(person.path("calls").path("totalCount").asInt()));
        js("window.scrollTo(0, 0)");
        screenshot("person");

        // the search box suggests participants by name, accents and case ignored, and filters by the one picked
        WebElement who = browser.findElement(By.id("who"));
        who.clear();
        who.sendKeys(person.path("name").asString().substring(0, 4).toUpperCase());
        waiting().until(d -> !d.findElements(By.cssSelector("#suggestions li[data-id]")).isEmpty());
        WebElement first = browser.findElements(By.cssSelector("#suggestions li[data-id]")).stream()
                .filter(li -> id.equals(li.getDomAttribute("data-id"))).findFirst().orElseThrow();
        first.click();
        waiting().until(d -> explorer("network").path("variables").path("filter").path("participantIds").size() == 1);
        assertThat(browser.getCurrentUrl()).contains("p=");
        assertThat(drawnEdges()).isEqualTo(csvEdges("?participantIds=" + java.net.URLEncoder.encode(id,
                java.nio.charset.StandardCharsets.UTF_8)));
        assertNothingFromOutside();
    }
}
