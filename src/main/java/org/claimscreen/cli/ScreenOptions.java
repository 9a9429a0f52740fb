package org.claimscreen.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimscreen.config.JobDefinition;

/**
 * What {@code claimscreen screen} was asked to do.
 *
 * @param plans         null when neither given nor found beside the inputs
 * @param providers     null when neither given nor found beside the inputs
 * @param rulePack      a rule pack file, null for the built-in pack
 * @param ruleOverrides a rule overrides file, null for none (or a job's inline ones)
 * @param mapping       a column mapping file for CSV inputs of another layout, null for the canonical layout
 * @param job           the job definition of {@code --job}, whose name the run takes; null for none
 */
public record ScreenOptions(List<Path> inputs, Path outDir, LocalDate asOf, Path plans, Path providers, boolean force,
        Path rulePack, Path ruleOverrides, Path mapping, JobDefinition job) {
}
