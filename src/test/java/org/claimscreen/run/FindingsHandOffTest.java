package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimscreen.output.FindingRow;
import org.claimscreen.output.FindingSink;
import org.junit.jupiter.api.Test;

class FindingsHandOffTest {

    @Test
    void handsEveryFindingOverInOrderToTheReportsOwnThread() throws IOException {
        List<String> seen = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        FindingSink report = new FindingSink() {
            @Override
            public void accept(FindingRow finding) {
                threads.add(Thread.currentThread().getName());
                seen.add(finding.claimId());
            }

            @Override
            public long finish() {
                return seen.size();
            }
        };

        long written;
        try (FindingsHandOff handOff = new FindingsHandOff("test-report", report)) {
            for (int i = 0; i < 10_000; i++) {
                handOff.accept(finding("C" + i));
            }
            written = handOff.finish();
        }

        assertThat(written).isEqualTo(10_000);
        assertThat(seen).hasSize(10_000).startsWith("C0", "C1", "C2").endsWith("C9999");
        assertThat(threads).containsExactly("test-report");
    }

    @Test
    void aFailureOfTheReportFailsTheStepsThreadWithTheSameError() {
        IOException full = new IOException("disk full");
        FindingSink report = new FindingSink() {
            private int accepted;

            @Override
            public void accept(FindingRow finding) throws IOException {
                if (++accepted == 1_000) {
                    throw full;
                }
            }

            @Override
            public long finish() {
                throw new AssertionError("a failed report is not finished");
            }
        };

        assertThatThrownBy(() -> {
            try (FindingsHandOff handOff = new FindingsHandOff("test-report", report)) {
                for (int i = 0; i < 1_000_000; i++) { // far more than the queue holds: no wait for ever
                    handOff.accept(finding("C" + i));
                }
                handOff.finish();
            }
        }).isSameAs(full);
    }

    @Test
    void closedWithoutFinishingItStopsTheReportWithoutFinishingIt() throws IOException {
        AtomicBoolean finished = new AtomicBoolean();
        FindingSink report = new FindingSink() {
            @Override
            public void accept(FindingRow finding) {
            }

            @Override
            public long finish() {
                finished.set(true);
                return 0;
            }
        };

        FindingsHandOff handOff = new FindingsHandOff("test-report", report);
        handOff.accept(finding("C1"));
        handOff.close(); // the step's side failed

        assertThat(finished).isFalse();
    }

    private static FindingRow finding(String claimId) {
        return new FindingRow(1L, "f.csv", claimId, 1, "***1234", null, null, null, null, null, "R", "DENY", "m",
                null, null, null, null, null, null, null, null, "R", null, null, null, "HELD", true);
    }
}
