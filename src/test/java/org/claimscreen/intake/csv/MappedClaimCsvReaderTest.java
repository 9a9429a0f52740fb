package org.claimscreen.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimscreen.config.ColumnMappingException;
import org.claimscreen.config.ColumnMappingFile;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.intake.Reject;
import org.claimscreen.intake.csv.ClaimCsvReader.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of another layout read through a column mapping: what each key does, and what a file can lack. */
class MappedClaimCsvReaderTest {

    /** A small pipe-delimited export in the manner of the CMS RIF carrier file. */
    private static final String MAPPING = """
            delimiter: "|"
            date-format: dd-MMM-yyyy
            columns:
              claim_id: CLM_ID
              line_number: LINE_NUM
              member_id: BENE_ID
              service_date: LINE_DT
              procedure_code: HCPCS_CD
              modifiers: [MDFR_1, MDFR_2]
              units: LINE_SRVC_CNT
              charge_amount: LINE_CHRG
              diagnosis_codes: [DGNS_1, DGNS_2, DGNS_3]
              rendering_npi: PRF_NPI
              rendering_taxonomy: { from-roster: rendering_npi }
            constants:
              payer_type: ORIGINAL_MEDICARE
            screen-only:
              DML_IND: [INSERT, UPDATE]
            """;
    private static final String HEADER = "DML_IND|CLM_ID|LINE_NUM|BENE_ID|LINE_DT|HCPCS_CD|MDFR_1|MDFR_2|LINE_SRVC_CNT"
            + "|LINE_CHRG|DGNS_1|DGNS_2|DGNS_3|PRF_NPI|UNUSED\n";
    /** Every required column but claim_id, line_number and procedure_code as a constant. */
    private static final String CONSTANT_LINE = """
            delimiter: "|"
            constants:
              member_id: M1
              payer_type: COMMERCIAL
              service_date: 2026-10-27
              units: 1
              charge_amount: 10.00
              diagnosis_codes: M5450
              rendering_npi: 1003000126
            """;
    private static final Npi THERAPIST = Npi.of("1003000126");
    private static final ReferenceData ROSTER = new ReferenceData(Map.of(), Map.of(THERAPIST,
            new RosterProvider(THERAPIST, "Therapist", Taxonomy.of("225100000X"), true, Set.of())));

    @TempDir
    Path dir;

    @Test
    void readsRenamedColumnsConstantsAndTheRosterTaxonomy() throws Exception {
        // given
        Path file = write(HEADER + "INSERT|R1|1|1EG4TE5MK73|27-OCT-2026|97110|GP||2.0|90.00|M5450||M62830|1003000126|x\n");

        // when
        ClaimRow row = onlyRow(file);

        // then
        assertThat(row.claimId()).isEqualTo("R1");
        assertThat(row.memberId().value()).isEqualTo("1EG4TE5MK73");
        assertThat(row.payerType()).isEqualTo(PayerType.ORIGINAL_MEDICARE);
        assertThat(row.line().serviceDate()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(row.line().procedureCode().value()).isEqualTo("97110");
        assertThat(row.line().modifiers()).extracting(Object::toString).containsExactly("GP");
        assertThat(row.line().units()).isEqualTo(2);
        assertThat(row.diagnoses()).extracting(Object::toString).containsExactly("M54.50", "M62.830");
        assertThat(row.line().renderingTaxonomy()).isEqualTo(Taxonomy.of("225100000X"));
        assertThat(row.line().sourceLine()).isEqualTo(2);
    }

    @Test
    void joinsListedColumnsSkippingEmptyCells() throws Exception {
        // given
        Path file = write(HEADER + "INSERT|R1|1|M1|27-OCT-2026|97110||59|1|90.00||M5450|M62830|1003000126|x\n");

        // when
        ClaimRow row = onlyRow(file);

        // then
        assertThat(row.line().modifiers()).extracting(Object::toString).containsExactly("59");
        assertThat(row.diagnoses()).extracting(Object::toString).containsExactly("M54.50", "M62.830");
    }

    @Test
    void readsIsoDatesBesidesThePatternButNotMonthFirstSlashes() throws Exception {
        // given: with a pattern, 03/04/2026 could mean either day: only ISO and the pattern are read
        Path file = write(HEADER + "INSERT|R1|1|M1|2026-10-27|97110|||1|90.00|M5450|||1003000126|x\n"
                + "INSERT|R2|1|M1|10/27/2026|97110|||1|90.00|M5450|||1003000126|x\n");

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(((Result.Row) results.get(0)).row().line().serviceDate()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(reject(results.get(1))).isEqualTo(new Reject("claims.txt", 3, "R2", "LINE_DT (service_date)",
                "service_date '10/27/2026' is not a date (YYYY-MM-DD or dd-MMM-yyyy)"));
    }

    @Test
    void rejectsNameTheFilesOwnColumn() throws Exception {
        // given
        Path file = write(HEADER + "INSERT|R1|1|M1|27-OCT-2026||||1|90.00|M5450|||1003000126|x\n");

        // when
        Result result = readAll(file).get(0);

        // then
        assertThat(reject(result)).isEqualTo(new Reject("claims.txt", 2, "R1", "HCPCS_CD (procedure_code)",
                "procedure_code is empty"));
    }

    @Test
    void rejectsAJoinedColumnNamingAllItsHeaders() throws Exception {
        // given
        Path file = write(HEADER + "INSERT|R1|1|M1|27-OCT-2026|97110|||1|90.00|||nope|1003000126|x\n");

        // then
        assertThat(reject(readAll(file).get(0)).column()).isEqualTo("DGNS_1+DGNS_2+DGNS_3 (diagnosis_codes)");
    }

    @Test
    void rejectsALineWhoseProviderIsNotOnTheRoster() throws Exception {
        // given
        Path file = write(HEADER + "INSERT|R1|1|M1|27-OCT-2026|97110|||1|90.00|M5450|||1245319599|x\n");

        // then
        assertThat(reject(readAll(file).get(0))).isEqualTo(new Reject("claims.txt", 2, "R1",
                "rendering_taxonomy (provider roster, by rendering_npi)",
                "rendering_taxonomy: NPI 1245319599 (rendering_npi) is not in the provider roster;"
                        + " add the provider to providers.csv"));
    }

    @Test
    void rejectsARosterLookUpWithoutAnNpi() throws Exception {
        // given: the look-up goes by billing_npi, which the file leaves empty
        Path file = write("CLM_ID|line_number|HCPCS_CD|BLG_NPI\nR1|1|97110|\n");
        ColumnMapping mapping = mapping(CONSTANT_LINE + """
                columns:
                  claim_id: CLM_ID
                  procedure_code: HCPCS_CD
                  billing_npi: BLG_NPI
                  rendering_taxonomy: { from-roster: billing_npi }
                """);

        // when
        Result result = readAll(file, mapping).get(0);

        // then
        assertThat(reject(result).reason())
                .isEqualTo("rendering_taxonomy comes from the provider roster by billing_npi, which is empty");
    }

    @Test
    void countsARowOutOfScopeOncePerClaimAndNeverScreensIt() throws Exception {
        // given
        Path file = write(HEADER
                + "DELETE|R1|1|M1|27-OCT-2026|97110|||1|90.00|M5450|||1003000126|x\n"
                + "DELETE|R1|2|M1|27-OCT-2026|97140|||1|45.00|M5450|||1003000126|x\n"
                + "INSERT|R2|1|M1|27-OCT-2026|97110|||1|90.00|M5450|||1003000126|x\n");

        // when
        List<Result> results = readAll(file);

        // then
        assertThat(results.get(0)).isEqualTo(new Result.NotScreened("claims.txt", 2, "R1",
                "DML_IND is 'DELETE': the mapping m.yaml screens only rows whose DML_IND is INSERT or UPDATE", true));
        assertThat(results.get(1)).isInstanceOfSatisfying(Result.NotScreened.class,
                out -> assertThat(out.firstOfClaim()).isFalse());
        assertThat(results.get(2)).isInstanceOf(Result.Row.class);
    }

    @Test
    void aRestartRemembersClaimsAlreadyCountedOutOfScope() throws Exception {
        // given
        Path file = write(HEADER
                + "DELETE|R1|1|M1|27-OCT-2026|97110|||1|90.00|M5450|||1003000126|x\n"
                + "delete|R1|2|M1|27-OCT-2026|97140|||1|45.00|M5450|||1003000126|x\n");

        // when
        try (ClaimCsvReader reader = ClaimCsvReader.open(file, mapping(MAPPING), ROSTER)) {
            reader.skipRecords(1);
            Result second = reader.next();

            // then
            assertThat(second).isInstanceOfSatisfying(Result.NotScreened.class,
                    out -> assertThat(out.firstOfClaim()).isFalse());
        }
    }

    @Test
    void readsATabDelimitedFile() throws Exception {
        // given
        ColumnMapping mapping = mapping(MAPPING.replace("delimiter: \"|\"", "delimiter: \"\\t\""));
        Path file = write((HEADER + "INSERT|R1|1|M1|27-OCT-2026|97110|||1|90.00|M5450|||1003000126|x\n")
                .replace('|', '\t'));

        // when
        List<Result> results = readAll(file, mapping);

        // then
        assertThat(results).singleElement().isInstanceOf(Result.Row.class);
    }

    @Test
    void findsCanonicalColumnsTheMappingDoesNotName() throws Exception {
        // given: only the delimiter differs from the canonical layout
        Path file = write(ClaimCsvFixture.csv(ClaimCsvFixture.validRow()).replace(',', ';'));

        // when
        List<Result> results = readAll(file, mapping("delimiter: ';'\n"));

        // then
        assertThat(results).singleElement().isInstanceOf(Result.Row.class);
    }

    @Test
    void notesTheColumnsItDoesNotUseBriefly() throws Exception {
        // given
        Path file = write(HEADER + "INSERT|R1|1|M1|27-OCT-2026|97110|||1|90.00|M5450|||1003000126|x\n");

        // when
        try (ClaimCsvReader reader = ClaimCsvReader.open(file, mapping(MAPPING), ROSTER)) {
            // then
            assertThat(reader.unknownColumns()).containsExactly("UNUSED");
            assertThat(reader.ignoredColumnsNote()).hasValue("ignoring 1 column(s) the mapping m.yaml does not use: UNUSED");
        }
    }

    @Test
    void failsAFileWhoseHeaderLacksAMappedColumnSuggestingSimilarOnes() throws Exception {
        // given
        Path file = write(HEADER.replace("HCPCS_CD", "HCPCS_CODE").replace("DML_IND", "DML"));

        // then
        assertThatThrownBy(() -> ClaimCsvReader.open(file, mapping(MAPPING), ROSTER))
                .isInstanceOf(CsvFileException.class)
                .hasMessage(file + ": the header lacks 'HCPCS_CD' for procedure_code (similar: HCPCS_CODE);"
                        + " 'DML_IND' in screen-only (similar: DML), named by the mapping m.yaml");
    }

    @Test
    void failsAFileThatLacksARequiredColumnTheMappingDoesNotSupply() throws Exception {
        // given: no units column, and the mapping gives none
        Path file = write(HEADER.replace("|LINE_SRVC_CNT", ""));
        ColumnMapping mapping = mapping(MAPPING.replace("  units: LINE_SRVC_CNT\n", ""));

        // then
        assertThatThrownBy(() -> ClaimCsvReader.open(file, mapping, ROSTER))
                .isInstanceOf(MissingColumnsException.class)
                .hasMessage(file + ": missing required column(s) units (the mapping m.yaml neither maps it to a column"
                        + " nor gives a constant, and the header has no column by that name)");
    }

    @Test
    void failsAFileWhenTheMappingNeedsARosterTheRunLacks() throws Exception {
        // given
        Path file = write(HEADER);

        // then
        assertThatThrownBy(() -> ClaimCsvReader.open(file, mapping(MAPPING), null))
                .isInstanceOf(CsvFileException.class)
                .hasMessageContaining("the mapping m.yaml takes rendering_taxonomy from the provider roster, but the run has none");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsStillNamesAJoinedClaimId() throws Exception {
        // given
        Path file = write("A|B|line_number|procedure_code\nX|1|1|97110|extra\n");
        ColumnMapping mapping = mapping(CONSTANT_LINE + """
                columns:
                  claim_id: [A, B]
                  rendering_taxonomy: { from-roster: rendering_npi }
                """);

        // when
        Result result = readAll(file, mapping).get(0);

        // then
        assertThat(reject(result).claimId()).isEqualTo("X;1");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("claims.txt"), content);
    }

    private static ColumnMapping mapping(String yaml) throws ColumnMappingException {
        return ColumnMappingFile.read("jobs/mappings/m.yaml", new StringReader(yaml));
    }

    private static ClaimRow onlyRow(Path file) throws Exception {
        List<Result> results = readAll(file);
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).as("%s", results.get(0)).isInstanceOf(Result.Row.class);
        return ((Result.Row) results.get(0)).row();
    }

    private static List<Result> readAll(Path file) throws Exception {
        return readAll(file, mapping(MAPPING));
    }

    private static List<Result> readAll(Path file, ColumnMapping mapping) throws IOException {
        List<Result> results = new ArrayList<>();
        try (ClaimCsvReader reader = ClaimCsvReader.open(file, mapping, ROSTER)) {
            reader.forEachRemaining(results::add);
        }
        return results;
    }

    private static Reject reject(Result result) {
        assertThat(result).as("%s", result).isInstanceOf(Result.Rejected.class);
        return ((Result.Rejected) result).reject();
    }
}
