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
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.claim.Money;
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
                .contains("id=\"chart-rule-dollars\"", "id=\"chart-provider-dollars\"", "id=\"chart-payer-dollars\"",
                        "id=\"chart-severity-dollars\"", "id=\"chart-liable-dollars\"", "<svg", "1234567893")
                .contains("CLM-1009", "charge_amount");
    }

    @Test
    void aRerunSaysWhichHistoryAndRulesItSawAboveEverythingElse() throws IOException {
        Path target = folder.resolve("report.html");
        RunSummary rerun = summary().withProvenance(new RunSummary.Provenance(false,
                java.time.Instant.parse("2026-03-19T01:30:00Z"), 7L, "AS_RUN", "CURRENT",
                List.of("the roster plans.csv changed since run 7: read as it is now", HOSTILE)));

        writer.write(target, rerun, List.of(massageFinding()), List.of());

        String header = between(Files.readString(target), "<header class=\"top\">", "</header>");
        assertThat(header).contains("<strong>Rerun of run 7</strong>: history as it stood when run 7 ran,"
                        + " today's rule pack (runs completed before 2026-03-19T01:30:00Z counted).")
                .contains("<li>the roster plans.csv changed since run 7: read as it is now</li>")
                .doesNotContain(HOSTILE).doesNotContain("Trial screening");
    }

    @Test
    void aTrialSaysItRecordedNoHistoryAndAFirstScreeningSaysNothing() throws IOException {
        Path trial = folder.resolve("trial.html");
        Path first = folder.resolve("first.html");

        writer.write(trial, summary().withProvenance(new RunSummary.Provenance(true, null, null, null, null, List.of())),
                List.of(massageFinding()), List.of());
        writer.write(first, summary(), List.of(massageFinding()), List.of());

        assertThat(between(Files.readString(trial), "<header class=\"top\">", "</header>"))
                .contains("<strong>Trial screening</strong>: recorded no history").doesNotContain("Rerun of run");
        assertThat(Files.readString(first)).doesNotContain("id=\"provenance\"");
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
        String chart = between(Files.readString(target), "id=\"chart-provider-dollars\"", "</figure>");
        assertThat(chart.split("<rect ", -1)).hasSize(1 + HtmlReportWriter.CHART_BARS);
        assertThat(chart).contains("8 others", "$680.00 in all (not to scale)");
        assertThat(sumOfValues(chart)).isEqualTo(dataTotal(chart)).isEqualTo(20 * 8500L);
    }

    @Test
    void chartsCountEachFlaggedLineOnceAndLeaveInfoOut() throws IOException {
        // given: the counted DENY finding, a REVIEW on the same line that is not counted, an INFO
        FindingRow counted = massageFinding();
        FindingRow sameLine = withSeverity(counted, "MCR-LMT-UNSUPERVISED", "REVIEW", false);
        FindingRow info = withSeverity(counted, "PAY-SELF-PAY", "INFO", false);
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(counted, sameLine, info), List.of());

        // then: every chart adds up to the one counted line's $85.00
        String html = Files.readString(target);
        for (String chart : List.of("rule", "provider", "payer", "severity", "liable")) {
            String figure = between(html, "id=\"chart-" + chart + "-dollars\"", "</figure>");
            assertThat(dataTotal(figure)).as(chart).isEqualTo(8500L);
            assertThat(sumOfValues(figure)).as(chart).isEqualTo(8500L);
        }
        assertThat(between(html, "id=\"chart-rule-dollars\"", "</figure>")).doesNotContain("PAY-SELF-PAY",
                "MCR-LMT-UNSUPERVISED");
    }

    @Test
    void showsRuleTitlesBesideTheirIdsAndProviderNames() throws IOException {
        // given
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(massageFinding()), List.of());

        // then
        String html = Files.readString(target);
        assertThat(between(html, "id=\"chart-rule-dollars\"", "</figure>"))
                .contains("Massage billed without a covered therapy service <code class=\"rule-id\">MCR-MASSAGE-STANDALONE</code>");
        assertThat(between(html, "id=\"chart-provider-dollars\"", "</figure>")).contains("Ana Lima, LMT", "1234567893");
        assertThat(between(html, "id=\"filter-rule\">", "</select>"))
                .contains(">Massage billed without a covered therapy service (MCR-MASSAGE-STANDALONE)</option>");
        assertThat(between(html, "id=\"worklist-table\"", "</table>"))
                .contains("<span class=\"rule-title\">Massage billed without a covered therapy service</span>");
    }

    @Test
    void ranksTheHeldClaimsByDollarsAtRiskThenClaimId() throws IOException {
        // given: B and A at $85.00, C at $170.00 on two lines, D clean
        FindingRow f = massageFinding();
        List<FindingRow> findings = List.of(withClaimIdAndMessage("B", f.message()), withClaimIdAndMessage("C", f.message()),
                onLine(withClaimIdAndMessage("C", f.message()), 3), withClaimIdAndMessage("A", f.message()),
                clean(withClaimIdAndMessage("D", f.message())));
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), findings, List.of());

        // then
        String worklist = between(Files.readString(target), "id=\"worklist-table\"", "</table>");
        assertThat(worklist).contains("data-claim=\"C\" data-cents=\"17000\"")
                .doesNotContain("data-claim=\"D\"")
                .contains("*******MK73", "Obtain an ABN and append GA, or collect self-pay.");
        assertThat(worklist.indexOf("data-claim=\"C\"")).isLessThan(worklist.indexOf("data-claim=\"A\""));
        assertThat(worklist.indexOf("data-claim=\"A\"")).isLessThan(worklist.indexOf("data-claim=\"B\""));
    }

    @Test
    void listsTheHundredHeldClaimsWithTheMostDollarsOfMany() throws IOException {
        // given: 250 held claims in claim order, claim i with 1-11 flagged lines of $85.00
        FindingRow f = massageFinding();
        List<FindingRow> findings = new java.util.ArrayList<>();
        Map<String, Long> cents = new java.util.HashMap<>();
        for (int i = 0; i < 250; i++) {
            String claim = String.format("K%03d", i);
            int lines = i * 37 % 11 + 1;
            for (int line = 1; line <= lines; line++) {
                findings.add(onLine(withClaimIdAndMessage(claim, f.message()), line));
            }
            cents.put(claim, lines * 8500L);
        }
        List<String> expected = cents.keySet().stream()
                .sorted(java.util.Comparator.comparing((String c) -> -cents.get(c)).thenComparing(c -> c))
                .limit(100).toList();
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), findings, List.of());

        // then
        String html = Files.readString(target);
        assertThat(html).contains("250 held claims; the 100 with the most dollars at risk are listed");
        String worklist = between(html, "id=\"worklist-table\"", "</table>");
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile("<tr data-claim=\"(K\\d+)\" data-cents=\"(\\d+)\"")
                .matcher(worklist);
        List<String> listed = new java.util.ArrayList<>();
        while (rows.find()) {
            listed.add(rows.group(1));
            assertThat(Long.parseLong(rows.group(2))).isEqualTo(cents.get(rows.group(1)));
        }
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void drawsTheTrendOfTheJobsRunsIntoThePage() throws IOException {
        // given
        List<TrendPoint> trend = List.of(new TrendPoint(40, LocalDate.of(2026, 3, 18), 20, Money.of("2000.00")),
                new TrendPoint(41, LocalDate.of(2026, 3, 19), 18, Money.of("1500.00")),
                new TrendPoint(42, LocalDate.of(2026, 3, 20), 15, Money.of("1234.50")));
        StringWriter out = new StringWriter();

        // when
        try (HtmlReportWriter.Draft draft = writer.start()) {
            draft.accept(massageFinding());
            draft.writePage(out, summary(), trend, List.of(), List.of());
        }

        // then
        String figure = between(out.toString(), "id=\"trend\"", "</figure>");
        assertThat(figure).contains("data-points=\"3\"", "last 3 runs", "<polyline class=\"trend-held\"",
                "<polyline class=\"trend-dollars\"", "$1,234.50 now, at most $2,000.00", "2026-03-18");
    }

    @Test
    void splitsTheHeadlineByVerdictAndByWhoWouldPay() throws IOException {
        // given
        RunSummary s = summary();
        RunSummary withBreakdowns = new RunSummary(s.runId(), s.job(), s.status(), s.startedAt(), s.finishedAt(),
                s.asOf(), s.rulePackId(), s.rulePackVersion(), s.inputs(), s.claimsRead(), s.claimsClean(),
                s.claimsHeld(), s.claimsRejected(), s.claimsNotScreened(), s.linesRead(), s.linesFlagged(), s.rejects(),
                s.findingsBySeverity(), s.findingsByRule(), Money.of("12345678.00"), s.amountAtRiskByRule(),
                s.patientEstimateTotal(), s.changesSincePreviousRun(),
                new RunSummary.AtRisk(Map.of("DENY", Money.of("12000000.00"), "REVIEW", Money.of("345678.00")),
                        Map.of("PATIENT", Money.of("45678.00"), "PROVIDER", Money.of("12300000.00")), Map.of(),
                        Map.of(), Map.of()));
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, withBreakdowns, List.of(), List.of());

        // then
        assertThat(Files.readString(target)).contains(
                "data-metric=\"amount_at_risk\"><dt>Dollars at risk</dt><dd><span class=\"value\">$12,345,678.00</span>",
                "data-metric=\"amount_at_risk_deny\"><dt>At risk: DENY</dt><dd><span class=\"value\">$12,000,000.00",
                "data-metric=\"amount_at_risk_review\"><dt>At risk: REVIEW</dt><dd><span class=\"value\">$345,678.00",
                "data-metric=\"amount_at_risk_patient\"><dt>Patient would pay</dt><dd><span class=\"value\">$45,678.00",
                "data-metric=\"amount_at_risk_provider\"><dt>Provider would lose</dt><dd><span class=\"value\">$12,300,000.00");
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

    private static FindingRow withSeverity(FindingRow f, String rule, String severity, boolean counted) {
        return new FindingRow(f.runId(), f.sourceFile(), f.claimId(), f.lineNumber(), f.member(), f.serviceDate(),
                f.procedureCode(), f.modifiers(), f.units(), f.chargeAmount(), rule, severity, f.message(),
                f.denialCode(), f.liable(), f.amountAtRisk(), f.patientEstimate(), f.suggestion(), f.policy(),
                f.payerType(), f.renderingNpi(), rule, f.payerId(), f.planId(), f.renderingName(), f.claimStatus(),
                counted);
    }

    private static FindingRow onLine(FindingRow f, int line) {
        return new FindingRow(f.runId(), f.sourceFile(), f.claimId(), line, f.member(), f.serviceDate(),
                f.procedureCode(), f.modifiers(), f.units(), f.chargeAmount(), f.ruleId(), f.severity(), f.message(),
                f.denialCode(), f.liable(), f.amountAtRisk(), f.patientEstimate(), f.suggestion(), f.policy(),
                f.payerType(), f.renderingNpi(), f.ruleTitle(), f.payerId(), f.planId(), f.renderingName(),
                f.claimStatus(), f.countsTowardTotal());
    }

    private static FindingRow clean(FindingRow f) {
        return new FindingRow(f.runId(), f.sourceFile(), f.claimId(), f.lineNumber(), f.member(), f.serviceDate(),
                f.procedureCode(), f.modifiers(), f.units(), f.chargeAmount(), "PAY-SELF-PAY", "INFO", f.message(),
                f.denialCode(), f.liable(), f.amountAtRisk(), f.patientEstimate(), f.suggestion(), f.policy(),
                f.payerType(), f.renderingNpi(), f.ruleTitle(), f.payerId(), f.planId(), f.renderingName(), "CLEAN",
                false);
    }

    private static long dataTotal(String figure) {
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("data-total=\"(\\d+)\"").matcher(figure);
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    private static long sumOfValues(String figure) {
        return java.util.regex.Pattern.compile("data-value=\"(\\d+)\"").matcher(figure).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).sum();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
