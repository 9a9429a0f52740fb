package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
        assertThat(ruleIds()).hasSize(expected).containsOnly("MCR-MASSAGE-STANDALONE");

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

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 360})
    void everyDollarOnThePageAddsUpToSummaryJson(int width) throws IOException {
        // given
        long headline = cents(summary.get("amount_at_risk").decimalValue());

        // when
        atWidth(width, () -> {
            browser.open(runDir.resolve("report.html"));

            // then: the split tiles are summary.json's breakdowns
            assertThat(dollarTile("amount_at_risk")).isEqualTo(headline);
            assertThat(dollarTile("amount_at_risk_deny")).isEqualTo(breakdown("amount_at_risk_by_severity").get("DENY"));
            assertThat(dollarTile("amount_at_risk_review")).isEqualTo(breakdown("amount_at_risk_by_severity").get("REVIEW"));
            assertThat(dollarTile("amount_at_risk_patient")).isEqualTo(breakdown("amount_at_risk_by_liable").get("PATIENT"));
            assertThat(dollarTile("amount_at_risk_provider")).isEqualTo(breakdown("amount_at_risk_by_liable").get("PROVIDER"));
            assertThat(new BigDecimal(tile("patient_estimate_total").replace("$", "").replace(",", "")))
                    .isEqualByComparingTo(summary.get("patient_estimate_total").decimalValue());
            // and every chart's bars (with its "others" row) add up to the headline
            for (String chart : List.of("rule", "provider", "payer", "severity", "liable")) {
                WebElement figure = browser.driver.findElement(By.id("chart-" + chart + "-dollars"));
                long bars = figure.findElements(By.cssSelector("[data-value]")).stream()
                        .mapToLong(bar -> Long.parseLong(bar.getDomAttribute("data-value"))).sum();
                assertThat(Long.parseLong(figure.getDomAttribute("data-total"))).as(chart).isEqualTo(headline);
                assertThat(bars).as(chart).isEqualTo(headline);
            }
            // each bar is summary.json's figure for its key
            for (String[] chart : new String[][] {{"severity", "amount_at_risk_by_severity"},
                    {"liable", "amount_at_risk_by_liable"}, {"payer", "amount_at_risk_by_payer_type"},
                    {"provider", "amount_at_risk_by_provider"}}) {
                Map<String, Long> expected = breakdown(chart[1]);
                for (WebElement bar : browser.driver.findElements(By.cssSelector("#chart-" + chart[0] + "-dollars button.bar-row"))) {
                    assertThat(Long.parseLong(bar.getDomAttribute("data-value"))).as(chart[0] + " " + bar.getDomAttribute("data-key"))
                            .isEqualTo(expected.get(bar.getDomAttribute("data-key")));
                }
            }
            // no INFO rule is charted in dollars
            assertThat(browser.driver.findElements(By.cssSelector("#chart-rule-dollars button.bar-row")).stream()
                    .map(bar -> bar.getDomAttribute("data-key"))).doesNotContain("PAY-SELF-PAY", "PAY-HSA-FSA-LMN");
            // for a person to look at: each section at this width
            for (String section : List.of("headline", "worklist", "changes", "charts", "findings-heading")) {
                browser.driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", section);
                assertThat(browser.screenshot(SCREENSHOTS.resolve("sample-" + section + "-" + width + ".png")))
                        .isGreaterThan(20);
            }
        });
    }

    @Test
    void aChartBarFiltersTheTableToTheFindingsItCounts() {
        // given
        browser.open(runDir.resolve("report.html"));
        WebElement bar = browser.driver.findElement(By.cssSelector("#chart-rule-dollars button.bar-row"));
        String rule = bar.getDomAttribute("data-key");

        // when: from the keyboard
        bar.sendKeys(Keys.ENTER);

        // then
        browser.waitFor(Duration.ofSeconds(5), "the bar's filter", () -> rule.equals(selected("filter-rule")));
        assertThat(bar.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(ruleIds()).isNotEmpty().containsOnly(rule);
        assertThat(browser.driver.findElement(By.id("filter-count")).getDomAttribute("data-cents"))
                .isEqualTo(bar.getDomAttribute("data-value"));
        assertThat(currentHash()).contains("rule=" + rule, "counted=Y");
    }

    @Test
    void theAddressRestoresTheViewAfterAReload() {
        // given: a view with a filter, a search and a sort
        browser.open(runDir.resolve("report.html"));
        new Select(browser.driver.findElement(By.id("filter-severity"))).selectByValue("REVIEW");
        // Enter applies the search at once, not after the typing pause
        browser.driver.findElement(By.id("filter-text")).sendKeys("plan of care", Keys.ENTER);
        browser.driver.findElement(By.cssSelector("#findings th[data-key=risk] button")).click();
        browser.waitFor(Duration.ofSeconds(5), "the address to hold the view", () -> currentHash().contains("q="));
        String hash = currentHash();
        String rows = browser.driver.findElement(By.id("filter-count")).getDomAttribute("data-rows");
        List<String> claims = column(1);

        // when: the page is opened afresh at that address
        browser.driver.get("about:blank");
        browser.driver.get(runDir.resolve("report.html").toUri() + hash);
        browser.waitFor(Duration.ofSeconds(60), "the report's script to finish",
                () -> "true".equals(browser.driver.findElement(By.tagName("html")).getDomAttribute("data-ready")));

        // then
        assertThat(hash).contains("severity=REVIEW", "q=plan+of+care", "sort=risk", "dir=asc");
        assertThat(selected("filter-severity")).isEqualTo("REVIEW");
        assertThat(browser.driver.findElement(By.id("filter-text")).getDomProperty("value")).isEqualTo("plan of care");
        assertThat(browser.driver.findElement(By.id("filter-count")).getDomAttribute("data-rows")).isEqualTo(rows);
        assertThat(browser.driver.findElement(By.cssSelector("#findings th[data-key=risk]")).getDomAttribute("aria-sort"))
                .isEqualTo("ascending");
        assertThat(column(1)).isEqualTo(claims);
    }

    @Test
    void downloadsExactlyTheFilteredRowsAsCsv() throws IOException {
        // given
        browser.open(runDir.resolve("report.html"));
        new Select(browser.driver.findElement(By.id("filter-rule"))).selectByValue("MCR-THERAPY-NO-PLAN-OF-CARE");

        // when
        browser.driver.findElement(By.id("download-csv")).click();

        // then: findings.csv's rows of that rule, in its order, column for column
        String csv = (String) browser.driver.executeScript("return window.claimscreenCsv.last;");
        List<CSVRecord> downloaded;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))) {
            downloaded = parser.getRecords();
        }
        List<CSVRecord> expected = ScreenSampleDataContract.records(runDir.resolve("findings.csv")).stream()
                .filter(row -> row.get("rule_id").equals("MCR-THERAPY-NO-PLAN-OF-CARE")).toList();
        assertThat(downloaded).hasSize(SampleExpectations.FINDINGS_BY_RULE.get("MCR-THERAPY-NO-PLAN-OF-CARE"));
        // every column of findings.csv, in its order
        List<String> columns = List.of(ScreenSampleDataContract.firstLine(runDir.resolve("findings.csv"))
                .replace("\uFEFF", "").split(","));
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", columns));
        assertThat(columns).contains("payer_id", "plan_id");
        assertThat(rows(downloaded, columns)).isEqualTo(rows(expected, columns));
    }

    @Test
    void fitsA360PixelScreenWithTheClaimDialogClosableByKeyboard() throws IOException {
        atWidth(360, () -> {
            // when
            browser.open(runDir.resolve("report.html"));

            // then: the page does not scroll sideways (the tables scroll inside their frames)
            assertThat(pageOverflow()).as("elements wider than the window").isEmpty();
            // and an eight-figure sum fits its tile
            assertThat(tilesFit("$12,345,678.00")).isTrue();
            browser.screenshot(SCREENSHOTS.resolve("sample-report-360.png"));

            // when: a claim of the worklist is opened from the keyboard
            WebElement claim = browser.driver.findElement(By.cssSelector("#worklist-table button.claim-link"));
            claim.sendKeys(Keys.ENTER);
            WebElement dialog = browser.driver.findElement(By.id("claim-dialog"));
            browser.waitFor(Duration.ofSeconds(5), "the claim dialog", () -> dialog.getDomAttribute("open") != null);

            // then: Close has the focus and is on the screen
            WebElement close = browser.driver.findElement(By.id("claim-close"));
            assertThat(browser.driver.switchTo().activeElement()).isEqualTo(close);
            assertThat((Boolean) browser.driver.executeScript("var r = arguments[0].getBoundingClientRect();"
                    + " return r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight;",
                    close)).isTrue();
            assertThat(browser.driver.findElements(By.cssSelector("#claim-findings > li"))).isNotEmpty();
            browser.screenshot(SCREENSHOTS.resolve("sample-claim-360.png"));

            // when
            close.sendKeys(Keys.ESCAPE);

            // then
            browser.waitFor(Duration.ofSeconds(5), "the dialog to close", () -> dialog.getDomAttribute("open") == null);
            assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo(claim.getText());
        });
    }

    @Test
    void printsWithoutTheControlsAndWithTheTableFullWidth() throws IOException {
        // given
        browser.open(runDir.resolve("report.html"));

        // when
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            // then
            for (String id : List.of("filters", "pager", "download-csv")) {
                assertThat(browser.driver.findElement(By.id(id)).isDisplayed()).as(id).isFalse();
            }
            assertThat(browser.driver.findElements(By.cssSelector("nav[aria-label=Sections]")).get(0).isDisplayed()).isFalse();
            assertThat((Boolean) browser.driver.executeScript("var t = document.getElementById('findings');"
                    + " return t.getBoundingClientRect().width >= t.parentElement.getBoundingClientRect().width - 1"
                    + " && getComputedStyle(t.parentElement).overflowX === 'visible';")).isTrue();
            browser.driver.executeScript("document.getElementById('findings-heading').scrollIntoView()");
            browser.screenshot(SCREENSHOTS.resolve("sample-print.png"));
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void eightFigureSumsFitTheirTilesAt1400Pixels() {
        // when
        browser.open(runDir.resolve("report.html"));

        // then
        assertThat(tilesFit("$12,345,678.00")).isTrue();
        assertThat(pageOverflow()).isEmpty();
    }

    @Test
    void theWorklistRanksHeldClaimsByDollarsAtRiskWithRuleTitlesAndMaskedMembers() {
        // when
        browser.open(runDir.resolve("report.html"));

        // then
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#worklist-table tbody tr"));
        assertThat(rows).hasSize((int) SampleExpectations.CLAIMS_HELD);
        List<Long> cents = rows.stream().map(row -> Long.parseLong(row.getDomAttribute("data-cents"))).toList();
        assertThat(cents).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(cents.stream().mapToLong(Long::longValue).sum()).isEqualTo(cents(summary.get("amount_at_risk").decimalValue()));
        String first = rows.get(0).getText();
        assertThat(first).containsPattern("\\*+[A-Z0-9]{4}").contains("$");
        assertThat(rows.get(0).findElements(By.cssSelector("code.rule-id"))).isNotEmpty();
        assertThat(rows.get(0).findElements(By.cssSelector(".rule-title"))).isNotEmpty();
    }

    private interface Check {
        void run() throws IOException;
    }

    /** Runs {@code check} with the window {@code width} px wide, then puts it back. */
    private void atWidth(int width, Check check) throws IOException {
        browser.driver.manage().window().setSize(new Dimension(width, 1000));
        try {
            check.run();
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    /** The elements that stick out of the window sideways, as "tag#id.class" (empty when the page fits). */
    @SuppressWarnings("unchecked")
    private List<String> pageOverflow() {
        Boolean fits = (Boolean) browser.driver.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        if (Boolean.TRUE.equals(fits)) {
            return List.of();
        }
        return (List<String>) browser.driver.executeScript("var out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + " if (r.right > window.innerWidth + 0.5 && !e.closest('.scroll') && !e.closest('dialog'))"
                + " { out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
                + " return out.length ? out.slice(0, 20) : ['scrollWidth ' + document.documentElement.scrollWidth];");
    }

    /** Whether {@code text} fits every dollar tile without being cut off. */
    private boolean tilesFit(String text) {
        return (Boolean) browser.driver.executeScript("var ok = true, text = arguments[0];"
                + "document.querySelectorAll('.tile .value').forEach(function (v) { v.textContent = text;"
                + " if (v.scrollWidth > v.clientWidth + 0.5 || v.getBoundingClientRect().right"
                + " > v.closest('.tile').getBoundingClientRect().right) { ok = false; } });"
                + " return ok;", text);
    }

    private long dollarTile(String metric) {
        return cents(new BigDecimal(tile(metric).replace("$", "").replace(",", "")));
    }

    private Map<String, Long> breakdown(String key) {
        Map<String, Long> cents = new LinkedHashMap<>();
        summary.get(key).properties().forEach(e -> cents.put(e.getKey(), cents(e.getValue().decimalValue())));
        return cents;
    }

    private static long cents(BigDecimal dollars) {
        return dollars.movePointRight(2).longValueExact();
    }

    private String selected(String id) {
        return browser.driver.findElement(By.id(id)).getDomProperty("value");
    }

    private String currentHash() {
        return (String) browser.driver.executeScript("return location.hash;");
    }

    private static List<List<String>> rows(List<CSVRecord> records, List<String> columns) {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            rows.add(columns.stream().map(record::get).toList());
        }
        return rows;
    }

    /** The rule ids of the table's current page (the ids stand beside the titles). */
    @SuppressWarnings("unchecked")
    private List<String> ruleIds() {
        return (List<String>) browser.driver.executeScript("return Array.from(document.querySelectorAll("
                + "'#findings tbody tr td:nth-child(5) code.rule-id')).map(function (c) { return c.textContent; });");
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
