package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample night's report.html in headless Chromium, used as an auditor would: the headline
 * agrees with summary.json, the filters narrow the table, a claim opens with its lines and
 * findings. Screenshots land in target/report-screenshots/ for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleReportBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
    private static final String MASSAGE_CLAIM = "MT-260401";

    Database db;
    Path runDir;
    JsonNode summary;
    Browser browser;

    @BeforeAll
    void screenTheSampleNightAndStartTheBrowser(@TempDir Path work) throws IOException {
        Browser.assumeInstalled();
        db = Database.h2(work);
        Cli.Result result = Cli.run(db, "screen", "--out", work.resolve("out").toString(), "--as-of", "2026-11-26",
                ScreenSampleDataContract.SAMPLE.toString());
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(result.out());
        assertThat(run.find()).as(result.err()).isTrue();
        runDir = work.resolve("out").resolve(run.group(1));
        summary = JsonMapper.builder().build().readTree(Files.readString(runDir.resolve("summary.json")));
        browser = Browser.start(work.resolve("chromium-profile"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (db != null) {
            db.drop().run();
        }
    }

    @Test
    void headlineNumbersAgreeWithSummaryJson() throws IOException {
        // when
        browser.open(runDir.resolve("report.html"));

        // then
        for (String metric : List.of("claims_read", "claims_clean", "claims_held", "claims_rejected",
                "claims_not_screened", "lines_flagged")) {
            assertThat(Long.parseLong(tile(metric).replace(",", ""))).as(metric).isEqualTo(summary.get(metric).asLong());
        }
        for (String metric : List.of("amount_at_risk", "patient_estimate_total")) {
            assertThat(new BigDecimal(tile(metric).replace("$", "").replace(",", ""))).as(metric)
                    .isEqualByComparingTo(summary.get(metric).decimalValue());
        }
        int colours = browser.screenshot(SCREENSHOTS.resolve("sample-report.png"));
        assertThat(colours).as("distinct colours in the screenshot (a blank page has one)").isGreaterThan(100);
    }

    @Test
    void filtersNarrowTheTableByRuleAndText() {
        // given
        browser.open(runDir.resolve("report.html"));

        // when
        new Select(browser.driver.findElement(By.id("filter-rule"))).selectByValue("MCR-MASSAGE-STANDALONE");

        // then
        int expected = SampleExpectations.FINDINGS_BY_RULE.get("MCR-MASSAGE-STANDALONE");
        assertThat(status()).contains("of " + expected + " findings (filtered from");
        assertThat(column(5)).hasSize(expected).containsOnly("MCR-MASSAGE-STANDALONE");

        // when
        WebElement text = browser.driver.findElement(By.id("filter-text"));
        text.sendKeys(MASSAGE_CLAIM);
        browser.waitFor(Duration.ofSeconds(5), "the text filter", () -> column(1).stream().allMatch(MASSAGE_CLAIM::equals));

        // then
        assertThat(column(1)).isNotEmpty().containsOnly(MASSAGE_CLAIM);
    }

    @Test
    void showsTheFindingsTableUnderItsFilters() throws IOException {
        // given
        browser.open(runDir.resolve("report.html"));

        // when
        browser.driver.executeScript("document.getElementById('findings-heading').scrollIntoView()");

        // then
        assertThat(column(1)).hasSize(50);
        assertThat(browser.screenshot(SCREENSHOTS.resolve("sample-findings.png"))).isGreaterThan(100);
    }

    @Test
    void sortsByDollarsAtRisk() {
        // given
        browser.open(runDir.resolve("report.html"));

        // when: twice, for the largest first
        WebElement header = browser.driver.findElement(By.cssSelector("#findings th[data-key=risk] button"));
        header.click();
        header.click();

        // then
        assertThat(browser.driver.findElement(By.cssSelector("#findings th[data-key=risk]")).getAttribute("aria-sort"))
                .isEqualTo("descending");
        List<BigDecimal> amounts = column(10).stream().map(a -> new BigDecimal(a.replace("$", "").replace(",", ""))).toList();
        assertThat(amounts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void opensAClaimWithAllItsLinesAndEveryFindingThenReturnsFocus() throws IOException {
        // given
        browser.open(runDir.resolve("report.html"));
        browser.driver.findElement(By.id("filter-text")).sendKeys(MASSAGE_CLAIM);
        browser.waitFor(Duration.ofSeconds(5), "the text filter", () -> column(1).stream().allMatch(MASSAGE_CLAIM::equals));
        WebElement claim = browser.driver.findElement(By.cssSelector("#findings tbody button.claim-link"));

        // when: from the keyboard
        claim.sendKeys(Keys.ENTER);

        // then
        WebElement dialog = browser.driver.findElement(By.id("claim-dialog"));
        browser.waitFor(Duration.ofSeconds(5), "the claim dialog", () -> dialog.getAttribute("open") != null);
        assertThat(browser.driver.findElement(By.id("claim-title")).getText()).isEqualTo("Claim " + MASSAGE_CLAIM);
        long lines = ScreenSampleDataContract.records(ScreenSampleDataContract.SAMPLE_CLAIMS).stream()
                .filter(row -> row.get("claim_id").equals(MASSAGE_CLAIM)).count();
        assertThat(dialog.findElements(By.cssSelector("#claim-lines tbody tr"))).hasSize((int) lines);
        List<CSVRecord> findings = ScreenSampleDataContract.records(runDir.resolve("findings.csv")).stream()
                .filter(row -> row.get("claim_id").equals(MASSAGE_CLAIM)).toList();
        assertThat(dialog.findElements(By.cssSelector("#claim-findings > li"))).hasSize(findings.size());
        String text = dialog.getText();
        for (CSVRecord finding : findings) {
            assertThat(text).contains(finding.get("rule_id"), finding.get("message"), finding.get("policy"));
        }
        int colours = browser.screenshot(SCREENSHOTS.resolve("sample-claim.png"));
        assertThat(colours).isGreaterThan(100);

        // when
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);

        // then
        browser.waitFor(Duration.ofSeconds(5), "the dialog to close", () -> dialog.getAttribute("open") == null);
        assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo(MASSAGE_CLAIM);
    }

    @Test
    void showsTheChangesSectionAndTheCharts() {
        // when
        browser.open(runDir.resolve("report.html"));

        // then
        assertThat(browser.driver.findElement(By.id("changes")).getText()).isEqualTo("Changes since the previous run");
        assertThat(browser.driver.findElements(By.cssSelector("figure.chart svg rect.bar"))).isNotEmpty();
    }

    private String tile(String metric) {
        return browser.driver.findElement(By.cssSelector("[data-metric=" + metric + "] .value")).getText();
    }

    private String status() {
        return browser.driver.findElement(By.id("filter-count")).getText();
    }

    /** The texts of one column (1-based) of the table's current page, read at once (the script re-renders rows). */
    @SuppressWarnings("unchecked")
    private List<String> column(int index) {
        return (List<String>) browser.driver.executeScript("return Array.from(document.querySelectorAll("
                + "'#findings tbody tr td:nth-child(' + arguments[0] + ')')).map(function (td) {"
                + " return td.textContent.trim(); });", index);
    }
}
