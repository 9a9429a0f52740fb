package org.claimscreen.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.claimscreen.domain.screening.Verdicts;

/**
 * Splits one input file by claim into {@code clean/} and {@code held/} (outputs.md), in the input's
 * own format, so the clean file can go straight to submission and the held one to whoever works
 * it. Each {@link ClaimFormat} has its own: CSV in the file's own layout, FHIR as NDJSON (the
 * original resources, one per line).
 *
 * <p>Records the {@link Verdicts} give no verdict (claims rejected, not screened, or past the point
 * where a broken file stopped being readable) go to neither file. Implementations stream the input
 * and ask the verdicts record by record in file order: memory holds neither the file's rows nor,
 * with the run's verdict parts, one entry per claim.
 */
public interface ClaimSplitter {

    /** What went where. */
    record Split(long cleanRecords, long heldRecords, long otherRecords) {
    }

    /**
     * Writes the clean and held files of {@code input}, each atomically, into {@code cleanFolder} and
     * {@code heldFolder}, but only if the input still has the content that was screened: splitting
     * other content would send unscreened claims to clean/. When its sha256 is not {@code sha256}
     * (null: not checked), neither file is written or changed and {@link ChangedInputException} is
     * thrown. A splitter that reads the whole file anyway hashes it as it splits.
     */
    Split split(Path input, String sha256, Verdicts verdicts, Path cleanFolder, Path heldFolder) throws IOException;

    /** As {@link #split(Path, String, Verdicts, Path, Path)} unchecked, with every verdict in memory (tests, small inputs). */
    default Split split(Path input, Map<String, String> statuses, Path cleanFolder, Path heldFolder)
            throws IOException {
        return split(input, null, Verdicts.byClaimId(statuses), cleanFolder, heldFolder);
    }

    /** The input's content is not what was screened (another sha256): nothing was split. */
    final class ChangedInputException extends IOException {

        private static final long serialVersionUID = 1L;

        public ChangedInputException(Path input) {
            super(input.getFileName() + " changed since it was screened");
        }
    }
}
