package org.claimscreen.intake.x12;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.RecordRejectedException;
import org.claimscreen.intake.Reject;

/** Test fixtures: the hand-written 837P files and what a reader makes of a whole file. */
final class X12Files {

    static final Path DIR = Path.of("src/test/resources/x12").toAbsolutePath().normalize();

    /** Every record and reject of a file, in file order. */
    record Read(List<ClaimRecord> records, List<Reject> rejects, List<Boolean> restUnreadable) {

        List<ClaimRecord.Whole> wholes() {
            return records.stream().filter(ClaimRecord.Whole.class::isInstance).map(ClaimRecord.Whole.class::cast).toList();
        }

        List<ClaimRecord.Unscreened> unscreened() {
            return records.stream().filter(ClaimRecord.Unscreened.class::isInstance)
                    .map(ClaimRecord.Unscreened.class::cast).toList();
        }

        List<String> claimIds() {
            return wholes().stream().map(w -> w.claim().claimId()).toList();
        }
    }

    private X12Files() {
    }

    static Path file(String name) {
        return DIR.resolve(name);
    }

    /**
     * Every error the 837P schema (and StAEDI's control schema) finds in a file, as "segment N
     * COLUMN: reason", in file order: empty for a file that is valid 837P.
     */
    static List<String> schemaErrors(Path file) throws IOException {
        List<String> errors = new ArrayList<>();
        try (X12Segments segments = X12Segments.open(file, X12Segments.Mode.VALIDATED)) {
            while (true) {
                X12Segment s;
                try {
                    s = segments.next();
                } catch (X12Segments.Broken broken) {
                    errors.add("segment " + broken.number() + ": " + broken.getMessage());
                    break;
                }
                if (s == null) {
                    break;
                }
                if (s.missing() != null) {
                    errors.add("segment " + s.number() + " " + s.missing().column() + ": required segment "
                            + s.missing().column() + " is missing before this " + s.tag());
                }
                if (s.schemaError() != null) {
                    errors.add("segment " + s.number() + " " + s.schemaError().column() + ": " + s.schemaError().reason());
                }
                if (s.error() != null) {
                    errors.add("segment " + s.number() + " " + s.tag() + ": " + s.error());
                }
            }
        }
        return errors;
    }

    static Read read(Path file) throws IOException {
        List<ClaimRecord> records = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        List<Boolean> rest = new ArrayList<>();
        try (ClaimReader reader = new X12ClaimFormat().open(file)) {
            while (true) {
                try {
                    ClaimRecord record = reader.next();
                    if (record == null) {
                        break;
                    }
                    records.add(record);
                } catch (RecordRejectedException e) {
                    rejects.add(e.reject());
                    rest.add(e.restUnreadable());
                }
            }
        }
        return new Read(records, rejects, rest);
    }
}
