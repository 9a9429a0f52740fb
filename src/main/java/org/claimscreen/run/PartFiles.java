package org.claimscreen.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.output.ClaimLineRow;
import org.claimscreen.output.FindingRow;

/**
 * What each partition hands the reports: its findings and the lines of its claims that have
 * findings, in claim order ({@link ClaimKey}), written to part files beside the bucket files and
 * forced to disk before the partition commits. The reports merge the parts of all partitions in
 * claim order, so the files they write are the same whatever the number of partitions or threads.
 */
final class PartFiles {

    private static final int VERSION = 1;
    private static final int BUFFER = 64 * 1024;

    private PartFiles() {
    }

    static Path findings(Path workDir, int bucket) {
        return workDir.resolve(String.format("findings-%05d.part", bucket));
    }

    static Path lines(Path workDir, int bucket) {
        return workDir.resolve(String.format("lines-%05d.part", bucket));
    }

    /** A claim's place in the reports: input by input, claim id by claim id. */
    record ClaimKey(int fileIndex, String claimId) implements Comparable<ClaimKey> {
        @Override
        public int compareTo(ClaimKey other) {
            int byFile = Integer.compare(fileIndex, other.fileIndex);
            return byFile != 0 ? byFile : claimId.compareTo(other.claimId);
        }
    }

    /** Writes one part file under a temporary name; {@link #commit} forces it to disk and names it. */
    abstract static class Writer<T> implements AutoCloseable {

        private final Path target;
        private final Path temp;
        private final FileOutputStream file;
        final DataOutputStream out;

        Writer(Path target) throws IOException {
            this.target = target;
            this.temp = target.resolveSibling(target.getFileName() + ".tmp");
            this.file = new FileOutputStream(temp.toFile());
            this.out = new DataOutputStream(new BufferedOutputStream(file, BUFFER));
            out.writeInt(VERSION);
        }

        void write(int fileIndex, T row) throws IOException {
            out.writeBoolean(true);
            out.writeInt(fileIndex);
            encode(row);
        }

        abstract void encode(T row) throws IOException;

        void text(String value) throws IOException {
            BinaryText.write(out, value);
        }

        void date(LocalDate date) throws IOException {
            out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
        }

        void optionalInt(Integer value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                out.writeInt(value);
            }
        }

        void optionalMoney(Money value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                out.writeLong(value.cents());
            }
        }

        /** Ends the file, forces it to disk and gives it its name (replacing an earlier attempt's). */
        void commit() throws IOException {
            out.writeBoolean(false);
            out.flush();
            file.getFD().sync();
            file.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void close() throws IOException {
            file.close();
            Files.deleteIfExists(temp);
        }
    }

    static final class FindingWriter extends Writer<FindingRow> {
        FindingWriter(Path target) throws IOException {
            super(target);
        }

        @Override
        void encode(FindingRow row) throws IOException {
            out.writeLong(row.runId());
            text(row.sourceFile());
            text(row.claimId());
            optionalInt(row.lineNumber());
            text(row.member());
            date(row.serviceDate());
            text(row.procedureCode());
            text(row.modifiers());
            optionalInt(row.units());
            optionalMoney(row.chargeAmount());
            text(row.ruleId());
            text(row.severity());
            text(row.message());
            text(row.denialCode());
            text(row.liable());
            out.writeLong(row.amountAtRisk().cents());
            out.writeLong(row.patientEstimate().cents());
            text(row.suggestion());
            text(row.policy());
            text(row.payerType());
            text(row.renderingNpi());
            text(row.ruleTitle());
            text(row.payerId());
            text(row.planId());
            text(row.renderingName());
            text(row.claimStatus());
            out.writeBoolean(row.countsTowardTotal());
        }
    }

    static final class LineWriter extends Writer<ClaimLineRow> {
        LineWriter(Path target) throws IOException {
            super(target);
        }

        @Override
        void encode(ClaimLineRow row) throws IOException {
            text(row.sourceFile());
            text(row.claimId());
            out.writeInt(row.lineNumber());
            out.writeLong(row.sourceLine());
            date(row.serviceDate());
            text(row.placeOfService());
            text(row.procedureCode());
            text(row.modifiers());
            out.writeInt(row.units());
            optionalInt(row.minutes());
            out.writeLong(row.chargeAmount().cents());
            text(row.diagnosisCodes());
            text(row.diagnosisPointers());
            text(row.renderingNpi());
            text(row.renderingTaxonomy());
            text(row.supervisingNpi());
            text(row.referringNpi());
            text(row.planOfCare());
            text(row.abnOnFile());
            text(row.lmnOnFile());
        }
    }

    /** Decodes one row; the reader has already read its input's index. */
    private interface Decoder<T> {
        T decode(In in) throws IOException;
    }

    private static final class In {
        private final DataInputStream in;

        In(DataInputStream in) {
            this.in = in;
        }

        String text() throws IOException {
            return BinaryText.read(in);
        }

        LocalDate date() throws IOException {
            long day = in.readLong();
            return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
        }

        Integer optionalInt() throws IOException {
            return in.readBoolean() ? in.readInt() : null;
        }

        Money optionalMoney() throws IOException {
            return in.readBoolean() ? Money.ofCents(in.readLong()) : null;
        }
    }

    private static final Decoder<FindingRow> FINDING = in -> {
        long runId = in.in.readLong();
        String sourceFile = in.text();
        String claimId = in.text();
        Integer lineNumber = in.optionalInt();
        String member = in.text();
        LocalDate serviceDate = in.date();
        String procedure = in.text();
        String modifiers = in.text();
        Integer units = in.optionalInt();
        Money charge = in.optionalMoney();
        String ruleId = in.text();
        String severity = in.text();
        String message = in.text();
        String denialCode = in.text();
        String liable = in.text();
        Money atRisk = Money.ofCents(in.in.readLong());
        Money patient = Money.ofCents(in.in.readLong());
        String suggestion = in.text();
        String policy = in.text();
        String payerType = in.text();
        String renderingNpi = in.text();
        String ruleTitle = in.text();
        String payerId = in.text();
        String planId = in.text();
        String renderingName = in.text();
        String claimStatus = in.text();
        boolean counted = in.in.readBoolean();
        return new FindingRow(runId, sourceFile, claimId, lineNumber, member, serviceDate, procedure, modifiers, units,
                charge, ruleId, severity, message, denialCode, liable, atRisk, patient, suggestion, policy, payerType,
                renderingNpi, ruleTitle, payerId, planId, renderingName, claimStatus, counted);
    };

    private static final Decoder<ClaimLineRow> LINE = in -> new ClaimLineRow(in.text(), in.text(), in.in.readInt(),
            in.in.readLong(), in.date(), in.text(), in.text(), in.text(), in.in.readInt(), in.optionalInt(),
            Money.ofCents(in.in.readLong()), in.text(), in.text(), in.text(), in.text(), in.text(), in.text(),
            in.text(), in.text(), in.text());

    static Path verdicts(Path workDir, int bucket) {
        return workDir.resolve(String.format("verdicts-%05d.part", bucket));
    }

    /** Where a screened claim's line stands in its input, and the claim's verdict: what clean/ and held/ go by. */
    record VerdictLine(long sourceLine, String claimId, String status) {
    }

    static final class VerdictWriter extends Writer<VerdictLine> {
        VerdictWriter(Path target) throws IOException {
            super(target);
        }

        @Override
        void encode(VerdictLine row) throws IOException {
            out.writeLong(row.sourceLine());
            text(row.claimId());
            text(row.status());
        }
    }

    private static final Decoder<VerdictLine> VERDICT = in -> new VerdictLine(in.in.readLong(), in.text(), in.text());

    /** The findings of all partitions, merged in claim order; close it. */
    static Merged<FindingRow> mergeFindings(List<Path> parts) throws IOException {
        return new Merged<>(parts, FINDING, Comparator.comparing(FindingRow::claimId));
    }

    /** The lines of claims with findings of all partitions, merged in claim order; close it. */
    static Merged<ClaimLineRow> mergeLines(List<Path> parts) throws IOException {
        return new Merged<>(parts, LINE, Comparator.comparing(ClaimLineRow::claimId));
    }

    /** The screened lines of all partitions, merged in input order (input, then line in it); close it. */
    static Merged<VerdictLine> mergeVerdicts(List<Path> parts) throws IOException {
        return new Merged<>(parts, VERDICT, Comparator.comparingLong(VerdictLine::sourceLine));
    }

    /**
     * A k-way merge of part files, each already in order (input index, then {@code order} within an
     * input); ties keep partition order.
     */
    static final class Merged<T> implements Iterator<T>, AutoCloseable {

        private final List<DataInputStream> streams = new ArrayList<>();
        private final PriorityQueue<Head<T>> heads;
        private final Decoder<T> decoder;

        private record Head<T>(int fileIndex, int part, T row) {
        }

        private Merged(List<Path> parts, Decoder<T> decoder, Comparator<T> order) throws IOException {
            this.decoder = decoder;
            Comparator<Head<T>> byInput = Comparator.comparingInt(Head::fileIndex);
            this.heads = new PriorityQueue<>(Math.max(1, parts.size()), byInput
                    .thenComparing(Head::row, order).thenComparingInt(Head::part));
            try {
                for (Path part : parts) {
                    DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(part), BUFFER));
                    streams.add(in);
                    if (in.readInt() != VERSION) {
                        throw new IOException(part + " was written by another version of claimscreen");
                    }
                    advance(streams.size() - 1);
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private void advance(int part) throws IOException {
            DataInputStream in = streams.get(part);
            if (!in.readBoolean()) {
                return;
            }
            int fileIndex = in.readInt();
            T row = decoder.decode(new In(in));
            heads.add(new Head<>(fileIndex, part, row));
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        /** The input index of the row {@link #next} gives, or -1 at the end. */
        int nextFileIndex() {
            Head<T> head = heads.peek();
            return head == null ? -1 : head.fileIndex();
        }

        @Override
        public T next() {
            Head<T> head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            try {
                advance(head.part());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return head.row();
        }

        @Override
        public void close() {
            for (DataInputStream in : streams) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read-only: nothing to lose
                }
            }
        }
    }
}
