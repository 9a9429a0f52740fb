package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the steps tell RunProgress, and what it makes of it (StepProgressTest has the arithmetic). */
class RunProgressTest {

    private final RunProgress progress = new RunProgress(Duration.ofHours(1), false);

    @Test
    void theScreeningTotalIsTheClaimsRoutedAndARestartCountsThePartitionsDoneBefore() {
        progress.start(5);
        try {
            // bucket 1 was recorded by the attempt before the restart
            progress.screening(new long[] {10, 20, 30}, 3, Set.of(1));

            assertThat(progress.line()).startsWith("run 5 screening: 20 of 60 claims (33%), partitions 1 of 3;");
        } finally {
            progress.stop();
        }
    }

    @Test
    void aPartitionDoneCountsAllItsRoutedClaimsEvenThoseRejectedBeforeScreening() {
        progress.start(5);
        try {
            progress.screening(new long[] {10, 20}, 2, Set.of());
            progress.screened(5);
            progress.partitionDone(0, 5, 9); // 9 screened or rejected here, 1 rejected by the route

            assertThat(progress.line()).startsWith("run 5 screening: 10 of 30 claims (33%), partitions 1 of 2;");
        } finally {
            progress.stop();
        }
    }

    @Test
    void aRunRoutedBeforeTheTotalsWereKeptCountsWhatThePartitionsSaw() {
        progress.start(5);
        try {
            progress.screening(null, 4, Set.of());
            progress.partitionDone(2, 0, 7);

            assertThat(progress.line()).startsWith("run 5 screening: 7 claims, partitions 1 of 4;");
        } finally {
            progress.stop();
        }
    }

    @Test
    void routingSaysBytesAndLinesAndReportsSayRowsAndFiles() {
        progress.start(5);
        try {
            progress.routing(2_000_000);
            progress.reading(1_234, 500_000, 2_000_000);
            assertThat(progress.line()).startsWith("run 5 routing: 0.5 of 2.0 MB (25%), 1,234 lines;");

            progress.writingReports(100, 6);
            progress.wroteRows(50);
            progress.wroteFiles(2);
            assertThat(progress.line()).startsWith("run 5 writing reports: 50 of 100 rows (50%), files 2 of 6;");
        } finally {
            progress.stop();
        }
    }
}
