package org.claimscreen.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.intake.Reject;
import org.claimscreen.run.PartFiles.ClaimKey;

/**
 * Which buckets each claim's rows went to, so that a claim whose rows name different members
 * (and so may have gone to different buckets) is found before any partition screens half of it.
 * One entry per run of consecutive rows of a claim in one bucket (for most files: one per claim),
 * spread over files by claim-id hash, so that checking holds one file, never the whole index.
 */
final class ClaimIndex implements AutoCloseable {

    private final Path workDir;
    private final DataOutputStream[] files;
    private int lastFile = -1;
    private String lastClaim;
    private int lastBucket = -1;

    ClaimIndex(Path workDir, int count) throws IOException {
        this.workDir = workDir;
        this.files = new DataOutputStream[count];
        for (int i = 0; i < count; i++) {
            files[i] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(i)), 8 * 1024));
        }
    }

    private Path file(int i) {
        return workDir.resolve(String.format("claims-%05d.idx", i));
    }

    /** A routed record by its first line (its other lines, if any, are of the same claim and member). */
    void add(int fileIndex, String claimId, ClaimLine first, int bucket) throws IOException {
        if (fileIndex == lastFile && bucket == lastBucket && claimId.equals(lastClaim)) {
            return;
        }
        lastFile = fileIndex;
        lastClaim = claimId;
        lastBucket = bucket;
        DataOutputStream out = files[Math.floorMod(claimId.hashCode() * 31 + fileIndex, files.length)];
        out.writeInt(fileIndex);
        out.writeUTF(claimId);
        out.writeInt(bucket);
        out.writeInt(first.lineNumber());
        out.writeLong(first.sourceLine());
    }

    /** A claim found in more than one bucket, with the reject it gets. */
    record Split(int fileIndex, Reject reject) {
    }

    private record Entry(int bucket, int lineNumber, long sourceLine) {
    }

    /**
     * Claims whose rows went to more than one bucket, in claim order; reads the index files once.
     * Counts into {@code claimsPerBucket} the claims each bucket holds rows of (a split claim in each).
     */
    List<Split> splitClaims(Map<Integer, String> inputNames, long[] claimsPerBucket) throws IOException {
        List<Split> splits = new ArrayList<>();
        List<ClaimKey> keys = new ArrayList<>();
        Map<ClaimKey, Split> byKey = new HashMap<>();
        for (int i = 0; i < files.length; i++) {
            Map<ClaimKey, List<Entry>> entries = new HashMap<>();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file(i))))) {
                while (peek(in)) {
                    int fileIndex = in.readInt();
                    String claimId = in.readUTF();
                    entries.computeIfAbsent(new ClaimKey(fileIndex, claimId), k -> new ArrayList<>(1))
                            .add(new Entry(in.readInt(), in.readInt(), in.readLong()));
                }
            }
            for (Map.Entry<ClaimKey, List<Entry>> claim : entries.entrySet()) {
                List<Entry> parts = claim.getValue();
                parts.stream().mapToInt(Entry::bucket).distinct().forEach(b -> claimsPerBucket[b]++);
                if (parts.size() < 2 || parts.stream().mapToInt(Entry::bucket).distinct().count() < 2) {
                    continue;
                }
                parts.sort(Comparator.comparingInt(Entry::lineNumber));
                Entry first = parts.get(0);
                Entry other = parts.stream().filter(e -> e.bucket() != first.bucket()).findFirst().orElseThrow();
                ClaimKey key = claim.getKey();
                // as ClaimAssembler says it: the first line (by number) that names another member
                byKey.put(key, new Split(key.fileIndex(), new Reject(inputNames.get(key.fileIndex()), other.sourceLine(),
                        key.claimId(), "member_id", "claim " + key.claimId() + " line " + other.lineNumber()
                                + " has a different member_id than line " + first.lineNumber()
                                + "; all lines of a claim must agree")));
                keys.add(key);
            }
        }
        keys.sort(Comparator.naturalOrder());
        keys.forEach(key -> splits.add(byKey.get(key)));
        return splits;
    }

    private static boolean peek(DataInputStream in) throws IOException {
        in.mark(1);
        int next = in.read();
        in.reset();
        return next >= 0;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (DataOutputStream out : files) {
            try {
                out.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
