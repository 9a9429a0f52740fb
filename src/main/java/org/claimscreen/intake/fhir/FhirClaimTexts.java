package org.claimscreen.intake.fhir;

import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Claim;

/**
 * The Claim resources of a FHIR file as one-line JSON texts with their claim ids, in file order,
 * for writing clean/ and held/ as NDJSON. NDJSON lines are handed back as they were read (the
 * original text goes to submission); a single resource or a Bundle's Claim entries are encoded.
 * Claim ids are the reader's ({@code identifier[0].value}, else {@code id}), so they match the
 * verdicts stored for the run.
 */
public final class FhirClaimTexts {

    /**
     * Receives each Claim: its NDJSON line ({@code 1}-based, blank lines counted, as the reader
     * numbers it and stores it as the claim's {@code source_line}; {@link #NO_LINE} for the Claims
     * of a single-resource or Bundle file), its id (null when it has none) and its JSON text on one
     * line.
     */
    @FunctionalInterface
    public interface Consumer {
        void accept(long line, String claimId, String json) throws IOException;
    }

    /** The line of a Claim that was not read from an NDJSON line. */
    public static final long NO_LINE = 0;

    private FhirClaimTexts() {
    }

    /** @return the number of resources that were not Claims or could not be parsed (they go nowhere) */
    public static long forEachClaim(Path file, Consumer consumer) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        IParser lenient = ParserPolicy.LENIENT.jsonParser();
        long others = 0;
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long number = 0;
                for (String line; (line = reader.readLine()) != null; ) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    Claim claim = claimOrNull(lenient, line);
                    if (claim == null) {
                        others++;
                    } else {
                        consumer.accept(number, FhirClaimMapper.claimId(claim), line.strip());
                    }
                }
            }
            return others;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.endsWith(".xml") && SafeXml.hasDoctype(text)) {
            return 1; // never parse what could pull in an external entity
        }
        IBaseResource resource;
        try {
            resource = name.endsWith(".xml") ? ParserPolicy.LENIENT.xmlParser().parseResource(text)
                    : lenient.parseResource(text);
        } catch (RuntimeException unreadable) {
            return 1;
        }
        IParser encoder = Fhir.CONTEXT.newJsonParser().setPrettyPrint(false);
        if (resource instanceof Bundle bundle) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.getResource() instanceof Claim claim) {
                    consumer.accept(NO_LINE, FhirClaimMapper.claimId(claim), encoder.encodeResourceToString(claim));
                } else {
                    others++;
                }
            }
        } else if (resource instanceof Claim claim) {
            consumer.accept(NO_LINE, FhirClaimMapper.claimId(claim), encoder.encodeResourceToString(claim));
        } else {
            others++;
        }
        return others;
    }

    private static Claim claimOrNull(IParser parser, String line) {
        try {
            return parser.parseResource(Claim.class, line);
        } catch (RuntimeException notAClaim) {
            return null;
        }
    }
}
