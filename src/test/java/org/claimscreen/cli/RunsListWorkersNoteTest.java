package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.claimscreen.persistence.PartitionStore.Attempt;
import org.junit.jupiter.api.Test;

/** The line {@code runs} prints for a run screened by worker processes (issue 18's Ops). */
class RunsListWorkersNoteTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 12, 8, 1, 0);
    static final String A = "worker on host a (pid 11)";
    static final String B = "worker on host b (pid 22)";

    @Test
    void aRunOfItsOwnProcessGetsNoLine() {
        // given
        List<Attempt> attempts = List.of(attempt(1, 0, "run's process on host a (pid 7)", "COMPLETED"),
                attempt(2, 1, "run's process on host a (pid 7)", "COMPLETED"));

        // when / then
        assertThat(RunsCommand.workersNote(attempts)).isEmpty();
        assertThat(RunsCommand.workersNote(List.of())).isEmpty();
    }

    @Test
    void aWorkersRunCountsItsWorkersAndEachPartitionByItsNewestAttempt() {
        // given: bucket 1 was given up by A (killed) and taken over by B; bucket 2 runs on A
        List<Attempt> attempts = List.of(attempt(10, 0, A, "COMPLETED"), attempt(11, 1, A, "STARTED"),
                attempt(11, 1, B, "COMPLETED"), attempt(12, 2, A, "STARTED"), attempt(13, 3, B, "FAILED"));

        // when
        String note = RunsCommand.workersNote(attempts).orElseThrow();

        // then
        assertThat(note).isEqualTo("2 workers, 4 partitions (2 completed, 1 running, 1 failed)");
    }

    @Test
    void aRunAllDoneOnOneWorkerSaysOnlyWhatIs() {
        // given
        List<Attempt> attempts = List.of(attempt(10, 0, A, "COMPLETED"));

        // when / then
        assertThat(RunsCommand.workersNote(attempts)).contains("1 worker, 1 partition (1 completed)");
    }

    private static Attempt attempt(long stepExecutionId, int bucket, String worker, String status) {
        return new Attempt(stepExecutionId, bucket, worker, status, T, status.equals("COMPLETED") ? T.plusSeconds(3) : null);
    }
}
