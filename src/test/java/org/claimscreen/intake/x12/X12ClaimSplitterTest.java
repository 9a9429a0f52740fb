package org.claimscreen.intake.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.ClaimSplitter;
import org.claimscreen.testdata.ExternalData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the split writes is re-read with the same reader: an output it refuses or rejects a claim of fails the test. */
class X12ClaimSplitterTest {

    @TempDir
    Path dir;

    private Path clean;
    private Path held;

    @BeforeEach
    void folders() throws Exception {
        clean = Files.createDirectories(dir.resolve("clean"));
        held = Files.createDirectories(dir.resolve("held"));
    }

    @Test
    void writesEachClaimToItsFileAndBothReReadAsValid837p() throws Exception {
        // when
        ClaimSplitter.Split split = new X12ClaimFormat().splitter().split(X12Files.file("good.837"),
                Map.of("C1001", "CLEAN", "C1002", "HELD", "C2001", "CLEAN", "C3002", "HELD"), clean, held);

        // then
        assertThat(split).isEqualTo(new ClaimSplitter.Split(2, 2, 1));
        assertThat(claimIds(clean.resolve("good.837"))).containsExactly("C1001", "C2001");
        assertThat(claimIds(held.resolve("good.837"))).containsExactly("C1002", "C3002");
    }

    @Test
    void writtenClaimsReadBackEqualToTheInputsClaims() throws Exception {
        // given
        Map<String, Claim> input = claims(X12Files.file("good.837"));

        // when
        new X12ClaimFormat().splitter().split(X12Files.file("good.837"),
                Map.of("C1001", "CLEAN", "C1002", "CLEAN", "C2001", "CLEAN", "C3002", "CLEAN"), clean, held);

        // then: equal but for the positions, which are the output's
        Map<String, Claim> output = claims(clean.resolve("good.837"));
        assertThat(output.keySet()).containsExactlyInAnyOrderElementsOf(input.keySet());
        for (String id : input.keySet()) {
            assertThat(output.get(id).lines()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("sourceLine")
                    .containsExactlyElementsOf(input.get(id).lines());
            assertThat(output.get(id).diagnoses()).isEqualTo(input.get(id).diagnoses());
            assertThat(output.get(id).payerType()).isEqualTo(input.get(id).payerType());
        }
    }

    @Test
    void dropsHlLevelsLeftWithoutClaimsAndRenumbersTheRest() throws Exception {
        // when: the first subscriber's claims are held, the second subscriber's is clean
        new X12ClaimFormat().splitter().split(X12Files.file("good.837"),
                Map.of("C1001", "HELD", "C1002", "HELD", "C2001", "CLEAN", "C3002", "HELD"), clean, held);

        // then
        String text = Files.readString(clean.resolve("good.837"));
        assertThat(text).contains("HL*1**20*1~", "HL*2*1*22*0~").doesNotContain("HL*3");
        assertThat(text).contains("ST*837*0001*005010X222A1~").doesNotContain("ST*837*0002");
        assertThat(text).contains("GE*1*1~", "IEA*1*000000001~");
        assertThat(text.lines().filter(l -> l.startsWith("SE*")).toList()).containsExactly("SE*22*0001~"); // ST, 4 header, 6 billing, 4 subscriber, 6 claim, SE
        assertThat(claimIds(clean.resolve("good.837"))).containsExactly("C2001");
    }

    @Test
    void anOutputWithoutClaimsIsAnEmptyInterchange() throws Exception {
        // when
        new X12ClaimFormat().splitter().split(X12Files.file("good.837"),
                Map.of("C1001", "CLEAN", "C1002", "CLEAN", "C2001", "CLEAN", "C3002", "CLEAN"), clean, held);

        // then
        String text = Files.readString(held.resolve("good.837"));
        assertThat(text).startsWith("ISA*00*").contains("IEA*0*000000001~").doesNotContain("GS*");
        assertThat(claimIds(held.resolve("good.837"))).isEmpty();
    }

    @Test
    void claimsOfABrokenTransactionGoNowhereAndTheRestIsWrittenValid() throws Exception {
        // when: se-count.837's first transaction has a wrong SE01, so its claims have no verdict
        ClaimSplitter.Split split = new X12ClaimFormat().splitter().split(X12Files.file("se-count.837"),
                Map.of("C3002", "CLEAN"), clean, held);

        // then
        assertThat(split).isEqualTo(new ClaimSplitter.Split(1, 0, 4));
        assertThat(claimIds(clean.resolve("se-count.837"))).containsExactly("C3002");
    }

    @Test
    void aFileThatBreaksOffIsWrittenUpToTheBreakWithItsEnvelopesClosed() throws Exception {
        // when
        new X12ClaimFormat().splitter().split(X12Files.file("bad-segment.837"),
                Map.of("C1001", "CLEAN", "C1002", "HELD", "C2001", "CLEAN"), clean, held);

        // then
        assertThat(claimIds(clean.resolve("bad-segment.837"))).containsExactly("C1001", "C2001");
        assertThat(claimIds(held.resolve("bad-segment.837"))).containsExactly("C1002");
    }

    @Test
    void aPublicSampleSplitsIntoAValidInterchange() throws Exception {
        // given: the commercial LinuxForHealth sample with ICD-10 codes and a NUCC taxonomy
        String text = Files.readString(ExternalData.DIR.resolve("x12-837p-linuxforhealth/demo.example1.837"))
                .replace("BK:0340", "ABK:J020").replace("BF:V7389", "ABF:Z1159").replace("PXC*203BF0100Y", "PXC*207Q00000X");
        Path input = Files.writeString(dir.resolve("demo.example1.837"), text);

        // when
        new X12ClaimFormat().splitter().split(input, Map.of("26463774", "HELD"), clean, held);

        // then: the patient level (HL 23) and its subscriber come along
        assertThat(claimIds(held.resolve("demo.example1.837"))).containsExactly("26463774");
        assertThat(Files.readString(held.resolve("demo.example1.837"))).contains("HL*3*2*23*0~");
    }

    @Test
    void aFileOfSeveralInterchangesKeepsEachInterchangesEnvelope() throws Exception {
        // given: two interchanges, the second with its own control number
        String good = Files.readString(X12Files.file("good.837"));
        Path input = Files.writeString(dir.resolve("two.837"), good + good.replace("000000001", "000000002"));

        // when
        new X12ClaimFormat().splitter().split(input,
                Map.of("C1001", "CLEAN", "C1002", "HELD", "C2001", "HELD", "C3002", "CLEAN"), clean, held);

        // then
        String text = Files.readString(clean.resolve("two.837"));
        assertThat(text.lines().filter(l -> l.startsWith("IEA*")).toList())
                .containsExactly("IEA*1*000000001~", "IEA*1*000000002~");
        assertThat(claimIds(clean.resolve("two.837"))).containsExactly("C1001", "C3002", "C1001", "C3002");
        assertThat(claimIds(held.resolve("two.837"))).containsExactly("C1002", "C2001", "C1002", "C2001");
    }

    @Test
    void refusesAnInputThatChangedSinceItWasScreened() {
        assertThatThrownBy(() -> new X12ClaimFormat().splitter().split(X12Files.file("good.837"), "0".repeat(64),
                org.claimscreen.domain.screening.Verdicts.byClaimId(Map.of()), clean, held))
                .isInstanceOf(ClaimSplitter.ChangedInputException.class);
    }

    /** The claim ids of a written file, failing the test if the 837P schema or the reader finds anything wrong in it. */
    private static List<String> claimIds(Path written) throws Exception {
        assertThat(X12Files.schemaErrors(written)).as("837P schema errors re-reading " + written.getFileName()).isEmpty();
        X12Files.Read read = X12Files.read(written);
        assertThat(read.rejects()).as("rejects re-reading " + written.getFileName()).isEmpty();
        assertThat(read.unscreened()).as("not screened re-reading " + written.getFileName()).isEmpty();
        return read.claimIds();
    }

    private static Map<String, Claim> claims(Path file) throws Exception {
        return X12Files.read(file).wholes().stream().map(ClaimRecord.Whole::claim)
                .collect(java.util.stream.Collectors.toMap(Claim::claimId, c -> c));
    }
}
