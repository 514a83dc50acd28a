package dev.readout;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's headless Chromium and ChromeDriver ({@code apt-get install chromium chromium-driver}), the one browser the
 * browser tests and the explorer's benchmark drive: a test tool's own browser download fails on this kind of machine.
 * Each start gets a fresh profile, and nothing of Chromium's own reaches the network (no sync, updates or QUIC).
 */
public final class HeadlessChromium {

    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** Whether both are installed; tests skip with {@link #MISSING} otherwise. */
    public static boolean installed() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    public static final String MISSING =
            "Skipped: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";

    /** A browser with a window of the given size ("1440,1500") and a fresh profile; more Chromium switches may follow. */
    public static ChromeDriver start(String windowSize, String... moreArguments) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + windowSize,
                "--user-data-dir=" + Files.createTempDirectory("readout-chromium"));
        options.addArguments(moreArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
