package org.claimscreen.intake.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimscreen.intake.ClaimFormat;
import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.ClaimSplitter;
import org.claimscreen.intake.RecordRejectedException;

/**
 * FHIR R4 files (.json, .xml: one resource or a Bundle; .ndjson, .jsonl): each {@code Claim}
 * resource is read whole into one domain claim ({@link FhirClaimMapper}), and the split writes the
 * original resources back as NDJSON. No FHIR context is made until a FHIR file is opened.
 */
public final class FhirClaimFormat implements ClaimFormat {

    public static final String NAME = "FHIR";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean takesName(String lowerCaseName) {
        return lowerCaseName.endsWith(".json") || lowerCaseName.endsWith(".ndjson") || lowerCaseName.endsWith(".jsonl")
                || lowerCaseName.endsWith(".xml");
    }

    /** A FHIR resource names its type near the start: "resourceType" in JSON, the FHIR namespace in XML. */
    @Override
    public String whyNotClaims(Path file) {
        char[] head = new char[8192];
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = reader.read(head);
            String start = n <= 0 ? "" : new String(head, 0, n);
            return start.contains("\"resourceType\"") || start.contains("http://hl7.org/fhir") ? null
                    : "not a FHIR resource (no resourceType)";
        } catch (IOException | RuntimeException e) {
            // Unreadable here means unreadable later too: take it, so the run reports it as a failed file.
            return null;
        }
    }

    @Override
    public ClaimReader open(Path file) throws IOException {
        return new Reader(FhirClaimFile.open(file));
    }

    @Override
    public ClaimSplitter splitter() {
        return new FhirClaimSplitter();
    }

    /** One record per resource that could be a claim. */
    private static final class Reader implements ClaimReader {

        private final FhirClaimFile file;

        Reader(FhirClaimFile file) {
            this.file = file;
        }

        @Override
        public ClaimRecord next() {
            if (!file.hasNext()) {
                return null;
            }
            FhirClaimFile.Result result = file.next();
            if (result instanceof FhirClaimFile.Result.Screenable screenable) {
                return new ClaimRecord.Whole(screenable.claim(), file.currentLine(), screenable.replaces());
            }
            if (result instanceof FhirClaimFile.Result.NotScreened notScreened) {
                return new ClaimRecord.Unscreened(file.fileName(), file.currentLine(), notScreened.claimId(),
                        notScreened.reason(), notScreened.voids());
            }
            throw new RecordRejectedException(((FhirClaimFile.Result.Rejected) result).reject(), false);
        }

        @Override
        public void close() {
            file.close();
        }
    }
}
