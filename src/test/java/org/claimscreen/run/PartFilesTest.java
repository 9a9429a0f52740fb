package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.output.ClaimLineRow;
import org.claimscreen.output.FindingRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFilesTest {

    private static final String AWKWARD = "t\tn\nr\r\n\\ \\N \"q\" ;, ü — 日😀";

    @TempDir
    Path dir;

    @Test
    void mergesThePartitionsFindingsInClaimOrderWhateverPartitionHeldThem() throws IOException {
        // given two partitions, each in claim order, whose claims interleave, over two inputs
        write(PartFiles.findings(dir, 0), List.of(new Indexed<>(0, finding("A", 1, "R1")),
                new Indexed<>(0, finding("A", null, "R2")), new Indexed<>(0, finding("C", 1, "R1")),
                new Indexed<>(1, finding("in1", "A", 2, "R3"))));
        write(PartFiles.findings(dir, 1), List.of(new Indexed<>(0, finding("B", 1, "R1")),
                new Indexed<>(0, finding("D" + AWKWARD, 1, "R1")), new Indexed<>(1, finding("in1", "0", 1, "R4"))));

        // when they are merged
        List<String> merged = new ArrayList<>();
        List<FindingRow> rows = new ArrayList<>();
        try (PartFiles.Merged<FindingRow> findings = PartFiles.mergeFindings(
                List.of(PartFiles.findings(dir, 0), PartFiles.findings(dir, 1)))) {
            findings.forEachRemaining(row -> {
                merged.add(row.sourceFile() + "/" + row.claimId() + "/" + row.ruleId());
                rows.add(row);
            });
        }

        // then input by input, claim id by claim id; a claim's findings stay in their partition's order
        assertThat(merged).containsExactly("in0/A/R1", "in0/A/R2", "in0/B/R1", "in0/C/R1", "in0/D" + AWKWARD + "/R1",
                "in1/0/R4", "in1/A/R3");
        // and every field comes back as it went, nulls too
        assertThat(rows.get(0)).isEqualTo(finding("A", 1, "R1"));
        assertThat(rows.get(1)).isEqualTo(finding("A", null, "R2"));
    }

    @Test
    void mergesVerdictLinesInFileOrderAndLinesOfClaimsWhole() throws IOException {
        try (PartFiles.VerdictWriter first = new PartFiles.VerdictWriter(PartFiles.verdicts(dir, 0));
                PartFiles.VerdictWriter second = new PartFiles.VerdictWriter(PartFiles.verdicts(dir, 1))) {
            first.write(0, new PartFiles.VerdictLine(2, "A", "HELD"));
            first.write(0, new PartFiles.VerdictLine(5, "A", "HELD"));
            first.write(1, new PartFiles.VerdictLine(3, "Z", "CLEAN"));
            second.write(0, new PartFiles.VerdictLine(3, "B", "CLEAN"));
            second.write(1, new PartFiles.VerdictLine(2, "Y", "HELD"));
            first.commit();
            second.commit();
        }
        List<String> order = new ArrayList<>();
        try (PartFiles.Merged<PartFiles.VerdictLine> lines = PartFiles.mergeVerdicts(
                List.of(PartFiles.verdicts(dir, 0), PartFiles.verdicts(dir, 1)))) {
            while (lines.hasNext()) {
                int input = lines.nextFileIndex();
                PartFiles.VerdictLine line = lines.next();
                order.add(input + ":" + line.sourceLine() + ":" + line.claimId() + ":" + line.status());
            }
            assertThat(lines.nextFileIndex()).isEqualTo(-1);
        }
        assertThat(order).containsExactly("0:2:A:HELD", "0:3:B:CLEAN", "0:5:A:HELD", "1:2:Y:HELD", "1:3:Z:CLEAN");

        ClaimLineRow line = new ClaimLineRow("in0", "A" + AWKWARD, 1, 7, LocalDate.of(2026, 11, 2), null, "97124", "",
                4, null, Money.ofCents(12_000), "M62.830;M54.50", null, "1245319599", "225700000X", null, "1114025228",
                "Y", "", null);
        try (PartFiles.LineWriter writer = new PartFiles.LineWriter(PartFiles.lines(dir, 0))) {
            writer.write(0, line);
            writer.commit();
        }
        try (PartFiles.Merged<ClaimLineRow> lines = PartFiles.mergeLines(List.of(PartFiles.lines(dir, 0)))) {
            assertThat(lines.next()).isEqualTo(line);
            assertThat(lines.hasNext()).isFalse();
        }
    }

    @Test
    void aPartFileIsThereOnlyOnceCommittedAndAnAbandonedOneLeavesNothing() throws IOException {
        Path target = PartFiles.findings(dir, 3);
        try (PartFiles.FindingWriter writer = new PartFiles.FindingWriter(target)) {
            writer.write(0, finding("A", 1, "R1"));
        }
        assertThat(target).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    private record Indexed<T>(int fileIndex, T row) {
    }

    private static void write(Path part, List<Indexed<FindingRow>> rows) throws IOException {
        try (PartFiles.FindingWriter writer = new PartFiles.FindingWriter(part)) {
            for (Indexed<FindingRow> row : rows) {
                writer.write(row.fileIndex(), row.row());
            }
            writer.commit();
        }
    }

    private static FindingRow finding(String claimId, Integer line, String rule) {
        return finding("in0", claimId, line, rule);
    }

    private static FindingRow finding(String file, String claimId, Integer line, String rule) {
        return new FindingRow(7, file, claimId, line, "W12****89", line == null ? null : LocalDate.of(2026, 11, 2),
                line == null ? null : "97124", line == null ? null : "GP;59", line == null ? null : 4,
                line == null ? null : Money.ofCents(12_000), rule, "DENY", "message " + AWKWARD, "CO-50 + N115",
                null, Money.ofCents(12_000), Money.ZERO, "fix\n" + AWKWARD, null, "ORIGINAL_MEDICARE",
                line == null ? null : "1245319599", "Title, \"quoted\"\n" + AWKWARD, "00882", null,
                line == null ? null : "Zoë O'Brien, PT", "HELD", line != null);
    }
}
