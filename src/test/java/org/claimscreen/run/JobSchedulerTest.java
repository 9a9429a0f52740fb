package org.claimscreen.run;

import org.claimscreen.config.JobDefinition;
import org.claimscreen.config.JobDefinitionFile;
import org.claimscreen.config.Outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

/** The scheduler's loop with a runner standing in for real runs; every second is due. */
class JobSchedulerTest {

    private static final Duration PATIENCE = Duration.ofMinutes(1);

    @Test
    void goesOnRunningAJobWhoseRunsThrow() throws Exception {
        CountDownLatch thirdCall = new CountDownLatch(3);
        JobScheduler scheduler = new JobScheduler(List.of(job("flaky")), job -> {
            thirdCall.countDown();
            throw new IllegalStateException("the database went away");
        }, Clock.system(ZoneOffset.UTC));

        scheduler.start();
        try {
            assertThat(thirdCall.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } finally {
            scheduler.stop();
        }
        assertThat(scheduler.awaitTermination(PATIENCE)).isTrue();
    }

    @Test
    void neverRunsAJobTwiceAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch twoRuns = new CountDownLatch(2);
        JobScheduler scheduler = new JobScheduler(List.of(job("slow")), job -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(2500); // longer than the second between its times
            running.decrementAndGet();
            twoRuns.countDown();
        }, Clock.system(ZoneOffset.UTC));

        scheduler.start();
        try {
            assertThat(twoRuns.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } finally {
            scheduler.stop();
        }
        assertThat(scheduler.awaitTermination(PATIENCE)).isTrue();
        assertThat(mostAtOnce.get()).isEqualTo(1);
    }

    @Test
    void stopsWithoutRunningWhenAskedBeforeTheFirstTime() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        JobScheduler scheduler = new JobScheduler(List.of(job("yearly", "0 0 0 1 1 *")), job -> runs.incrementAndGet(),
                Clock.system(ZoneOffset.UTC));

        scheduler.start();
        scheduler.stop();

        assertThat(scheduler.awaitTermination(PATIENCE)).isTrue();
        assertThat(runs.get()).isZero();
    }

    private static JobDefinition job(String name) {
        return job(name, "* * * * * *");
    }

    private static JobDefinition job(String name, String cron) {
        Path inbox = Path.of("inbox");
        return new JobDefinition(Path.of(name + ".yaml"), name, null, CronExpression.parse(cron), ZoneOffset.UTC, inbox,
                JobDefinitionFile.DEFAULT_INCLUDE, null, inbox.resolve("archive"), inbox.resolve("failed"), null, null,
                null, null, false, Path.of("reports"), Outputs.ALL, false);
    }
}
