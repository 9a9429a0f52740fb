package org.claimscreen.intake.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimAssembler;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.InvalidValueException;
import org.claimscreen.intake.csv.ClaimCsvReader;

/**
 * The sample night's CSV exports as claims, and their FHIR NDJSON twins in sample-data/fhir/.
 * Run {@link #main} (or the test with {@code -Dclaimscreen.writeFhirSamples=true}) to rewrite them
 * after the CSVs change.
 */
public final class FhirSampleData {

    static final Path SAMPLE_DATA = Path.of("sample-data");
    static final List<String> EXPORTS = List.of("claims-2026-11-26", "claims-2026-11-26-westside");

    private FhirSampleData() {
    }

    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : SAMPLE_DATA);
    }

    static void write(Path sampleData) throws IOException {
        Path fhir = Files.createDirectories(sampleData.resolve("fhir"));
        for (String export : EXPORTS) {
            FhirClaimWriter.writeNdjson(claims(sampleData.resolve(export + ".csv")), fhir.resolve(export + ".ndjson"));
        }
    }

    /** The claims of a CSV export that can be screened: claims with a rejected row, or rows that disagree, are left out. */
    public static List<Claim> claims(Path csv) throws IOException {
        Map<String, List<ClaimRow>> byClaim = new LinkedHashMap<>();
        Set<String> rejected = new LinkedHashSet<>();
        try (ClaimCsvReader reader = ClaimCsvReader.open(csv)) {
            while (reader.hasNext()) {
                ClaimCsvReader.Result result = reader.next();
                if (result instanceof ClaimCsvReader.Result.Row row) {
                    byClaim.computeIfAbsent(row.claimId(), id -> new ArrayList<>()).add(row.row());
                } else if (result.claimId() != null) {
                    rejected.add(result.claimId());
                }
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Map.Entry<String, List<ClaimRow>> entry : byClaim.entrySet()) {
            if (rejected.contains(entry.getKey())) {
                continue;
            }
            try {
                claims.add(ClaimAssembler.assemble(entry.getValue()));
            } catch (InvalidValueException e) {
                // inconsistent rows: the screener rejects the claim, so there is nothing to write
            }
        }
        return claims;
    }

    /** A row with where it was read from blanked, so rows from CSV and from FHIR compare by content. */
    static ClaimRow withoutSource(ClaimRow row) {
        ClaimLine l = row.line();
        ClaimLine line = new ClaimLine(l.lineNumber(), 0, l.serviceDate(), l.placeOfService(), l.procedureCode(),
                l.modifiers(), l.units(), l.minutes(), l.charge(), l.diagnosisPointers(), l.renderingNpi(),
                l.renderingTaxonomy(), l.supervisingNpi(), l.referringNpi(), l.billingNpi(), l.planOfCare(),
                l.abnOnFile(), l.lmnOnFile());
        return new ClaimRow(null, row.claimId(), row.memberId(), row.birthDate(), row.payerType(), row.payerId(),
                row.planId(), row.diagnoses(), line);
    }

    /** The rows of a claim in line order, as FHIR gives them back, without file and line. */
    static List<ClaimRow> rowsOf(Claim claim) {
        return asRows(claim).stream().map(FhirSampleData::withoutSource).toList();
    }

    /** A claim read whole as the CSV rows that would give it, to compare the two inputs line by line. */
    static List<ClaimRow> asRows(Claim claim) {
        List<ClaimRow> rows = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            rows.add(new ClaimRow(claim.sourceFile(), claim.claimId(), claim.memberId(), claim.birthDate(),
                    claim.payerType(), claim.payerId(), claim.planId(), claim.diagnoses(), line));
        }
        return rows;
    }
}
