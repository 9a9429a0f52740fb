package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.claimscreen.config.Outputs;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The run's parameters survive the job repository, so a restart reads the files as the run did. */
class ScreenJobParametersTest {

    private static final LocalDateTime REQUESTED = LocalDateTime.of(2026, 11, 27, 1, 30);

    @Test
    void keepsTheColumnMappingAsAnAbsolutePath() {
        // given
        ScreenJobParameters parameters = new ScreenJobParameters("screen", List.of(Path.of("in")),
                LocalDate.of(2026, 11, 26), Path.of("out"), null, Path.of("providers.csv"), false, REQUESTED, null,
                null, Path.of("jobs/mappings/../mappings/tuva.yaml"));

        // when
        JobParameters stored = parameters.toJobParameters();
        ScreenJobParameters back = ScreenJobParameters.from(stored);

        // then
        assertThat(stored.getString(ScreenJobParameters.MAPPING))
                .isEqualTo(Path.of("jobs/mappings/tuva.yaml").toAbsolutePath().toString());
        assertThat(back.mapping()).isEqualTo(Path.of("jobs/mappings/tuva.yaml").toAbsolutePath());
    }

    @Test
    void noMappingIsStoredAsEmptyAndReadBackAsNone() {
        // given
        ScreenJobParameters parameters = new ScreenJobParameters("screen", List.of(Path.of("in")),
                LocalDate.of(2026, 11, 26), Path.of("out"), null, null, false, REQUESTED);

        // when
        JobParameters stored = parameters.toJobParameters();

        // then
        assertThat(stored.getString(ScreenJobParameters.MAPPING)).isEmpty();
        assertThat(ScreenJobParameters.from(stored).mapping()).isNull();
    }

    @Test
    void aRunStartedBeforeMappingsExistedReadsCanonicalFiles() {
        // given: the parameters of an older run, without the mapping key
        JobParameters old = new JobParametersBuilder()
                .addString(ScreenJobParameters.JOB, "screen")
                .addString(ScreenJobParameters.INPUTS, "/in")
                .addLocalDate(ScreenJobParameters.AS_OF, LocalDate.of(2026, 11, 26))
                .addString(ScreenJobParameters.OUT, "/out")
                .addString(ScreenJobParameters.PLANS, "")
                .addString(ScreenJobParameters.PROVIDERS, "")
                .addString(ScreenJobParameters.FORCE, "false")
                .addLocalDateTime(ScreenJobParameters.REQUESTED_AT, REQUESTED)
                .toJobParameters();

        // then
        assertThat(ScreenJobParameters.from(old).mapping()).isNull();
        assertThat(InputReading.of(ScreenJobParameters.from(old))).isSameAs(InputReading.CANONICAL);
    }

    @Test
    void keepsTheOutputsToWriteAndLeavesTheSplitOutWhenTheyDo() {
        ScreenJobParameters parameters = new ScreenJobParameters("screen", List.of(Path.of("in")),
                LocalDate.of(2026, 11, 26), Path.of("out"), null, null, false, REQUESTED)
                .withOutputs(Outputs.parse("summary,findings-csv"));

        JobParameters stored = parameters.toJobParameters();
        ScreenJobParameters back = ScreenJobParameters.from(stored);

        assertThat(stored.getString(ScreenJobParameters.OUTPUTS)).isEqualTo("findings-csv,summary");
        assertThat(back.outputs()).isEqualTo(Outputs.parse("findings-csv"));
        assertThat(back.split()).isFalse();
    }

    @Test
    void aRunStartedBeforeOutputsCouldBeChosenWritesAll() {
        JobParameters withoutOutputs = new JobParametersBuilder()
                .addString(ScreenJobParameters.JOB, "screen")
                .addString(ScreenJobParameters.INPUTS, "/in")
                .addLocalDate(ScreenJobParameters.AS_OF, LocalDate.of(2026, 11, 26))
                .addString(ScreenJobParameters.OUT, "/out")
                .addString(ScreenJobParameters.PLANS, "")
                .addString(ScreenJobParameters.PROVIDERS, "")
                .addString(ScreenJobParameters.FORCE, "false")
                .addLocalDateTime(ScreenJobParameters.REQUESTED_AT, REQUESTED)
                .toJobParameters();

        assertThat(ScreenJobParameters.from(withoutOutputs).outputs()).isEqualTo(Outputs.ALL);
        assertThat(ScreenJobParameters.from(withoutOutputs).split()).isTrue();
    }

    @Test
    void aRerunAndATrialSurviveTheJobRepository() {
        // given
        ScreenJobParameters parameters = new ScreenJobParameters("screen", List.of(Path.of("in")),
                LocalDate.of(2026, 11, 26), Path.of("out"), null, null, false, REQUESTED)
                .withRerun(new ScreenJobParameters.Rerun(7, true, false, "providers: changed"))
                .withTrial(true);

        // when
        ScreenJobParameters back = ScreenJobParameters.from(parameters.toJobParameters());

        // then
        assertThat(back.rerun()).isEqualTo(new ScreenJobParameters.Rerun(7, true, false, "providers: changed"));
        assertThat(back.rerun().history()).isEqualTo("CURRENT");
        assertThat(back.rerun().rules()).isEqualTo("RECORDED");
        assertThat(back.trial()).isTrue();
    }

    @Test
    void theDocumentationOnFileSurvivesTheJobRepositoryAndARunWithoutItReadsNone() {
        // given
        ScreenJobParameters plain = new ScreenJobParameters("screen", List.of(Path.of("in")),
                LocalDate.of(2026, 11, 26), Path.of("out"), null, null, false, REQUESTED);
        ScreenJobParameters documented = plain.withDocumentation(Path.of("in/documentation.csv"));

        // when / then
        assertThat(ScreenJobParameters.from(documented.toJobParameters()).documentation())
                .isEqualTo(Path.of("in/documentation.csv").toAbsolutePath().normalize());
        assertThat(ScreenJobParameters.from(plain.toJobParameters()).documentation()).isNull();
    }

    @Test
    void aFirstScreeningIsNoRerunAndNoTrial() {
        ScreenJobParameters back = ScreenJobParameters.from(new ScreenJobParameters("screen", List.of(Path.of("in")),
                LocalDate.of(2026, 11, 26), Path.of("out"), null, null, false, REQUESTED).toJobParameters());

        assertThat(back.rerun()).isNull();
        assertThat(back.trial()).isFalse();
    }
}
