package org.claimscreen.output.split;

import java.io.IOException;
import java.nio.file.Path;
import org.claimscreen.domain.screening.Verdicts;
import org.claimscreen.intake.fhir.FhirClaimTexts;
import org.claimscreen.output.AtomicFile;

/**
 * Splits a FHIR input into clean and held NDJSON files (one Claim resource per line): NDJSON lines
 * are copied as they were read, so the clean file can go straight to submission; the Claims of a
 * single-resource or Bundle file are written one per line. Resources that are not Claims, and
 * claims rejected or not screened, go to neither.
 */
final class FhirInputSplitter implements InputSplitter {

    @Override
    public Split split(Path input, Verdicts verdicts, Path cleanTarget, Path heldTarget)
            throws IOException {
        long[] counts = new long[3];
        AtomicFile.write(ndjson(cleanTarget), clean -> AtomicFile.write(ndjson(heldTarget), held -> {
            counts[0] = 0;
            counts[1] = 0;
            counts[2] = 0;
            long notClaims = FhirClaimTexts.forEachClaim(input, (line, claimId, json) -> {
                // NDJSON lines in file order beside the stored lines; a whole file's Claims by id
                // (a file read whole is at most 256 MB: its Claims fit in memory as it does)
                String status = line == FhirClaimTexts.NO_LINE ? verdicts.ofClaim(claimId) : verdicts.at(line, claimId);
                if ("CLEAN".equals(status)) {
                    clean.write(json);
                    clean.write('\n');
                    counts[0]++;
                } else if ("HELD".equals(status)) {
                    held.write(json);
                    held.write('\n');
                    counts[1]++;
                } else {
                    counts[2]++;
                }
            });
            counts[2] += notClaims;
        }));
        return new Split(counts[0], counts[1], counts[2]);
    }

    /** clean/ and held/ hold FHIR as NDJSON whatever the input's own layout: {@code name.ndjson}. */
    static Path ndjson(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return target.resolveSibling(base + ".ndjson");
    }
}
