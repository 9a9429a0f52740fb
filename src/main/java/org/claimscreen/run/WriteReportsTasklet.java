package org.claimscreen.run;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimscreen.config.Outputs;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.rules.RulePack;
import org.claimscreen.domain.screening.NotScreenedRow;
import org.claimscreen.domain.screening.RejectRow;
import org.claimscreen.intake.AtomicFile;
import org.claimscreen.intake.ClaimFormat;
import org.claimscreen.intake.ClaimFormats;
import org.claimscreen.intake.ClaimSplitter;
import org.claimscreen.intake.IoConsumer;
import org.claimscreen.output.ClaimLineRow;
import org.claimscreen.output.FindingRow;
import org.claimscreen.output.FindingSink;
import org.claimscreen.output.FindingsCsvWriter;
import org.claimscreen.output.FindingsJsonWriter;
import org.claimscreen.output.HtmlReportWriter;
import org.claimscreen.output.NotScreenedCsvWriter;
import org.claimscreen.output.RejectsCsvWriter;
import org.claimscreen.output.RunSummary;
import org.claimscreen.output.SummaryJsonWriter;
import org.claimscreen.persistence.ClaimStore;
import org.claimscreen.output.TrendPoint;
import org.claimscreen.persistence.InputFileRecord;
import org.claimscreen.persistence.RejectStore;
import org.claimscreen.persistence.ReportQueries;
import org.claimscreen.persistence.RunCounts;
import org.claimscreen.persistence.RunRecord;
import org.claimscreen.persistence.RunStore;
import org.claimscreen.persistence.StoredVerdicts;
import org.claimscreen.persistence.X12TransactionStore;
import org.claimscreen.intake.x12.X12ClaimFormat;
import org.claimscreen.intake.x12.X12Transaction;
import org.claimscreen.output.X12AcknowledgementsCsvWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the run's reports from the partitions' part files (findings, and the lines of claims with
 * findings, merged in claim order) and the counts the run recorded, after the data is safe.
 * Each file is written atomically, so a crash never leaves half a report that looks complete.
 * Then come clean/ and held/: the screened inputs split by claim verdict for submission, each in its
 * own format through its {@link ClaimFormat} (unless the run's job definition says {@code split: false}).
 * Only the {@link Outputs} the run was asked for are written (summary.json always); one log line
 * then says what was written and how big.
 */
class WriteReportsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteReportsTasklet.class);

    /** Runs report.html's trend line covers (issue 15). */
    static final int TREND_RUNS = 30;

    private final RunStore runs;
    private final ReportQueries queries;
    private final RejectStore rejects;
    private final ClaimStore claims;
    private final X12TransactionStore transactionStore;
    private final RulePack pack;
    private final ClaimFormats formats;
    private final boolean split;
    private final Outputs outputs;

    private final RunIds runIds;
    private final RunProgress progress;
    private final PlatformTransactionManager transactions;
    private final JobRepository jobRepository;

    WriteReportsTasklet(RunStore runs, RunIds runIds, ReportQueries queries, RejectStore rejects, ClaimStore claims,
            X12TransactionStore transactionStore, RulePack pack, ClaimFormats formats, boolean split, Outputs outputs, RunProgress progress,
            PlatformTransactionManager transactions, JobRepository jobRepository) {
        this.jobRepository = jobRepository;
        this.transactions = transactions;
        this.split = split;
        this.outputs = outputs;
        this.progress = progress;
        this.runs = runs;
        this.runIds = runIds;
        this.queries = queries;
        this.rejects = rejects;
        this.claims = claims;
        this.transactionStore = transactionStore;
        this.pack = pack;
        this.formats = formats;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long runId = runIds.of(contribution.getStepExecution().getJobExecution());
        RunRecord run = runs.run(runId).orElseThrow(() -> new IllegalStateException("run " + runId + " is not recorded"));
        ScreeningTally tally = tallyOf(contribution.getStepExecution().getJobExecution().getJobInstance(),
                Path.of(run.outDir()).resolve(ScreenClaimsJobConfiguration.WORK_FOLDER));
        RunCounts counts = queries.countsWith(runId, tally.clean, tally.held, tally.linesFlagged, tally.findings,
                tally.atRiskCents, tally.patientCents);
        runs.storeCounts(runId, counts);
        runs.storeTally(runId, counts, tally.bySeverity(), tally.byRule, tally.atRiskByRule);
        RunSummary summary = summary(run, counts, tally);
        List<InputFileRecord> inputs = runs.inputs(runId);
        startProgress(tally, inputs);

        Path outDir = Path.of(run.outDir());
        Files.createDirectories(outDir);
        removeLeftovers(outDir);
        new SummaryJsonWriter().write(outDir.resolve("summary.json"), summary);
        progress.wroteFiles(1);
        writeReports(runId, outDir, summary, trend(run));
        if (split) {
            // after the reports, on this thread: a second thread bought nothing measurable (docs/benchmarks.md)
            splitInputs(runId, outDir, inputs);
        }
        log.info(written(runId, outDir, readX12(inputs)));
        // Completed as the data commits, so history never sees this run's inputs half replaced; last,
        // so that its completed_at, the moment later runs' history counts it from, is as near the commit
        // as can be (a run starting while the reports are written does not count it, nor does its rerun).
        runs.complete(runId, Instant.now());
        return RepeatStatus.FINISHED;
    }

    /** The job's last {@link #TREND_RUNS} completed runs, ending with this one, for report.html's trend line. */
    private List<TrendPoint> trend(RunRecord run) {
        return runs.lastCompleted(run.jobName(), run.runId(), TREND_RUNS).stream()
                .map(r -> new TrendPoint(r.runId(), r.asOf(), r.claimsHeld() == null ? 0 : r.claimsHeld(),
                        Money.ofCents(r.amountAtRiskCents() == null ? 0 : r.amountAtRiskCents())))
                .toList();
    }

    /** Rows to write: the findings (once, however many reports take them) and the lines the split walks. */
    private void startProgress(ScreeningTally tally, List<InputFileRecord> inputs) {
        boolean findings = outputs.has(Outputs.File.REPORT) || outputs.has(Outputs.File.FINDINGS_CSV)
                || outputs.has(Outputs.File.FINDINGS_JSON);
        int files = 1;
        for (Outputs.File output : List.of(Outputs.File.REPORT, Outputs.File.FINDINGS_CSV, Outputs.File.FINDINGS_JSON,
                Outputs.File.REJECTS, Outputs.File.NOT_SCREENED)) {
            files += outputs.has(output) ? 1 : 0;
        }
        if (outputs.has(Outputs.File.X12_ACKNOWLEDGEMENTS) && readX12(inputs)) {
            files++;
        }
        if (split) {
            files += 2 * (int) inputs.stream().filter(InputFileRecord::ok).count();
        }
        progress.writingReports((findings ? tally.findings : 0) + (split ? tally.linesScreened : 0), files);
    }

    /** Rows between two words to {@link RunProgress}. */
    private static final int PROGRESS_EVERY = 4096;

    private void writeReports(long runId, Path outDir, RunSummary summary, List<TrendPoint> trend)
            throws java.io.IOException {
        Path workDir = outDir.resolve(ScreenClaimsJobConfiguration.WORK_FOLDER);
        List<Integer> buckets = RouteInputsTasklet.readManifest(workDir);
        List<Path> findingParts = buckets.stream().map(b -> PartFiles.findings(workDir, b)).toList();
        List<Path> lineParts = buckets.stream().map(b -> PartFiles.lines(workDir, b)).toList();
        boolean html = outputs.has(Outputs.File.REPORT);
        boolean csv = outputs.has(Outputs.File.FINDINGS_CSV);
        boolean json = outputs.has(Outputs.File.FINDINGS_JSON);
        if (html || csv || json) {
            try (HtmlReportWriter.Draft draft = html ? new HtmlReportWriter().start() : null) {
                // One pass over the partitions' findings, merged in claim order, feeds the reports asked for.
                try (PartFiles.Merged<FindingRow> findings = PartFiles.mergeFindings(findingParts)) {
                    writeIf(csv, outDir.resolve("findings.csv"), csvOut -> writeIf(json,
                            outDir.resolve("findings.json"), jsonOut -> {
                                List<FindingSink> sinks = new ArrayList<>(3);
                                if (jsonOut != null) {
                                    sinks.add(new FindingsJsonWriter().open(jsonOut));
                                }
                                if (csvOut != null) {
                                    sinks.add(new FindingsCsvWriter().open(csvOut));
                                }
                                if (draft != null) {
                                    sinks.add(draft);
                                }
                                Iterator<FindingRow> rows = findings;
                                int sinceReported = 0;
                                while (rows.hasNext()) {
                                    FindingRow finding = rows.next();
                                    for (FindingSink sink : sinks) {
                                        sink.accept(finding);
                                    }
                                    if (++sinceReported == PROGRESS_EVERY) {
                                        progress.wroteRows(sinceReported);
                                        sinceReported = 0;
                                    }
                                }
                                progress.wroteRows(sinceReported);
                                for (FindingSink sink : sinks) {
                                    sink.finish();
                                }
                            }));
                }
                progress.wroteFiles((csv ? 1 : 0) + (json ? 1 : 0));
                if (draft != null) {
                    try (PartFiles.Merged<ClaimLineRow> lines = PartFiles.mergeLines(lineParts);
                            Stream<RejectRow> rejectRows = rejects.rejects(runId)) {
                        AtomicFile.write(outDir.resolve("report.html"),
                                out -> draft.writePage(out, summary, trend, () -> lines, rejectRows::iterator));
                    }
                    progress.wroteFiles(1);
                }
            }
        }
        if (outputs.has(Outputs.File.REJECTS)) {
            try (Stream<RejectRow> rejectRows = rejects.rejects(runId)) {
                new RejectsCsvWriter().write(outDir.resolve("rejects.csv"), rejectRows::iterator);
            }
            progress.wroteFiles(1);
        }
        if (outputs.has(Outputs.File.NOT_SCREENED)) {
            // the run's own few records of what it read but left out: every claim read is named in a file
            try (Stream<NotScreenedRow> notScreened = claims.unscreened(runId)) {
                new NotScreenedCsvWriter().write(outDir.resolve("not-screened.csv"), notScreened::iterator);
            }
            progress.wroteFiles(1);
        }
        if (outputs.has(Outputs.File.X12_ACKNOWLEDGEMENTS) && summary.x12Transactions() != null) {
            new X12AcknowledgementsCsvWriter().write(outDir.resolve(Outputs.File.X12_ACKNOWLEDGEMENTS.written()),
                    summary.x12Transactions());
            progress.wroteFiles(1);
        }
    }

    /** Whether the run read an 837P input: only then do its summary and report say what its transactions came to. */
    private static boolean readX12(List<InputFileRecord> inputs) {
        return inputs.stream().anyMatch(input -> input.ok() && X12ClaimFormat.NAME.equals(input.format()));
    }

    /** Writes {@code target} atomically through {@code body}, or, when not {@code wanted}, runs {@code body} with null. */
    private static void writeIf(boolean wanted, Path target, IoConsumer<Writer> body) throws java.io.IOException {
        if (wanted) {
            AtomicFile.write(target, body);
        } else {
            body.accept(null);
        }
    }

    /**
     * What the run wrote, in one log line: each file's name and size, clean/ and held/ as folders,
     * and what {@code --outputs} or the job definition left out (x12-acknowledgements.csv only when
     * the run read an 837P: no other run would write it). Names of claimscreen's own files only.
     */
    String written(long runId, Path outDir, boolean readX12) throws java.io.IOException {
        List<String> parts = new ArrayList<>();
        long total = 0;
        int files = 0;
        List<String> leftOut = new ArrayList<>();
        for (Outputs.File output : Outputs.File.values()) {
            boolean wanted = output == Outputs.File.SPLIT ? split : outputs.has(output);
            if (!wanted) {
                if (output != Outputs.File.X12_ACKNOWLEDGEMENTS || readX12) {
                    leftOut.add(output.written());
                }
                continue;
            }
            if (output == Outputs.File.SPLIT) {
                for (String folder : List.of("clean", "held")) {
                    long[] size = folderSize(outDir.resolve(folder));
                    parts.add(String.format(Locale.ROOT, "%s/ %s (%d file%s)", folder, megabytes(size[0]), size[1],
                            size[1] == 1 ? "" : "s"));
                    total += size[0];
                    files += (int) size[1];
                }
                continue;
            }
            Path file = outDir.resolve(output.written());
            if (Files.isRegularFile(file)) {
                long size = Files.size(file);
                parts.add(output.written() + " " + megabytes(size));
                total += size;
                files++;
            }
        }
        return String.format(Locale.ROOT, "run %d wrote %d files, %s: %s%s", runId, files, megabytes(total),
                String.join(", ", parts), leftOut.isEmpty() ? "" : "; not asked for: " + String.join(", ", leftOut));
    }

    private static long[] folderSize(Path folder) throws java.io.IOException {
        long[] sizeAndCount = new long[2];
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    sizeAndCount[0] += Files.size(file);
                    sizeAndCount[1]++;
                }
            }
        }
        return sizeAndCount;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / 1_000_000.0);
    }

    /**
     * The clean/held split, the merged verdict parts beside each input in file order, each input in
     * a read-only transaction of its own (PostgreSQL streams a cursor only inside one).
     */
    private void splitInputs(long runId, Path outDir, List<InputFileRecord> inputs) throws java.io.IOException {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Path workDir = outDir.resolve(ScreenClaimsJobConfiguration.WORK_FOLDER);
        List<Path> parts = RouteInputsTasklet.readManifest(workDir).stream()
                .map(b -> PartFiles.verdicts(workDir, b)).toList();
        try (PartFiles.Merged<PartFiles.VerdictLine> verdicts = PartFiles.mergeVerdicts(parts)) {
            for (InputFileRecord input : inputs.stream()
                    .sorted(Comparator.comparingInt(InputFileRecord::fileIndex)).toList()) {
                try {
                    readOnly.executeWithoutResult(status -> {
                        try {
                            splitInput(runId, outDir, input, linesOf(verdicts, input.fileIndex(), progress));
                        } catch (java.io.IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                if (input.ok()) {
                    progress.wroteFiles(2);
                }
            }
        }
    }

    /**
     * clean/ and held/ of one screened input, split by its claims' verdicts, in its own format. An
     * input whose format has no splitter yet is left out, and the log says so.
     */
    private void splitInput(long runId, Path outDir, InputFileRecord input, Iterator<StoredVerdicts.Line> lines)
            throws java.io.IOException {
        if (!input.ok()) {
            return;
        }
        Optional<ClaimFormat> format = formats.named(input.format());
        if (format.isEmpty()) {
            log.warn("{}: no clean/held split for {} input yet", input.name(), input.format());
            return;
        }
        Path file = Path.of(input.path());
        ClaimSplitter.Split split = null;
        if (Files.isReadable(file)) {
            // the input's stored lines in file order beside its records: memory stays flat however big it is
            try (StoredVerdicts verdicts = queries.verdicts(runId, input.fileIndex(), lines)) {
                // hashed as it is split: a file changed since screening leaves no split behind
                split = format.get().splitter().split(file, input.sha256(), verdicts,
                        outDir.resolve("clean"), outDir.resolve("held"));
            } catch (ClaimSplitter.ChangedInputException e) {
                split = null;
            }
        }
        if (split == null) {
            // Splitting other content than was screened would send unscreened claims to clean/.
            log.warn("{}: changed or gone since it was screened; no clean/held split written", input.name());
            return;
        }
        log.info("{}: {} records to clean/, {} to held/, {} to neither (rejected or not screened)",
                input.name(), split.cleanRecords(), split.heldRecords(), split.otherRecords());
    }

    /**
     * The merged verdict lines of one input: those of earlier inputs that no split took (an input
     * left out, or one whose split ended early) are passed over first.
     */
    private static Iterator<StoredVerdicts.Line> linesOf(PartFiles.Merged<PartFiles.VerdictLine> merged, int fileIndex,
            RunProgress progress) {
        while (merged.hasNext() && merged.nextFileIndex() < fileIndex) {
            merged.next();
            progress.wroteRows(1); // counted in the total: passed over is done
        }
        return new Iterator<>() {
            private int sinceReported;

            @Override
            public boolean hasNext() {
                boolean more = merged.nextFileIndex() == fileIndex;
                if (!more && sinceReported > 0) {
                    progress.wroteRows(sinceReported);
                    sinceReported = 0;
                }
                return more;
            }

            @Override
            public StoredVerdicts.Line next() {
                PartFiles.VerdictLine line = merged.next();
                if (++sinceReported == PROGRESS_EVERY) {
                    progress.wroteRows(sinceReported);
                    sinceReported = 0;
                }
                return new StoredVerdicts.Line(line.sourceLine(), line.claimId(), line.status());
            }
        };
    }

    private static Map<String, Money> atRiskByRule(ScreeningTally tally) {
        Map<String, Money> byRule = new LinkedHashMap<>();
        tally.atRiskByRule.forEach((rule, cents) -> byRule.put(rule, Money.ofCents(cents)));
        return byRule;
    }

    /**
     * Temp files an attempt killed mid-write left behind (AtomicFile's hidden {@code .NAME.*.tmp}):
     * the folder is this run's alone, so whatever is half-written in it is ours to remove.
     */
    private static void removeLeftovers(Path outDir) throws java.io.IOException {
        for (Path folder : List.of(outDir, outDir.resolve("clean"), outDir.resolve("held"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(file)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    /**
     * The partitions' tallies added up: each partition's last execution kept its own, committed
     * with its rows (a partition done before a restart kept it from then).
     */
    private ScreeningTally tallyOf(JobInstance instance, Path workDir) throws java.io.IOException {
        ScreeningTally total = new ScreeningTally();
        for (int bucket : RouteInputsTasklet.readManifest(workDir)) {
            StepExecution partition = jobRepository.getLastStepExecution(instance, BucketPartitioner.stepName(bucket));
            Object tally = partition == null ? null : partition.getExecutionContext().get(ScreenPartitionTasklet.TALLY);
            if (!(tally instanceof ScreeningTally counted)) {
                throw new IllegalStateException("partition " + bucket + " of the run recorded no counts");
            }
            total.add(counted);
        }
        return total;
    }

    private RunSummary summary(RunRecord run, RunCounts counts, ScreeningTally tally) {
        Map<Integer, Long> lines = queries.linesPerInput(run.runId());
        List<RunSummary.InputFile> inputs = new ArrayList<>();
        List<InputFileRecord> recorded = runs.inputs(run.runId());
        List<X12Transaction> transactions = readX12(recorded) ? transactionStore.transactions(run.runId()) : null;
        for (InputFileRecord input : recorded) {
            inputs.add(new RunSummary.InputFile(input.name(), input.format(), input.sha256(),
                    lines.getOrDefault(input.fileIndex(), 0L), input.status(), input.problem()));
        }
        return new RunSummary(
                run.runId(), run.jobName(), "COMPLETED",
                run.startedAt().atZone(ZoneId.systemDefault()).toInstant(), Instant.now(),
                run.asOf(), pack.id(), pack.version(), inputs,
                counts.claimsRead(), counts.claimsClean(), counts.claimsHeld(), counts.claimsRejected(),
                counts.claimsNotScreened(), counts.linesRead(), counts.linesFlagged(), counts.rejects(),
                tally.bySeverity(), new LinkedHashMap<>(tally.byRule),
                Money.ofCents(counts.amountAtRiskCents()), atRiskByRule(tally),
                Money.ofCents(counts.patientEstimateCents()),
                queries.changesSincePreviousRun(run.runId(), run.jobName()), tally.atRisk(), provenance(run),
                transactions);
    }

    /** Whether the run was a trial, where its history stood, and what a rerun reran with. */
    static RunSummary.Provenance provenance(RunRecord run) {
        return new RunSummary.Provenance(run.trial(),
                run.historyCutoff() == null ? null : run.historyCutoff().atZone(ZoneId.systemDefault()).toInstant(),
                run.rerunOf(), run.rerunHistory(), run.rerunRules(),
                run.rerunNotes() == null ? List.of() : List.of(run.rerunNotes().split("; ")));
    }
}
