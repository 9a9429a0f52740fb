package org.claimscreen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.output.ReportFixtures.massageFinding;
import static org.claimscreen.output.ReportFixtures.reject;
import static org.claimscreen.output.ReportFixtures.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscreen.intake.x12.X12Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The 999-style transaction summary in summary.json, x12-acknowledgements.csv and report.html. */
class X12TransactionsReportTest {

    @TempDir
    Path folder;

    static final X12Transaction ACCEPTED = new X12Transaction("claims.837", 1, "000000001", "1", "0001",
            "005010X222A1", 3, 48L, 3, 3, 0, 0, List.of(), null);
    static final X12Transaction WITH_ERRORS = new X12Transaction("claims.837", 2, "000000001", "1", "0002",
            "005010X222A1", 49, 75L, 2, 1, 1, 0, List.of(), "segment 70 SV102: '4O.00' is not a dollar amount");
    static final X12Transaction REJECTED = new X12Transaction("claims.837", 3, "000000001", "1", "0003",
            "005010X222A1", 76, 90L, 1, 0, 1, 0, List.of("segment 90 SE: SE01 '99' does not match the 15 segments"),
            "transaction 0003 (ST02) is broken at segment 90 SE");

    @Test
    void summaryJsonListsEachTransactionWithItsCode() throws IOException {
        // given
        Path target = folder.resolve("summary.json");

        // when
        new SummaryJsonWriter().write(target, summary().withX12Transactions(List.of(ACCEPTED, WITH_ERRORS, REJECTED)));

        // then
        JsonNode transactions = SummaryJsonWriterTest.JSON.readTree(target).get("x12_transactions");
        assertThat(transactions).hasSize(3);
        JsonNode first = transactions.get(0);
        assertThat(first.propertyNames()).containsExactly("file", "transaction", "isa13", "gs06", "st02", "st03",
                "st_segment", "se_segment", "ack_code", "ack", "claims_read", "claims_accepted", "claims_rejected",
                "claims_not_screened", "errors", "first_claim_error");
        assertThat(first.get("isa13").asString()).isEqualTo("000000001");
        assertThat(first.get("ack_code").asString()).isEqualTo("A");
        assertThat(first.get("first_claim_error").isNull()).isTrue();
        assertThat(transactions.get(1).get("ack_code").asString()).isEqualTo("E");
        assertThat(transactions.get(1).get("claims_rejected").asLong()).isEqualTo(1);
        assertThat(transactions.get(2).get("ack").asString()).isEqualTo("rejected");
        assertThat(transactions.get(2).get("errors").get(0).asString()).contains("SE01 '99'");
    }

    @Test
    void summaryJsonOfARunWithout837PHasNoTransactionsKey() throws IOException {
        // given
        Path target = folder.resolve("summary.json");

        // when
        new SummaryJsonWriter().write(target, summary());

        // then
        assertThat(SummaryJsonWriterTest.JSON.readTree(target).has("x12_transactions")).isFalse();
    }

    @Test
    void csvHasOneRowPerTransaction() throws IOException {
        // given
        Path target = folder.resolve("x12-acknowledgements.csv");

        // when
        long rows = new X12AcknowledgementsCsvWriter().write(target, List.of(ACCEPTED, REJECTED));

        // then
        assertThat(rows).isEqualTo(2);
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("file,transaction,isa13,gs06,st02,st03,st_segment,se_segment,ack_code,ack,"
                + "claims_read,claims_accepted,claims_rejected,claims_not_screened,errors,first_claim_error");
        assertThat(lines.get(1)).isEqualTo("claims.837,1,000000001,1,0001,005010X222A1,3,48,A,accepted,3,3,0,0,,");
        assertThat(lines.get(2)).startsWith("claims.837,3,000000001,1,0003,005010X222A1,76,90,R,rejected,1,0,1,0,")
                .contains("SE01 '99'");
    }

    @Test
    void reportShowsTheTransactionsSectionWithCodesAndFirstErrors() throws IOException {
        // given
        Path target = folder.resolve("report.html");

        // when
        new HtmlReportWriter().write(target, summary().withX12Transactions(List.of(ACCEPTED, WITH_ERRORS, REJECTED)),
                List.of(massageFinding()), List.of(reject()));

        // then
        String html = Files.readString(target);
        assertThat(html).contains("<h2 id=\"x12-heading\">837P transactions</h2>", "href=\"#x12-heading\"",
                "1 accepted (A), 1 accepted with errors (E), 1 rejected (R)",
                "<code>000000001 / 1 / 0002</code>", "<span class=\"badge badge-review\">E</span> accepted with errors",
                "<span class=\"badge badge-deny\">R</span> rejected", "segment 70 SV102: &#39;4O.00&#39; is not a dollar",
                "SE01 &#39;99&#39; does not match");
        assertThat(html.indexOf("id=\"x12-heading\"")).isGreaterThan(html.indexOf("id=\"rejects-heading\""));
    }

    @Test
    void reportOfARunWithout837PHasNoTransactionsSection() throws IOException {
        // given
        Path target = folder.resolve("report.html");

        // when
        new HtmlReportWriter().write(target, summary(), List.of(massageFinding()), List.of(reject()));

        // then
        assertThat(Files.readString(target)).doesNotContain("id=\"x12-heading\"", "href=\"#x12-heading\"", "<table id=\"x12-table\"");
    }
}
