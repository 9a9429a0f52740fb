package org.claimscreen.intake.fhir;

import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.claimscreen.testdata.BenchClaimFiles;

/**
 * The NDJSON benchmark of issue 4 (not a test: {@code mvn -Pbench verify} runs it as part 4 of
 * org.claimscreen.bench.BenchmarkRun, or run the main method): claimscreen's FHIR reader (strict
 * parse on both cores, mapped to claim rows) against HAPI's own single-threaded parse of the same
 * 100,000-claim file (BenchClaimFiles, written afresh), in one JVM, alternating rounds after a
 * warm-up of each. Prints both rates and their ratio. Arguments: claims, rounds, file.
 */
public final class FhirNdjsonBenchmark {

    private FhirNdjsonBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = args.length > 2 ? Path.of(args[2]) : Path.of("target", "bench", "claims-" + claims + ".ndjson");
        long bytes = BenchClaimFiles.writeNdjson(file, claims, BenchClaimFiles.SEED).bytes();
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

    private static double min(double[] values) {
        double min = Double.MAX_VALUE;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }
}
