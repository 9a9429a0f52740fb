package org.claimscreen.intake.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimscreen.config.ColumnMappingFile;
import org.claimscreen.domain.screening.Verdicts;
import org.claimscreen.intake.ClaimFormats;
import org.claimscreen.intake.ClaimSplitter;
import org.claimscreen.intake.Sha256;
import org.claimscreen.intake.fhir.FhirClaimFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvClaimSplitterTest {

    private static final String HEADER = "Claim_ID,line_number,procedure_code,note\n";

    @TempDir
    Path folder;

    private final ClaimSplitter splitter = new CsvClaimFormat(ColumnMapping.NONE, null).splitter();

    @Test
    void sendsEachClaimsRowsToItsVerdictsFileInFileOrderWithTheOriginalHeader() throws IOException {
        // given
        Path input = input(HEADER + "A,1,97110,x\nB,1,97124,y\nA,2,97140,z\nR,1,97110,rejected\n");

        // when
        ClaimSplitter.Split split = splitter.split(input, Map.of("A", "CLEAN", "B", "HELD"), clean().getParent(), held().getParent());

        // then
        assertThat(Files.readString(clean())).isEqualTo(HEADER + "A,1,97110,x\nA,2,97140,z\n");
        assertThat(Files.readString(held())).isEqualTo(HEADER + "B,1,97124,y\n");
        assertThat(split).isEqualTo(new ClaimSplitter.Split(2, 1, 1));
    }

    @Test
    void keepsCrlfLineEndingsAndTheByteOrderMark() throws IOException {
        // given
        Path input = folder.resolve("in.csv");
        Files.write(input, ("\uFEFF" + HEADER.replace("\n", "\r\n") + "A,1,97110,x\r\n").getBytes(StandardCharsets.UTF_8));

        // when
        splitter.split(input, Map.of("A", "CLEAN"), clean().getParent(), held().getParent());

        // then
        assertThat(Files.readString(clean())).isEqualTo("\uFEFF" + HEADER.replace("\n", "\r\n") + "A,1,97110,x\r\n");
    }

    @Test
    void neutralisesFormulaCellsAndKeepsQuotedCommasAndNewlines() throws IOException {
        // the claim id cell " A " is the stored claim A; minimal quoting quotes its spaces, same value
        // given
        Path input = input(HEADER + " A ,1,97110,\"=HYPERLINK(\"\"x\"\"), and\nmore\"\nB,1,97110,@SUM(1)\n");

        // when
        splitter.split(input, Map.of("A", "HELD", "B", "HELD"), clean().getParent(), held().getParent());

        // then
        assertThat(Files.readString(held())).isEqualTo(
                HEADER + "\" A \",1,97110,\"'=HYPERLINK(\"\"x\"\"), and\nmore\"\nB,1,97110,'@SUM(1)\n");
    }

    @Test
    void skipsBlankLinesAndStopsWhereABrokenFileStopsBeingReadable() throws IOException {
        // given
        Path input = input(HEADER + "A,1,97110,x\n,,,\n\nB,1,97110,\"never closed\nC,1,97110,z\n");

        // when
        ClaimSplitter.Split split = splitter.split(input, Map.of("A", "CLEAN", "C", "CLEAN"), clean().getParent(), held().getParent());

        // then
        assertThat(Files.readString(clean())).isEqualTo(HEADER + "A,1,97110,x\n");
        assertThat(Files.readString(held())).isEqualTo(HEADER);
        assertThat(split.cleanRecords()).isEqualTo(1);
    }

    @Test
    void splitsOnlyTheContentThatWasScreenedHashingItAsItSplits() throws IOException {
        // given: a file that breaks part-way, so the split stops reading records before its end
        String content = HEADER + "A,1,97110,x\nB,1,97110,\"never closed\nC,1,97110,z\n";
        Path input = input(content);
        String screened = Sha256.of(input);

        // when: the content is the one screened
        ClaimSplitter.Split split = splitter.split(input, screened, Verdicts.byClaimId(Map.of("A", "CLEAN")),
                clean().getParent(), held().getParent());

        // then: the hash covered the whole file, not only the records read
        assertThat(split.cleanRecords()).isEqualTo(1);
        assertThat(Files.readString(clean())).isEqualTo(HEADER + "A,1,97110,x\n");

        // when: the file changed since (one byte after the break)
        Files.writeString(input, content.replace("z\n", "y\n"));

        // then: nothing is written, the earlier split stays as it was, no temp file is left
        assertThatThrownBy(() -> splitter.split(input, screened, Verdicts.byClaimId(Map.of("A", "HELD")),
                clean().getParent(), held().getParent())).isInstanceOf(ClaimSplitter.ChangedInputException.class);
        assertThat(Files.readString(clean())).isEqualTo(HEADER + "A,1,97110,x\n");
        assertThat(Files.readString(held())).isEqualTo(HEADER);
        try (Stream<Path> files = Files.list(clean().getParent())) {
            assertThat(files).containsExactly(clean());
        }
        try (Stream<Path> files = Files.list(held().getParent())) {
            assertThat(files).containsExactly(held());
        }
    }

    @Test
    void checksTheHashFirstForAFormatThatSplitsWithoutHashing() throws IOException {
        // given
        Path input = folder.resolve("in.ndjson");
        Files.writeString(input, "{\"resourceType\":\"Claim\",\"id\":\"A\"}\n");
        ClaimSplitter fhir = new FhirClaimFormat().splitter();

        // when / then
        assertThatThrownBy(() -> fhir.split(input, "0".repeat(64), Verdicts.byClaimId(Map.of("A", "CLEAN")),
                folder.resolve("out/clean"), folder.resolve("out/held")))
                .isInstanceOf(ClaimSplitter.ChangedInputException.class);
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void knowsNoFormatByANameItDoesNotRead() {
        assertThat(ClaimFormats.canonical().named("X12")).isEmpty();
        assertThat(ClaimFormats.canonical().named(null)).isEmpty();
    }

    @Test
    void splitsAMappedFileInItsOwnDelimiterFindingClaimIdsThroughTheMapping() throws Exception {
        // given: the claim id is two joined columns, as the reader stores it ("7;A")
        ColumnMapping mapping = ColumnMappingFile.read("m.yaml", new StringReader("""
                delimiter: "|"
                columns: {claim_id: [CLM_GRP, CLM_ID]}
                """));
        String header = "CLM_ID|CLM_GRP|HCPCS_CD\n";
        Path input = input(header + "A|7|97110\nB|7|97124\nC||97140\n");

        // when
        ClaimSplitter.Split split = new CsvClaimFormat(mapping, null).splitter()
                .split(input, Map.of("7;A", "CLEAN", "7;B", "HELD", "C", "CLEAN"), clean().getParent(), held().getParent());

        // then
        assertThat(Files.readString(clean())).isEqualTo(header + "A|7|97110\nC||97140\n");
        assertThat(Files.readString(held())).isEqualTo(header + "B|7|97124\n");
        assertThat(split).isEqualTo(new ClaimSplitter.Split(2, 1, 0));
    }

    @Test
    void asksTheVerdictOfEachRecordAtTheLineTheClaimReaderStoresItAt() throws Exception {
        // given: a BOM, CRLF, blank and comma-only lines, a cell over two lines, a bad row
        List<String> sample = Files.readAllLines(Path.of("sample-data/claims-2026-11-26.csv"));
        String row = sample.get(1);
        String content = "\uFEFF\r\n" + sample.get(0) + "\r\n\r\n" + row + "\r\n,,,,\r\n"
                + row.replaceFirst(",GP,", ",\"GP\r\n\",") + "\r\n" + "only,three,cells\r\n\r\n" + row + "\r\n";
        Path input = input(content);
        List<Long> asked = new ArrayList<>();
        Verdicts recording = new Verdicts() {
            @Override
            public String at(long position, String claimId) {
                asked.add(position);
                return "CLEAN";
            }

            @Override
            public String ofClaim(String claimId) {
                throw new AssertionError("a CSV record always has a line");
            }
        };

        // when
        splitter.split(input, null, recording, clean().getParent(), held().getParent());

        // then
        List<Long> stored = new ArrayList<>();
        try (ClaimCsvReader reader = ClaimCsvReader.open(input)) {
            reader.forEachRemaining(result -> stored.add(result.sourceLine()));
        }
        assertThat(asked).isEqualTo(stored).containsExactly(4L, 6L, 8L, 10L);
    }

    private Path input(String content) throws IOException {
        Path input = folder.resolve("in.csv");
        Files.writeString(input, content);
        return input;
    }

    private Path clean() {
        return folder.resolve("out/clean/in.csv");
    }

    private Path held() {
        return folder.resolve("out/held/in.csv");
    }
}
