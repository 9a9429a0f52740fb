package org.claimscreen.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimscreen.config.ColumnMappingFile;
import org.claimscreen.intake.ClaimFormats;
import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.RecordRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claim CSV as the route reads it through its format: one record per row, out-of-scope claims once. */
class CsvClaimFormatTest {

    private static final String HEADER = "claim_type,claim_id,line_number,member_id,payer_type,service_date,"
            + "procedure_code,units,charge_amount,diagnosis_codes,rendering_npi,rendering_taxonomy\n";
    private static final String LINE = ",M1,ORIGINAL_MEDICARE,2026-10-05,97110,1,45.00,M5450,1003000126,225100000X\n";

    @TempDir
    Path dir;

    @Test
    void aClaimOutOfScopeIsOneUnscreenedRecordAndItsOtherRowsAreNone() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("claims.csv"), HEADER
                + "institutional,I1,1" + LINE + "institutional,I1,2" + LINE + "professional,P1,1" + LINE);

        // when
        try (ClaimReader reader = new CsvClaimFormat(professionalOnly(), null).open(file)) {
            ClaimRecord first = reader.next();
            ClaimRecord second = reader.next();

            // then
            assertThat(first).isEqualTo(new ClaimRecord.Unscreened("claims.csv", 2, "I1",
                    "claim_type is 'institutional': the mapping m.yaml screens only rows whose claim_type is professional"));
            assertThat(second).isInstanceOfSatisfying(ClaimRecord.Rows.class,
                    rows -> assertThat(rows.rows()).singleElement().satisfies(row -> assertThat(row.claimId()).isEqualTo("P1")));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aFileThatBreaksPartWayRejectsTheRestOnceAndEnds() throws Exception {
        // given: a quote never closed
        Path file = Files.writeString(dir.resolve("claims.csv"), HEADER
                + "professional,P1,1" + LINE + "professional,\"P2,1" + LINE);

        // when
        try (ClaimReader reader = new CsvClaimFormat(ColumnMapping.NONE, null).open(file)) {
            assertThat(reader.next()).isInstanceOf(ClaimRecord.Rows.class);

            // then
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(RecordRejectedException.class,
                    e -> assertThat(e.restUnreadable()).isTrue());
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void takesCsvNamesAndAMappedExportsTablesFhirNamesGoToFhir() throws Exception {
        ClaimFormats canonical = ClaimFormats.canonical();
        ClaimFormats mapped = ClaimFormats.of(professionalOnly(), null);

        assertThat(canonical.of(Path.of("night.csv")).name()).isEqualTo("CSV");
        assertThat(canonical.of(Path.of("night.ndjson")).name()).isEqualTo("FHIR");
        assertThat(canonical.forName(Path.of("night.psv"))).isEmpty();
        assertThat(mapped.forName(Path.of("night.psv"))).hasValueSatisfying(f -> assertThat(f.name()).isEqualTo("CSV"));
        // a file named on its own is CSV unless another format takes its name
        assertThat(canonical.of(Path.of("night.dat")).name()).isEqualTo("CSV");
    }

    private static ColumnMapping professionalOnly() throws Exception {
        return ColumnMappingFile.read("jobs/mappings/m.yaml", new StringReader("screen-only: {claim_type: professional}\n"));
    }
}
