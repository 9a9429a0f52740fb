package org.claimscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.cli.Claimscreen.TODAY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run JOB, schedule [JOB...] and screen --job as the command line reads them (no database). */
class JobCommandLineTest {

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
        RunOptions run = Claimscreen.ran("run", job.toString(), "--as-of", "2026-11-26");

        assertThat(run.job().name()).isEqualTo("nightly");
        assertThat(run.asOf()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void leavesARunsDateToTheJobsZone() throws Exception {
        assertThat(Claimscreen.ran("run", job.toString()).asOf()).isNull();
    }

    @Test
    void refusesRunWithoutAJob() {
        Claimscreen.run("run").isUsageError("run needs JOB: a job definition file, or the name of one in jobs/",
                "claimscreen run --help");
    }

    @Test
    void refusesRunOfTwoJobs() {
        Claimscreen.run("run", job.toString(), "other").isUsageError("run takes one JOB (got 'other' too)",
                "claimscreen run --help");
    }

    @Test
    void refusesAnUnknownJobInOneLineWithoutSuggestingHelp() {
        Claimscreen.Result result = Claimscreen.run("run", "no-such-job");

        assertThat(result.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(result.launched()).isEmpty();
        assertThat(result.errLines())
                .containsExactly("claimscreen: no job 'no-such-job': no such file, and no jobs/no-such-job.yaml");
    }

    @Test
    void refusesABadJobDefinitionNamingFileLineAndKey() throws IOException {
        Files.writeString(job, Files.readString(job).replace("zone: UTC", "zone: Mars/Olympus"));

        Claimscreen.Result result = Claimscreen.run("run", job.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("claimscreen: " + job + " line 2, zone: 'Mars/Olympus' is not a time zone");
    }

    @Test
    void readsScheduleOfNamedJobsWithAMetricsPort() throws Exception {
        Files.writeString(job, Files.readString(job) + "schedule: \"0 30 1 * * *\"\n");

        ScheduleOptions schedule = Claimscreen.scheduled("schedule", job.toString(), "--metrics-port", "9464");

        assertThat(schedule.jobs()).extracting(j -> j.name()).containsExactly("nightly");
        assertThat(schedule.metricsPort()).isEqualTo(9464);
    }

    @Test
    void refusesToScheduleAJobWithoutASchedule() {
        Claimscreen.Result result = Claimscreen.run("schedule", job.toString());

        assertThat(result.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(result.launched()).isEmpty();
        assertThat(result.errLines()).containsExactly("claimscreen: " + job
                + ": job nightly has no schedule (add one, or run it with 'claimscreen run " + job + "')");
    }

    @Test
    void refusesAMetricsPortThatIsNotOne() throws IOException {
        Files.writeString(job, Files.readString(job) + "schedule: \"0 30 1 * * *\"\n");

        Claimscreen.run("schedule", job.toString(), "--metrics-port", "http")
                .isUsageError("--metrics-port: 'http' is not a port (0 to 65535)", "claimscreen schedule --help");
        Claimscreen.run("schedule", job.toString(), "--metrics-port", "65536")
                .isUsageError("--metrics-port: '65536' is not a port (0 to 65535)", "claimscreen schedule --help");
    }

    @Test
    void screenWithAJobTakesEverythingNotGivenFromIt() throws Exception {
        ScreenOptions screen = Claimscreen.screened("screen", "--job", job.toString());

        assertThat(screen.job().name()).isEqualTo("nightly");
        assertThat(screen.inputs()).containsExactly(dir.resolve("inbox/*.csv"));
        assertThat(screen.outDir()).isEqualTo(dir.resolve("reports"));
        assertThat(screen.plans()).isEqualTo(dir.resolve("plans.csv"));
        assertThat(screen.providers()).isNull();
        assertThat(screen.asOf()).isEqualTo(TODAY); // today in the job's zone, UTC
    }

    @Test
    void screenWithAJobKeepsWhatTheCommandLineGives() throws Exception {
        Path claims = Files.writeString(dir.resolve("claims.csv"), "claim_id,procedure_code\n");

        ScreenOptions screen = Claimscreen.screened("screen", "--job", job.toString(), "--out", "elsewhere", "--as-of",
                "2026-01-02", claims.toString());

        assertThat(screen.inputs()).containsExactly(claims);
        assertThat(screen.outDir()).isEqualTo(Path.of("elsewhere"));
        assertThat(screen.asOf()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(screen.plans()).isEqualTo(dir.resolve("plans.csv"));
    }

    @Test
    void screenRefusesABadJobInOneLine() {
        Claimscreen.Result result = Claimscreen.run("screen", "--job", "no-such-job");

        assertThat(result.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(result.errLines())
                .containsExactly("claimscreen: no job 'no-such-job': no such file, and no jobs/no-such-job.yaml");
    }



}
