package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.claimscreen.run.StepProgress.Unit;
import org.junit.jupiter.api.Test;

/** A step's progress line: done of total, rate and ETA, on a clock the test moves. */
class StepProgressTest {

    private long now = TimeUnit.SECONDS.toNanos(1000);
    private final StepProgress progress = new StepProgress(() -> now);

    private void seconds(double s) {
        now += (long) (s * 1e9);
    }

    @Test
    void routingSaysBytesOfTotalItsRateAndTheTimeLeft() {
        progress.begin("routing", Unit.BYTES, 0, 48_200_000);
        seconds(3);
        progress.done(12_000_000);
        progress.note("81,000 lines");

        // 4 MB/s, 36.2 MB to go: 9.05 s, said as 10 s (never too early)
        assertThat(progress.line(12)).isEqualTo(
                "run 12 routing: 12.0 of 48.2 MB (24%), 81,000 lines; 4.0 MB/s, ETA 10 s");
    }

    @Test
    void screeningSaysClaimsOfClaimsRoutedAndPartitions() {
        progress.begin("screening", Unit.CLAIMS, 0, 84_000);
        progress.parts("partitions", 0, 8);
        seconds(20);
        progress.add(10_000);
        progress.partDone();
        progress.add(15_000);
        progress.partDone();

        assertThat(progress.line(7)).isEqualTo(
                "run 7 screening: 25,000 of 84,000 claims (29%), partitions 2 of 8; 1,250 claims/s, ETA 48 s");
    }

    @Test
    void afterARestartThePartitionsDoneBeforeCountAsDoneButNotTowardsTheRate() {
        // given: an earlier attempt recorded 5 of 8 partitions, 35,800 of 84,000 claims
        progress.begin("screening", Unit.CLAIMS, 35_800, 84_000);
        progress.parts("partitions", 5, 8);

        // nothing more yet: done, but no rate and no ETA
        assertThat(progress.line(3)).isEqualTo(
                "run 3 screening: 35,800 of 84,000 claims (42%), partitions 5 of 8; 0 claims/s, ETA unknown");

        // when: this attempt screens 12,000 claims in 10 s
        seconds(10);
        progress.add(12_000);
        progress.partDone();

        // then: 1,200 claims/s over what is left (36,200 claims)
        assertThat(progress.ratePerSecond()).isEqualTo(1_200.0);
        assertThat(progress.secondsLeft()).isEqualTo(31);
        assertThat(progress.line(3)).endsWith("47,800 of 84,000 claims (56%), partitions 6 of 8; 1,200 claims/s, ETA 31 s");
    }

    @Test
    void aStepDoneSaysSoWithoutATimeLeft() {
        progress.begin("writing reports", Unit.ROWS, 0, 1_000);
        progress.parts("files", 6, 6);
        seconds(2);
        progress.done(1_000);

        assertThat(progress.secondsLeft()).isZero();
        assertThat(progress.line(1)).isEqualTo(
                "run 1 writing reports: 1,000 of 1,000 rows (100%), files 6 of 6; 500 rows/s, ETA 0 s");
    }

    @Test
    void neverSaysMoreThanTheTotal() {
        progress.begin("screening", Unit.CLAIMS, 0, 100);
        seconds(1);
        progress.add(130);

        assertThat(progress.fraction()).isEqualTo(1.0);
        assertThat(progress.line(1)).startsWith("run 1 screening: 100 of 100 claims (100%)");
    }

    @Test
    void withoutATotalSaysWhatIsDoneAndTheRateOnly() {
        progress.begin("reading", Unit.ROWS, 0, 0);
        seconds(2);
        progress.add(3_000);

        assertThat(progress.fraction()).isNegative();
        assertThat(progress.secondsLeft()).isEqualTo(-1);
        assertThat(progress.line(4)).isEqualTo("run 4 reading: 3,000 rows; 1,500 rows/s");
    }

    @Test
    void aStepThatCountsNothingIsNamedOnly() {
        progress.begin("registering inputs");

        assertThat(progress.line(4)).isEqualTo("run 4 registering inputs");
        assertThat(progress.bar(4, 4)).isEqualTo("[....]   ?% run 4 registering inputs");
    }

    @Test
    void aBarFillsWithTheShareDone() {
        progress.begin("screening", Unit.CLAIMS, 0, 200);
        seconds(1);
        progress.add(50);

        assertThat(progress.bar(9, 20)).isEqualTo(
                "[#####...............]  25% run 9 screening: 50 of 200 claims (25%); 50 claims/s, ETA 3 s");

    }

    @Test
    void saysDurationsInSecondsMinutesAndHours() {
        assertThat(StepProgress.duration(0)).isEqualTo("0 s");
        assertThat(StepProgress.duration(59)).isEqualTo("59 s");
        assertThat(StepProgress.duration(65)).isEqualTo("1 min 05 s");
        assertThat(StepProgress.duration(3599)).isEqualTo("59 min 59 s");
        assertThat(StepProgress.duration(3720)).isEqualTo("1 h 02 min");
    }

    @Test
    void aNewStepStartsItsOwnRateAndForgetsTheLastOnesParts() {
        progress.begin("routing", Unit.BYTES, 0, 1_000_000);
        seconds(1);
        progress.done(1_000_000);
        progress.parts("files", 1, 1);

        progress.begin("screening", Unit.CLAIMS, 0, 10);
        seconds(1);

        assertThat(progress.line(2)).isEqualTo("run 2 screening: 0 of 10 claims (0%); 0 claims/s, ETA unknown");
    }
}
