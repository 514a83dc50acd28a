package dev.readout.graphql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import dev.readout.HeadlessChromium;
import dev.readout.api.ApiTest;
import org.openqa.selenium.JavascriptExecutor;

import java.io.File;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the self-hosted GraphiQL page in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs), runs the first example operation and reads the answer in the result pane, then opens the Explorer plugin.
 * Proves the page works with no CDN: this machine reaches none.
 */
class GraphiqlBrowserTest extends ApiTest {

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(HeadlessChromium.installed(), HeadlessChromium.MISSING);
        browser = HeadlessChromium.start("1400,900");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void runsAnExampleOperationFromTheBundledPage() {
        browser.get("http://localhost:" + port + "/graphiql");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(90));

        // the example operations open as tabs; the first one (by file name) is in the editor
        wait.until(d -> !d.findElements(By.cssSelector(".graphiql-execute-button")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith("/graphiql/index.html");
        String firstExample = GraphiqlController.loadExamples().get(0).name();
        wait.until(d -> d.findElement(By.cssSelector(".graphiql-query-editor")).getText().contains(firstExample));

        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        try {
            wait.until(d -> d.findElement(By.cssSelector(".result-window")).getText().contains("\"data\""));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No data in the result pane: '"
                    + browser.findElement(By.cssSelector(".result-window")).getText() + "'; page: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE)
                .renameTo(new File("target/graphiql-browser-test.png"));
        assertThat(browser.findElement(By.cssSelector(".result-window")).getText()).doesNotContain("\"errors\"");

        // every example operation of graphql/operations is offered as a tab
        String tabs = browser.findElements(By.cssSelector(".graphiql-tab")).stream().map(e -> e.getText())
                .reduce("", (a, b) -> a + " " + b);
        for (GraphiqlController.ExampleOperation op : GraphiqlController.loadExamples()) {
            var named = java.util.regex.Pattern.compile("(?:query|mutation)\\s+(\\w+)").matcher(op.document());
            assertThat(named.find()).as("%s has a named operation", op.name()).isTrue();
            assertThat(tabs).contains(named.group(1)); // GraphiQL titles a tab with its operation's name
        }

        // the headers editor starts with the API key header to fill in, for mutations
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Object editors = js.executeScript("return Array.from(document.querySelectorAll('.CodeMirror'))"
                + ".map(e => e.CodeMirror ? e.CodeMirror.getValue() : '').join('\\n')");
        assertThat(String.valueOf(editors)).contains("X-API-Key");

        // nothing was fetched from anywhere but this server: no CDN
        Object resources = js.executeScript("return [location.href].concat(performance.getEntriesByType('resource')"
                + ".map(e => e.name))");
        assertThat((java.util.List<?>) resources).isNotEmpty().allSatisfy(url ->
                assertThat(String.valueOf(url)).startsWith("http://localhost:" + port + "/"));

        // the Explorer plugin (bundled too): its sidebar button opens the schema's root fields as a tree to click
        browser.findElement(By.cssSelector("button[aria-label='Show GraphiQL Explorer']")).click();
        try {
            wait.until(d -> {
                var roots = d.findElements(By.cssSelector(".graphiql-explorer-root"));
                return !roots.isEmpty() && roots.get(0).getText().contains("calls")
                        && roots.get(0).getText().contains("participants");
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No Explorer with the root fields; page: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
        assertThat(browser.findElements(By.cssSelector("button[aria-label='Hide GraphiQL Explorer']"))).hasSize(1);
    }
}
