package org.claimscreen.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code claimscreen rules}: answered by {@link RulesCommand} from the pack and overrides alone, without Spring. */
@Command(name = "rules",
        header = "Lists the rules in force: id, severity, source, what each checks.",
        description = {
            "Lists the rules in force, in the order they run: id, severity, source (seed: the source",
            "document; practice: Medicare manuals and billing practice) and what each checks, with the rule",
            "pack's id and version and the KX therapy threshold of the as-of year. Needs no database.",
            "",
            "A rule pack file is YAML: copy src/main/resources/org/claimscreen/config/builtin-pack.yaml.",
            "An overrides file is YAML too:",
            "  rules:  {MCR-LMT-SUPERVISED: {severity: DENY}, PAY-HSA-FSA-LMN: {enabled: false}}",
            "  payers: {MEDICARE_ADVANTAGE: {MCR-MBI-FORMAT: {severity: REVIEW}}}"},
        exitCodeList = {
            "0:the rules were listed",
            "2:used wrongly, or the rule pack or overrides file cannot be used (one line says why)"},
        footer = {
            "Examples:",
            "  claimscreen rules --as-of 2025-06-30",
            "  claimscreen rules --markdown > docs/rules.md"})
final class RulesCli implements Callable<Integer> {

    @ParentCommand
    ClaimscreenCli claimscreen;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
            description = "the date whose KX threshold is shown (default: today)")
    LocalDate asOf;

    @Option(names = "--rule-pack", paramLabel = "FILE", converter = Converters.ReadableFile.class,
            description = "list a rule pack file's rules instead of the built-in pack's")
    Path rulePack;

    @Option(names = "--rule-overrides", paramLabel = "FILE", converter = Converters.ReadableFile.class,
            description = "with these overrides applied (payer overrides are listed after)")
    Path ruleOverrides;

    @Option(names = "--markdown", description = "print the rules and the pack's data as markdown (docs/rules.md)")
    boolean markdown;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        RulesOptions options = new RulesOptions(asOf != null ? asOf : claimscreen.today(), rulePack, ruleOverrides,
                markdown);
        return RulesCommand.run(options, claimscreen.out(), claimscreen.err());
    }
}
