package org.claimscreen.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.claimscreen.config.Outputs;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one screening run. Inputs are the command line's files and folders as given
 * (short, so they fit the job repository); the run expands them once and records the files it
 * read in input_file, which is what a restart goes by. The rule pack, overrides and column mapping
 * are paths too (none: the built-in pack, no overrides, the canonical layout); the steps load them,
 * so a restart screens with the same and reads the files the same way.
 *
 * @param jobSettings what a job definition adds (null for a plain {@code screen})
 * @param outputs     the files the run writes ({@code --outputs}, a job's {@code output.files}); null: all
 * @param rerun       what a {@code rerun} screens again and with what (null: a first screening)
 * @param trial       {@code screen --no-history}: the run reads history but records none
 * @param documentation the documentation on file (documentation.csv) its claim lines take what their
 *                    input leaves open from; null: none
 */
public record ScreenJobParameters(
        String jobName, List<Path> inputs, LocalDate asOf, Path outDir, Path plans, Path providers, boolean force,
        LocalDateTime requestedAt, Path rulePack, Path ruleOverrides, Path mapping, JobSettings jobSettings,
        Outputs outputs, Rerun rerun, boolean trial, Path documentation) {

    public ScreenJobParameters {
        outputs = outputs == null ? Outputs.ALL : outputs;
    }

    /** A run without documentation on file (or one that says it with {@link #withDocumentation}). */
    public ScreenJobParameters(String jobName, List<Path> inputs, LocalDate asOf, Path outDir, Path plans,
            Path providers, boolean force, LocalDateTime requestedAt, Path rulePack, Path ruleOverrides, Path mapping,
            JobSettings jobSettings, Outputs outputs, Rerun rerun, boolean trial) {
        this(jobName, inputs, asOf, outDir, plans, providers, force, requestedAt, rulePack, ruleOverrides, mapping,
                jobSettings, outputs, rerun, trial, null);
    }

    /** A first screening (not a rerun, not a trial) that writes {@code outputs}. */
    public ScreenJobParameters(String jobName, List<Path> inputs, LocalDate asOf, Path outDir, Path plans,
            Path providers, boolean force, LocalDateTime requestedAt, Path rulePack, Path ruleOverrides, Path mapping,
            JobSettings jobSettings, Outputs outputs) {
        this(jobName, inputs, asOf, outDir, plans, providers, force, requestedAt, rulePack, ruleOverrides, mapping,
                jobSettings, outputs, null, false);
    }

    /**
     * A rerun of run {@code of}.
     *
     * @param currentHistory {@code --with-current-history}: today's history (every completed run but
     *                       {@code of}) instead of the history as it stood when {@code of} ran
     * @param currentRules   {@code --current-rules}: the rule pack as it is now, not the one recorded
     * @param notes          what cannot be reproduced as recorded, in words (null: nothing)
     */
    public record Rerun(long of, boolean currentHistory, boolean currentRules, String notes) {

        public String history() {
            return currentHistory ? "CURRENT" : "AS_RUN";
        }

        public String rules() {
            return currentRules ? "CURRENT" : "RECORDED";
        }
    }

    /** A run that writes every output (or, started from a job definition, those it says). */
    public ScreenJobParameters(String jobName, List<Path> inputs, LocalDate asOf, Path outDir, Path plans,
            Path providers, boolean force, LocalDateTime requestedAt, Path rulePack, Path ruleOverrides, Path mapping,
            JobSettings jobSettings) {
        this(jobName, inputs, asOf, outDir, plans, providers, force, requestedAt, rulePack, ruleOverrides, mapping,
                jobSettings, null);
    }

    /** The same run, writing {@code outputs} (null: all). */
    public ScreenJobParameters withOutputs(Outputs outputs) {
        return new ScreenJobParameters(jobName, inputs, asOf, outDir, plans, providers, force, requestedAt, rulePack,
                ruleOverrides, mapping, jobSettings, outputs, rerun, trial, documentation);
    }

    /** The same run, as a rerun. */
    public ScreenJobParameters withRerun(Rerun rerun) {
        return new ScreenJobParameters(jobName, inputs, asOf, outDir, plans, providers, force, requestedAt, rulePack,
                ruleOverrides, mapping, jobSettings, outputs, rerun, trial, documentation);
    }

    /** The same run, as a trial ({@code screen --no-history}) or not. */
    public ScreenJobParameters withTrial(boolean trial) {
        return new ScreenJobParameters(jobName, inputs, asOf, outDir, plans, providers, force, requestedAt, rulePack,
                ruleOverrides, mapping, jobSettings, outputs, rerun, trial, documentation);
    }

    /** The same run, reading the documentation on file {@code documentation} (null: none). */
    public ScreenJobParameters withDocumentation(Path documentation) {
        return new ScreenJobParameters(jobName, inputs, asOf, outDir, plans, providers, force, requestedAt, rulePack,
                ruleOverrides, mapping, jobSettings, outputs, rerun, trial, documentation);
    }

    /**
     * What a run started from a job definition carries besides the usual parameters.
     *
     * @param definition the job definition file: its inline {@code rules.overrides} are read from it
     * @param archive    where the run's screened inputs move once it completed (null: they stay where they are)
     * @param failed     where its inputs that could not be read at all move, with a note why (null: they stay)
     * @param split      whether the run writes clean/ and held/
     */
    public record JobSettings(Path definition, Path archive, Path failed, boolean split) {

        /** True when the run moves its inputs out of the inbox once it completed ({@code run JOB}). */
        public boolean movesInputs() {
            return archive != null && failed != null;
        }
    }

    public static final String JOB = "job";
    public static final String INPUTS = "inputs";
    public static final String AS_OF = "as-of";
    public static final String OUT = "out";
    public static final String PLANS = "plans";
    public static final String PROVIDERS = "providers";
    public static final String DOCUMENTATION = "documentation";
    public static final String FORCE = "force";
    public static final String REQUESTED_AT = "requested-at";
    public static final String RULE_PACK = "rule-pack";
    public static final String RULE_OVERRIDES = "rule-overrides";
    public static final String MAPPING = "mapping";
    public static final String JOB_FILE = "job-file";
    public static final String ARCHIVE = "archive";
    public static final String FAILED = "failed";
    public static final String SPLIT = "split";
    public static final String OUTPUTS = "outputs";
    public static final String RERUN_OF = "rerun-of";
    public static final String RERUN_HISTORY = "rerun-history";
    public static final String RERUN_RULES = "rerun-rules";
    public static final String RERUN_NOTES = "rerun-notes";
    public static final String TRIAL = "trial";
    /** {@code screen --workers}: worker processes screen the run's partitions (kept apart from the record above). */
    public static final String WORKERS = "workers";

    /** A run with the built-in rule pack, no overrides and canonical CSV files. */
    public ScreenJobParameters(String jobName, List<Path> inputs, LocalDate asOf, Path outDir, Path plans,
            Path providers, boolean force, LocalDateTime requestedAt) {
        this(jobName, inputs, asOf, outDir, plans, providers, force, requestedAt, null, null, null, null);
    }

    /** A run that no job definition started. */
    public ScreenJobParameters(String jobName, List<Path> inputs, LocalDate asOf, Path outDir, Path plans,
            Path providers, boolean force, LocalDateTime requestedAt, Path rulePack, Path ruleOverrides, Path mapping) {
        this(jobName, inputs, asOf, outDir, plans, providers, force, requestedAt, rulePack, ruleOverrides, mapping, null);
    }

    /** Whether the run writes clean/ and held/: unless its outputs or its job definition leave them out. */
    public boolean split() {
        return outputs.has(Outputs.File.SPLIT) && (jobSettings == null || jobSettings.split());
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(JOB, jobName)
                .addString(INPUTS, String.join("\n", inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList()))
                .addLocalDate(AS_OF, asOf)
                .addString(OUT, outDir.toAbsolutePath().normalize().toString())
                .addString(PLANS, plans == null ? "" : plans.toAbsolutePath().normalize().toString())
                .addString(PROVIDERS, providers == null ? "" : providers.toAbsolutePath().normalize().toString())
                .addString(DOCUMENTATION, pathOrEmpty(documentation))
                .addString(FORCE, Boolean.toString(force))
                .addString(RULE_PACK, pathOrEmpty(rulePack))
                .addString(RULE_OVERRIDES, pathOrEmpty(ruleOverrides))
                .addString(MAPPING, pathOrEmpty(mapping))
                .addString(JOB_FILE, jobSettings == null ? "" : pathOrEmpty(jobSettings.definition()))
                .addString(ARCHIVE, jobSettings == null ? "" : pathOrEmpty(jobSettings.archive()))
                .addString(FAILED, jobSettings == null ? "" : pathOrEmpty(jobSettings.failed()))
                .addString(SPLIT, Boolean.toString(split()))
                .addString(OUTPUTS, outputs.text())
                .addString(RERUN_OF, rerun == null ? "" : Long.toString(rerun.of()))
                .addString(RERUN_HISTORY, rerun == null ? "" : rerun.history())
                .addString(RERUN_RULES, rerun == null ? "" : rerun.rules())
                .addString(RERUN_NOTES, rerun == null || rerun.notes() == null ? "" : rerun.notes())
                .addString(TRIAL, Boolean.toString(trial))
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
                optionalPath(parameters.getString(MAPPING)),
                jobSettingsOf(parameters),
                // absent in runs started before outputs could be chosen: those wrote all
                Outputs.recorded(parameters.getString(OUTPUTS)),
                // absent in runs started before reruns reproduced their run: none was a rerun of that kind
                rerunOf(parameters),
                "true".equals(parameters.getString(TRIAL)),
                // absent in runs started before documentation on file existed: those read none
                optionalPath(parameters.getString(DOCUMENTATION)));
    }

    private static Rerun rerunOf(JobParameters parameters) {
        String of = parameters.getString(RERUN_OF);
        if (of == null || of.isBlank()) {
            return null;
        }
        String notes = parameters.getString(RERUN_NOTES);
        return new Rerun(Long.parseLong(of), "CURRENT".equals(parameters.getString(RERUN_HISTORY)),
                "CURRENT".equals(parameters.getString(RERUN_RULES)), notes == null || notes.isBlank() ? null : notes);
    }

    /** Absent in runs that no job definition started (and in runs started before there were jobs). */
    private static JobSettings jobSettingsOf(JobParameters parameters) {
        Path definition = optionalPath(parameters.getString(JOB_FILE));
        if (definition == null) {
            return null;
        }
        return new JobSettings(definition, optionalPath(parameters.getString(ARCHIVE)),
                optionalPath(parameters.getString(FAILED)), !"false".equals(parameters.getString(SPLIT)));
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

    /** The same parameters, with the partitions handed to worker processes over RabbitMQ. */
    public static JobParameters withWorkers(JobParameters parameters) {
        return new JobParametersBuilder(parameters).addString(WORKERS, "true").toJobParameters();
    }

    /** Whether the run hands its partitions to worker processes. */
    public static boolean workersOf(JobParameters parameters) {
        return "true".equals(parameters.getString(WORKERS));
    }
}
