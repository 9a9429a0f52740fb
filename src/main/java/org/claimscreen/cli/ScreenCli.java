package org.claimscreen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimscreen.config.JobDefinition;
import org.claimscreen.config.JobDefinitionException;
import org.claimscreen.config.JobDefinitionFile;
import org.claimscreen.config.Outputs;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code claimscreen screen [options] INPUT...}: checks what it was given, then {@link ScreenCommand} screens it. */
@Command(name = "screen",
        abbreviateSynopsis = true,
        header = "Screens claim files or folders now, as one run.",
        description = {
            "Screens claim CSV files (canonical layout: docs/claim-csv.md, or another export's layout through",
            "--mapping), FHIR R4 files (docs/fhir-input.md) and X12 837P files (.837, .x12, .edi:",
            "docs/x12-837p.md) as one run, and writes findings.csv, findings.json, summary.json, rejects.csv,",
            "not-screened.csv, report.html, clean/ and held/ (each in its input's format), and for 837P",
            "inputs x12-acknowledgements.csv, to OUT/<run-id>/",
            "(--outputs chooses fewer).",
            "A folder gives its claim files; plans.csv, providers.csv, documentation.csv and READMEs in it",
            "are skipped. A line's plan of care, ABN/LMN on file and minutes its input does not give are taken",
            "from the documentation on file (docs/reference-data.md).",
            "",
            "A rule pack, overrides or mapping file with a mistake is refused before the run starts."},
        exitCodeList = {
            "0:the run completed (findings or not)",
            "1:the run failed (claimscreen restart RUN resumes it)",
            "2:used wrongly, or a file it names cannot be used (one line says why)",
            "3:nothing to do: every input was already screened (--force screens it again)"},
        footer = {
            "Examples:",
            "  claimscreen screen --out out sample-data",
            "  claimscreen screen --mapping jobs/mappings/tuva-medical-claim.yaml \\",
            "      --providers providers.csv medical_claim.csv"})
final class ScreenCli implements Callable<Integer>, ContextCommand {

    @ParentCommand
    ClaimscreenCli claimscreen;

    @Spec
    CommandSpec spec;

    // checked in call(): a refused value of a list of arguments would read as an argument too many
    @Parameters(paramLabel = "INPUT", arity = "0..*", converter = Converters.AnyPath.class,
            description = "a claim file, or a folder of them (none with --job: the job's inbox)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", converter = Converters.AnyPath.class,
            description = "where reports go (default: ./var/reports)")
    Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
            description = "the date the run screens as of (default: today)")
    LocalDate asOf;

    @Option(names = "--plans", paramLabel = "FILE", converter = Converters.ReadableFile.class,
            description = "Medicare Advantage plan benefits (default: plans.csv beside the inputs)")
    Path plans;

    @Option(names = "--providers", paramLabel = "FILE", converter = Converters.ReadableFile.class,
            description = "provider roster (default: providers.csv beside the inputs)")
    Path providers;

    @Option(names = "--documentation", paramLabel = "FILE", converter = Converters.ReadableFile.class,
            description = "documentation on file per service: plan of care, ABN, LMN, minutes"
                    + " (default: documentation.csv beside the inputs)")
    Path documentation;

    @Option(names = "--rule-pack", paramLabel = "FILE", converter = Converters.ReadableFile.class,
            description = "screen with this rule pack file instead of the built-in pack")
    Path rulePack;

    @Option(names = "--rule-overrides", paramLabel = "FILE", converter = Converters.ReadableFile.class,
            description = "switch rules off or change their severity, for the job or per payer")
    Path ruleOverrides;

    @Option(names = "--mapping", paramLabel = "FILE", converter = Converters.ReadableFile.class,
            description = "read CSV inputs of another export's layout through this column mapping"
                    + " (docs/column-mappings.md; e.g. jobs/mappings/cms-rif-carrier.yaml)")
    Path mapping;

    @Option(names = "--job", paramLabel = "FILE",
            description = "take everything not given here from a job definition (a file, or a name in jobs/):"
                    + " its inbox (when no INPUT is given), reference data, rules, output folder and name;"
                    + " screen never moves files (claimscreen run JOB does)")
    String job;

    @Option(names = "--force", description = "screen inputs an earlier completed run already screened")
    boolean force;

    @Option(names = "--outputs", paramLabel = "LIST", converter = ScreenCli.OutputList.class,
            description = "write only these, comma-separated: report, findings-csv, findings-json, split"
                    + " (clean/ and held/), summary, rejects, not-screened, x12-acknowledgements; default: all, or what the job"
                    + " names; the summary is always written")
    Outputs outputs;

    @Option(names = "--no-history", description = "a trial: read the history of earlier runs but record none,"
            + " so no later run counts this one's claims (nor takes its inputs as already screened)")
    boolean noHistory;

    @Option(names = "--workers", description = "hand the run's partitions to worker processes ('claimscreen worker',"
            + " on this machine or others) over RabbitMQ (CLAIMSCREEN_RABBITMQ_URL); needs the PostgreSQL database"
            + " and the --out folder they share")
    boolean workers;

    @Mixin
    HelpOption help;

    private ScreenOptions options;

    /** {@code --outputs report,findings-csv}: names of outputs, comma-separated. */
    static final class OutputList implements ITypeConverter<Outputs> {
        @Override
        public Outputs convert(String text) {
            try {
                return Outputs.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        JobDefinition definition = null;
        if (job != null) {
            try {
                definition = JobDefinitionFile.load(JobDefinitionFile.find(job));
            } catch (JobDefinitionException e) {
                return claimscreen.refuse(e.getMessage());
            }
        }
        options = resolve(definition);
        return claimscreen.launch(this);
    }

    /** What to screen: the command line's options, then the job's for what they leave open, then the defaults. */
    private ScreenOptions resolve(JobDefinition definition) {
        List<Path> in = inputs;
        Path outDir = out;
        LocalDate date = asOf;
        Path plansFile = plans;
        Path roster = providers;
        Path records = documentation;
        Path pack = rulePack;
        Path overrides = ruleOverrides;
        Path columns = mapping;
        for (Path input : in) {
            try {
                new Converters.ReadableInput().convert(input.toString());
            } catch (TypeConversionException refused) {
                throw new ParameterException(spec.commandLine(), refused.getMessage());
            }
        }
        if (definition != null) {
            in = in.isEmpty() ? definition.inboxPatterns() : in;
            outDir = outDir == null ? definition.outDir() : outDir;
            date = date == null ? claimscreen.today(definition.zone()) : date;
            plansFile = plansFile == null ? definition.plans() : plansFile;
            roster = roster == null ? definition.providers() : roster;
            records = records == null ? definition.documentation() : records;
            pack = pack == null ? definition.rulePack() : pack;
            overrides = overrides == null ? definition.ruleOverridesFile() : overrides;
            columns = columns == null ? definition.mapping() : columns;
        }
        outDir = outDir == null ? Path.of("var", "reports") : outDir;
        date = date == null ? claimscreen.today() : date;
        if (in.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "screen needs at least one claim file or folder");
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new ParameterException(spec.commandLine(), "--out " + outDir + " is a file, not a folder");
        }
        return new ScreenOptions(List.copyOf(in), outDir, date, plansFile, roster, force, pack, overrides, columns,
                definition, outputs, noHistory, records, workers || (definition != null && definition.workers()));
    }


    @Override
    public int run(ApplicationContext context) throws Exception {
        return context.getBean(ScreenCommand.class).run(options, claimscreen.out(), claimscreen.err());
    }

    @Override
    public boolean screens() {
        return true;
    }
}
