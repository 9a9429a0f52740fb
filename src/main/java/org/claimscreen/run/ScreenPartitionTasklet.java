package org.claimscreen.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimAssembler;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.PriorService;
import org.claimscreen.domain.rules.RuleEngine;
import org.claimscreen.domain.rules.RulePack;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.ScreenedClaim;
import org.claimscreen.intake.Reject;
import org.claimscreen.output.ClaimLineRow;
import org.claimscreen.output.FindingRow;
import org.claimscreen.persistence.ClaimStore;
import org.claimscreen.persistence.JdbcHistory;
import org.claimscreen.persistence.PartitionStore;
import org.claimscreen.persistence.RejectStore;
import org.claimscreen.run.PartFiles.ClaimKey;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.dao.DuplicateKeyException;

/**
 * Screens one bucket: its claims, grouped by claim and member, plus its members' earlier history
 * read in one query, through the rule pack; then, in the step's one transaction, records verdicts,
 * findings, rejects and the run's service lines, and the partition as done. Its part files are
 * forced to disk before that commit, so a partition recorded done always has them; one killed
 * part-way left nothing recorded and is redone from nothing.
 *
 * <p>A bucket is recorded once ({@link PartitionStore#recorded}): with worker processes two
 * attempts at one bucket can run at once (a restart's beside an old one on a worker), and only
 * the first to commit keeps its rows; one that finds the bucket recorded takes that attempt's
 * counts and records nothing.
 */
class ScreenPartitionTasklet implements Tasklet {

    /** Where a partition keeps its {@link ScreeningTally}: its execution context, committed with its rows. */
    static final String TALLY = "claimscreen.tally";

    /** Prior services in the order history has always given them (date, claim, line, run, input). */
    private static final Comparator<Prior> HISTORY_ORDER = Comparator
            .comparing((Prior p) -> p.service().serviceDate())
            .thenComparing(p -> p.service().claimId())
            .thenComparingInt(p -> p.service().lineNumber())
            .thenComparingLong(p -> p.service().runId())
            .thenComparingInt(Prior::fileIndex);

    /** Claims a partition screens between two words to {@link RunProgress}. */
    private static final int PROGRESS_EVERY = 1000;

    private final long runId;
    private final int bucket;
    private final Path workDir;
    private final Map<Integer, String> inputNames;
    private final RuleEngine engine;
    private final LocalDate asOf;
    private final JdbcHistory history;
    private final ClaimStore claims;
    private final RejectStore rejects;
    private final RunProgress progress;
    private final Duration pauseBeforeCommit;
    private final PartitionStore partitions;
    private final LongFunction<Object> tallyOfAttempt;

    /**
     * @param pauseBeforeCommit how long to wait between forcing the part files and writing the
     *                          rows: zero, except in the tests that kill a run exactly there
     * @param tallyOfAttempt    the {@link ScreeningTally} another attempt (a step execution id) kept
     */
    ScreenPartitionTasklet(long runId, int bucket, Path workDir, Map<Integer, String> inputNames, RuleEngine engine,
            LocalDate asOf, JdbcHistory history, ClaimStore claims, RejectStore rejects, RunProgress progress,
            Duration pauseBeforeCommit, PartitionStore partitions, LongFunction<Object> tallyOfAttempt) {
        this.partitions = partitions;
        this.tallyOfAttempt = tallyOfAttempt;
        this.pauseBeforeCommit = pauseBeforeCommit;
        this.runId = runId;
        this.bucket = bucket;
        this.workDir = workDir;
        this.inputNames = inputNames;
        this.engine = engine;
        this.asOf = asOf;
        this.history = history;
        this.claims = claims;
        this.rejects = rejects;
        this.progress = progress;
    }

    /** A service of the bucket or of history, with the input it came from. */
    private record Prior(int fileIndex, PriorService service) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        if (RecordedMark.isSet(chunkContext)) {
            return RepeatStatus.FINISHED; // recorded by an attempt that was stopped right after its commit
        }
        StepExecution attempt = chunkContext.getStepContext().getStepExecution();
        if (recordedByAnother(attempt, chunkContext)) {
            return RepeatStatus.FINISHED;
        }
        TreeMap<ClaimKey, Pieces> piecesByClaim = readBucket();
        Assembled assembled = assemble(piecesByClaim);
        piecesByClaim.clear();
        Map<ClaimKey, Claim> good = assembled.good();
        List<ClaimReject> rejected = assembled.rejected();
        Map<String, List<Prior>> byMember = servicesByMember(good, assembled.claimIdsOfMember());

        // screen, in claim order
        Map<Integer, List<ScreenedClaim>> screenedByFile = new TreeMap<>();
        List<Verdict> verdicts = new ArrayList<>();
        ScreeningTally tally = new ScreeningTally();
        long reported = 0;
        try (PartFiles.FindingWriter findingPart = new PartFiles.FindingWriter(PartFiles.findings(workDir, bucket));
                PartFiles.LineWriter linePart = new PartFiles.LineWriter(PartFiles.lines(workDir, bucket));
                PartFiles.VerdictWriter verdictPart = new PartFiles.VerdictWriter(PartFiles.verdicts(workDir, bucket))) {
            long sinceReported = 0;
            for (Map.Entry<ClaimKey, Claim> entry : good.entrySet()) {
                if (++sinceReported == PROGRESS_EVERY) {
                    progress.screened(sinceReported);
                    reported += sinceReported;
                    sinceReported = 0;
                }
                ClaimKey key = entry.getKey();
                Claim claim = entry.getValue();
                List<Prior> services = byMember.getOrDefault(claim.memberId().value(), List.of());
                ScreenedClaim screened = engine.screen(claim, asOf, historyOf(key, services));
                screenedByFile.computeIfAbsent(key.fileIndex(), i -> new ArrayList<>()).add(screened);
                tally.add(screened, engine.reference());
                writeParts(key.fileIndex(), screened, findingPart, linePart);
                String status = screened.status().name();
                for (ClaimLine line : claim.lines()) {
                    verdicts.add(new Verdict(key.fileIndex(), new PartFiles.VerdictLine(line.sourceLine(),
                            claim.claimId(), status)));
                }
            }
            // clean/ and held/ are split in file order
            verdicts.sort(Comparator.comparingInt(Verdict::fileIndex)
                    .thenComparingLong(v -> v.line().sourceLine()));
            for (Verdict verdict : verdicts) {
                verdictPart.write(verdict.fileIndex(), verdict.line());
            }
            verdictPart.commit();
            // record: the part files first (forced to disk), then the rows with the partition's end
            findingPart.commit();
            linePart.commit();
        }
        if (!pauseBeforeCommit.isZero()) {
            try {
                Thread.sleep(pauseBeforeCommit.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted before recording partition " + bucket, e);
            }
        }
        if (recordedByAnother(attempt, chunkContext)) {
            return RepeatStatus.FINISHED; // another attempt committed while this one screened
        }
        try {
            partitions.recorded(runId, bucket, attempt.getId());
        } catch (DuplicateKeyException recordedMeanwhile) {
            throw new IllegalStateException("partition " + bucket + " of run " + runId + " was recorded by another"
                    + " attempt while this one ran; this one keeps nothing ('claimscreen restart " + runId
                    + "' takes the other's results)", recordedMeanwhile);
        }
        for (ClaimReject reject : rejected) {
            rejects.insert(runId, reject.fileIndex(), RejectStore.Kind.CLAIM, reject.reject());
        }
        screenedByFile.forEach((fileIndex, screened) -> claims.insertScreened(runId, fileIndex, screened));
        progress.partitionDone(bucket, reported, good.size() + rejected.size());
        chunkContext.getStepContext().getStepExecution().getExecutionContext().put(TALLY, tally);
        RecordedMark.set(chunkContext);
        return RepeatStatus.FINISHED;
    }

    /**
     * Whether another attempt recorded the bucket (one still running on a worker when the run was
     * restarted): this one then takes its counts and records nothing.
     */
    private boolean recordedByAnother(StepExecution attempt, ChunkContext chunkContext) {
        Optional<Long> recordedBy = partitions.recordedBy(runId, bucket);
        if (recordedBy.isEmpty() || recordedBy.get() == attempt.getId()) {
            return false;
        }
        attempt.getExecutionContext().put(TALLY, tallyOfAttempt.apply(recordedBy.get()));
        progress.partitionDone(bucket, 0, 0);
        RecordedMark.set(chunkContext);
        return true;
    }

    /**
     * What the bucket holds of one claim: the rows of flat records (CSV rows, which may stand
     * anywhere in their file), or the claim read whole (a FHIR Claim; more than one when a file
     * repeats a claim id).
     */
    private static final class Pieces {
        private final List<ClaimRow> rows = new ArrayList<>(2);
        private final List<Claim> wholes = new ArrayList<>(1);

        String sourceFile() {
            return rows.isEmpty() ? wholes.get(0).sourceFile() : rows.get(0).sourceFile();
        }

        MemberId memberId() {
            return rows.isEmpty() ? wholes.get(0).memberId() : rows.get(0).memberId();
        }

        long sourceLine() {
            return rows.isEmpty() ? wholes.get(0).lines().get(0).sourceLine() : rows.get(0).line().sourceLine();
        }
    }

    /** The bucket's claims by key, in input and claim-id order. */
    private TreeMap<ClaimKey, Pieces> readBucket() throws IOException {
        TreeMap<ClaimKey, Pieces> piecesByClaim = new TreeMap<>();
        BucketFiles.read(BucketFiles.file(workDir, bucket), inputNames, item -> {
            if (item.claim() != null) {
                piecesByClaim.computeIfAbsent(new ClaimKey(item.fileIndex(), item.claim().claimId()),
                        k -> new Pieces()).wholes.add(item.claim());
                return;
            }
            for (ClaimRow row : item.rows()) {
                piecesByClaim.computeIfAbsent(new ClaimKey(item.fileIndex(), row.claimId()), k -> new Pieces())
                        .rows.add(row);
            }
        });
        return piecesByClaim;
    }

    /** Whole claims to screen, claims rejected here, and every claim id the bucket has per member. */
    private record Assembled(Map<ClaimKey, Claim> good, List<ClaimReject> rejected,
            Map<MemberId, Set<String>> claimIdsOfMember) {
    }

    /**
     * Whole claims, or rejects: a claim with a bad row, from a broken file, whose rows disagree, or
     * whose id a file gives to more than one claim read whole.
     */
    private Assembled assemble(TreeMap<ClaimKey, Pieces> piecesByClaim) {
        Set<RejectStore.ClaimRef> rejectedAlready = rejects.rejectedClaims(runId);
        Map<Integer, Long> brokenInputs = rejects.brokenInputs(runId);
        Map<ClaimKey, Claim> good = new LinkedHashMap<>();
        List<ClaimReject> rejected = new ArrayList<>();
        Map<MemberId, Set<String>> claimIdsOfMember = new HashMap<>();
        for (Map.Entry<ClaimKey, Pieces> entry : piecesByClaim.entrySet()) {
            ClaimKey key = entry.getKey();
            Pieces pieces = entry.getValue();
            // every claim id this run screens supersedes its earlier versions, rejected or not
            claimIdsOfMember.computeIfAbsent(pieces.memberId(), m -> new HashSet<>()).add(key.claimId());
            if (rejectedAlready.contains(new RejectStore.ClaimRef(key.fileIndex(), key.claimId()))) {
                continue; // rejected by a bad row, or for rows that went to two partitions
            }
            Long brokenAt = brokenInputs.get(key.fileIndex());
            if (brokenAt != null) {
                // Never pass as clean a claim whose other lines may stand in the unreadable rest of the file.
                rejected.add(new ClaimReject(key.fileIndex(), new Reject(pieces.sourceFile(), pieces.sourceLine(),
                        key.claimId(), null, "the file cannot be read past line " + brokenAt
                                + ", so this claim may be missing lines; fix the file and screen it again")));
                continue;
            }
            if (pieces.rows.isEmpty() && pieces.wholes.size() == 1) {
                good.put(key, pieces.wholes.get(0)); // read whole: nothing to put together
                continue;
            }
            if (!pieces.wholes.isEmpty()) {
                rejected.add(new ClaimReject(key.fileIndex(), new Reject(pieces.sourceFile(), pieces.sourceLine(),
                        key.claimId(), "Claim.identifier", "claim " + key.claimId() + " stands in "
                                + pieces.wholes.size() + " resources of the file; a claim is one resource")));
                continue;
            }
            try {
                good.put(key, ClaimAssembler.assemble(pieces.rows));
            } catch (ClaimAssembler.InconsistentClaimException e) {
                rejected.add(new ClaimReject(key.fileIndex(),
                        new Reject(pieces.sourceFile(), e.sourceLine(), key.claimId(), e.column(), e.getMessage())));
            }
        }
        return new Assembled(good, rejected, claimIdsOfMember);
    }

    /**
     * Each member's services, in history's order: this run's other claims (a member's claims are all
     * in its bucket) and earlier runs' (one query for the bucket's members), less the earlier
     * versions of claim ids this run screens.
     */
    private Map<String, List<Prior>> servicesByMember(Map<ClaimKey, Claim> good,
            Map<MemberId, Set<String>> claimIdsOfMember) {
        Map<String, List<Prior>> byMember = new HashMap<>();
        for (Map.Entry<ClaimKey, Claim> entry : good.entrySet()) {
            Claim claim = entry.getValue();
            List<Prior> services = byMember.computeIfAbsent(claim.memberId().value(), m -> new ArrayList<>());
            for (ClaimLine line : claim.lines()) {
                services.add(new Prior(entry.getKey().fileIndex(), new PriorService(runId, claim.claimId(),
                        line.lineNumber(), line.serviceDate(), line.procedureCode(), line.modifiers(), line.units(),
                        line.minutes(), line.charge(), line.renderingNpi(), claim.payerType(), claim.planId())));
            }
        }
        if (byMember.isEmpty()) {
            return byMember;
        }
        Map<String, List<JdbcHistory.Line>> earlier = history.earlierLines(runId, byMember.keySet());
        for (Map.Entry<String, List<JdbcHistory.Line>> entry : earlier.entrySet()) {
            Set<String> screenedNow = claimIdsOfMember.getOrDefault(MemberId.of(entry.getKey()), Set.of());
            List<Prior> services = byMember.get(entry.getKey());
            for (JdbcHistory.Line line : entry.getValue()) {
                if (!screenedNow.contains(line.service().claimId())) {
                    services.add(new Prior(line.fileIndex(), line.service()));
                }
            }
        }
        byMember.values().forEach(services -> services.sort(HISTORY_ORDER));
        return byMember;
    }

    private record ClaimReject(int fileIndex, Reject reject) {
    }

    private record Verdict(int fileIndex, PartFiles.VerdictLine line) {
    }

    /** The member's services on claims other than this one. */
    private History historyOf(ClaimKey key, List<Prior> services) {
        return new History() {
            @Override
            public List<PriorService> otherServicesOf(Claim claim) {
                List<PriorService> others = new ArrayList<>(services.size());
                for (Prior prior : services) {
                    PriorService service = prior.service();
                    if (service.runId() != runId || prior.fileIndex() != key.fileIndex()
                            || !service.claimId().equals(key.claimId())) {
                        others.add(service);
                    }
                }
                return others;
            }

            @Override
            public long runId() {
                return runId;
            }
        };
    }

    /**
     * The claim's findings for findings.csv/.json and the report, each with its line as billed
     * (claim-level findings last, as the database ordered them), and, when it has findings, its
     * lines for the report's claim view.
     */
    private void writeParts(int fileIndex, ScreenedClaim screened, PartFiles.FindingWriter findingPart,
            PartFiles.LineWriter linePart) throws IOException {
        if (screened.findings().isEmpty()) {
            return;
        }
        Claim claim = screened.claim();
        Map<Integer, ClaimLine> lineByNumber = new HashMap<>();
        for (ClaimLine line : claim.lines()) {
            lineByNumber.putIfAbsent(line.lineNumber(), line);
        }
        List<Finding> findings = new ArrayList<>(screened.findings());
        findings.sort(Comparator.comparing(Finding::lineNumber, Comparator.nullsLast(Comparator.naturalOrder())));
        String member = MemberId.mask(claim.memberId().value());
        Set<Finding> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        counted.addAll(screened.countedFindings());
        String status = screened.status().name();
        RulePack pack = engine.pack();
        for (Finding finding : findings) {
            ClaimLine line = finding.lineNumber() == null ? null : lineByNumber.get(finding.lineNumber());
            // a claim-level finding's provider is the claim's first line's, as in the dollar breakdowns
            ClaimLine providerLine = line != null ? line : claim.lines().isEmpty() ? null : claim.lines().get(0);
            String renderingNpi = providerLine == null ? null : providerLine.renderingNpi().value();
            findingPart.write(fileIndex, new FindingRow(runId, claim.sourceFile(), claim.claimId(),
                    finding.lineNumber(), member,
                    line == null ? null : line.serviceDate(),
                    line == null ? null : line.procedureCode().value(),
                    line == null ? null : line.modifiersText(),
                    line == null ? null : line.units(),
                    line == null ? null : line.charge(),
                    finding.ruleId(), finding.severity().name(), finding.message(),
                    finding.denialCode() == null ? null : finding.denialCode().toString(),
                    finding.liable() == null ? null : finding.liable().name(),
                    finding.amountAtRisk(), finding.patientEstimate(), finding.suggestion(), finding.policy(),
                    claim.payerType().name(), renderingNpi, pack.title(finding.ruleId()), claim.payerId(),
                    claim.planId(), providerLine == null ? null : rosterName(providerLine.renderingNpi()), status,
                    counted.contains(finding)));
        }
        List<ClaimLine> lines = new ArrayList<>(claim.lines());
        lines.sort(Comparator.comparingInt(ClaimLine::lineNumber).thenComparingLong(ClaimLine::sourceLine));
        String diagnoses = BinaryText.diagnoses(claim.diagnoses());
        for (ClaimLine line : lines) {
            linePart.write(fileIndex, new ClaimLineRow(claim.sourceFile(), claim.claimId(), line.lineNumber(),
                    line.sourceLine(), line.serviceDate(), line.placeOfService(), line.procedureCode().value(),
                    line.modifiersText(), line.units(), line.minutes(), line.charge(), diagnoses,
                    BinaryText.pointers(line.diagnosisPointers()), line.renderingNpi().value(), line.renderingTaxonomy().value(),
                    npi(line.supervisingNpi()), npi(line.referringNpi()), line.planOfCare().code(),
                    line.abnOnFile().code(), line.lmnOnFile().code()));
        }
    }

    private String rosterName(Npi npi) {
        return engine.reference().provider(npi).map(RosterProvider::name).orElse(null);
    }

    private static String npi(Npi npi) {
        return npi == null ? null : npi.value();
    }
}
