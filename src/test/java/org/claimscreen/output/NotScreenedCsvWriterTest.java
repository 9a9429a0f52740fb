package org.claimscreen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.claimscreen.domain.screening.NotScreenedRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotScreenedCsvWriterTest {

    @TempDir
    Path folder;

    private final NotScreenedCsvWriter writer = new NotScreenedCsvWriter();

    @Test
    void writesTheExactHeaderAndARowAndSaysHowManyRows() throws IOException {
        // given
        Path target = folder.resolve("not-screened.csv");

        // when
        long written = writer.write(target, List.of(new NotScreenedRow("eastside-bundle.json", 412, "EA-270304",
                "Claim.type is institutional: only professional claims are screened")));

        // then
        assertThat(written).isEqualTo(1);
        assertThat(Files.readAllLines(target)).containsExactly(
                "file,line,claim_id,reason",
                "eastside-bundle.json,412,EA-270304,Claim.type is institutional: only professional claims are screened");
    }

    @Test
    void writesTheHeaderAloneWhenEveryClaimWasScreened() throws IOException {
        Path target = folder.resolve("not-screened.csv");

        writer.write(target, List.of());

        assertThat(Files.readAllLines(target)).containsExactly("file,line,claim_id,reason");
    }

    @Test
    void neutralisesFormulasAndKeepsAnUnknownClaimIdEmpty() throws IOException {
        Path target = folder.resolve("not-screened.csv");

        writer.write(target, List.of(new NotScreenedRow("+evil.json", 3, null, "=HYPERLINK(\"x\")")));

        CSVRecord row = FindingsCsvWriterTest.parse(target).get(0);
        assertThat(row.get("file")).isEqualTo("'+evil.json");
        assertThat(row.get("claim_id")).isEmpty();
        assertThat(row.get("reason")).isEqualTo("'=HYPERLINK(\"x\")");
    }
}
