package org.claimscreen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimscreen.domain.rules.BuiltinRulePack;
import org.claimscreen.domain.rules.RuleOverrides;
import org.claimscreen.domain.rules.RuleSettings;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job definitions: what a valid one gives, and one test per way of getting one wrong. */
class JobDefinitionFileTest {

    /** The minimum that passes: a name and an inbox. */
    private static final String MINIMAL = """
            name: nightly
            input:
              dir: ../inbox
            """;

    @TempDir
    Path root;

    Path jobs;

    @BeforeEach
    void layOut() throws IOException {
        jobs = Files.createDirectories(root.resolve("jobs"));
        Files.createDirectories(root.resolve("inbox"));
        Files.writeString(root.resolve("plans.csv"), "plan_id\n");
        Files.writeString(root.resolve("providers.csv"), "npi\n");
        Files.writeString(root.resolve("documentation.csv"), "member_id\n");
    }

    @Test
    void readsEverySettingWithPathsRelativeToTheJobFile() throws IOException {
        // given
        Files.createDirectories(jobs.resolve("mappings"));
        Files.writeString(jobs.resolve("mappings/tuva.yaml"), "columns: {}\n");
        Path file = job("""
                name: nightly-medicare
                description: Screen the export before the morning submission
                schedule: "0 30 1 * * *"
                zone: America/Chicago
                input:
                  dir: ../inbox
                  include: ["*.csv", "*.ndjson"]
                  mapping: mappings/tuva.yaml
                  archive: ../var/archive
                  failed: ../var/failed
                reference:
                  plans: ../plans.csv
                  providers: ../providers.csv
                  documentation: ../documentation.csv
                rules:
                  pack: builtin
                  overrides:
                    MCR-LMT-SUPERVISED: { severity: DENY }
                    MCR-97010-BUNDLED: { enabled: false }
                output:
                  dir: ../var/reports
                  split: false
                """);

        // when
        JobDefinition job = JobDefinitionFile.load(file);

        // then
        assertThat(job.name()).isEqualTo("nightly-medicare");
        assertThat(job.description()).isEqualTo("Screen the export before the morning submission");
        assertThat(job.schedule()).hasToString("0 30 1 * * *");
        assertThat(job.zone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(job.inputDir()).isEqualTo(root.resolve("inbox"));
        assertThat(job.include()).containsExactly("*.csv", "*.ndjson");
        assertThat(job.inboxPatterns()).containsExactly(root.resolve("inbox/*.csv"), root.resolve("inbox/*.ndjson"));
        assertThat(job.mapping()).isEqualTo(jobs.resolve("mappings/tuva.yaml"));
        assertThat(job.archive()).isEqualTo(root.resolve("var/archive"));
        assertThat(job.failed()).isEqualTo(root.resolve("var/failed"));
        assertThat(job.plans()).isEqualTo(root.resolve("plans.csv"));
        assertThat(job.providers()).isEqualTo(root.resolve("providers.csv"));
        assertThat(job.documentation()).isEqualTo(root.resolve("documentation.csv"));
        assertThat(job.rulePack()).isNull();
        assertThat(job.inlineOverrides()).isTrue();
        assertThat(job.ruleOverridesFile()).isNull();
        assertThat(job.outDir()).isEqualTo(root.resolve("var/reports"));
        assertThat(job.split()).isFalse();
    }

    @Test
    void fillsInWhatAMinimalDefinitionLeavesOut() throws IOException {
        JobDefinition job = JobDefinitionFile.load(job(MINIMAL));

        assertThat(job.schedule()).isNull();
        assertThat(job.zone()).isEqualTo(ZoneId.systemDefault());
        assertThat(job.include()).isEqualTo(JobDefinitionFile.DEFAULT_INCLUDE);
        assertThat(job.archive()).isEqualTo(root.resolve("inbox/archive"));
        assertThat(job.failed()).isEqualTo(root.resolve("inbox/failed"));
        assertThat(job.plans()).isNull();
        assertThat(job.providers()).isNull();
        assertThat(job.rulePack()).isNull();
        assertThat(job.inlineOverrides()).isFalse();
        assertThat(job.outDir()).isEqualTo(Path.of("var", "reports"));
        assertThat(job.split()).isTrue();
        assertThat(job.outputs()).isEqualTo(Outputs.ALL);
    }

    @Test
    void workersTrueHandsTheRunsPartitionsToWorkerProcessesAndIsOffUnlessSaid() throws IOException {
        assertThat(JobDefinitionFile.load(job(MINIMAL + "workers: true\n")).workers()).isTrue();
        assertThat(JobDefinitionFile.load(job(MINIMAL)).workers()).isFalse();
    }

    @Test
    void readsTheFilesARunWritesAsAList() throws IOException {
        JobDefinition job = JobDefinitionFile.load(job(MINIMAL + "output:\n  files: [summary, findings-csv]\n"));

        assertThat(job.outputs().files()).containsExactlyInAnyOrder(Outputs.File.SUMMARY, Outputs.File.FINDINGS_CSV);
        assertThat(job.split()).isFalse();
    }

    @Test
    void readsTheFilesARunWritesAsOneCommaSeparatedValueAndAddsTheSummary() throws IOException {
        JobDefinition job = JobDefinitionFile.load(job(MINIMAL + "output:\n  files: report,split\n"));

        assertThat(job.outputs()).isEqualTo(Outputs.parse("report,split,summary"));
        assertThat(job.split()).isTrue();
    }

    @Test
    void splitFalseLeavesCleanAndHeldOutOfTheFiles() throws IOException {
        JobDefinition job = JobDefinitionFile.load(job(MINIMAL + "output:\n  split: false\n"));

        assertThat(job.outputs()).isEqualTo(Outputs.ALL.without(Outputs.File.SPLIT));
    }

    @Test
    void refusesAnUnknownOutputAtItsLine() throws IOException {
        assertRefused(MINIMAL + "output:\n  files:\n    - report\n    - pdf\n",
                " line 7, output.files\\[1\\]: 'pdf' is not an output \\(report, findings-csv, .*\\)");
    }

    @Test
    void refusesSplitTrueWithFilesThatLeaveItOut() throws IOException {
        assertRefused(MINIMAL + "output:\n  files: [report]\n  split: true\n",
                " line 6, output.split: is true, but output.files leaves split out");
    }

    @Test
    void refusesFilesThatAreAMapping() throws IOException {
        assertRefused(MINIMAL + "output:\n  files: { report: true }\n", " line 5, output.files: must be a list of .*");
    }

    @Test
    void readsOneIncludePatternGivenAlone() throws IOException {
        JobDefinition job = JobDefinitionFile.load(job(MINIMAL + "  include: \"*.csv\"\n"));

        assertThat(job.include()).containsExactly("*.csv");
    }

    @Test
    void takesARulePackAndAnOverridesFile() throws IOException {
        Path pack = Files.copy(Path.of("src/main/resources/org/claimscreen/config/builtin-pack.yaml"),
                jobs.resolve("pack.yaml"));
        Files.writeString(jobs.resolve("overrides.yaml"), "rules: {MCR-LMT-SUPERVISED: {severity: DENY}}\n");

        JobDefinition job = JobDefinitionFile.load(job(MINIMAL + """
                rules:
                  pack: pack.yaml
                  overrides: overrides.yaml
                """));

        assertThat(job.rulePack()).isEqualTo(pack);
        assertThat(job.ruleOverridesFile()).isEqualTo(jobs.resolve("overrides.yaml"));
        assertThat(job.inlineOverrides()).isFalse();
    }

    // --- what the steps read: the job's rule overrides ---

    @Test
    void givesTheStepsTheInlineOverrides() throws IOException {
        Path file = job(MINIMAL + "rules:\n  overrides:\n    MCR-LMT-SUPERVISED: {severity: DENY}\n");

        RuleOverrides overrides = JobDefinitionFile.ruleOverrides(file, BuiltinRulePack.rules());

        assertThat(overrides.job()).isEqualTo(Map.of("MCR-LMT-SUPERVISED", new RuleSettings(null, Severity.DENY)));
    }

    @Test
    void givesTheStepsNoOverridesWhenThereAreNone() throws IOException {
        assertThat(JobDefinitionFile.ruleOverrides(job(MINIMAL), BuiltinRulePack.rules())).isEqualTo(RuleOverrides.NONE);
    }

    // --- finding jobs ---

    @Test
    void findsAJobByItsFile() throws IOException {
        Path file = job(MINIMAL);

        assertThat(JobDefinitionFile.find(file.toString())).isEqualTo(file);
    }

    @Test
    void refusesAJobThatIsNeitherAFileNorInJobs() {
        assertThatThrownBy(() -> JobDefinitionFile.find("no-such-job"))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessage("no job 'no-such-job': no such file, and no jobs/no-such-job.yaml");
    }

    @Test
    void listsTheScheduledDefinitionsOfAFolderByFileName() throws IOException {
        Files.writeString(jobs.resolve("b.yml"), MINIMAL.replace("nightly", "b") + "schedule: \"0 0 2 * * *\"\n");
        Files.writeString(jobs.resolve("a.yaml"), MINIMAL.replace("nightly", "a") + "schedule: \"0 0 1 * * *\"\n");
        Files.writeString(jobs.resolve("c.yaml"), MINIMAL.replace("nightly", "c"));
        Files.writeString(jobs.resolve("notes.txt"), "not a job");

        List<JobDefinition> scheduled = JobDefinitionFile.scheduled(jobs);

        assertThat(scheduled).extracting(JobDefinition::name).containsExactly("a", "b");
    }

    @Test
    void passesOverAnUnscheduledJobThatCouldNotRunNow() throws IOException {
        Files.writeString(jobs.resolve("manual.yaml"), "name: manual\ninput:\n  dir: ../mounted-when-needed\n");

        assertThat(JobDefinitionFile.scheduled(jobs)).isEmpty();
    }

    @Test
    void refusesAScheduledJobThatCannotRunWhenListingThem() throws IOException {
        Path file = Files.writeString(jobs.resolve("a.yaml"), "name: a\nschedule: \"0 0 1 * * *\"\ninput:\n  dir: ../gone\n");

        assertThatThrownBy(() -> JobDefinitionFile.scheduled(jobs))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessageStartingWith(file + " line 4, input.dir: no such folder: ../gone");
    }

    @Test
    void refusesAJobFileThatDoesNotParseWhenListingThem() throws IOException {
        Files.writeString(jobs.resolve("a.yaml"), "name: [a\n");

        assertThatThrownBy(() -> JobDefinitionFile.scheduled(jobs))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void refusesTwoJobsOfOneName() throws IOException {
        Files.writeString(jobs.resolve("a.yaml"), MINIMAL + "schedule: \"0 0 1 * * *\"\n");
        Files.writeString(jobs.resolve("b.yaml"), MINIMAL + "schedule: \"0 0 2 * * *\"\n");

        List<JobDefinition> all = JobDefinitionFile.scheduled(jobs);

        assertThatThrownBy(() -> JobDefinitionFile.requireDistinctNames(all))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessage(jobs.resolve("b.yaml") + ", name: 'nightly' is also the name of " + jobs.resolve("a.yaml")
                        + " (each job needs its own name)");
    }

    // --- one test per problem ---

    @Test
    void refusesYamlThatDoesNotParse() throws IOException {
        assertRefused("name: nightly\ninput: {dir: ../inbox\n", " line \\d+: not valid YAML: .*");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused("", ": the file is empty");
    }

    @Test
    void refusesAFileThatIsNotAMapping() throws IOException {
        assertRefused("- name: nightly\n", " line 1: must be a mapping of job settings");
    }

    @Test
    void refusesAnUnknownKey() throws IOException {
        assertRefused(MINIMAL + "shedule: \"0 0 1 * * *\"\n",
                " line 4, shedule: unknown key \\(known: name, description, schedule, zone, input, reference, rules,"
                        + " output, workers\\)");
    }

    @Test
    void refusesAnUnknownKeyInASection() throws IOException {
        assertRefused(MINIMAL + "  archives: ../archive\n",
                " line 4, input.archives: unknown key \\(known: dir, include, mapping, archive, failed\\)");
    }

    @Test
    void refusesAKeyGivenTwice() throws IOException {
        assertRefused(MINIMAL + "name: again\n", " line 4, name: .*");
    }

    @Test
    void refusesAMissingName() throws IOException {
        assertRefused("input:\n  dir: ../inbox\n", ", name: missing");
    }

    @Test
    void refusesANameThatIsNotOne() throws IOException {
        assertRefused(MINIMAL.replace("name: nightly", "name: night shift/2"),
                " line 1, name: 'night shift/2' is not a job name \\(letters, digits, '.', '_' and '-', up to 100\\)");
    }

    @Test
    void refusesAMissingInput() throws IOException {
        assertRefused("name: nightly\n", ", input: missing");
    }

    @Test
    void refusesAnInputWithoutAFolder() throws IOException {
        assertRefused("name: nightly\ninput:\n  include: [\"*.csv\"]\n", " line 3, input.dir: missing");
    }

    @Test
    void refusesAnInboxThatIsNotThere() throws IOException {
        assertRefused(MINIMAL.replace("../inbox", "../var/inbox"),
                " line 3, input.dir: no such folder: ../var/inbox \\(" + Pattern.quote(root.resolve("var/inbox").toString())
                        + "\\)");
    }

    @Test
    void refusesAnInboxThatIsAFile() throws IOException {
        assertRefused(MINIMAL.replace("../inbox", "../plans.csv"), " line 3, input.dir: not a folder: ../plans.csv .*");
    }

    @Test
    void refusesAnIncludePatternThatIsAPath() throws IOException {
        assertRefused(MINIMAL + "  include: [\"sub/*.csv\"]\n",
                " line 4, input.include\\[0\\]: 'sub/\\*.csv' is a path: patterns match file names in input.dir .*");
    }

    @Test
    void refusesAnIncludePatternThatDoesNotCompile() throws IOException {
        assertRefused(MINIMAL + "  include: [\"*.{csv\"]\n",
                " line 4, input.include\\[0\\]: '\\*.\\{csv' is not a file name pattern: .*");
    }

    @Test
    void refusesAMissingMapping() throws IOException {
        assertRefused(MINIMAL + "  mapping: mappings/tuva.yaml\n", " line 4, input.mapping: no such file: mappings/tuva.yaml .*");
    }

    @Test
    void refusesAMappingTheLoaderRefusesNamingBothFiles() throws IOException {
        Path mapping = Files.writeString(jobs.resolve("rif.yaml"), "columns:\n  procedur_code: HCPCS_CD\n");

        assertRefused(MINIMAL + "  mapping: rif.yaml\n", " line 4, input.mapping: " + Pattern.quote(mapping.toString())
                + " line 2, columns.procedur_code: .*");
    }

    @Test
    void refusesAnArchiveThatIsAFile() throws IOException {
        assertRefused(MINIMAL + "  archive: ../plans.csv\n", " line 4, input.archive: is a file, not a folder: ../plans.csv .*");
    }

    @Test
    void refusesAnArchiveThatIsTheInbox() throws IOException {
        assertRefused(MINIMAL + "  archive: ../inbox\n",
                " line 4, input.archive: must not be the inbox itself \\(screened files would be screened again\\)");
    }

    @Test
    void refusesAFailedFolderThatIsTheInbox() throws IOException {
        assertRefused(MINIMAL + "  failed: ../inbox/.\n", " line 4, input.failed: must not be the inbox itself .*");
    }

    @Test
    void refusesAMissingReferenceFile() throws IOException {
        assertRefused(MINIMAL + "reference:\n  plans: ../plan.csv\n",
                " line 5, reference.plans: no such file: ../plan.csv \\(" + Pattern.quote(root.resolve("plan.csv").toString())
                        + "\\)");
    }

    @Test
    void refusesAMissingRulePack() throws IOException {
        assertRefused(MINIMAL + "rules:\n  pack: my-pack.yaml\n", " line 5, rules.pack: no such file: my-pack.yaml .*");
    }

    @Test
    void refusesAnInvalidRulePackNamingBothFiles() throws IOException {
        Path pack = Files.writeString(jobs.resolve("my-pack.yaml"), "pack: mine\nversion: 1\nrulez: {}\n");

        assertRefused(MINIMAL + "rules:\n  pack: my-pack.yaml\n",
                " line 5, rules.pack: " + Pattern.quote(pack.toString()) + " line 3, rulez: unknown key .*");
    }

    @Test
    void refusesAMissingOverridesFile() throws IOException {
        assertRefused(MINIMAL + "rules:\n  overrides: overrides.yaml\n",
                " line 5, rules.overrides: no such file: overrides.yaml .*");
    }

    @Test
    void refusesAnInvalidOverridesFile() throws IOException {
        Path overrides = Files.writeString(jobs.resolve("overrides.yaml"), "rules:\n  MCR-NOPE: {enabled: false}\n");

        assertRefused(MINIMAL + "rules:\n  overrides: overrides.yaml\n",
                " line 5, rules.overrides: " + Pattern.quote(overrides.toString())
                        + " line 2, rules.MCR-NOPE: unknown rule id .*");
    }

    @Test
    void refusesAnUnknownRuleIdInInlineOverrides() throws IOException {
        assertRefused(MINIMAL + "rules:\n  overrides:\n    MCR-LMT-SUPERVISD: {severity: DENY}\n",
                " line 6, rules.overrides.MCR-LMT-SUPERVISD: unknown rule id \\(claimscreen's rules: see 'claimscreen rules'"
                        + " or docs/rules.md\\)");
    }

    @Test
    void refusesABadSeverityInInlineOverrides() throws IOException {
        assertRefused(MINIMAL + "rules:\n  overrides:\n    MCR-LMT-SUPERVISED: {severity: BLOCK}\n",
                " line 6, rules.overrides.MCR-LMT-SUPERVISED.severity: 'BLOCK' is not a severity \\(DENY, REVIEW or INFO\\)");
    }

    @Test
    void refusesACronExpressionOfFiveFields() throws IOException {
        assertRefused(MINIMAL + "schedule: \"30 1 * * *\"\n",
                " line 4, schedule: '30 1 \\* \\* \\*' is not a cron expression \\(6 fields: second minute hour day month"
                        + " weekday, e.g. \"0 30 1 \\* \\* \\*\"\\): .*5.*");
    }

    @Test
    void refusesACronExpressionWithABadField() throws IOException {
        assertRefused(MINIMAL + "schedule: \"0 30 25 * * *\"\n", " line 4, schedule: '0 30 25 \\* \\* \\*' is not a cron expression .*");
    }

    @Test
    void refusesACronExpressionThatNeverComesRound() throws IOException {
        assertRefused(MINIMAL + "schedule: \"0 0 0 30 2 *\"\n", " line 4, schedule: '0 0 0 30 2 \\*' never comes round \\(no such date\\)");
    }

    @Test
    void refusesAnUnknownZone() throws IOException {
        assertRefused(MINIMAL + "zone: America/Springfield\n",
                " line 4, zone: 'America/Springfield' is not a time zone \\(e.g. America/Chicago, Europe/Berlin, UTC\\)");
    }

    @Test
    void refusesAnOutputFolderThatIsAFile() throws IOException {
        assertRefused(MINIMAL + "output:\n  dir: ../plans.csv\n", " line 5, output.dir: is a file, not a folder: ../plans.csv .*");
    }

    @Test
    void refusesASplitThatIsNotTrueOrFalse() throws IOException {
        assertRefused(MINIMAL + "output:\n  split: sometimes\n", " line 5, output.split: 'sometimes' is not true or false");
    }

    private void assertRefused(String yaml, String messageAfterFileName) throws IOException {
        Path file = job(yaml);
        assertThatThrownBy(() -> JobDefinitionFile.load(file))
                .isInstanceOf(JobDefinitionException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
                        .matches(Pattern.quote(file.toString()) + messageAfterFileName));
    }

    private Path job(String yaml) throws IOException {
        return Files.writeString(jobs.resolve("nightly.yaml"), yaml);
    }
}
