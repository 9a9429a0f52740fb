package org.claimscreen.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.intake.csv.ClaimCsvFixture.csv;
import static org.claimscreen.intake.csv.ClaimCsvFixture.readAll;
import static org.claimscreen.intake.csv.ClaimCsvFixture.validRow;
import static org.claimscreen.intake.csv.ClaimCsvFixture.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.claimscreen.intake.Reject;
import org.claimscreen.intake.csv.ClaimCsvReader.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a row is refused: the reject names line, column and a reason a biller can act on. */
class ClaimCsvRejectTest {

    private static final String NOT_A_DATE = " is not a date (YYYY-MM-DD or MM/DD/YYYY)";

    @TempDir
    Path dir;

    static List<String> requiredColumns() {
        return ClaimCsvColumns.REQUIRED;
    }

    @ParameterizedTest(name = "{0} empty")
    @MethodSource("requiredColumns")
    void rejectsARowWithARequiredCellEmpty(String column) throws IOException {
        // when
        Reject reject = rejectOf(column, "  ");

        // then
        assertThat(reject.line()).isEqualTo(2);
        assertThat(reject.column()).isEqualTo(column);
        assertThat(reject.reason()).isEqualTo(column + " is empty");
    }

    @Test
    void aRejectWithoutAClaimIdHasNone() throws IOException {
        // when
        Reject reject = rejectOf("claim_id", "");

        // then
        assertThat(reject.claimId()).isNull();
    }

    @Test
    void aRejectCarriesFileNameAndClaimId() throws IOException {
        // when
        Reject reject = rejectOf("claim_id", "C42", "units", "0");

        // then
        assertThat(reject.file()).isEqualTo("claims.csv");
        assertThat(reject.claimId()).isEqualTo("C42");
    }

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of("service_date", "2026-13-05", "service_date '2026-13-05'" + NOT_A_DATE),
                Arguments.of("service_date", "2026-02-30", "service_date '2026-02-30'" + NOT_A_DATE),
                Arguments.of("service_date", "13/05/2026", "service_date '13/05/2026'" + NOT_A_DATE),
                Arguments.of("service_date", "10-05-2026", "service_date '10-05-2026'" + NOT_A_DATE),
                Arguments.of("service_date", "10/05/26", "service_date '10/05/26'" + NOT_A_DATE),
                Arguments.of("service_date", "yesterday", "service_date 'yesterday'" + NOT_A_DATE),
                Arguments.of("patient_birth_date", "1950-02-30", "patient_birth_date" + NOT_A_DATE),
                Arguments.of("line_number", "0", "line_number '0' is outside 1..50"),
                Arguments.of("line_number", "51", "line_number '51' is outside 1..50"),
                Arguments.of("line_number", "A", "line_number 'A' is not a whole number"),
                Arguments.of("units", "0", "units '0' is outside 1..999"),
                Arguments.of("units", "1000", "units '1000' is outside 1..999"),
                Arguments.of("units", "99999999999999999999", "units '99999999999999999999' is outside 1..999"),
                Arguments.of("units", "2.5", "units '2.5' is not a whole number"),
                Arguments.of("units", "2.", "units '2.' is not a whole number"),
                Arguments.of("units", ".0", "units '.0' is not a whole number"),
                Arguments.of("units", "0.0", "units '0.0' is outside 1..999"),
                Arguments.of("units", "-1", "units '-1' is not a whole number"),
                Arguments.of("units", "four", "units 'four' is not a whole number"),
                Arguments.of("minutes", "-5", "minutes '-5' is not a whole number"),
                Arguments.of("minutes", "12.5", "minutes '12.5' is not a whole number"),
                Arguments.of("minutes", "99999999999", "minutes '99999999999' is too large"),
                Arguments.of("charge_amount", "12.345", "charge_amount '12.345' is not a dollar amount"),
                Arguments.of("charge_amount", "abc", "charge_amount 'abc' is not a dollar amount"),
                Arguments.of("charge_amount", "-5.00", "charge_amount '-5.00' is not a dollar amount"),
                Arguments.of("charge_amount", ".50", "charge_amount '.50' is not a dollar amount"),
                Arguments.of("charge_amount", "1234567890123", "charge_amount '1234567890123' is not a dollar amount"),
                Arguments.of("rendering_npi", "124531959", "rendering_npi '124531959' is not an NPI (10 digits)"),
                Arguments.of("rendering_npi", "12453195AB", "rendering_npi '12453195AB' is not an NPI (10 digits)"),
                Arguments.of("rendering_npi", "3245319599",
                        "rendering_npi '3245319599' is not an NPI (it must start with 1 or 2)"),
                Arguments.of("supervising_npi", "99", "supervising_npi '99' is not an NPI (10 digits)"),
                Arguments.of("referring_npi", "99", "referring_npi '99' is not an NPI (10 digits)"),
                Arguments.of("billing_npi", "99", "billing_npi '99' is not an NPI (10 digits)"),
                Arguments.of("rendering_taxonomy", "2257000000",
                        "rendering_taxonomy '2257000000' is not a NUCC taxonomy code (10 characters ending in X)"),
                Arguments.of("rendering_taxonomy", "massage",
                        "rendering_taxonomy 'MASSAGE' is not a NUCC taxonomy code (10 characters ending in X)"),
                Arguments.of("procedure_code", "9712",
                        "procedure_code '9712' is not a CPT/HCPCS code (5 letters or digits)"),
                Arguments.of("modifiers", "G", "modifiers 'G' is not a modifier (2 letters or digits)"),
                Arguments.of("modifiers", "GP;5$", "modifiers '5$' is not a modifier (2 letters or digits)"),
                Arguments.of("modifiers", "GP;59;KX;GO;GN",
                        "modifiers 'GP;59;KX;GO;GN' has 5 modifiers; a line carries at most 4"),
                Arguments.of("diagnosis_codes", "12345", "diagnosis_codes '12345' is not an ICD-10-CM code"),
                Arguments.of("diagnosis_codes", ";", "diagnosis_codes is empty"),
                Arguments.of("diagnosis_codes", "A00;A01;A02;A03;A04;A05;A06;A07;A08;A09;B00;B01;B02",
                        "diagnosis_codes has 13 codes; a claim carries at most 12 (A..L)"),
                Arguments.of("diagnosis_pointers", "M",
                        "diagnosis_pointers 'M' is not a diagnosis pointer (A..L or 1..12)"),
                Arguments.of("diagnosis_pointers", "13",
                        "diagnosis_pointers '13' is not a diagnosis pointer (A..L or 1..12)"),
                Arguments.of("diagnosis_pointers", "0",
                        "diagnosis_pointers '0' is not a diagnosis pointer (A..L or 1..12)"),
                Arguments.of("diagnosis_pointers", "A;B",
                        "diagnosis_pointers 'B' points to diagnosis 2, but diagnosis_codes lists 1"),
                Arguments.of("diagnosis_pointers", "3",
                        "diagnosis_pointers '3' points to diagnosis 3, but diagnosis_codes lists 1"),
                Arguments.of("place_of_service", "1",
                        "place_of_service '1' is not a two-digit place-of-service code (e.g. 11 for office)"),
                Arguments.of("place_of_service", "AB",
                        "place_of_service 'AB' is not a two-digit place-of-service code (e.g. 11 for office)"),
                Arguments.of("payer_type", "MEDICARE", "payer_type 'MEDICARE' is not a payer type (ORIGINAL_MEDICARE,"
                        + " MEDICARE_ADVANTAGE, MEDICAID, COMMERCIAL, SELF_PAY, OTHER or an X12 filing indicator code)"),
                Arguments.of("member_id", "X".repeat(65), "member_id: member id is longer than 64 characters"),
                Arguments.of("plan_of_care", "maybe", "plan_of_care 'maybe' is not Y or N"),
                Arguments.of("abn_on_file", "X", "abn_on_file 'X' is not Y or N"),
                Arguments.of("lmn_on_file", "2", "lmn_on_file '2' is not Y or N"),
                Arguments.of("initial_treatment_date", "2026-02-30", "initial_treatment_date '2026-02-30'" + NOT_A_DATE));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @MethodSource("badCells")
    void rejectsABadCellNamingColumnAndReason(String column, String value, String reason) throws IOException {
        // when
        Reject reject = rejectOf(column, value);

        // then
        assertThat(reject.line()).isEqualTo(2);
        assertThat(reject.column()).isEqualTo(column);
        assertThat(reject.reason()).isEqualTo(reason);
        assertThat(reject.claimId()).isEqualTo("C1001");
    }

    @Test
    void rejectsAMedicareAdvantageRowWithoutPlanId() throws IOException {
        // when
        Reject reject = rejectOf("payer_type", "MEDICARE_ADVANTAGE", "plan_id", "");

        // then
        assertThat(reject.column()).isEqualTo("plan_id");
        assertThat(reject.reason())
                .isEqualTo("plan_id is empty; Medicare Advantage lines need the contract-plan id (e.g. H1234-001)");
    }

    @Test
    void rejectsAMedicareAdvantageRowInAFileWithoutAPlanIdColumn() throws IOException {
        // given
        var row = validRow("payer_type", "16");
        row.remove("plan_id");
        Path file = write(dir, csv(row));

        // when
        Reject reject = onlyReject(file);

        // then
        assertThat(reject.column()).isEqualTo("plan_id");
    }

    @Test
    void rejectsARowWithTooFewCells() throws IOException {
        // given
        Path file = write(dir, header() + "C1001,1,1EG4TE5MK73,,ORIGINAL_MEDICARE,,\n");

        // when
        Reject reject = onlyReject(file);

        // then
        assertThat(reject).isEqualTo(new Reject("claims.csv", 2, "C1001", null, "row has 7 cells, the header has 24"));
    }

    @Test
    void rejectsARowWithTooManyCells() throws IOException {
        // given
        List<String> cells = new ArrayList<>(validRow().values());
        cells.add("stray");
        Path file = write(dir, header() + ClaimCsvFixture.line(cells));

        // when
        Reject reject = onlyReject(file);

        // then
        assertThat(reject.line()).isEqualTo(2);
        assertThat(reject.column()).isNull();
        assertThat(reject.reason()).isEqualTo("row has 25 cells, the header has 24");
    }

    @Test
    void keepsReadingAfterARejectedRow() throws IOException {
        // given
        Path file = write(dir, csv(
                validRow("claim_id", "C1", "units", "0"),
                validRow("claim_id", "C2", "service_date", "2026-13-05"),
                validRow("claim_id", "C3")));

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isInstanceOf(Result.Rejected.class);
        assertThat(results.get(1)).isInstanceOf(Result.Rejected.class);
        assertThat(results.get(2)).isInstanceOf(Result.Row.class);
        assertThat(results).extracting(Result::sourceLine).containsExactly(2L, 3L, 4L);
    }

    @Test
    void reportsTheLineOfARejectAfterAMultiLineCell() throws IOException {
        // given
        Path file = write(dir, csv(
                validRow("claim_id", "C1", "notes", "line one\nline two\nline three"),
                validRow("claim_id", "C2", "units", "1000", "notes", "")));

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(((Result.Rejected) results.get(1)).reject().line()).isEqualTo(5);
    }

    private Reject rejectOf(String... columnValuePairs) throws IOException {
        return onlyReject(write(dir, csv(validRow(columnValuePairs))));
    }

    private static Reject onlyReject(Path file) throws IOException {
        List<Result> results = readAll(file);
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).as("%s", results.get(0)).isInstanceOf(Result.Rejected.class);
        return ((Result.Rejected) results.get(0)).reject();
    }

    private static String header() {
        return ClaimCsvFixture.line(new ArrayList<>(validRow().keySet()));
    }
}
