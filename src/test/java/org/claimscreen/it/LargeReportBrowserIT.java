package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.screening.RunChanges;
import org.claimscreen.output.ClaimLineRow;
import org.claimscreen.output.FindingRow;
import org.claimscreen.output.HtmlReportWriter;
import org.claimscreen.output.ReportFixtures;
import org.claimscreen.output.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A run with 250,000 findings (three per claim, 83,334 claims with three lines each) still gives a
 * report that opens in a browser within seconds. The bound is generous on purpose (10 s on a
 * loaded CI machine; about a second on a developer's): it is a usability bound that catches a
 * report that renders every row as HTML again, not a benchmark.
 */
class LargeReportBrowserIT {

    static final int FINDINGS = 250_000;
    static final long OPEN_BOUND_MILLIS = 10_000;

    private static final String[] RULES = {
        "MCR-MASSAGE-STANDALONE", "MCR-THERAPY-NO-PLAN-OF-CARE", "MCR-ABN-MISSING", "MCR-CMT-NO-AT",
        "MCR-LMT-UNSUPERVISED", "PAY-SELF-PAY", "PAY-HSA-FSA-LMN", "MA-MASSAGE-COST-SHARE", "NCCI-PTP",
        "MCR-TIMELY-FILING", "MCR-MBI-FORMAT", "GEN-DUPLICATE-LINE",
    };
    private static final String[] SEVERITIES = {"DENY", "REVIEW", "INFO"};
    private static final String[] PAYERS = {"ORIGINAL_MEDICARE", "MEDICARE_ADVANTAGE", "SELF_PAY"};

    @TempDir
    Path work;

    @Test
    void a250000FindingReportOpensWithinSeconds() throws IOException {
        // given
        Browser.assumeInstalled();
        Path report = work.resolve("report.html");
        long written = System.nanoTime();
        new HtmlReportWriter().write(report, summary(), ReportFixtures.generated(FINDINGS, LargeReportBrowserIT::finding),
                ReportFixtures.generated((FINDINGS + 2) / 3 * 3, LargeReportBrowserIT::line), List.of());
        long writeMillis = (System.nanoTime() - written) / 1_000_000;

        try (Browser browser = Browser.start(work.resolve("chromium-profile"))) {
            // when
            long openMillis = browser.open(report);

            // then
            System.out.printf("report.html with %,d findings: %,d bytes, written in %,d ms, opened in %,d ms "
                    + "(in the page, ms since navigation: %s)%n", FINDINGS, Files.size(report), writeMillis, openMillis,
                    browser.driver.executeScript("return JSON.stringify(window.claimscreenTimings)"));
            assertThat(openMillis).as("milliseconds to open and render the report").isLessThan(OPEN_BOUND_MILLIS);
            assertThat(browser.driver.findElement(By.id("filter-count")).getText())
                    .startsWith("Showing 1\u201350 of 250,000 findings; ");
            assertThat(browser.driver.findElements(By.cssSelector("#findings tbody tr"))).hasSize(50);

            // and a filter over all of them answers too
            long filtered = System.nanoTime();
            new Select(browser.driver.findElement(By.id("filter-rule"))).selectByValue("NCCI-PTP");
            long ncci = java.util.stream.LongStream.range(0, FINDINGS).filter(i -> i % RULES.length == 8).count();
            assertThat(browser.driver.findElement(By.id("filter-count")).getText())
                    .contains("of " + String.format("%,d", ncci) + " findings (filtered from 250,000)");
            System.out.printf("filtering 250,000 findings by rule took %,d ms%n", (System.nanoTime() - filtered) / 1_000_000);

            // and so do a chart's bar and the view's CSV (issue 15)
            long clicked = System.nanoTime();
            browser.driver.findElement(By.cssSelector("#chart-provider-dollars button.bar-row")).click();
            long clickMillis = (System.nanoTime() - clicked) / 1_000_000;
            long csvStart = System.nanoTime();
            Long csvLength = (Long) browser.driver.executeScript("return window.claimscreenCsv.ofView().length;");
            System.out.printf("a provider bar's filter took %,d ms; the view's CSV (%,d chars) %,d ms%n", clickMillis,
                    csvLength, (System.nanoTime() - csvStart) / 1_000_000);
            assertThat(browser.driver.findElement(By.id("filter-count")).getDomAttribute("data-cents"))
                    .isEqualTo(browser.driver.findElement(By.cssSelector("#chart-provider-dollars button.bar-row"))
                            .getDomAttribute("data-value"));
            new Select(browser.driver.findElement(By.id("filter-provider"))).selectByValue("");
            new Select(browser.driver.findElement(By.id("filter-counted"))).selectByValue("");
            new Select(browser.driver.findElement(By.id("filter-rule"))).selectByValue("NCCI-PTP");
            browser.driver.findElement(By.cssSelector("#findings tbody button.claim-link")).click();
            browser.waitFor(Duration.ofSeconds(10), "the claim dialog",
                    () -> browser.driver.findElement(By.id("claim-dialog")).getAttribute("open") != null);
            assertThat(browser.driver.findElements(By.cssSelector("#claim-lines tbody tr"))).hasSize(3);
            browser.screenshot(SampleReportBrowserIT.SCREENSHOTS.resolve("large-report-claim.png"));
        }
    }

    static FindingRow finding(long i) {
        long claim = i / 3;
        int line = (int) (i % 3) + 1;
        String rule = RULES[(int) (i % RULES.length)];
        String npi = "1" + String.format("%09d", 3_000_000 + (claim % 60) * 17);
        return new FindingRow(7L, "claims-big-" + (claim % 4) + ".csv", "CLM-" + claim, line,
                "*******" + String.format("%04d", claim % 9973), LocalDate.of(2026, 11, 1 + (int) (claim % 28)),
                "97" + (110 + line), line == 2 ? "GP" : null, line, Money.ofCents(4_500 + line * 1_000),
                rule, SEVERITIES[(int) (i % 3)],
                "Finding " + rule + " on line " + line + ((i & 1) == 0 ? "." : " of claim CLM-" + claim + "."),
                "CO-" + (50 + i % 5), (i & 1) == 0 ? "PATIENT" : "PROVIDER", Money.ofCents(1_000 + (i % 90) * 100),
                Money.ofCents((i % 7) * 500), "Fix it before submission.", "Medicare Benefit Policy Manual ch. 15",
                PAYERS[(int) (claim % PAYERS.length)], npi, "Title of " + rule, null, null, null, "HELD", i % 3 == 0);
    }

    static ClaimLineRow line(long i) {
        long claim = i / 3;
        int line = (int) (i % 3) + 1;
        return new ClaimLineRow("claims-big-" + (claim % 4) + ".csv", "CLM-" + claim, line, i + 2,
                LocalDate.of(2026, 11, 1 + (int) (claim % 28)), "11", "97" + (110 + line), line == 2 ? "GP" : null,
                line, 15 * line, Money.ofCents(4_500 + line * 1_000), "M54.50;M62.81", "1,2",
                "1" + String.format("%09d", 3_000_000 + (claim % 60) * 17), "225100000X", null, null, "Y", null, null);
    }

    static RunSummary summary() {
        return new RunSummary(7L, "screenClaims", "COMPLETED", Instant.parse("2026-11-27T02:00:00Z"),
                Instant.parse("2026-11-27T02:09:00Z"), LocalDate.of(2026, 11, 26), "builtin", "2026.11",
                List.of(new RunSummary.InputFile("claims-big-0.csv", "CSV", "ab".repeat(32), 250_000, "OK", null)),
                100_000, 10_000, 83_334, 6_666, 0, 250_000, 200_000, 0, Map.of("DENY", 83_334L),
                Map.of("NCCI-PTP", 20_834L), Money.of("1000000.00"), Map.of("NCCI-PTP", Money.of("1000.00")),
                Money.of("500000.00"), new RunChanges(6L, 10, 5, Map.of("NCCI-PTP", 10L), Map.of("NCCI-PTP", 5L), 0));
    }
}
