package org.claimscreen.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimscreen.store.InputFileRecord;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ClaimFileItemReaderTest {

    private static final Path SAMPLE = Path.of("sample-data/claims-2026-11-26.csv");
    /** The sample export's records (its lines but the header), rejected rows among them. */
    private static final long RECORDS = 239;

    @Test
    void theProgressLineCountsTheRecordsReadNotTheReadThatFoundTheEnd() throws Exception {
        RunProgress progress = new RunProgress(Duration.ofHours(1), false);
        ClaimFileItemReader reader = new ClaimFileItemReader(List.of(new InputFileRecord(1, 0, SAMPLE.toString(),
                "claims-2026-11-26.csv", InputFormats.CSV, "sha", Files.size(SAMPLE), null, InputFileRecord.OK, null)),
                InputReading.CANONICAL, progress);
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        try {
            long items = 0;
            while (true) {
                try {
                    if (reader.read() == null) {
                        break;
                    }
                } catch (StagedRejectException rejected) {
                    // a bad row is read and counted like any other
                }
                items++;
            }
            reader.update(context);

            assertThat(items).isEqualTo(RECORDS);
            assertThat(progress.linesRead()).isEqualTo(RECORDS);
        } finally {
            reader.close();
        }
    }
}
