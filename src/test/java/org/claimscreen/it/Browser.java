package org.claimscreen.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Selenium, for the report tests. The browser and the
 * driver are the system's ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, overridable
 * with CLAIMSCREEN_TEST_CHROMIUM / CLAIMSCREEN_TEST_CHROMEDRIVER), named explicitly so Selenium
 * Manager never downloads anything; each browser gets a fresh profile folder. Where either is
 * missing the test is skipped with a message saying what to install, except under CI, where it
 * fails ({@code .ci/run} installs both).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CLAIMSCREEN_TEST_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("CLAIMSCREEN_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Skips the calling test unless Chromium and ChromeDriver are installed; under CI (CI=true) a
     * missing browser fails instead, so CI can never pass without having looked at the report.
     */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but Chromium (" + CHROMIUM + ") or ChromeDriver (" + CHROMEDRIVER
                    + ") is missing: .ci/run installs them (apt-get install chromium chromium-driver)");
        }
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: the report browser tests need Chromium at " + CHROMIUM + " and ChromeDriver at "
                        + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)");
    }

    static Browser start(Path profile) throws IOException {
        assumeInstalled();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    /** Opens a report and waits until its script has rendered the page; returns the milliseconds that took. */
    long open(Path report) {
        long start = System.nanoTime();
        driver.get(report.toUri().toString());
        waitFor(Duration.ofSeconds(60), "the report's script to finish",
                () -> "true".equals(driver.findElement(By.tagName("html")).getAttribute("data-ready")));
        return (System.nanoTime() - start) / 1_000_000;
    }

    void waitFor(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, timeout).withMessage("waited for " + what).until(d -> condition.getAsBoolean());
    }

    /** Saves a screenshot of the viewport and returns how many distinct colours it has. */
    int screenshot(Path target) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
