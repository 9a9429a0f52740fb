package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The 999-style summary of each 837P transaction through the whole job: the 837P sample night and
 * a copy of it with a bad charge in its first transaction and a wrong SE01 in its second, screened
 * as one run; summary.json, x12-acknowledgements.csv, report.html and the stored rows agree, and a
 * rerun of the run records the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class X12AcknowledgementsContract {

    private static final String BROKEN = "claims-broken.837";

    Database db;
    Path work;
    long run;

    abstract Database database(Path dir);

    @BeforeAll
    void setUp(@TempDir Path dir) {
        db = database(dir);
        work = dir;
    }

    @AfterAll
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    @Order(1)
    void eachTransactionIsAcknowledgedInTheSummaryTheCsvTheReportAndTheStore() throws IOException, SQLException {
        // given
        Path broken = brokenCopy();

        // when
        run = screened(Cli.run(db, "screen", "--out", work.resolve("out").toString(), "--as-of", "2026-11-26",
                "--plans", "sample-data/plans.csv", "--providers", "sample-data/providers.csv",
                X12InputIT.SAMPLE_837.toString(), broken.toString()));

        // then
        List<String> expected = List.of(
                "claims-2026-11-26.837 1 000000001/1/0001 3-1203 A 42 42 0 0",
                "claims-2026-11-26.837 2 000000001/1/0002 1204-1972 A 34 34 0 0",
                BROKEN + " 1 000000001/1/0001 3-1203 E 42 41 1 0",
                BROKEN + " 2 000000001/1/0002 1204-1972 R 34 0 34 0");
        JsonNode summary = FhirInputIT.summary(runFolder(run));
        assertThat(summary.get("claims_read").asLong()).isEqualTo(152);
        assertThat(summary.get("claims_rejected").asLong()).isEqualTo(35);
        assertThat(fromJson(summary)).isEqualTo(expected);
        JsonNode rejected = summary.get("x12_transactions").get(3);
        assertThat(rejected.get("errors").get(0).asString()).contains("segment 1972 SE", "SE01 '700'");
        assertThat(summary.get("x12_transactions").get(2).get("first_claim_error").asString())
                .contains("segment 24 SV102", "'12O.00'");

        List<String> csv = Files.readAllLines(runFolder(run).resolve("x12-acknowledgements.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(5);
        assertThat(csv.get(4)).startsWith(BROKEN + ",2,000000001,1,0002,005010X222A1,1204,1972,R,rejected,34,0,34,0,");

        assertThat(stored(run)).isEqualTo(expected);

        String report = Files.readString(runFolder(run).resolve("report.html"));
        assertThat(report).contains("<h2 id=\"x12-heading\">837P transactions</h2>",
                "4 transactions read, acknowledged as a 999 would: 2 accepted (A), 1 accepted with errors (E), 1 rejected (R)")
                .doesNotContain("2MU5MK1VV22"); // the first claim's member id, nowhere in the report
    }

    @Test
    @Order(2)
    void aRerunAcknowledgesTheSameTransactions() throws IOException, SQLException {
        // when
        long again = screened(Cli.run(db, "rerun", Long.toString(run)));

        // then
        assertThat(again).isNotEqualTo(run);
        assertThat(stored(again)).isEqualTo(stored(run)).hasSize(4);
        assertThat(fromJson(FhirInputIT.summary(runFolder(again)))).isEqualTo(stored(run));
    }

    @Test
    @Order(3)
    void aRunWithout837PHasNoTransactions() throws IOException {
        // when
        long csvRun = screened(Cli.run(db, "screen", "--out", work.resolve("out").toString(), "--as-of", "2026-11-26",
                "--no-history", "sample-data/claims-2026-11-26.csv"));

        // then
        assertThat(FhirInputIT.summary(runFolder(csvRun)).has("x12_transactions")).isFalse();
        assertThat(runFolder(csvRun).resolve("x12-acknowledgements.csv")).doesNotExist();
        assertThat(Files.readString(runFolder(csvRun).resolve("report.html"))).doesNotContain("id=\"x12-heading\"");
    }

    /** The sample with claim RB-260101's first charge '12O.00' and the second transaction's SE01 wrong. */
    private Path brokenCopy() throws IOException {
        String text = Files.readString(X12InputIT.SAMPLE_837, StandardCharsets.UTF_8);
        assertThat(text).contains("SV1*HC:97161:GP*150.00*", "SE*769*0002");
        String broken = text.replaceFirst(Pattern.quote("SV1*HC:97161:GP*150.00*"), "SV1*HC:97161:GP*12O.00*")
                .replace("SE*769*0002", "SE*700*0002");
        return Files.writeString(Files.createDirectories(work.resolve("in")).resolve(BROKEN), broken,
                StandardCharsets.UTF_8);
    }

    private static List<String> fromJson(JsonNode summary) {
        List<String> rows = new ArrayList<>();
        for (JsonNode t : summary.get("x12_transactions")) {
            rows.add(row(t.get("file").asString(), t.get("transaction").asLong(), t.get("isa13").asString(),
                    t.get("gs06").asString(), t.get("st02").asString(), t.get("st_segment").asLong(),
                    t.get("se_segment").asLong(), t.get("ack_code").asString(), t.get("claims_read").asLong(),
                    t.get("claims_accepted").asLong(), t.get("claims_rejected").asLong(),
                    t.get("claims_not_screened").asLong()));
        }
        return rows;
    }

    private List<String> stored(long runId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select file_name, position, isa13, gs06, st02, st_segment, se_segment, ack_code, claims_read,
                          claims_accepted, claims_rejected, claims_not_screened
                        from x12_transaction where run_id = %d order by file_index, position""".formatted(runId))) {
            while (rs.next()) {
                rows.add(row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                        rs.getLong(12)));
            }
        }
        return rows;
    }

    private static String row(String file, long position, String isa13, String gs06, String st02, long st, long se,
            String code, long read, long accepted, long rejected, long notScreened) {
        return file + " " + position + " " + isa13 + "/" + gs06 + "/" + st02 + " " + st + "-" + se + " " + code + " "
                + read + " " + accepted + " " + rejected + " " + notScreened;
    }

    private Path runFolder(long runId) {
        return work.resolve("out").resolve(Long.toString(runId));
    }

    private static long screened(Cli.Result result) {
        assertThat(result.exit()).as(result.err()).isZero();
        Matcher matcher = Pattern.compile("run (\\d+) screened").matcher(result.out());
        assertThat(matcher.find()).as(result.out()).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
