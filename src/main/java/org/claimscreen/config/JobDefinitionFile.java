package org.claimscreen.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimscreen.config.RuleOverridesFile;
import org.claimscreen.config.RulePackException;
import org.claimscreen.config.RulePackFile;
import org.claimscreen.config.YamlNode;
import org.claimscreen.domain.rules.BuiltinRulePack;
import org.claimscreen.domain.rules.Rule;
import org.claimscreen.domain.rules.RuleOverrides;
import org.claimscreen.domain.rules.RulePack;
import org.springframework.scheduling.support.CronExpression;

/**
 * Reads and validates job definitions ({@code jobs/<name>.yaml}, docs/jobs.md). Everything is
 * checked before a run starts: YAML that does not parse, an unknown or missing key, a folder or
 * file that is not there, a rule pack or overrides that cannot be used (an unknown rule id among
 * them), a bad cron expression or zone. The first problem is refused with a
 * {@link JobDefinitionException} naming the file, the line, the key and the problem. Paths are
 * relative to the job file's folder.
 */
public final class JobDefinitionFile {

    /** Where job definitions live, relative to the working directory; {@code run NAME} looks here. */
    public static final Path JOBS_FOLDER = Path.of("jobs");

    /** The inbox's files a run takes when the job names no patterns: every claim format claimscreen reads. */
    public static final List<String> DEFAULT_INCLUDE = List.of("*.csv", "*.json", "*.ndjson", "*.jsonl", "*.xml",
            "*.837", "*.x12", "*.edi");

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private static final Set<String> TOP_LEVEL_KEYS = keys("name", "description", "schedule", "zone", "input",
            "reference", "rules", "output", "workers");
    private static final Set<String> INPUT_KEYS = keys("dir", "include", "mapping", "archive", "failed");
    private static final Set<String> REFERENCE_KEYS = keys("plans", "providers", "documentation");
    private static final Set<String> RULES_KEYS = keys("pack", "overrides");
    private static final Set<String> OUTPUT_KEYS = keys("dir", "split", "files");

    private JobDefinitionFile() {
    }

    /** Reads and validates the job definition at {@code file}. */
    public static JobDefinition load(Path file) {
        try {
            return read(file);
        } catch (RulePackException e) {
            // YamlNode's refusals already read "file line N, key: problem"
            throw new JobDefinitionException(e.getMessage());
        }
    }

    /**
     * The job a command names: a job definition file, or the name of one in {@code jobs/}
     * ({@code nightly-screening} for {@code jobs/nightly-screening.yaml}).
     */
    public static Path find(String job) {
        Path file = Path.of(job);
        if (Files.isRegularFile(file)) {
            return file;
        }
        for (String extension : List.of(".yaml", ".yml")) {
            Path named = JOBS_FOLDER.resolve(job + extension);
            if (!job.contains("/") && Files.isRegularFile(named)) {
                return named;
            }
        }
        throw new JobDefinitionException("no job '" + job + "': no such file, and no " + JOBS_FOLDER.resolve(job + ".yaml"));
    }

    /**
     * The job definitions in {@code folder} that have a schedule, by file name, each validated. A
     * definition that plainly has none is passed over even when it could not run now (its inbox
     * may be a share mounted only when it runs); one that does not parse is refused, since
     * whether it has a schedule cannot be told.
     */
    public static List<JobDefinition> scheduled(Path folder) {
        List<JobDefinition> jobs = new ArrayList<>();
        for (Path file : files(folder)) {
            if (mayHaveSchedule(file)) {
                JobDefinition job = load(file);
                if (job.schedule() != null) {
                    jobs.add(job);
                }
            }
        }
        return jobs;
    }

    private static boolean mayHaveSchedule(Path file) {
        try {
            YamlNode root = YamlNode.load(file);
            if (root.isScalar() || root.isSequence()) {
                return true; // not a job at all: load says so
            }
            YamlNode schedule = root.mapping(null, "keys").get("schedule");
            return schedule != null && !schedule.isNull();
        } catch (RulePackException unreadable) {
            return true; // load says what is wrong with it
        }
    }

    /** The job definition files of {@code folder} ({@code *.yaml}, {@code *.yml}), by name. */
    private static List<Path> files(Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (NoSuchFileException e) {
            throw new JobDefinitionException("no job definitions: no folder " + folder);
        } catch (IOException e) {
            throw new JobDefinitionException("cannot list " + folder + ": " + e.getMessage());
        }
        return files;
    }

    /** Refuses two definitions with the same name: their runs, history and metrics would mix. */
    public static void requireDistinctNames(List<JobDefinition> jobs) {
        Map<String, Path> seen = new HashMap<>();
        for (JobDefinition job : jobs) {
            Path other = seen.putIfAbsent(job.name(), job.file());
            if (other != null && !other.toAbsolutePath().normalize().equals(job.file().toAbsolutePath().normalize())) {
                throw new JobDefinitionException(job.file() + ", name: '" + job.name() + "' is also the name of "
                        + other + " (each job needs its own name)");
            }
        }
    }

    /**
     * The rule overrides a job file gives, for a run's steps: inline, or the overrides file it names
     * (relative to it), or none. Only {@code rules.overrides} is read, so a restart is not refused for
     * an unrelated change to the job file since the run started.
     */
    public static RuleOverrides ruleOverrides(Path file, List<Rule> knownRules) {
        YamlNode root = YamlNode.load(file);
        YamlNode rules = root.isNull() ? null : root.mapping(null, "keys").get("rules");
        YamlNode overrides = rules == null || rules.isNull() ? null : rules.mapping(null, "pack, overrides").get("overrides");
        if (overrides == null || overrides.isNull()) {
            return RuleOverrides.NONE;
        }
        if (overrides.isScalar()) {
            return RuleOverridesFile.load(folderOf(file).resolve(overrides.text()).normalize(), knownRules);
        }
        return RuleOverridesFile.inline(overrides, knownRules);
    }

    private static JobDefinition read(Path file) {
        Path base = folderOf(file);
        YamlNode root = YamlNode.load(file);
        Map<String, YamlNode> top = root.mapping(TOP_LEVEL_KEYS, "job settings");

        YamlNode nameNode = YamlNode.required(top, root, "name");
        String name = nameNode.text();
        if (!NAME.matcher(name).matches()) {
            throw nameNode.fail("'" + name + "' is not a job name (letters, digits, '.', '_' and '-', up to 100)");
        }
        String description = optionalText(top.get("description"));
        ZoneId zone = zone(top.get("zone"));
        CronExpression schedule = schedule(top.get("schedule"), zone);

        YamlNode inputNode = YamlNode.required(top, root, "input");
        Map<String, YamlNode> input = inputNode.mapping(INPUT_KEYS, String.join(", ", INPUT_KEYS));
        YamlNode dirNode = YamlNode.required(input, inputNode, "dir");
        Path inputDir = existingFolder(dirNode, base);
        List<String> include = include(input.get("include"));
        Path mapping = mapping(input.get("mapping"), base);
        Path archive = input.containsKey("archive") ? folderToBe(input.get("archive"), base) : inputDir.resolve("archive");
        Path failed = input.containsKey("failed") ? folderToBe(input.get("failed"), base) : inputDir.resolve("failed");
        for (String key : List.of("archive", "failed")) {
            Path folder = key.equals("archive") ? archive : failed;
            if (folder.equals(inputDir)) {
                throw input.get(key).fail("must not be the inbox itself (screened files would be screened again)");
            }
        }

        Map<String, YamlNode> reference = section(top, "reference", REFERENCE_KEYS);
        Path plans = optionalFile(reference.get("plans"), base);
        Path providers = optionalFile(reference.get("providers"), base);
        Path documentation = optionalFile(reference.get("documentation"), base);

        Map<String, YamlNode> rules = section(top, "rules", RULES_KEYS);
        YamlNode packNode = rules.get("pack");
        Path rulePack = packNode == null || packNode.isNull() || packNode.text().equalsIgnoreCase("builtin")
                ? null
                : existingFile(packNode, base);
        RulePack pack = rulePack(packNode, rulePack);
        YamlNode overridesNode = rules.get("overrides");
        Path overridesFile = null;
        boolean inline = false;
        if (overridesNode != null && !overridesNode.isNull()) {
            if (overridesNode.isScalar()) {
                overridesFile = existingFile(overridesNode, base);
                try {
                    RuleOverridesFile.load(overridesFile, pack.rules());
                } catch (RulePackException e) {
                    throw overridesNode.fail(e.getMessage());
                }
            } else {
                // unknown rule ids and bad severities are refused here, at their line in the job file
                RuleOverridesFile.inline(overridesNode, pack.rules());
                inline = true;
            }
        }

        Map<String, YamlNode> output = section(top, "output", OUTPUT_KEYS);
        Path outDir = output.containsKey("dir") ? folderToBe(output.get("dir"), base) : Path.of("var", "reports");
        Outputs outputs = outputs(output);

        // workers: true hands the runs' partitions to worker processes (screen --workers)
        boolean workers = top.containsKey("workers") && top.get("workers").bool();
        return new JobDefinition(file, name, description, schedule, zone, inputDir, include, mapping, archive, failed,
                plans, providers, rulePack, overridesFile, inline, outDir, outputs, documentation, workers);
    }

    /**
     * {@code output.files} (a list, or one comma-separated value; default: all) and {@code output.split}:
     * {@code split: false} leaves clean/ and held/ out; {@code split: true} beside files that leave
     * them out contradicts itself and is refused.
     */
    private static Outputs outputs(Map<String, YamlNode> output) {
        Outputs outputs = Outputs.ALL;
        YamlNode files = output.get("files");
        if (files != null) {
            List<String> names = new ArrayList<>();
            if (files.isScalar()) {
                names.addAll(List.of(files.text().split(",", -1)));
            } else {
                for (YamlNode element : files.list("output names")) {
                    try {
                        Outputs.of(List.of(element.text())); // refused at the element's own line
                    } catch (IllegalArgumentException e) {
                        throw element.fail(e.getMessage());
                    }
                    names.add(element.text());
                }
            }
            try {
                outputs = Outputs.of(names);
            } catch (IllegalArgumentException e) {
                throw files.fail(e.getMessage());
            }
        }
        YamlNode split = output.get("split");
        if (split != null) {
            if (!split.bool()) {
                outputs = outputs.without(Outputs.File.SPLIT);
            } else if (!outputs.has(Outputs.File.SPLIT)) {
                throw split.fail("is true, but output.files leaves split out");
            }
        }
        return outputs;
    }

    private static Map<String, YamlNode> section(Map<String, YamlNode> top, String key, Set<String> keys) {
        YamlNode node = top.get(key);
        return node == null || node.isNull() ? Map.of() : node.mapping(keys, String.join(", ", keys));
    }

    private static String optionalText(YamlNode node) {
        return node == null || node.isNull() ? null : node.text();
    }

    private static ZoneId zone(YamlNode node) {
        if (node == null || node.isNull()) {
            return ZoneId.systemDefault();
        }
        String text = node.text();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw node.fail("'" + text + "' is not a time zone (e.g. America/Chicago, Europe/Berlin, UTC)");
        }
    }

    private static CronExpression schedule(YamlNode node, ZoneId zone) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.text();
        CronExpression cron;
        try {
            cron = CronExpression.parse(text);
        } catch (IllegalArgumentException e) {
            throw node.fail("'" + text + "' is not a cron expression (6 fields: second minute hour day month weekday,"
                    + " e.g. \"0 30 1 * * *\"): " + oneLine(e.getMessage()));
        }
        if (cron.next(ZonedDateTime.now(zone)) == null) {
            throw node.fail("'" + text + "' never comes round (no such date)");
        }
        return cron;
    }

    private static List<String> include(YamlNode node) {
        if (node == null || node.isNull()) {
            return DEFAULT_INCLUDE;
        }
        List<YamlNode> patterns = node.isSequence() ? node.list("file name patterns") : List.of(node);
        if (patterns.isEmpty()) {
            throw node.fail("names no pattern (leave it out for " + String.join(", ", DEFAULT_INCLUDE) + ")");
        }
        List<String> include = new ArrayList<>();
        for (YamlNode pattern : patterns) {
            String text = pattern.text();
            if (text.contains("/") || text.contains("\\")) {
                throw pattern.fail("'" + text + "' is a path: patterns match file names in input.dir (e.g. \"*.csv\")");
            }
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + text);
            } catch (IllegalArgumentException e) {
                throw pattern.fail("'" + text + "' is not a file name pattern: " + oneLine(e.getMessage()));
            }
            include.add(text);
        }
        return include;
    }

    /** A column mapping the loader accepts; its refusal names both files. */
    private static Path mapping(YamlNode node, Path base) {
        Path file = optionalFile(node, base);
        if (file != null) {
            try {
                ColumnMappingFile.load(file);
            } catch (ColumnMappingException e) {
                throw node.fail(e.getMessage());
            }
        }
        return file;
    }

    private static RulePack rulePack(YamlNode node, Path file) {
        if (file == null) {
            return BuiltinPack.create();
        }
        try {
            return RulePackFile.load(file, BuiltinRulePack.rules());
        } catch (RulePackException e) {
            throw node.fail(e.getMessage());
        }
    }

    private static Path existingFolder(YamlNode node, Path base) {
        String text = node.text();
        Path folder = base.resolve(text).normalize();
        if (!Files.exists(folder)) {
            throw node.fail("no such folder: " + shown(text, folder));
        }
        if (!Files.isDirectory(folder)) {
            throw node.fail("not a folder: " + shown(text, folder));
        }
        return folder;
    }

    /** A folder the run creates when it is missing; a file standing there is refused. */
    private static Path folderToBe(YamlNode node, Path base) {
        String text = node.text();
        Path folder = base.resolve(text).normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw node.fail("is a file, not a folder: " + shown(text, folder));
        }
        return folder;
    }

    private static Path optionalFile(YamlNode node, Path base) {
        return node == null || node.isNull() ? null : existingFile(node, base);
    }

    private static Path existingFile(YamlNode node, Path base) {
        String text = node.text();
        Path file = base.resolve(text).normalize();
        if (!Files.exists(file)) {
            throw node.fail("no such file: " + shown(text, file));
        }
        if (!Files.isRegularFile(file)) {
            throw node.fail("not a file: " + shown(text, file));
        }
        if (!Files.isReadable(file)) {
            throw node.fail("cannot read " + shown(text, file) + " (permission denied)");
        }
        return file;
    }

    /** The path as written, and where that is when it was relative to the job file. */
    private static String shown(String text, Path resolved) {
        return Path.of(text).isAbsolute() ? text : text + " (" + resolved + ")";
    }

    private static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    private static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
