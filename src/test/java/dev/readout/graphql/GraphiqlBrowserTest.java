package dev.readout.graphql;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the self-hosted GraphiQL page in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs), runs the first example operation and reads the answer in the result pane. Proves the page works with no
 * CDN: this machine reaches none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"readout.embedded.storage=memory", "readout.samples.enabled=false"})
class GraphiqlBrowserTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory("readout-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
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
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        // the example operations open as tabs; the first one (by file name) is in the editor
        wait.until(d -> !d.findElements(By.cssSelector(".graphiql-execute-button")).isEmpty());
        assertThat(browser.getCurrentUrl()).endsWith("/graphiql/index.html");
        String firstExample = GraphiqlController.loadExamples().get(0).name();
        wait.until(d -> d.findElement(By.cssSelector(".graphiql-query-editor")).getText().contains(firstExample));

        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
        wait.until(d -> d.findElement(By.cssSelector(".result-window")).getText().contains("\"data\""));
        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE)
                .renameTo(new File("target/graphiql-browser-test.png"));
        assertThat(browser.findElement(By.cssSelector(".result-window")).getText()).doesNotContain("\"errors\"");
    }
}
