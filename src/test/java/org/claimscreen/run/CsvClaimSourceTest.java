package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscreen.intake.csv.ColumnMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapped CSV as the read step walks it: one item per row, out-of-scope claims counted once. */
class CsvClaimSourceTest {

    private static final String HEADER = "claim_type,claim_id,line_number,member_id,payer_type,service_date,"
            + "procedure_code,units,charge_amount,diagnosis_codes,rendering_npi,rendering_taxonomy\n";
    private static final String LINE = ",M1,ORIGINAL_MEDICARE,2026-10-05,97110,1,45.00,M5450,1003000126,225100000X\n";

    @TempDir
    Path dir;

    @Test
    void aClaimOutOfScopeIsOneUnscreenedItemAndItsOtherRowsAddNothing() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("claims.csv"), HEADER
                + "institutional,I1,1" + LINE + "institutional,I1,2" + LINE + "professional,P1,1" + LINE);

        // when
        try (CsvClaimSource source = new CsvClaimSource(3, file, professionalOnly(), null)) {
            StagedItem first = source.next();
            StagedItem second = source.next();
            StagedItem third = source.next();

            // then
            assertThat(first).isEqualTo(new StagedItem.Unscreened(3, "claims.csv", 2, "I1",
                    "claim_type is 'institutional': the mapping m.yaml screens only rows whose claim_type is professional"));
            assertThat(second).isEqualTo(new StagedItem.Rows(3, List.of()));
            assertThat(third).isInstanceOfSatisfying(StagedItem.Rows.class,
                    rows -> assertThat(rows.rows()).singleElement().satisfies(row -> assertThat(row.claimId()).isEqualTo("P1")));
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void aRestartInsideAnOutOfScopeClaimDoesNotCountItAgain() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("claims.csv"), HEADER
                + "institutional,I1,1" + LINE + "institutional,I1,2" + LINE);

        // when
        try (CsvClaimSource source = new CsvClaimSource(0, file, professionalOnly(), null)) {
            assertThat(source.skip()).isTrue();

            // then
            assertThat(source.next()).isEqualTo(new StagedItem.Rows(0, List.of()));
            assertThat(source.skip()).isFalse();
        }
    }

    private static ColumnMapping professionalOnly() throws Exception {
        return ColumnMapping.read("jobs/mappings/m.yaml", new StringReader("screen-only: {claim_type: professional}\n"));
    }
}
