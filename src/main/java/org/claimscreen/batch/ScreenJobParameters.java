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
 * read in input_file, which is what a restart goes by. The rule pack, overrides and column mapping
 * are paths too (none: the built-in pack, no overrides, the canonical layout); the steps load them,
 * so a restart screens with the same and reads the files the same way.
 */
public record ScreenJobParameters(
        String jobName, List<Path> inputs, LocalDate asOf, Path outDir, Path plans, Path providers, boolean force,
        LocalDateTime requestedAt, Path rulePack, Path ruleOverrides, Path mapping) {

    public static final String JOB = "job";
    public static final String INPUTS = "inputs";
    public static final String AS_OF = "as-of";
    public static final String OUT = "out";
    public static final String PLANS = "plans";
    public static final String PROVIDERS = "providers";
    public static final String FORCE = "force";
    public static final String REQUESTED_AT = "requested-at";
    public static final String RULE_PACK = "rule-pack";
    public static final String RULE_OVERRIDES = "rule-overrides";
    public static final String MAPPING = "mapping";

    /** A run with the built-in rule pack, no overrides and canonical CSV files. */
    public ScreenJobParameters(String jobName, List<Path> inputs, LocalDate asOf, Path outDir, Path plans,
            Path providers, boolean force, LocalDateTime requestedAt) {
        this(jobName, inputs, asOf, outDir, plans, providers, force, requestedAt, null, null, null);
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(JOB, jobName)
                .addString(INPUTS, String.join("\n", inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()))
                .addLocalDate(AS_OF, asOf)
                .addString(OUT, outDir.toAbsolutePath().normalize().toString())
                .addString(PLANS, plans == null ? "" : plans.toAbsolutePath().normalize().toString())
                .addString(PROVIDERS, providers == null ? "" : providers.toAbsolutePath().normalize().toString())
                .addString(FORCE, Boolean.toString(force))
                .addString(RULE_PACK, pathOrEmpty(rulePack))
                .addString(RULE_OVERRIDES, pathOrEmpty(ruleOverrides))
                .addString(MAPPING, pathOrEmpty(mapping))
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
                parameters.getLocalDateTime(REQUESTED_AT),
                // absent in runs started before packs were files: those used the built-in pack
                optionalPath(parameters.getString(RULE_PACK)),
                optionalPath(parameters.getString(RULE_OVERRIDES)),
                // absent in runs started before mappings existed: those read canonical files
                optionalPath(parameters.getString(MAPPING)));
    }

    static List<Path> inputsOf(String joined) {
        return Arrays.stream(joined.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    private static String pathOrEmpty(Path path) {
        return path == null ? "" : path.toAbsolutePath().normalize().toString();
    }

    static Path optionalPath(String text) {
        return text == null || text.isBlank() ? null : Path.of(text);
    }
}
