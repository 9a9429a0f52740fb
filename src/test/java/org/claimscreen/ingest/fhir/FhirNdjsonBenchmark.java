package org.claimscreen.ingest.fhir;

import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.ClaimLine;
import org.hl7.fhir.r4.model.Claim.ClaimStatus;

/**
 * The NDJSON benchmark of issue 4 (not a test: run it with {@code mvn -Pbench-fhir verify}, or the
 * main method): claimscreen's FHIR reader (strict parse on both cores, mapped to claim rows) against
 * HAPI's own single-threaded parse of the same 100,000-claim file, in one JVM, alternating rounds
 * after a warm-up of each. Prints both rates and their ratio.
 */
public final class FhirNdjsonBenchmark {

    private FhirNdjsonBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = Path.of("target", "bench", "claims-" + claims + ".ndjson");
        long bytes = generate(file, claims);
        System.out.printf(Locale.ROOT, "file: %s, %,d claims, %.1f MB (%.2f KB a claim)%n", file, claims,
                bytes / 1e6, bytes / 1024.0 / claims);
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        // warm-up: the JIT compiles both paths before anything is measured
        hapiSingleThread(file);
        claimscreen(file);
        double[] hapi = new double[rounds];
        double[] ours = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            hapi[round] = hapiSingleThread(file);
            ours[round] = claimscreen(file);
            System.out.printf(Locale.ROOT, "round %d: HAPI single-threaded parse %.2f s, claimscreen read+map %.2f s%n",
                    round + 1, hapi[round], ours[round]);
        }
        double bestHapi = min(hapi);
        double bestOurs = min(ours);
        System.out.printf(Locale.ROOT, "HAPI single-threaded: %,.0f claims/s (best of %d)%n", claims / bestHapi, rounds);
        System.out.printf(Locale.ROOT, "claimscreen reader:   %,.0f claims/s (best of %d)%n", claims / bestOurs, rounds);
        System.out.printf(Locale.ROOT, "ratio: %.2fx HAPI's single-threaded rate%n", bestHapi / bestOurs);
    }

    /** HAPI parsing every line into a Claim on one thread, as a plain Bulk Data reader would. */
    static double hapiSingleThread(Path file) throws IOException {
        long start = System.nanoTime();
        long parsed = 0;
        IParser parser = Fhir.CONTEXT.newJsonParser();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    parser.parseResource(org.hl7.fhir.r4.model.Claim.class, line);
                    parsed++;
                }
            }
        }
        return check(parsed, start);
    }

    /** claimscreen's reader end to end: strict parse on both cores, mapping to rows, results in file order. */
    static double claimscreen(Path file) throws IOException {
        long start = System.nanoTime();
        long read = 0;
        try (FhirClaimFile claims = FhirClaimFile.open(file)) {
            while (claims.hasNext()) {
                if (!(claims.next() instanceof FhirClaimFile.Result.Screenable)) {
                    throw new IllegalStateException("the generated claims must all be screenable");
                }
                read++;
            }
        }
        return check(read, start);
    }

    private static double check(long count, long start) {
        if (count == 0) {
            throw new IllegalStateException("nothing was read");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** 100,000 claims of 1-4 lines, cycled from the sample night with new claim ids. */
    static long generate(Path file, int count) throws IOException {
        Files.createDirectories(file.getParent());
        List<Claim> templates = new ArrayList<>();
        for (String export : FhirSampleData.EXPORTS) {
            for (Claim claim : FhirSampleData.claims(FhirSampleData.SAMPLE_DATA.resolve(export + ".csv"))) {
                List<ClaimLine> lines = claim.lines().subList(0, Math.min(4, claim.lines().size()));
                templates.add(new Claim(claim.claimId(), claim.sourceFile(), claim.memberId(), claim.birthDate(),
                        claim.payerType(), claim.payerId(), claim.planId(), claim.diagnoses(), lines));
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Claim t = templates.get(i % templates.size());
                Claim claim = new Claim("BENCH-" + i, t.sourceFile(), t.memberId(), t.birthDate(), t.payerType(),
                        t.payerId(), t.planId(), t.diagnoses(), t.lines());
                org.hl7.fhir.r4.model.Claim resource = FhirClaimWriter.toFhir(claim);
                resource.setStatus(ClaimStatus.ACTIVE);
                out.write(Fhir.CONTEXT.newJsonParser().encodeResourceToString(resource));
                out.write('\n');
            }
        }
        return Files.size(file);
    }

    private static double min(double[] values) {
        double min = Double.MAX_VALUE;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }
}
