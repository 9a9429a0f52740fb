package org.claimscreen.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.intake.fhir.FhirClaimFile.Result;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV → FHIR → rows gives the rows the CSV gave, for every claim of the sample night. */
class FhirSampleDataTest {

    @TempDir
    Path dir;

    @Test
    void everySampleClaimSurvivesTheRoundTripThroughFhir() throws IOException {
        for (String export : FhirSampleData.EXPORTS) {
            // given
            List<Claim> claims = FhirSampleData.claims(FhirSampleData.SAMPLE_DATA.resolve(export + ".csv"));
            Path ndjson = dir.resolve(export + ".ndjson");
            FhirClaimWriter.writeNdjson(claims, ndjson);

            // when
            List<Result> results = readAll(ndjson);

            // then
            assertThat(claims).isNotEmpty();
            assertThat(results).hasSameSizeAs(claims);
            for (int i = 0; i < claims.size(); i++) {
                assertThat(results.get(i)).as(claims.get(i).claimId()).isInstanceOf(Result.Screenable.class);
                assertThat(rows(results.get(i))).as(claims.get(i).claimId())
                        .isEqualTo(FhirSampleData.rowsOf(claims.get(i)));
            }
        }
    }

    @Test
    void checkedInFhirSamplesMatchTheCsvExports() throws IOException {
        for (String export : FhirSampleData.EXPORTS) {
            // given
            List<Claim> claims = FhirSampleData.claims(FhirSampleData.SAMPLE_DATA.resolve(export + ".csv"));

            // when
            List<Result> results = readAll(FhirSampleData.SAMPLE_DATA.resolve("fhir").resolve(export + ".ndjson"));

            // then
            List<List<ClaimRow>> expected = claims.stream().map(FhirSampleData::rowsOf).toList();
            assertThat(results.stream().map(FhirSampleDataTest::rows).toList()).as(export).isEqualTo(expected);
        }
    }

    @Test
    void rowsFromFhirKeepTheNdjsonLineAndFileName() throws IOException {
        // given
        Path file = FhirSampleData.SAMPLE_DATA.resolve("fhir/claims-2026-11-26.ndjson");

        // when
        List<Result> results = readAll(file);

        // then
        Result.Screenable second = (Result.Screenable) results.get(1);
        assertThat(second.location()).isEqualTo("line 2");
        assertThat(FhirSampleData.asRows(second.claim())).allSatisfy(row -> {
            assertThat(row.sourceFile()).isEqualTo("claims-2026-11-26.ndjson");
            assertThat(row.line().sourceLine()).isEqualTo(2L);
        });
    }

    /** Rewrites sample-data/fhir/ when asked: {@code mvn test -Dtest=FhirSampleDataTest -Dclaimscreen.writeFhirSamples=true}. */
    @Test
    void writeSamplesWhenAsked() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("claimscreen.writeFhirSamples"), "set claimscreen.writeFhirSamples");
        FhirSampleData.write(FhirSampleData.SAMPLE_DATA);
        assertThat(Files.list(FhirSampleData.SAMPLE_DATA.resolve("fhir"))).isNotEmpty();
    }

    static List<Result> readAll(Path file) throws IOException {
        List<Result> results = new ArrayList<>();
        try (FhirClaimFile reader = FhirClaimFile.open(file)) {
            reader.forEachRemaining(results::add);
        }
        return results;
    }

    private static List<ClaimRow> rows(Result result) {
        if (!(result instanceof Result.Screenable screenable)) {
            return List.of();
        }
        return FhirSampleData.asRows(screenable.claim()).stream().map(FhirSampleData::withoutSource).toList();
    }
}
