package org.claimscreen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.report.ReportFixtures.claimLevelFinding;
import static org.claimscreen.report.ReportFixtures.generated;
import static org.claimscreen.report.ReportFixtures.massageFinding;
import static org.claimscreen.report.ReportFixtures.reject;
import static org.claimscreen.report.ReportFixtures.summary;
import static org.claimscreen.report.ReportFixtures.summaryWithInput;
import static org.claimscreen.report.ReportFixtures.withClaimIdAndMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    private static final String HOSTILE = "<script>alert(1)</script>";

    @TempDir
    Path folder;

    private final HtmlReportWriter writer = new HtmlReportWriter();

    @Test
    void showsTheRunTheHeadlineAndTheTables() throws IOException {
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
                .contains("9f86d081884c\u2026")
                .contains("$1,234.50", "$850.00")
                .contains("MCR-MASSAGE-STANDALONE", "CLM-1001", "*******MK73", "Obtain an ABN and append GA")
                .contains("<span class=\"badge badge-deny\">DENY</span>")
                .contains("<span class=\"badge badge-review\">REVIEW</span>")
                .contains("CLM-1009", "charge_amount")
                .contains("All 2 findings")
                .doesNotContain("findings.csv has all");
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
        assertThat(html).contains("<style>", "<script>", "@media print");
    }

    @Test
    void labelsTheFilterControls() throws IOException {
        // given
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(massageFinding()), List.of());

        // then
        assertThat(Files.readString(target))
                .contains("<label for=\"filter-text\">", "id=\"filter-text\"")
                .contains("<label for=\"filter-severity\">", "id=\"filter-severity\"");
    }

    @Test
    void escapesAHostileClaimIdMessageAndFileName() throws IOException {
        // given
        FindingRow hostile = withClaimIdAndMessage(HOSTILE, "Tom & \"Jerry\" <b>'bold'</b>");
        RejectRow hostileReject = new RejectRow(HOSTILE + ".csv", 3, HOSTILE, "<col>", "\"><img onerror=x>");
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summaryWithInput("\"><script>alert(2)</script>.csv"), List.of(hostile),
                List.of(hostileReject));

        // then
        String html = Files.readString(target);
        assertThat(html).doesNotContain("<script>alert", "<b>", "<img", "\"><script>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;.csv")
                .contains("Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;bold&#39;&lt;/b&gt;")
                .contains("&quot;&gt;&lt;img onerror=x&gt;");
        // the only <script> is our own
        assertThat(html.split("<script>", -1)).hasSize(2);
    }

    @Test
    void escapesInsideAttributes() throws IOException {
        // given: the source file name goes into the claim cell's title attribute
        FindingRow finding = massageFinding();
        FindingRow fromHostileFile = new FindingRow(finding.runId(), "a\" onmouseover=\"alert(1)", finding.claimId(),
                finding.lineNumber(), finding.member(), finding.serviceDate(), finding.procedureCode(),
                finding.modifiers(), finding.units(), finding.chargeAmount(), finding.ruleId(), "DENY\" x=\"y",
                finding.message(), finding.denialCode(), finding.liable(), finding.amountAtRisk(),
                finding.patientEstimate(), finding.suggestion(), finding.policy(), null, null);
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), List.of(fromHostileFile), List.of());

        // then
        String html = Files.readString(target);
        assertThat(html).doesNotContain("\" onmouseover=\"", "\" x=\"y")
                .contains("title=\"a&quot; onmouseover=&quot;alert(1)\"")
                .contains("data-severity=\"DENY&quot; x=&quot;y\"");
    }

    @Test
    void saysWhenTheFindingsTableIsTruncated() throws IOException {
        // given
        FindingRow row = massageFinding();
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), generated(5_001, i -> row), List.of());

        // then
        String html = Files.readString(target);
        assertThat(html).contains("Showing 5,000 of 5,001 findings; findings.csv has all.");
        assertThat(html.indexOf("findings.csv has all")).isLessThan(html.indexOf("<table id=\"findings\""));
        assertThat(html.split("<tr data-severity=", -1)).hasSize(5_001);
    }

    @Test
    void showsEveryFindingUpToTheLimitWithoutANote() throws IOException {
        // given
        FindingRow row = massageFinding();
        Path target = folder.resolve("report.html");

        // when
        writer.write(target, summary(), generated(5_000, i -> row), List.of());

        // then
        String html = Files.readString(target);
        assertThat(html).doesNotContain("findings.csv has all").contains("All 5,000 findings");
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
    void escapeCoversAllFiveCharacters() {
        assertThat(HtmlReportWriter.escape("& < > \" '")).isEqualTo("&amp; &lt; &gt; &quot; &#39;");
        assertThat(HtmlReportWriter.escape("plain text")).isEqualTo("plain text");
        assertThat(HtmlReportWriter.escape(null)).isEmpty();
    }
}
