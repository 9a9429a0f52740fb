package org.claimscreen.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimscreen.config.JobDefinition;
import org.claimscreen.config.Outputs;

/**
 * What {@code claimscreen screen} was asked to do.
 *
 * @param plans         null when neither given nor found beside the inputs
 * @param providers     null when neither given nor found beside the inputs
 * @param rulePack      a rule pack file, null for the built-in pack
 * @param ruleOverrides a rule overrides file, null for none (or a job's inline ones)
 * @param mapping       a column mapping file for CSV inputs of another layout, null for the canonical layout
 * @param job           the job definition of {@code --job}, whose name the run takes; null for none
 * @param outputs       the files the run writes ({@code --outputs}); null: the job's, else all
 * @param noHistory     {@code --no-history}: a trial that reads history but records none
 * @param documentation the documentation on file ({@code --documentation}, the job's); null when neither
 *                      given nor found beside the inputs
 * @param workers       {@code --workers}: worker processes screen the partitions, over RabbitMQ
 */
public record ScreenOptions(List<Path> inputs, Path outDir, LocalDate asOf, Path plans, Path providers, boolean force,
        Path rulePack, Path ruleOverrides, Path mapping, JobDefinition job, Outputs outputs, boolean noHistory,
        Path documentation, boolean workers) {

    /** Options of a screening on this process's threads. */
    public ScreenOptions(List<Path> inputs, Path outDir, LocalDate asOf, Path plans, Path providers, boolean force,
            Path rulePack, Path ruleOverrides, Path mapping, JobDefinition job, Outputs outputs, boolean noHistory,
            Path documentation) {
        this(inputs, outDir, asOf, plans, providers, force, rulePack, ruleOverrides, mapping, job, outputs, noHistory,
                documentation, false);
    }

    /** Options that leave the documentation on file to the job, or to documentation.csv beside the inputs. */
    public ScreenOptions(List<Path> inputs, Path outDir, LocalDate asOf, Path plans, Path providers, boolean force,
            Path rulePack, Path ruleOverrides, Path mapping, JobDefinition job, Outputs outputs, boolean noHistory) {
        this(inputs, outDir, asOf, plans, providers, force, rulePack, ruleOverrides, mapping, job, outputs, noHistory,
                job == null ? null : job.documentation());
    }

    /** Options of a screening that records its history. */
    public ScreenOptions(List<Path> inputs, Path outDir, LocalDate asOf, Path plans, Path providers, boolean force,
            Path rulePack, Path ruleOverrides, Path mapping, JobDefinition job, Outputs outputs) {
        this(inputs, outDir, asOf, plans, providers, force, rulePack, ruleOverrides, mapping, job, outputs, false);
    }

    /** Options that leave the outputs to the job definition (or all). */
    public ScreenOptions(List<Path> inputs, Path outDir, LocalDate asOf, Path plans, Path providers, boolean force,
            Path rulePack, Path ruleOverrides, Path mapping, JobDefinition job) {
        this(inputs, outDir, asOf, plans, providers, force, rulePack, ruleOverrides, mapping, job, null);
    }

    /** What the run writes: {@code --outputs}, else the job definition's, else everything. */
    public Outputs outputsToWrite() {
        return outputs != null ? outputs : job != null ? job.outputs() : Outputs.ALL;
    }
}
