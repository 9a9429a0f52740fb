package org.claimscreen.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.RecordRejectedException;
import org.claimscreen.intake.x12.X12ClaimFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's 837P files: exactly the lines asked for, every claim readable, the CSV file's claims. */
class X12BenchClaimFilesTest {

    @Test
    void writesExactlyTheLinesAskedForAsClaimsTheReaderTakes(@TempDir Path dir) throws Exception {
        // when: more than one transaction's worth of claims
        BenchClaimFiles.Written written = BenchClaimFiles.writeX12(dir.resolve("bench.837"), 3_001, BenchClaimFiles.SEED);

        // then
        List<Claim> claims = read(written.file());
        assertThat(claims).hasSize((int) written.claims());
        assertThat(claims.stream().mapToInt(c -> c.lines().size()).sum()).isEqualTo(3_001);
        assertThat(written.claims()).isGreaterThan(BenchClaimFiles.X12_CLAIMS_PER_TRANSACTION);
    }

    @Test
    void holdsTheClaimsOfTheCsvFileOfTheSameSeed(@TempDir Path dir) throws Exception {
        // when
        BenchClaimFiles.Written x12 = BenchClaimFiles.writeX12(dir.resolve("bench.837"), 500, BenchClaimFiles.SEED);
        BenchClaimFiles.Written csv = BenchClaimFiles.writeCsv(dir.resolve("bench.csv"), 500, BenchClaimFiles.SEED);

        // then
        assertThat(x12.claims()).isEqualTo(csv.claims());
        assertThat(read(x12.file()).get(0).claimId()).isNotBlank();
    }

    private static List<Claim> read(Path file) throws Exception {
        List<Claim> claims = new ArrayList<>();
        try (ClaimReader reader = new X12ClaimFormat().open(file)) {
            while (true) {
                ClaimRecord record;
                try {
                    record = reader.next();
                } catch (RecordRejectedException e) {
                    throw new AssertionError("rejected: " + e.reject(), e);
                }
                if (record == null) {
                    return claims;
                }
                claims.add(((ClaimRecord.Whole) record).claim());
            }
        }
    }
}
