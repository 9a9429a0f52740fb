package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code claimscreen worker} defaults to that other commands do not. */
class WorkerDefaultsTest {

    @Test
    void aWorkerEndsItsDatabaseSessionWhenItHangsInsideATransaction() {
        assertThat(new WorkerCli().defaultProperties())
                .containsEntry("claimscreen.db.idle-transaction-timeout", "120s");
    }

    @Test
    void aScreeningRunDoesNot() {
        // its route and report steps may idle in a transaction for minutes on a large night
        assertThat(new ScreenCli().defaultProperties()).doesNotContainKey("claimscreen.db.idle-transaction-timeout");
    }
}
