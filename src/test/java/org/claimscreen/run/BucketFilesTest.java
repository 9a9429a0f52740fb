package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimAssembler;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.ReportedDate;
import org.claimscreen.domain.claim.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BucketFilesTest {

    private static final String AWKWARD = "t\tn\nr\r\n\\ \\N \\. \"q\" 'a' ;, ü — 日😀";

    @TempDir
    Path dir;

    @Test
    void readsBackTheVeryClaimsAndRowsItWrote() throws IOException {
        // given a claim read whole with every optional field filled and awkward text, and a row with every optional field empty
        Claim fhirClaim = ClaimAssembler.assemble(List.of(awkwardRow("A" + AWKWARD, 1), awkwardRow("A" + AWKWARD, 2)));
        List<ClaimRow> csvRow = List.of(bareRow("\\N", 1), bareRow("E", 1).withInitialTreatment(ReportedDate.LEFT_EMPTY));
        Path file = BucketFiles.file(dir, 3);
        try (BucketFiles.Writer writer = new BucketFiles.Writer(file)) {
            writer.write(0, fhirClaim);
            writer.write(7, csvRow);
        }

        // when the bucket is read back
        List<BucketFiles.Item> items = new ArrayList<>();
        BucketFiles.read(file, Map.of(0, "night" + AWKWARD + ".ndjson", 7, "other.csv"), items::add);

        // then each item comes back whole, with its input's index and name
        assertThat(items).containsExactly(new BucketFiles.Item(0, List.of(), fhirClaim), new BucketFiles.Item(7,
                csvRow, null));
    }

    @Test
    void refusesABucketThatWasNotWrittenThrough() throws IOException {
        // given a bucket cut short, as a crash in the middle of the route would leave it
        Path file = BucketFiles.file(dir, 0);
        try (BucketFiles.Writer writer = new BucketFiles.Writer(file)) {
            writer.write(0, List.of(awkwardRow("A", 1)));
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10));

        assertThatThrownBy(() -> BucketFiles.read(file, Map.of(0, "night.ndjson"), item -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("ends early");
    }

    @Test
    void spreadsMembersOverEveryBucketAndKeepsEachMemberInOne() {
        int[] counts = new int[16];
        for (int i = 0; i < 16_000; i++) {
            MemberId member = MemberId.of("1EG4TE5MK" + i);
            int bucket = BucketFiles.bucketOf(member, 16);
            assertThat(BucketFiles.bucketOf(MemberId.of("1EG4TE5MK" + i), 16)).isEqualTo(bucket);
            counts[bucket]++;
        }
        // about 1,000 each: none empty, none more than twice its share
        for (int count : counts) {
            assertThat(count).isBetween(500, 2_000);
        }
    }

    private static ClaimRow awkwardRow(String claimId, int lineNumber) {
        ClaimLine line = new ClaimLine(lineNumber, 1_000_000_000_000L + lineNumber, LocalDate.of(2026, 3, lineNumber),
                "\\N", ProcedureCode.of("97124"), List.of(Modifier.of("GP"), Modifier.of("59")), 3, 45,
                Money.ofCents(12_050), List.of(2, 1), Npi.of("1245319599"), Taxonomy.of("225700000X"),
                Npi.of("1003000126"), Npi.of("1114025228"), Npi.of("1245319599"), Indicator.parse("Y"),
                Indicator.parse("N"), Indicator.parse("Y"));
        return new ClaimRow("night" + AWKWARD + ".ndjson", claimId, MemberId.of("M\t" + AWKWARD),
                LocalDate.of(1950, 12, 31), PayerType.MEDICARE_ADVANTAGE, "payer\\" + AWKWARD, "H1234-001 — ü",
                List.of(DiagnosisCode.of("M62.830"), DiagnosisCode.of("M54.50")), line,
                ReportedDate.of(LocalDate.of(2026, 2, 9)));
    }

    private static ClaimRow bareRow(String claimId, int lineNumber) {
        ClaimLine line = new ClaimLine(lineNumber, lineNumber + 1, LocalDate.of(2026, 10, 1), null,
                ProcedureCode.of("97110"), List.of(), 1, null, Money.ofCents(3_000), List.of(), Npi.of("1003000126"),
                Taxonomy.of("225100000X"), null, null, null, null, null, null);
        return new ClaimRow("other.csv", claimId, MemberId.of("W123"), null, PayerType.ORIGINAL_MEDICARE, null, null,
                List.of(DiagnosisCode.of("M54.50")), line);
    }
}
