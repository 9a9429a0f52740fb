package org.claimscreen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.output.ReportFixtures.claimLevelFinding;
import static org.claimscreen.output.ReportFixtures.generated;
import static org.claimscreen.output.ReportFixtures.massageFinding;
import static org.claimscreen.output.ReportFixtures.reject;
import static org.claimscreen.output.ReportFixtures.summary;
import static org.claimscreen.output.ReportFixtures.summaryWithInput;
import static org.claimscreen.output.ReportFixtures.withClaimIdAndMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscreen.domain.screening.RejectRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    private static final String HOSTILE = "<script>alert(1)</script>";

    @TempDir
    Path folder;

    private final HtmlReportWriter writer = new HtmlReportWriter();

    @Test
    void showsTheRunTheHeadlineTheChangesAndTheCharts() throws IOException {
        // given
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(massageFinding(), claimLevelFinding()), List.of(reject()));

        // then
        String html = Files.readString(target);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<title>claimscreen report \u2014 run 42</title>")
                .contains("<h1>claimscreen report \u2014 run 42</h1>")
                .contains("<main>", "</main>", "<caption", "<thead>", "<th scope=\"col\"")
                .contains("medicare-therapy", "2026.1", "2026-03-20 09:15:00 UTC", "2026-03-20 09:15:42 UTC")
                .contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .contains("data-metric=\"claims_clean\"><dt>Clean</dt><dd><span class=\"value\">80</span>")
                .contains("data-metric=\"claims_held\"><dt>Held</dt><dd><span class=\"value\">15</span>")
                .contains("$1,234.50", "$850.00")
                .contains("Compared with run <strong>41</strong>", "<strong data-change=\"new\">3</strong>")
                .contains("id=\"chart-rule-count\"", "id=\"chart-provider-dollars\"", "<svg", "1234567893")
                .contains("CLM-1009", "charge_amount");
    }

    @Test
    void embedsTheFindingsAsDataWithRepeatedTextsInAStringTable() throws IOException {
        // given
        FindingRow row = massageFinding();
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), generated(1_000, i -> row), List.of());

        // then
        String html = Files.readString(target);
        String data = between(html, "<script type=\"application/json\" id=\"findings-data\">", "</script>");
        assertThat(data.split("\n")).hasSize(1_000);
        assertThat(html).containsOnlyOnce("\"Massage billed without other therapy is not covered by Original Medicare.\"");
        assertThat(html).contains("1,000 findings");
    }

    @Test
    void embedsTheLinesOfClaimsForTheClaimView() throws IOException {
        // given
        ClaimLineRow line = new ClaimLineRow("claims-2026-03.csv", "CLM-1001", 1, 2, java.time.LocalDate.of(2026, 3, 14),
                "11", "97110", "GP", 2, 30, org.claimscreen.domain.claim.Money.of("90.00"), "M54.50", "1", "1234567893",
                "225100000X", null, null, "Y", null, null);
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(massageFinding()), List.of(line), List.of());

        // then
        String lines = between(Files.readString(target), "id=\"lines-data\">", "</script>");
        assertThat(lines).startsWith("[[").contains(",1,2,").contains(",9000,");
    }

    @Test
    void isSelfContained() throws IOException {
        // given
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(massageFinding()), List.of());

        // then
        String html = Files.readString(target);
        assertThat(html).doesNotContain("http://", "https://", "<link", "src=", "@import", "url(");
        assertThat(html).contains("<style>", "<script>", "@media print", "default-src 'none'");
    }

    @Test
    void labelsEveryFilterControl() throws IOException {
        // given
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(massageFinding(), claimLevelFinding()), List.of());

        // then
        assertThat(Files.readString(target))
                .contains("<label for=\"filter-text\">", "id=\"filter-text\"")
                .contains("<label for=\"filter-severity\">", "id=\"filter-severity\"")
                .contains("<label for=\"filter-rule\">", "<option value=\"MCR-MASSAGE-STANDALONE\">")
                .contains("<label for=\"filter-provider\">", "<option value=\"1234567893\">",
                        "<option value=\"(claim level)\">")
                .contains("<label for=\"filter-payer\">", "<option value=\"MEDICARE\">");
    }

    @Test
    void escapesAHostileClaimIdMessageAndFileNameInHtmlAndInTheData() throws IOException {
        // given
        FindingRow hostile = withClaimIdAndMessage(HOSTILE, "Tom & \"Jerry\" <b>'bold'</b> </script><!--");
        RejectRow hostileReject = new RejectRow(HOSTILE + ".csv", 3, HOSTILE, "<col>", "\"><img onerror=x>");
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summaryWithInput("\"><script>alert(2)</script>.csv"), List.of(hostile),
                List.of(hostileReject));

        // then
        String html = Files.readString(target);
        assertThat(html).doesNotContain("<script>alert", "<b>", "<img", "\"><script>", "<!--");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;.csv")
                .contains("&quot;&gt;&lt;img onerror=x&gt;")
                .contains("\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"")
                .contains("Tom \\u0026 \\\"Jerry\\\" \\u003cb\\u003e\\u0027bold\\u0027");
        // the only </script> are our own four blocks
        assertThat(html.split("</script>", -1)).hasSize(5);
    }

    @Test
    void escapesInsideAttributes() throws IOException {
        // given: a rule id and a provider become option values of the filters
        FindingRow finding = massageFinding();
        FindingRow hostile = new FindingRow(finding.runId(), finding.sourceFile(), finding.claimId(),
                finding.lineNumber(), finding.member(), finding.serviceDate(), finding.procedureCode(),
                finding.modifiers(), finding.units(), finding.chargeAmount(), "R\" onmouseover=\"alert(1)",
                "DENY\" x=\"y", finding.message(), finding.denialCode(), finding.liable(), finding.amountAtRisk(),
                finding.patientEstimate(), finding.suggestion(), finding.policy(), "'><svg onload=alert(3)>", null, "<script>alert(4)</script>", null, null,
                "<img src=x onerror=alert(5)>", "HELD", true);
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(hostile), List.of());

        // then
        String html = Files.readString(target);
        assertThat(html).doesNotContain("\" onmouseover=\"", "\" x=\"y", "<svg onload")
                .contains("<option value=\"R&quot; onmouseover=&quot;alert(1)\">")
                .contains("<option value=\"&#39;&gt;&lt;svg onload=alert(3)&gt;\">");
    }

    @Test
    void saysWhenTheRejectsTableIsTruncated() throws IOException {
        // given
        RejectRow row = reject();
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(), generated(5_001, i -> row));

        // then
        String html = Files.readString(target);
        assertThat(html).contains("Showing 5,000 of 5,001 rejects; rejects.csv has all.");
    }

    @Test
    void saysSoWhenThereAreNoFindingsOrRejects() throws IOException {
        // given
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(), List.of());

        // then
        String html = Files.readString(target);
        assertThat(html).contains("This run has no findings.", "Nothing was rejected")
                .doesNotContain("<table id=\"findings\"", "<table id=\"rejects\"");
    }

    @Test
    void saysWhenThereIsNoPreviousRunToCompareWith() throws IOException {
        // given
        RunSummary s = summary();
        RunSummary first = new RunSummary(s.runId(), s.job(), s.status(), s.startedAt(), s.finishedAt(), s.asOf(),
                s.rulePackId(), s.rulePackVersion(), s.inputs(), s.claimsRead(), s.claimsClean(), s.claimsHeld(),
                s.claimsRejected(), s.claimsNotScreened(), s.linesRead(), s.linesFlagged(), s.rejects(),
                s.findingsBySeverity(), s.findingsByRule(), s.amountAtRisk(), s.amountAtRiskByRule(),
                s.patientEstimateTotal(), null);
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, first, List.of(), List.of());

        // then
        assertThat(Files.readString(target)).contains("This is the first completed run of job <strong>screen</strong>");
    }

    @Test
    void chartsTheLargestValuesAndSumsTheRestWithoutABarThatWouldDwarfThem() throws IOException {
        // given: 20 providers, one finding each
        FindingRow f = massageFinding();
        Iterable<FindingRow> findings = generated(20, i -> new FindingRow(f.runId(), f.sourceFile(), "C" + i,
                f.lineNumber(), f.member(), f.serviceDate(), f.procedureCode(), f.modifiers(), f.units(),
                f.chargeAmount(), f.ruleId(), f.severity(), f.message(), f.denialCode(), f.liable(), f.amountAtRisk(),
                f.patientEstimate(), f.suggestion(), f.policy(), f.payerType(), "10000000" + (10 + i), f.ruleTitle(),
                f.payerId(), f.planId(), null, f.claimStatus(), f.countsTowardTotal()));
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), findings, List.of());

        // then
        String chart = between(Files.readString(target), "id=\"chart-provider-count\"", "</figure>");
        assertThat(chart.split("<rect ", -1)).hasSize(1 + HtmlReportWriter.CHART_BARS);
        assertThat(chart).contains("8 others", "8 in all (not to scale)");
    }

    @Test
    void offersTheSeveritiesInOrderOfWeight() throws IOException {
        // given
        FindingRow deny = massageFinding();
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(claimLevelFinding(), deny), List.of());

        // then
        String select = between(Files.readString(target), "id=\"filter-severity\">", "</select>");
        assertThat(select.indexOf("DENY")).isLessThan(select.indexOf("REVIEW"));
    }

    @Test
    void escapeCoversAllFiveCharacters() {
        assertThat(HtmlReportWriter.escape("& < > \" '")).isEqualTo("&amp; &lt; &gt; &quot; &#39;");
        assertThat(HtmlReportWriter.escape("plain text")).isEqualTo("plain text");
        assertThat(HtmlReportWriter.escape(null)).isEmpty();
    }

    @Test
    void jsonStringCannotCloseTheScriptElement() {
        String json = HtmlReportWriter.jsonString(new StringBuilder(), "</script><!-- \u2028 \"\\ \n\u0001").toString();

        assertThat(json).isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\u2028 \\\"\\\\ \\n\\u0001\"");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
