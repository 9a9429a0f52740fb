package org.claimscreen.intake.fhir;

import java.io.IOException;
import java.nio.file.Path;
import org.claimscreen.domain.screening.Verdicts;
import org.claimscreen.intake.AtomicFile;
import org.claimscreen.intake.ClaimSplitter;
import org.claimscreen.intake.Sha256;

/**
 * Splits a FHIR input into clean and held NDJSON files (one Claim resource per line): NDJSON lines
 * are copied as they were read, so the clean file can go straight to submission; the Claims of a
 * single-resource or Bundle file are written one per line. Resources that are not Claims, and
 * claims rejected or not screened, go to neither.
 */
final class FhirClaimSplitter implements ClaimSplitter {

    @Override
    public Split split(Path input, String sha256, Verdicts verdicts, Path cleanFolder, Path heldFolder)
            throws IOException {
        if (sha256 != null && !Sha256.of(input).equals(sha256)) {
            throw new ChangedInputException(input);
        }
        String name = ndjson(input.getFileName().toString());
        long[] counts = new long[3];
        AtomicFile.write(cleanFolder.resolve(name), clean -> AtomicFile.write(heldFolder.resolve(name), held -> {
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
    static String ndjson(String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base + ".ndjson";
    }
}
