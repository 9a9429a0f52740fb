package org.claimscreen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.output.ReportFixtures.claimLevelFinding;
import static org.claimscreen.output.ReportFixtures.generated;
import static org.claimscreen.output.ReportFixtures.massageFinding;
import static org.claimscreen.output.ReportFixtures.withClaimIdAndMessage;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingsCsvWriterTest {

    @TempDir
    Path folder;

    private final FindingsCsvWriter writer = new FindingsCsvWriter();

    @Test
    void writesTheExactHeaderAndARow() throws IOException {
        // given
        Path target = folder.resolve("findings.csv");

        // when
        long written = writer.write(target, List.of(massageFinding()));

        // then
        assertThat(written).isEqualTo(1);
        assertThat(Files.readAllLines(target)).containsExactly(
                "\uFEFFrun_id,source_file,claim_id,line_number,member,service_date,procedure_code,modifiers,"
                        + "units,charge_amount,rule_id,severity,message,denial_code,liable,amount_at_risk,"
                        + "patient_estimate,suggestion,policy,rule_title,payer_type,payer_id,plan_id,"
                        + "rendering_npi,rendering_name,claim_status,counts_toward_total",
                "42,claims-2026-03.csv,CLM-1001,2,*******MK73,2026-03-14,97124,GP,2,85.00,"
                        + "MCR-MASSAGE-STANDALONE,DENY,"
                        + "Massage billed without other therapy is not covered by Original Medicare.,"
                        + "PR-204,PATIENT,85.00,85.00,\"Obtain an ABN and append GA, or collect self-pay.\","
                        + "Medicare Benefit Policy Manual ch. 15 §240.1.3,"
                        + "Massage billed without a covered therapy service,MEDICARE,MB,,1234567893,"
                        + "\"Ana Lima, LMT\",HELD,Y");
    }

    @Test
    void startsWithAByteOrderMarkSoSpreadsheetsReadUtf8() throws IOException {
        // given
        Path target = folder.resolve("findings.csv");

        // when
        writer.write(target, List.of(massageFinding()));

        // then the file's first bytes are UTF-8's BOM, and "§" is its two UTF-8 bytes
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("§240.1.3");
    }

    @Test
    void marksTheFindingWhoseDollarsCountWithY() throws IOException {
        // given
        Path target = folder.resolve("findings.csv");

        // when
        writer.write(target, List.of(massageFinding(), claimLevelFinding()));

        // then
        assertThat(parse(target)).extracting(row -> row.get("counts_toward_total")).containsExactly("Y", "N");
    }

    @Test
    void writesEmptyCellsForWhatAClaimLevelFindingDoesNotHave() throws IOException {
        // given
        Path target = folder.resolve("findings.csv");

        // when
        writer.write(target, List.of(claimLevelFinding()));

        // then
        CSVRecord row = parse(target).get(0);
        assertThat(row.get("line_number")).isEmpty();
        assertThat(row.get("service_date")).isEmpty();
        assertThat(row.get("charge_amount")).isEmpty();
        assertThat(row.get("amount_at_risk")).isEmpty();
        assertThat(row.get("rule_id")).isEqualTo("MCR-PLAN-OF-CARE");
    }

    @Test
    void writesOnlyTheHeaderWhenThereAreNoFindings() throws IOException {
        // given
        Path target = folder.resolve("findings.csv");

        // when
        writer.write(target, List.of());

        // then
        assertThat(Files.readAllLines(target)).containsExactly("\uFEFF" + String.join(",", FindingsCsvWriter.HEADER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+SUM(1,2)", "-1+1", "@SUM(A1:A2)", "\t=1", "\r=1"})
    void neutralisesFormulasInTextCells(String hostile) throws IOException {
        // given
        Path target = folder.resolve("findings.csv");

        // when
        writer.write(target, List.of(withClaimIdAndMessage(hostile, hostile)));

        // then
        CSVRecord row = parse(target).get(0);
        assertThat(row.get("claim_id")).isEqualTo("'" + hostile);
        assertThat(row.get("message")).isEqualTo("'" + hostile);
    }

    @Test
    void leavesNumbersDatesAndOrdinaryTextUntouched() throws IOException {
        // given
        Path target = folder.resolve("findings.csv");

        // when
        writer.write(target, List.of(massageFinding()));

        // then
        CSVRecord row = parse(target).get(0);
        assertThat(row.get("run_id")).isEqualTo("42");
        assertThat(row.get("charge_amount")).isEqualTo("85.00");
        assertThat(row.get("service_date")).isEqualTo("2026-03-14");
        assertThat(row.get("denial_code")).isEqualTo("PR-204");
        assertThat(row.get("member")).isEqualTo("*******MK73");
    }

    @Test
    void quotesCommasAndNewlinesRoundTripThroughCommonsCsv() throws IOException {
        // given
        String awkward = "Said \"no\", twice;\nsee the note,\r\nthen call";
        Path target = folder.resolve("findings.csv");

        // when
        writer.write(target, List.of(withClaimIdAndMessage("CLM,\"7\"", awkward)));

        // then
        List<CSVRecord> rows = parse(target);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("claim_id")).isEqualTo("CLM,\"7\"");
        assertThat(rows.get(0).get("message")).isEqualTo(awkward);
    }

    @Test
    void streamsALargeRunRowByRow() throws IOException {
        // given
        FindingRow row = massageFinding();
        Path target = folder.resolve("findings.csv");

        // when
        long written = writer.write(target, generated(250_000, i -> row));

        // then
        assertThat(written).isEqualTo(250_000);
        try (var lines = Files.lines(target)) {
            assertThat(lines.count()).isEqualTo(250_001);
        }
    }

    static List<CSVRecord> parse(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file);
                Reader afterBom = skipByteOrderMark(in);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(afterBom)) {
            return parser.getRecords();
        }
    }

    private static Reader skipByteOrderMark(Reader in) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(in, 1);
        int first = pushback.read();
        if (first != '\uFEFF' && first != -1) {
            pushback.unread(first);
        }
        return pushback;
    }
}
