package org.claimscreen.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscreen.config.RuleSetup;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.rules.RuleEngine;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.intake.csv.ClaimCsvReader;
import org.claimscreen.intake.csv.ReferenceDataCsv;
import org.claimscreen.intake.fhir.FhirClaimFile;
import org.claimscreen.testdata.BenchClaimFiles.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchClaimFilesTest {

    @TempDir
    Path folder;

    @Test
    void writesTheSameBytesForTheSameSeed() throws IOException {
        // given // when
        BenchClaimFiles.writeCsv(folder.resolve("a.csv"), 5_000, BenchClaimFiles.SEED);
        BenchClaimFiles.writeCsv(folder.resolve("b.csv"), 5_000, BenchClaimFiles.SEED);
        BenchClaimFiles.writeCsv(folder.resolve("c.csv"), 5_000, BenchClaimFiles.SEED + 1);

        // then
        assertThat(Files.mismatch(folder.resolve("a.csv"), folder.resolve("b.csv"))).isEqualTo(-1L);
        assertThat(Files.mismatch(folder.resolve("a.csv"), folder.resolve("c.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void writesTheSameNdjsonForTheSameSeed() throws IOException {
        // given // when
        BenchClaimFiles.writeNdjson(folder.resolve("a.ndjson"), 300, BenchClaimFiles.SEED);
        BenchClaimFiles.writeNdjson(folder.resolve("b.ndjson"), 300, BenchClaimFiles.SEED);

        // then
        assertThat(Files.mismatch(folder.resolve("a.ndjson"), folder.resolve("b.ndjson"))).isEqualTo(-1L);
    }

    @Test
    void writesExactlyTheLinesAskedForEveryOneReadable() throws IOException {
        // given
        Path csv = folder.resolve("claims.csv");

        // when
        BenchClaimFiles.Written written = BenchClaimFiles.writeCsv(csv, 10_001, BenchClaimFiles.SEED);

        // then
        long rows = 0;
        Set<String> claims = new HashSet<>();
        try (ClaimCsvReader reader = ClaimCsvReader.open(csv)) {
            while (reader.hasNext()) {
                ClaimCsvReader.Result result = reader.next();
                assertThat(result).as("line %d", result.sourceLine()).isInstanceOf(ClaimCsvReader.Result.Row.class);
                claims.add(result.claimId());
                rows++;
            }
        }
        assertThat(rows).isEqualTo(10_001).isEqualTo(written.lines());
        assertThat((long) claims.size()).isEqualTo(written.claims());
        assertThat(written.lines() / (double) written.claims()).isBetween(2.0, 3.0);
    }

    @Test
    void writesNdjsonTheFhirReaderScreensWhole() throws IOException {
        // given
        Path ndjson = folder.resolve("claims.ndjson");

        // when
        BenchClaimFiles.Written written = BenchClaimFiles.writeNdjson(ndjson, 500, BenchClaimFiles.SEED);

        // then
        long lines = 0;
        long claims = 0;
        try (FhirClaimFile file = FhirClaimFile.open(ndjson)) {
            while (file.hasNext()) {
                FhirClaimFile.Result result = file.next();
                assertThat(result).isInstanceOf(FhirClaimFile.Result.Screenable.class);
                lines += ((FhirClaimFile.Result.Screenable) result).claim().lines().size();
                claims++;
            }
        }
        assertThat(claims).isEqualTo(500);
        assertThat(lines).isEqualTo(written.lines());
    }

    @Test
    void aboutAQuarterOfTheLinesDrawAFinding() {
        // given
        ReferenceData reference = ReferenceDataCsv.load(Path.of("sample-data/plans.csv"),
                Path.of("sample-data/providers.csv"));
        RuleSetup rules = RuleSetup.builtin();
        RuleEngine engine = new RuleEngine(rules.pack(), reference);
        BenchClaimFiles generator = new BenchClaimFiles(BenchClaimFiles.SEED, 20_000);

        // when
        long lines = 0;
        long flagged = 0;
        while (lines < 20_000) {
            Claim claim = generator.next();
            List<Finding> findings = engine.screen(claim, BenchClaimFiles.AS_OF).findings();
            for (ClaimLine line : claim.lines()) {
                lines++;
                if (findings.stream().anyMatch(f -> f.lineNumber() == null || f.lineNumber() == line.lineNumber())) {
                    flagged++;
                }
            }
        }

        // then
        assertThat(flagged / (double) lines).isBetween(0.20, 0.30);
    }

    @Test
    void recurringAndRareMembersHoldTheSameLinesButForTheMember() throws IOException {
        // given // when
        BenchClaimFiles.writeCsv(folder.resolve("recurring.csv"), 10_000, BenchClaimFiles.SEED, Members.RECURRING);
        BenchClaimFiles.writeCsv(folder.resolve("recurring-again.csv"), 10_000, BenchClaimFiles.SEED, Members.RECURRING);
        BenchClaimFiles.writeCsv(folder.resolve("rare.csv"), 10_000, BenchClaimFiles.SEED, Members.RARE);

        // then
        assertThat(Files.mismatch(folder.resolve("recurring.csv"), folder.resolve("recurring-again.csv"))).isEqualTo(-1L);
        List<String> recurring = Files.readAllLines(folder.resolve("recurring.csv"));
        List<String> rare = Files.readAllLines(folder.resolve("rare.csv"));
        assertThat(rare).hasSameSizeAs(recurring);
        for (int i = 0; i < recurring.size(); i++) {
            assertThat(withoutMember(rare.get(i))).as("line %d", i + 1).isEqualTo(withoutMember(recurring.get(i)));
        }
        assertThat(rare).isNotEqualTo(recurring);
    }

    @Test
    void recurringMembersHaveAboutTwentyFourClaimsEach() throws IOException {
        // given // when
        Map<String, Set<String>> claimsByMember = claimsByMember(
                BenchClaimFiles.writeCsv(folder.resolve("recurring.csv"), 30_000, BenchClaimFiles.SEED, Members.RECURRING));

        // then
        long claims = claimsByMember.values().stream().mapToLong(Set::size).sum();
        assertThat(claims / (double) claimsByMember.size()).isBetween(20.0, 28.0);
        long claimsOfFrequentMembers = claimsByMember.values().stream().mapToLong(Set::size).filter(n -> n >= 12).sum();
        assertThat(claimsOfFrequentMembers / (double) claims).isGreaterThan(0.9);
    }

    @Test
    void rareMembersAlmostNeverComeBack() throws IOException {
        // given // when
        Map<String, Set<String>> claimsByMember = claimsByMember(
                BenchClaimFiles.writeCsv(folder.resolve("rare.csv"), 30_000, BenchClaimFiles.SEED, Members.RARE));

        // then
        long claims = claimsByMember.values().stream().mapToLong(Set::size).sum();
        long once = claimsByMember.values().stream().filter(c -> c.size() == 1).count();
        assertThat(once / (double) claims).isGreaterThan(0.95);
    }

    private static String withoutMember(String csvLine) {
        String[] cells = csvLine.split(",", -1);
        cells[2] = "";
        return String.join(",", cells);
    }

    private static Map<String, Set<String>> claimsByMember(BenchClaimFiles.Written written) throws IOException {
        Map<String, Set<String>> claimsByMember = new HashMap<>();
        for (String line : Files.readAllLines(written.file()).subList(1, (int) written.lines() + 1)) {
            String[] cells = line.split(",", -1);
            claimsByMember.computeIfAbsent(cells[2], m -> new HashSet<>()).add(cells[0]);
        }
        return claimsByMember;
    }
}
