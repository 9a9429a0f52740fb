package org.claimscreen.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.intake.ClaimFormat;
import org.claimscreen.intake.ClaimFormats;
import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.RecordRejectedException;
import org.claimscreen.persistence.ClaimStore;
import org.claimscreen.persistence.InputFileRecord;
import org.claimscreen.persistence.RejectStore;
import org.claimscreen.persistence.RunStore;
import org.claimscreen.persistence.X12TransactionStore;
import org.claimscreen.run.measure.Measurements;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One streaming pass over the run's inputs: each claim row goes to the bucket file of its member's
 * id hash (local disk, under the run's work folder), so that a partition later holds one bucket,
 * never the whole input, and finds all of a member's claims of the run together. Bad rows become
 * rejects, resources out of scope are recorded as not screened, replacements and voids as such; an
 * 837P input's transactions are recorded with their 999-style summary as the reader ends each.
 *
 * <p>It runs in the step's one transaction: a route killed part-way leaves nothing in the database
 * and is redone from nothing on restart (its bucket files are written anew). The bucket files are
 * forced to disk before that transaction commits.
 */
class RouteInputsTasklet implements Tasklet {

    private final long runId;
    private final List<InputFileRecord> inputs;
    private final ClaimFormats formats;
    private final Path workDir;
    private final int buckets;
    private final ClaimStore claims;
    private final RejectStore rejects;
    private final RunStore runs;
    private final X12TransactionStore transactions;
    private final RunProgress progress;

    RouteInputsTasklet(long runId, List<InputFileRecord> inputs, InputReading reading, Path workDir, int buckets,
            ClaimStore claims, RejectStore rejects, RunStore runs, X12TransactionStore transactions,
            RunProgress progress) {
        this.runId = runId;
        this.inputs = inputs.stream().filter(InputFileRecord::ok).toList();
        this.formats = reading.formats();
        this.workDir = workDir;
        this.buckets = buckets;
        this.claims = claims;
        this.rejects = rejects;
        this.runs = runs;
        this.transactions = transactions;
        this.progress = progress;
    }

    /** How many buckets a run of {@code bytes} of input needs for each to fit in memory. */
    static int bucketsFor(long bytes, long bytesPerBucket, int minimum) {
        long needed = (bytes + bytesPerBucket - 1) / bytesPerBucket;
        return (int) Math.max(minimum, Math.min(needed, 100_000));
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        if (RecordedMark.isSet(chunkContext)) {
            return RepeatStatus.FINISHED; // recorded by an attempt that was stopped right after its commit
        }
        prepareWorkDir();
        long totalBytes = inputs.stream().mapToLong(InputFileRecord::sizeBytes).sum();
        progress.routing(totalBytes);
        BucketFiles.Writer[] writers = new BucketFiles.Writer[buckets];
        ClaimIndex index = new ClaimIndex(workDir, buckets);
        try {
            for (int b = 0; b < buckets; b++) {
                writers[b] = new BucketFiles.Writer(BucketFiles.file(workDir, b));
            }
            long bytesOfClosedFiles = 0;
            long linesOfClosedFiles = 0;
            long items = 0;
            for (InputFileRecord input : inputs) {
                long lines = 0;
                ClaimFormat format = formats.named(input.format()).orElseThrow(() -> new IllegalStateException(
                        input.name() + " was registered as " + input.format() + ", a format this version cannot read"));
                try (ClaimReader reader = format.open(Path.of(input.path()))) {
                    // in this step's transaction with the claims and rejects: a redone route records them once
                    reader.onTransaction(transaction -> transactions.insert(runId, input.fileIndex(), transaction));
                    while (true) {
                        ClaimRecord record;
                        try {
                            record = reader.next();
                        } catch (RecordRejectedException e) {
                            rejects.insert(runId, input.fileIndex(),
                                    e.restUnreadable() ? RejectStore.Kind.FILE : RejectStore.Kind.ROW, e.reject());
                            if (!e.restUnreadable()) {
                                lines++;
                            }
                            continue;
                        }
                        if (record == null) {
                            break;
                        }
                        lines += route(input.fileIndex(), record, writers, index);
                        if (++items % 4096 == 0) {
                            progress.reading(linesOfClosedFiles + lines, bytesOfClosedFiles + reader.bytesRead(),
                                    totalBytes);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + input.path() + ": " + e.getMessage(), e);
                }
                bytesOfClosedFiles += input.sizeBytes();
                linesOfClosedFiles += lines;
                runs.setInputLines(runId, input.fileIndex(), lines);
            }
            progress.reading(linesOfClosedFiles, totalBytes, totalBytes);
        } finally {
            try {
                index.close();
            } finally {
                closeAll(writers);
            }
        }
        // A claim whose rows name members of different buckets would reach two partitions in
        // pieces: it is rejected here, as the claim's rows disagree, and no partition screens it.
        long[] claimsPerBucket = new long[buckets];
        for (ClaimIndex.Split split : index.splitClaims(inputNames(), claimsPerBucket)) {
            rejects.insert(runId, split.fileIndex(), RejectStore.Kind.CLAIM, split.reject());
        }
        writeBucketClaims(workDir, claimsPerBucket);
        Files.writeString(workDir.resolve(MANIFEST), Integer.toString(buckets));
        RecordedMark.set(chunkContext);
        return RepeatStatus.FINISHED;
    }

    /** Names the buckets once they are all written: partitions are made from it. */
    static final String MANIFEST = "buckets";

    /** The claims routed to each bucket, one number a line: the screening step's total. */
    static final String BUCKET_CLAIMS = "claims-per-bucket";

    private static void writeBucketClaims(Path workDir, long[] claimsPerBucket) throws IOException {
        StringBuilder text = new StringBuilder(claimsPerBucket.length * 6);
        for (long claims : claimsPerBucket) {
            text.append(claims).append('\n');
        }
        Files.writeString(workDir.resolve(BUCKET_CLAIMS), text);
    }

    /** The claims routed to each bucket; null for a run routed before they were kept. */
    static long[] readBucketClaims(Path workDir) throws IOException {
        Path file = workDir.resolve(BUCKET_CLAIMS);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).mapToLong(Long::parseLong).toArray();
    }

    private Map<Integer, String> inputNames() {
        Map<Integer, String> names = new HashMap<>();
        inputs.forEach(input -> names.put(input.fileIndex(), input.name()));
        return names;
    }

    /** Routes one record to its member's bucket; returns the claim lines it held. */
    private int route(int fileIndex, ClaimRecord record, BucketFiles.Writer[] writers, ClaimIndex index)
            throws IOException {
        if (record instanceof ClaimRecord.Rows rows) {
            if (rows.rows().isEmpty()) {
                return 0;
            }
            Measurements.claimRead();
            ClaimRow first = rows.rows().get(0);
            int bucket = BucketFiles.bucketOf(first.memberId(), buckets);
            writers[bucket].write(fileIndex, rows.rows());
            index.add(fileIndex, first.claimId(), first.line(), bucket);
            return rows.rows().size();
        }
        if (record instanceof ClaimRecord.Whole whole) {
            Claim claim = whole.claim();
            Measurements.claimRead();
            if (!whole.replaces().isEmpty()) {
                claims.insertReplacements(runId, fileIndex, claim.claimId(), whole.replaces(),
                        ClaimStore.Replacement.REPLACE);
            }
            int bucket = BucketFiles.bucketOf(claim.memberId(), buckets);
            writers[bucket].write(fileIndex, claim);
            index.add(fileIndex, claim.claimId(), claim.lines().get(0), bucket);
            return claim.lines().size();
        }
        ClaimRecord.Unscreened unscreened = (ClaimRecord.Unscreened) record;
        claims.insertUnscreened(runId, fileIndex, unscreened.line(), unscreened.claimId(), unscreened.reason());
        if (!unscreened.voids().isEmpty() && unscreened.claimId() != null) {
            claims.insertReplacements(runId, fileIndex, unscreened.claimId(), unscreened.voids(),
                    ClaimStore.Replacement.VOID);
        }
        return 0;
    }

    /** A route redone after a crash starts from an empty work folder. */
    private void prepareWorkDir() throws IOException {
        if (Files.isDirectory(workDir)) {
            try (Stream<Path> files = Files.list(workDir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(workDir);
    }

    private static void closeAll(BucketFiles.Writer[] writers) throws IOException {
        IOException first = null;
        for (BucketFiles.Writer writer : writers) {
            if (writer == null) {
                continue;
            }
            try {
                writer.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    static List<Integer> readManifest(Path workDir) throws IOException {
        int count = Integer.parseInt(Files.readString(workDir.resolve(MANIFEST)).trim());
        List<Integer> all = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            all.add(b);
        }
        return all;
    }
}
