package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    @Test
    void runsOnAThreadOfItsOwnAndAwaitReturnsWhenItIsDone() throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();

        BackgroundWork work = BackgroundWork.start("test-work", stop -> thread.set(Thread.currentThread().getName()));
        work.await();

        assertThat(thread).hasValue("test-work");
    }

    @Test
    void awaitRethrowsWhatMadeTheWorkFailAsItWasThrown() {
        IOException failure = new IOException("disk full");

        BackgroundWork work = BackgroundWork.start("test-work", stop -> {
            throw failure;
        });

        assertThatThrownBy(work::await).isSameAs(failure);
    }

    @Test
    void cancelStopsTheWorkAtItsNextCheckAndWaitsForItsCleanUp() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean cleanedUp = new AtomicBoolean();

        BackgroundWork work = BackgroundWork.start("test-work", stop -> {
            try {
                running.countDown();
                while (true) {
                    stop.check();
                    Thread.onSpinWait();
                }
            } finally {
                Thread.sleep(200); // e.g. deleting its temp files
                cleanedUp.set(true);
            }
        });
        running.await();
        work.cancel();

        assertThat(cleanedUp).isTrue();
    }
}
