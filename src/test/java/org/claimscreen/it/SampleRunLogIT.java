package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything a run of the sample night prints, in a process of its own (so nothing escapes the
 * capture: start-up, framework, progress and end-of-run lines, standard output too), holds no
 * member id, birth date or patient name from the three sample inputs. Progress is reported every
 * 100 ms and claimscreen logs at DEBUG, so every log line the code has gets its chance to leak.
 */
class SampleRunLogIT {

    @Test
    void theWholeLogOfTheSampleRunHoldsNoMemberIdBirthDateOrName(@TempDir Path work) throws Exception {
        Database db = Database.h2(work.resolve("db"));
        Set<String> phi = SamplePhi.all();

        ChildCli.Running running = ChildCli.start(db.url(), db, work.resolve("logs"),
                List.of("-Dclaimscreen.progress.every=100ms", "-Dlogging.level.org.claimscreen=DEBUG"),
                "screen", "--out", work.resolve("out").toString(), "--as-of", "2026-11-26", SamplePhi.SAMPLE.toString());
        ChildCli.Result run = running.await(5);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(phi).hasSizeGreaterThan(100).contains("3EA7TE2KM41", "3EA7-TE2-KM41", "1950-06-02", "Harold Becker");
        String log = run.out() + run.err();
        assertThat(log).contains("RunProgress").containsPattern("run \\d+ COMPLETED in ");
        assertThat(phi).allSatisfy(text -> assertThat(log).as("the run's log").doesNotContain(text));
    }
}
