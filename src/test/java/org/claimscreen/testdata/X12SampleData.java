package org.claimscreen.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.intake.fhir.FhirSampleData;

/**
 * The sample night's two CSV exports as one 837P file, {@code sample-data/x12/claims-2026-11-26.837}:
 * one transaction per export, their claims in file order (claims the CSV screening rejects are not
 * in it: they cannot be built). Run {@link #main} to rewrite it after the CSVs change;
 * {@code X12SampleDataTest} checks the committed file is what this writes.
 */
public final class X12SampleData {

    static final Path SAMPLE_DATA = Path.of("sample-data");
    /**
     * In its own folder, as the FHIR twins are in {@code fhir/}: a run of the folder {@code sample-data}
     * (the README's first command, the whole-job tests) must not screen every claim twice.
     */
    static final String FILE = "x12/claims-2026-11-26.837";
    static final List<String> EXPORTS = List.of("claims-2026-11-26.csv", "claims-2026-11-26-westside.csv");

    private X12SampleData() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : SAMPLE_DATA;
        Path file = folder.resolve(FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text(folder), StandardCharsets.US_ASCII);
    }

    /** The 837P text the CSV exports in {@code folder} make. */
    static String text(Path folder) throws IOException {
        List<List<Claim>> transactions = new ArrayList<>();
        for (String export : EXPORTS) {
            transactions.add(FhirSampleData.claims(folder.resolve(export)));
        }
        return X12ClaimWriter.interchange(transactions, LocalDate.of(2026, 11, 26));
    }
}
