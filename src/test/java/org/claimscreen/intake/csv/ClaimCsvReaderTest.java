package org.claimscreen.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimscreen.intake.csv.ClaimCsvFixture.csv;
import static org.claimscreen.intake.csv.ClaimCsvFixture.readAll;
import static org.claimscreen.intake.csv.ClaimCsvFixture.validRow;
import static org.claimscreen.intake.csv.ClaimCsvFixture.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimAssembler;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.ReportedDate;
import org.claimscreen.intake.csv.ClaimCsvReader.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file as a whole: header, encoding, line numbers, restart, broken CSV. */
class ClaimCsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheContractExample() throws IOException {
        // given
        Path file = write(dir, """
                claim_id,line_number,member_id,payer_type,plan_id,service_date,place_of_service,procedure_code,modifiers,units,charge_amount,diagnosis_codes,rendering_npi,rendering_taxonomy,supervising_npi,referring_npi,plan_of_care,abn_on_file,lmn_on_file
                C1001,1,1EG4TE5MK73,ORIGINAL_MEDICARE,,2026-10-05,11,97124,,4,120.00,M62.830,1245319599,225700000X,,,,N,N
                C1002,1,1EG4TE5MK73,ORIGINAL_MEDICARE,,2026-10-06,11,97110,GP,2,90.00,M54.50,1003000126,225100000X,,1114025228,Y,,
                C1002,2,1EG4TE5MK73,ORIGINAL_MEDICARE,,2026-10-06,11,97140,GP,1,45.00,M54.50,1003000126,225100000X,,1114025228,Y,,
                """);

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(Result.Row.class));
        assertThat(results).extracting(Result::claimId).containsExactly("C1001", "C1002", "C1002");
        assertThat(results).extracting(Result::sourceLine).containsExactly(2L, 3L, 4L);
    }

    @Test
    void rowsCarryTheFileNameWithoutDirectories() throws IOException {
        // given
        Path file = write(dir, csv(validRow()));

        // when
        ClaimRow row = onlyRow(file);

        // then
        assertThat(row.sourceFile()).isEqualTo("claims.csv");
    }

    @Test
    void ignoresALeadingByteOrderMark() throws IOException {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(csv(validRow()).getBytes(StandardCharsets.UTF_8));
        Path file = write(dir, bytes.toByteArray());

        // when
        try (ClaimCsvReader reader = ClaimCsvReader.open(file)) {
            // then
            assertThat(reader.unknownColumns()).isEmpty();
            assertThat(reader.next()).isInstanceOf(Result.Row.class);
        }
    }

    @Test
    void matchesHeaderNamesIgnoringCaseAndSurroundingSpaces() throws IOException {
        // given
        String header = ClaimCsvFixture.line(validRow().keySet().stream()
                .map(name -> "  " + name.toUpperCase() + " ").toList());
        Path file = write(dir, header + ClaimCsvFixture.line(new ArrayList<>(validRow().values())));

        // when
        ClaimRow row = onlyRow(file);

        // then
        assertThat(row.claimId()).isEqualTo("C1001");
        assertThat(row.line().units()).isEqualTo(4);
    }

    @Test
    void takesColumnsInAnyOrder() throws IOException {
        // given
        List<String> names = new ArrayList<>(validRow().keySet());
        List<String> values = new ArrayList<>(validRow("units", "7", "claim_id", "C9").values());
        java.util.Collections.reverse(names);
        java.util.Collections.reverse(values);
        Path file = write(dir, ClaimCsvFixture.line(names) + ClaimCsvFixture.line(values));

        // when
        ClaimRow row = onlyRow(file);

        // then
        assertThat(row.claimId()).isEqualTo("C9");
        assertThat(row.line().units()).isEqualTo(7);
    }

    @Test
    void readsAFileWithOnlyTheRequiredColumns() throws IOException {
        // given
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : ClaimCsvColumns.REQUIRED) {
            row.put(column, validRow().get(column));
        }
        Path file = write(dir, csv(row));

        // when
        ClaimRow read = onlyRow(file);

        // then
        assertThat(read.birthDate()).isNull();
        assertThat(read.planId()).isNull();
        assertThat(read.line().placeOfService()).isNull();
        assertThat(read.line().modifiers()).isEmpty();
        assertThat(read.line().minutes()).isNull();
        assertThat(read.line().supervisingNpi()).isNull();
    }

    @Test
    void aFileWithoutTheInitialTreatmentDateColumnDoesNotCarryTheDate() throws IOException {
        // given
        Path file = write(dir, csv(validRow()));

        // when / then
        assertThat(onlyRow(file).initialTreatment()).isEqualTo(ReportedDate.NOT_CARRIED);
    }

    @Test
    void readsTheInitialTreatmentDateInEitherDateForm() throws IOException {
        // given
        Path iso = write(dir, csv(validRow("initial_treatment_date", "2026-09-14")));

        // when / then
        assertThat(onlyRow(iso).initialTreatment()).isEqualTo(ReportedDate.of(LocalDate.of(2026, 9, 14)));
        Path us = write(dir, csv(validRow("initial_treatment_date", "09/14/2026")));
        assertThat(onlyRow(us).initialTreatment()).isEqualTo(ReportedDate.of(LocalDate.of(2026, 9, 14)));
    }

    @Test
    void anEmptyInitialTreatmentDateCellIsLeftEmpty() throws IOException {
        // given
        Path file = write(dir, csv(validRow("initial_treatment_date", "")));

        // when / then
        assertThat(onlyRow(file).initialTreatment().isMissing()).isTrue();
    }

    @Test
    void ignoresHeaderCellsLeftEmptyAsSpreadsheetsExportThem() throws IOException {
        // given
        String header = ClaimCsvFixture.line(new ArrayList<>(validRow().keySet())).replace("\n", ",,\n");
        String row = ClaimCsvFixture.line(new ArrayList<>(validRow().values())).replace("\n", ",,\n");
        Path file = write(dir, header + row);

        // when
        try (ClaimCsvReader reader = ClaimCsvReader.open(file)) {
            // then
            assertThat(reader.unknownColumns()).isEmpty();
            assertThat(reader.next()).isInstanceOf(Result.Row.class);
        }
    }

    @Test
    void collectsUnknownColumnsAsWrittenAndStillReadsTheRows() throws IOException {
        // given
        Path file = write(dir, csv(validRow("Notes", "call back", " Internal Ref ", "X-1")));

        // when
        try (ClaimCsvReader reader = ClaimCsvReader.open(file)) {
            // then
            assertThat(reader.unknownColumns()).containsExactly("Notes", "Internal Ref");
            assertThat(reader.next()).isInstanceOf(Result.Row.class);
        }
    }

    @Test
    void keepsCountingPhysicalLinesAcrossAQuotedCellWithACommaAndANewline() throws IOException {
        // given
        Path file = write(dir, csv(
                validRow("claim_id", "C1", "notes", "sore, see\nprevious visit"),
                validRow("claim_id", "C2", "notes", "")));

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).extracting(Result::claimId).containsExactly("C1", "C2");
        assertThat(results).extracting(Result::sourceLine).containsExactly(2L, 4L);
    }

    @Test
    void skipsBlankLinesAndRowsOfOnlyCommasButCountsTheirLines() throws IOException {
        // given
        String header = ClaimCsvFixture.line(new ArrayList<>(validRow().keySet()));
        String row = ClaimCsvFixture.line(new ArrayList<>(validRow().values()));
        String commas = ",".repeat(validRow().size() - 1) + "\n";
        Path file = write(dir, header + "\n" + row + "   \n" + commas + row + "\n");

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).extracting(Result::sourceLine).containsExactly(3L, 6L);
    }

    @Test
    void countsLinesEndingInCarriageReturnLineFeed() throws IOException {
        // given
        Path file = write(dir, csv(validRow(), validRow("line_number", "2")).replace("\n", "\r\n"));

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).extracting(Result::sourceLine).containsExactly(2L, 3L);
    }

    @Test
    void readsTheLastRowWithoutAFinalLineBreak() throws IOException {
        // given
        String content = csv(validRow(), validRow("line_number", "2"));
        Path file = write(dir, content.substring(0, content.length() - 1));

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).hasSize(2).allSatisfy(result -> assertThat(result).isInstanceOf(Result.Row.class));
    }

    @Test
    void readsLinesOfOneClaimThatAreNotAdjacent() throws IOException {
        // given
        Path file = write(dir, csv(
                validRow("claim_id", "C1", "line_number", "1"),
                validRow("claim_id", "C2", "line_number", "1"),
                validRow("claim_id", "C1", "line_number", "2", "procedure_code", "97140")));

        // when
        List<ClaimRow> claimOne = readAll(file).stream()
                .map(result -> ((Result.Row) result).row())
                .filter(row -> row.claimId().equals("C1"))
                .toList();
        Claim claim = ClaimAssembler.assemble(claimOne);

        // then
        assertThat(claim.lines()).extracting(line -> line.sourceLine()).containsExactly(2L, 4L);
        assertThat(claim.lines()).extracting(line -> line.procedureCode().value()).containsExactly("97124", "97140");
    }

    @Test
    void failsOpenNamingEveryMissingRequiredColumn() throws IOException {
        // given
        Map<String, String> row = validRow();
        row.remove("member_id");
        row.remove("units");
        Path file = write(dir, csv(row));

        // when / then
        assertThatThrownBy(() -> ClaimCsvReader.open(file))
                .isInstanceOf(MissingColumnsException.class)
                .hasMessage(file + ": missing required column(s) member_id, units")
                .satisfies(e -> assertThat(((MissingColumnsException) e).missingColumns())
                        .containsExactly("member_id", "units"));
    }

    @Test
    void openingAnEmptyFileFailsClearly() throws IOException {
        // given
        Path file = write(dir, "");

        // when / then
        assertThatThrownBy(() -> ClaimCsvReader.open(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessage(file + ": the file is empty; the first line must be a header naming the columns");
    }

    @Test
    void aHeaderWithoutRowsHasNoResults() throws IOException {
        // given
        Path file = write(dir, ClaimCsvFixture.line(new ArrayList<>(validRow().keySet())));

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).isEmpty();
    }

    @Test
    void refusesAColumnNamedTwice() throws IOException {
        // given
        Path file = write(dir, csv(validRow(" Units", "4")));

        // when / then
        assertThatThrownBy(() -> ClaimCsvReader.open(file))
                .isInstanceOf(CsvFileException.class)
                .hasMessage(file + " line 1: column 'Units' appears twice in the header (columns 12 and 25)");
    }

    @Test
    void openingAMissingFileFailsWithTheIoError() {
        // given
        Path file = dir.resolve("nope.csv");

        // when / then
        assertThatThrownBy(() -> ClaimCsvReader.open(file)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anUnterminatedQuoteFailsNamingFileAndLineAfterTheRowsBeforeIt() throws IOException {
        // given
        String header = ClaimCsvFixture.line(new ArrayList<>(validRow().keySet()));
        String row = ClaimCsvFixture.line(new ArrayList<>(validRow().values()));
        Path file = write(dir, header + row + "C2,\"1,oops\n" + row);

        // when
        try (ClaimCsvReader reader = ClaimCsvReader.open(file)) {
            assertThat(reader.next()).isInstanceOf(Result.Row.class);

            // then
            assertThatThrownBy(reader::hasNext)
                    .isInstanceOf(CsvFileException.class)
                    .hasMessageStartingWith(file + " line 3: the CSV is malformed from here on")
                    .satisfies(e -> assertThat(((CsvFileException) e).line()).isEqualTo(3));
            assertThatThrownBy(reader::next).isInstanceOf(CsvFileException.class);
        }
    }

    @Test
    void textAfterAClosingQuoteFailsNamingFileAndLine() throws IOException {
        // given
        String header = ClaimCsvFixture.line(new ArrayList<>(validRow().keySet()));
        Path file = write(dir, header + "\"C1\"x,1\n");

        // when
        try (ClaimCsvReader reader = ClaimCsvReader.open(file)) {
            // then
            assertThatThrownBy(reader::next)
                    .isInstanceOf(CsvFileException.class)
                    .hasMessageStartingWith(file + " line 2: the CSV is malformed from here on");
        }
    }

    @Test
    void countsRecordsAndTracksTheCurrentLine() throws IOException {
        // given
        Path file = write(dir, csv(validRow("claim_id", "C1", "notes", "two\nlines"), validRow("claim_id", "C2")));

        // when
        try (ClaimCsvReader reader = ClaimCsvReader.open(file)) {
            // then
            assertThat(reader.recordsRead()).isZero();
            assertThat(reader.currentLine()).isEqualTo(1);
            reader.next();
            assertThat(reader.recordsRead()).isEqualTo(1);
            assertThat(reader.currentLine()).isEqualTo(2);
            reader.next();
            assertThat(reader.recordsRead()).isEqualTo(2);
            assertThat(reader.currentLine()).isEqualTo(4);
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void skipsRecordsToResumeWhereARunStopped() throws IOException {
        // given
        Path file = write(dir, csv(
                validRow("claim_id", "C1"),
                validRow("claim_id", "C2", "units", "0"),
                validRow("claim_id", "C3"),
                validRow("claim_id", "C4")));

        // when
        try (ClaimCsvReader reader = ClaimCsvReader.open(file)) {
            reader.skipRecords(2);
            Result next = reader.next();

            // then
            assertThat(next.claimId()).isEqualTo("C3");
            assertThat(next.sourceLine()).isEqualTo(4);
            assertThat(reader.recordsRead()).isEqualTo(3);
        }
    }

    @Test
    void skippingPastTheEndStopsAtTheEnd() throws IOException {
        // given
        Path file = write(dir, csv(validRow("claim_id", "C1"), validRow("claim_id", "C2")));

        // when
        try (ClaimCsvReader reader = ClaimCsvReader.open(file)) {
            reader.skipRecords(5);

            // then
            assertThat(reader.recordsRead()).isEqualTo(2);
            assertThat(reader.hasNext()).isFalse();
        }
    }

    private static ClaimRow onlyRow(Path file) throws IOException {
        List<Result> results = readAll(file);
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).isInstanceOf(Result.Row.class);
        return ((Result.Row) results.get(0)).row();
    }
}
