package org.claimscreen.batch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one screening run. Inputs are the command line's files and folders as given
 * (short, so they fit the job repository); the run expands them once and records the files it
 * read in input_file, which is what a restart goes by.
 */
public record ScreenJobParameters(
        String jobName, List<Path> inputs, LocalDate asOf, Path outDir, Path plans, Path providers, boolean force,
        LocalDateTime requestedAt) {

    public static final String JOB = "job";
    public static final String INPUTS = "inputs";
    public static final String AS_OF = "as-of";
    public static final String OUT = "out";
    public static final String PLANS = "plans";
    public static final String PROVIDERS = "providers";
    public static final String FORCE = "force";
    public static final String REQUESTED_AT = "requested-at";

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(JOB, jobName)
                .addString(INPUTS, String.join("\n", inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()))
                .addLocalDate(AS_OF, asOf)
                .addString(OUT, outDir.toAbsolutePath().normalize().toString())
                .addString(PLANS, plans == null ? "" : plans.toAbsolutePath().normalize().toString())
                .addString(PROVIDERS, providers == null ? "" : providers.toAbsolutePath().normalize().toString())
                .addString(FORCE, Boolean.toString(force))
                // every screen is a new run, even of the same inputs (with --force)
                .addLocalDateTime(REQUESTED_AT, requestedAt)
                .toJobParameters();
    }

    public static ScreenJobParameters from(JobParameters parameters) {
        return new ScreenJobParameters(
                parameters.getString(JOB),
                inputsOf(parameters.getString(INPUTS)),
                parameters.getLocalDate(AS_OF),
                Path.of(parameters.getString(OUT)),
                optionalPath(parameters.getString(PLANS)),
                optionalPath(parameters.getString(PROVIDERS)),
                Boolean.parseBoolean(parameters.getString(FORCE)),
                parameters.getLocalDateTime(REQUESTED_AT));
    }

    static List<Path> inputsOf(String joined) {
        return Arrays.stream(joined.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    static Path optionalPath(String text) {
        return text == null || text.isBlank() ? null : Path.of(text);
    }
}
