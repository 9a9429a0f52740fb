package org.claimscreen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.output.ReportFixtures.reject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.claimscreen.domain.screening.RejectRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsCsvWriterTest {

    @TempDir
    Path folder;

    private final RejectsCsvWriter writer = new RejectsCsvWriter();

    @Test
    void writesTheExactHeaderAndARow() throws IOException {
        // given
        Path target = folder.resolve("rejects.csv");

        // when
        writer.write(target, List.of(reject()));

        // then
        assertThat(Files.readAllLines(target)).containsExactly(
                "file,line,claim_id,column,reason",
                "claims-2026-03.csv,17,CLM-1009,charge_amount,'-85' is not a dollar amount");
    }

    @Test
    void neutralisesFormulasAndKeepsAnUnknownClaimIdEmpty() throws IOException {
        // given
        Path target = folder.resolve("rejects.csv");

        // when
        writer.write(target, List.of(new RejectRow("=evil.csv", 0, null, "@col", "-bad\nvalue, really")));

        // then
        CSVRecord row = FindingsCsvWriterTest.parse(target).get(0);
        assertThat(row.get("file")).isEqualTo("'=evil.csv");
        assertThat(row.get("line")).isEqualTo("0");
        assertThat(row.get("claim_id")).isEmpty();
        assertThat(row.get("column")).isEqualTo("'@col");
        assertThat(row.get("reason")).isEqualTo("'-bad\nvalue, really");
    }
}
