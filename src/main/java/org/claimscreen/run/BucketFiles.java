package org.claimscreen.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ReportedDate;
import org.claimscreen.persistence.StoredValues;

/**
 * The route step's bucket files: the claims (whole, or as the rows of flat records) of the members
 * whose id hashes to one bucket, in a compact binary form on local disk, read back whole by the partition that screens the bucket.
 * Codes, NPIs and lists are written as text and decoded through {@link StoredValues}, so a bucket
 * read back shares one object per distinct value, as rows read from the database did.
 */
final class BucketFiles {

    /** Format version, first in every file: a bucket written by another version is not read. */
    private static final int VERSION = 3;
    /** What comes next in a file: the end, the rows of one flat record, or one whole claim. */
    private static final byte END = 0;
    private static final byte ROWS = 1;
    private static final byte CLAIM = 2;
    private static final int BUFFER = 32 * 1024;
    private static final StoredValues VALUES = new StoredValues();

    private BucketFiles() {
    }

    /** The bucket of a member: a well-spread hash of the id, so that buckets come out even. */
    static int bucketOf(MemberId member, int buckets) {
        int h = member.value().hashCode();
        h ^= (h >>> 16);
        h *= 0x85ebca6b;
        h ^= (h >>> 13);
        return Math.floorMod(h, buckets);
    }

    static Path file(Path workDir, int bucket) {
        return workDir.resolve(String.format("bucket-%05d.bin", bucket));
    }

    /** Writes one bucket file; {@link #close} flushes it and forces it to disk. */
    static final class Writer implements AutoCloseable {

        private final FileOutputStream file;
        private final DataOutputStream out;
        private long rows;

        Writer(Path path) throws IOException {
            this.file = new FileOutputStream(path.toFile());
            this.out = new DataOutputStream(new BufferedOutputStream(file, BUFFER));
            out.writeInt(VERSION);
        }

        /** The rows of one flat record (a CSV row): lines of a claim that comes together in the partition. */
        void write(int fileIndex, List<ClaimRow> claimRows) throws IOException {
            out.writeByte(ROWS);
            out.writeInt(fileIndex);
            out.writeShort(claimRows.size());
            for (ClaimRow row : claimRows) {
                writeClaimFields(row.claimId(), row.memberId(), row.birthDate(), row.payerType(), row.payerId(),
                        row.planId(), row.diagnoses(), row.initialTreatment());
                writeLine(row.line());
                rows++;
            }
        }

        /** A claim read whole (a FHIR Claim): its fields once, then its lines. */
        void write(int fileIndex, Claim claim) throws IOException {
            out.writeByte(CLAIM);
            out.writeInt(fileIndex);
            writeClaimFields(claim.claimId(), claim.memberId(), claim.birthDate(), claim.payerType(),
                    claim.payerId(), claim.planId(), claim.diagnoses(), claim.initialTreatment());
            out.writeShort(claim.lines().size());
            for (ClaimLine line : claim.lines()) {
                writeLine(line);
                rows++;
            }
        }

        long rows() {
            return rows;
        }

        private void writeClaimFields(String claimId, MemberId member, LocalDate birthDate, PayerType payerType,
                String payerId, String planId, List<DiagnosisCode> diagnoses, ReportedDate initialTreatment)
                throws IOException {
            text(claimId);
            text(member.value());
            date(birthDate);
            out.writeByte(payerType.ordinal());
            text(payerId);
            text(planId);
            text(BinaryText.diagnoses(diagnoses));
            out.writeBoolean(initialTreatment.carried());
            date(initialTreatment.date());
        }

        private void writeLine(ClaimLine line) throws IOException {
            out.writeByte(line.lineNumber());
            out.writeLong(line.sourceLine());
            date(line.serviceDate());
            text(line.placeOfService());
            text(line.procedureCode().value());
            text(line.modifiers().isEmpty() ? null : line.modifiersText());
            out.writeShort(line.units());
            out.writeInt(line.minutes() == null ? -1 : line.minutes());
            out.writeLong(line.charge().cents());
            text(BinaryText.pointers(line.diagnosisPointers()));
            text(line.renderingNpi().value());
            text(line.renderingTaxonomy().value());
            text(npi(line.supervisingNpi()));
            text(npi(line.referringNpi()));
            text(npi(line.billingNpi()));
            text(line.planOfCare().code());
            text(line.abnOnFile().code());
            text(line.lmnOnFile().code());
        }

        private void date(LocalDate date) throws IOException {
            out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
        }

        private void text(String value) throws IOException {
            BinaryText.write(out, value);
        }

        @Override
        public void close() throws IOException {
            try (FileOutputStream closing = file) {
                out.writeByte(END);
                out.flush();
                closing.getFD().sync();
            }
        }
    }

    /**
     * One routed record read back: the rows of a flat record, or a whole claim (then {@code rows} is
     * empty).
     */
    record Item(int fileIndex, List<ClaimRow> rows, Claim claim) {
    }

    /**
     * Reads a bucket file through, item by item.
     *
     * @param names each input's file name by its index (claims carry their file's name)
     */
    static void read(Path path, Map<Integer, String> names, Consumer<Item> items) throws IOException {
        try (InputStream file = Files.newInputStream(path);
                DataInputStream in = new DataInputStream(new BufferedInputStream(file, BUFFER))) {
            if (in.readInt() != VERSION) {
                throw new IOException(path + " was written by another version of claimscreen");
            }
            byte kind;
            while ((kind = in.readByte()) != END) {
                int fileIndex = in.readInt();
                String name = names.get(fileIndex);
                if (kind == CLAIM) {
                    ClaimFields claim = readClaimFields(in);
                    int count = in.readShort();
                    List<ClaimLine> lines = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        lines.add(readLine(in));
                    }
                    items.accept(new Item(fileIndex, List.of(), new Claim(claim.claimId(), name, claim.member(),
                            claim.birthDate(), claim.payerType(), claim.payerId(), claim.planId(), claim.diagnoses(),
                            lines, claim.initialTreatment())));
                    continue;
                }
                int count = in.readShort();
                List<ClaimRow> rows = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    ClaimFields claim = readClaimFields(in);
                    rows.add(new ClaimRow(name, claim.claimId(), claim.member(), claim.birthDate(), claim.payerType(),
                            claim.payerId(), claim.planId(), claim.diagnoses(), readLine(in), claim.initialTreatment()));
                }
                items.accept(new Item(fileIndex, rows, null));
            }
        } catch (EOFException e) {
            throw new IOException(path + " ends early: it was not written through", e);
        }
    }

    private record ClaimFields(String claimId, MemberId member, LocalDate birthDate, PayerType payerType,
            String payerId, String planId, List<DiagnosisCode> diagnoses, ReportedDate initialTreatment) {
    }

    private static ClaimFields readClaimFields(DataInputStream in) throws IOException {
        String claimId = text(in);
        MemberId member = MemberId.of(text(in));
        LocalDate birthDate = date(in);
        PayerType payerType = PayerType.values()[in.readByte()];
        String payerId = text(in);
        String planId = text(in);
        List<DiagnosisCode> diagnoses = VALUES.diagnoses(text(in));
        boolean carried = in.readBoolean();
        LocalDate initialTreatment = date(in);
        return new ClaimFields(claimId, member, birthDate, payerType, payerId, planId, diagnoses,
                carried ? ReportedDate.of(initialTreatment) : ReportedDate.NOT_CARRIED);
    }

    private static ClaimLine readLine(DataInputStream in) throws IOException {
        int lineNumber = in.readByte();
        long sourceLine = in.readLong();
        LocalDate serviceDate = date(in);
        String placeOfService = text(in);
        var procedure = VALUES.procedure(text(in));
        var modifiers = VALUES.modifiers(text(in));
        int units = in.readShort();
        int minutes = in.readInt();
        Money charge = Money.ofCents(in.readLong());
        var pointers = VALUES.pointers(text(in));
        Npi rendering = VALUES.npi(text(in));
        var taxonomy = VALUES.taxonomy(text(in));
        Npi supervising = VALUES.optionalNpi(text(in));
        Npi referring = VALUES.optionalNpi(text(in));
        Npi billing = VALUES.optionalNpi(text(in));
        Indicator planOfCare = Indicator.parse(text(in));
        Indicator abn = Indicator.parse(text(in));
        Indicator lmn = Indicator.parse(text(in));
        return new ClaimLine(lineNumber, sourceLine, serviceDate, placeOfService, procedure, modifiers, units,
                minutes < 0 ? null : minutes, charge, pointers, rendering, taxonomy, supervising, referring, billing,
                planOfCare, abn, lmn);
    }

    private static LocalDate date(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    private static String text(DataInputStream in) throws IOException {
        return BinaryText.read(in);
    }

    private static String npi(Npi npi) {
        return npi == null ? null : npi.value();
    }
}
