package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run JOB, schedule [JOB...] and screen --job as the command line reads them (no database). */
class JobCommandLineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    Path job;

    @BeforeEach
    void writeJob() throws IOException {
        Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(dir.resolve("plans.csv"), "plan_id\n");
        job = Files.writeString(dir.resolve("nightly.yaml"), """
                name: nightly
                zone: UTC
                input:
                  dir: inbox
                  include: ["*.csv"]
                reference:
                  plans: plans.csv
                output:
                  dir: reports
                """);
    }

    @Test
    void readsRunWithAJobFileAndAnAsOfDate() throws Exception {
        RunOptions run = CommandLine.parse(new String[] {"run", job.toString(), "--as-of", "2026-11-26"}, TODAY).run();

        assertThat(run.job().name()).isEqualTo("nightly");
        assertThat(run.asOf()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void leavesARunsDateToTheJobsZone() throws Exception {
        assertThat(CommandLine.parse(new String[] {"run", job.toString()}, TODAY).run().asOf()).isNull();
    }

    @Test
    void refusesRunWithoutAJob() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"run"}, TODAY))
                .isInstanceOf(UsageException.class)
                .hasMessage("run needs a job: a job definition file or the name of one in jobs/");
    }

    @Test
    void refusesRunOfTwoJobs() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"run", job.toString(), "other"}, TODAY))
                .isInstanceOf(UsageException.class).hasMessage("run takes one job (got 'other' too)");
    }

    @Test
    void refusesAnUnknownJobWithoutSuggestingHelp() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"run", "no-such-job"}, TODAY))
                .isInstanceOf(BadJobException.class)
                .hasMessage("no job 'no-such-job': no such file, and no jobs/no-such-job.yaml");
    }

    @Test
    void refusesABadJobDefinitionNamingFileLineAndKey() throws IOException {
        Files.writeString(job, Files.readString(job).replace("zone: UTC", "zone: Mars/Olympus"));

        assertThatThrownBy(() -> CommandLine.parse(new String[] {"run", job.toString()}, TODAY))
                .isInstanceOf(BadJobException.class)
                .hasMessageStartingWith(job + " line 2, zone: 'Mars/Olympus' is not a time zone");
    }

    @Test
    void readsScheduleOfNamedJobsWithAMetricsPort() throws Exception {
        Files.writeString(job, Files.readString(job) + "schedule: \"0 30 1 * * *\"\n");

        ScheduleOptions schedule = CommandLine.parse(new String[] {"schedule", job.toString(), "--metrics-port",
                "9464"}, TODAY).schedule();

        assertThat(schedule.jobs()).extracting(j -> j.name()).containsExactly("nightly");
        assertThat(schedule.metricsPort()).isEqualTo(9464);
    }

    @Test
    void refusesToScheduleAJobWithoutASchedule() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"schedule", job.toString()}, TODAY))
                .isInstanceOf(BadJobException.class)
                .hasMessage(job + ": job nightly has no schedule (add one, or run it with 'claimscreen run " + job + "')");
    }

    @Test
    void refusesAMetricsPortThatIsNotOne() throws IOException {
        Files.writeString(job, Files.readString(job) + "schedule: \"0 30 1 * * *\"\n");

        assertThatThrownBy(() -> CommandLine.parse(new String[] {"schedule", job.toString(), "--metrics-port", "http"},
                TODAY)).isInstanceOf(UsageException.class).hasMessage("--metrics-port 'http' is not a port (0 to 65535)");
    }

    @Test
    void screenWithAJobTakesEverythingNotGivenFromIt() throws Exception {
        ScreenOptions screen = CommandLine.parse(new String[] {"screen", "--job", job.toString()}, TODAY).screen();

        assertThat(screen.job().name()).isEqualTo("nightly");
        assertThat(screen.inputs()).containsExactly(dir.resolve("inbox/*.csv"));
        assertThat(screen.outDir()).isEqualTo(dir.resolve("reports"));
        assertThat(screen.plans()).isEqualTo(dir.resolve("plans.csv"));
        assertThat(screen.providers()).isNull();
        assertThat(screen.asOf()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
    }

    @Test
    void screenWithAJobKeepsWhatTheCommandLineGives() throws Exception {
        Path claims = Files.writeString(dir.resolve("claims.csv"), "claim_id,procedure_code\n");

        ScreenOptions screen = CommandLine.parse(new String[] {"screen", "--job", job.toString(), "--out", "elsewhere",
                "--as-of", "2026-01-02", claims.toString()}, TODAY).screen();

        assertThat(screen.inputs()).containsExactly(claims);
        assertThat(screen.outDir()).isEqualTo(Path.of("elsewhere"));
        assertThat(screen.asOf()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(screen.plans()).isEqualTo(dir.resolve("plans.csv"));
    }

    @Test
    void answersRunAndScheduleHelp() throws Exception {
        assertThat(CommandLine.parse(new String[] {"run", "--help"}, TODAY).help()).contains("claimscreen run JOB");
        assertThat(CommandLine.parse(new String[] {"schedule", "--help"}, TODAY).help()).contains("--metrics-port N");
        assertThat(CommandLine.parse(new String[] {"--help"}, TODAY).help()).contains("claimscreen run JOB",
                "claimscreen schedule [JOB...]");
    }
}
