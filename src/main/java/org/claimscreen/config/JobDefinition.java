package org.claimscreen.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.springframework.scheduling.support.CronExpression;

/**
 * A job definition ({@code jobs/<name>.yaml}) as validated by {@link JobDefinitionFile}: every path
 * resolved against the job file's folder, every file it names checked. See docs/jobs.md.
 *
 * @param file              the job definition file
 * @param schedule          when {@code schedule} runs it, null for a job that only runs when asked
 * @param zone              the zone of the schedule and of a run's as-of date
 * @param include           file name patterns (globs) of the inbox's claim files
 * @param mapping           a column mapping for CSV files of another layout, null for none
 * @param archive           where screened files move once their run completed
 * @param failed            where files that could not be read at all move, with a note why
 * @param plans             null: {@code plans.csv} in the inbox when there is one
 * @param providers         null: {@code providers.csv} in the inbox when there is one
 * @param rulePack          a rule pack file, null for the built-in pack
 * @param ruleOverridesFile an overrides file, null when there is none or they are written inline
 * @param inlineOverrides   true when {@code rules.overrides} are written in the job file itself
 * @param documentation     null: {@code documentation.csv} in the inbox when there is one
 * @param outputs           the files its runs write ({@code output.files}, less {@code split} when
 *                          {@code output.split: false}); all by default
 * @param workers           {@code workers: true}: worker processes screen its runs' partitions, over RabbitMQ
 */
public record JobDefinition(
        Path file, String name, String description, CronExpression schedule, ZoneId zone,
        Path inputDir, List<String> include, Path mapping, Path archive, Path failed,
        Path plans, Path providers, Path rulePack, Path ruleOverridesFile, boolean inlineOverrides,
        Path outDir, Outputs outputs, Path documentation, boolean workers) {

    public JobDefinition {
        include = List.copyOf(include);
    }

    /** A job whose runs read no documentation on file unless its inbox has documentation.csv. */
    public JobDefinition(Path file, String name, String description, CronExpression schedule, ZoneId zone,
            Path inputDir, List<String> include, Path mapping, Path archive, Path failed,
            Path plans, Path providers, Path rulePack, Path ruleOverridesFile, boolean inlineOverrides,
            Path outDir, Outputs outputs) {
        this(file, name, description, schedule, zone, inputDir, include, mapping, archive, failed, plans, providers,
                rulePack, ruleOverridesFile, inlineOverrides, outDir, outputs, null, false);
    }

    /** Whether its runs write clean/ and held/. */
    public boolean split() {
        return outputs.has(Outputs.File.SPLIT);
    }

    /** The inbox's claim files as inputs of a run: one pattern per include (the run lists them when it starts). */
    public List<Path> inboxPatterns() {
        return include.stream().map(inputDir::resolve).toList();
    }
}
