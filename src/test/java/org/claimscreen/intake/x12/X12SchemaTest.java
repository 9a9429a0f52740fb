package org.claimscreen.intake.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimscreen.intake.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 837P schema (837-005010X222.xml) rejects the claim a schema error falls in, naming the
 * segment number, the segment or element and why; the rest of the file is read on.
 */
class X12SchemaTest {

    @TempDir
    Path dir;

    /** good.837 with one change; its SE01 counts are left as they are when the change keeps the segment count. */
    private X12Files.Read readChanged(String from, String to) throws Exception {
        String good = Files.readString(X12Files.file("good.837"));
        assertThat(good).contains(from);
        return X12Files.read(Files.writeString(dir.resolve("changed.837"), good.replaceFirst(
                java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))));
    }

    @Test
    void theGoodFileHasNoSchemaError() throws Exception {
        assertThat(X12Files.schemaErrors(X12Files.file("good.837"))).isEmpty();
        assertThat(X12Files.read(X12Files.file("good.837")).rejects()).isEmpty();
    }

    @Test
    void aSegmentOutOfOrderRejectsItsClaimAtThatSegment() throws Exception {
        // when: C1001's SV1 comes before its LX
        X12Files.Read read = readChanged("LX*1~\nSV1*HC:97124*120.00*UN*4***1~", "SV1*HC:97124*120.00*UN*4***1~\nLX*1~");

        // then
        assertThat(read.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.claimId()).isEqualTo("C1001");
            assertThat(reject.line()).isEqualTo(23);
            assertThat(reject.column()).isEqualTo("SV1");
            assertThat(reject.reason()).contains("segment 23 SV1", "not expected here", "837P schema");
        });
        assertThat(read.claimIds()).containsExactly("C1002", "C2001", "C3002");
    }

    @Test
    void aMissingRequiredElementRejectsItsClaimNamingTheElement() throws Exception {
        // when: C1001's CLM02 (total charge), which the code does not read, is empty
        X12Files.Read read = readChanged("CLM*C1001*120.00*", "CLM*C1001**");

        // then
        assertThat(read.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.claimId()).isEqualTo("C1001");
            assertThat(reject.line()).isEqualTo(19);
            assertThat(reject.column()).isEqualTo("CLM02");
            assertThat(reject.reason()).contains("segment 19 CLM02", "required and missing");
        });
        assertThat(read.claimIds()).containsExactly("C1002", "C2001", "C3002");
    }

    @Test
    void aTooLongElementRejectsItsClaimWithoutQuotingTheValue() throws Exception {
        // when: the rendering provider's last name (NM103, at most 60 characters) is 70 long
        String name = "SMITH".repeat(14);
        X12Files.Read read = readChanged("NM1*82*1*SMITH*ANN", "NM1*82*1*" + name + "*ANN");

        // then
        assertThat(read.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.claimId()).isEqualTo("C1001");
            assertThat(reject.line()).isEqualTo(21);
            assertThat(reject.column()).isEqualTo("NM103");
            assertThat(reject.reason()).contains("segment 21 NM103", "longer than the element allows", "70 characters")
                    .doesNotContain(name);
        });
    }

    @Test
    void anUnknownSegmentRejectsItsClaim() throws Exception {
        // when
        X12Files.Read read = readChanged("HI*ABK:M62830~", "HI*ABK:M62830~\nZZZ*1~");

        // then the claim is rejected for the schema; its transaction's SE01 no longer matches either
        Reject first = read.rejects().get(0);
        assertThat(first.claimId()).isEqualTo("C1001");
        assertThat(first.reason()).satisfiesAnyOf(
                r -> assertThat(r).contains("segment 21 ZZZ", "not a segment of the 837P"),
                r -> assertThat(r).contains("SE01"));
        assertThat(X12Files.schemaErrors(dir.resolve("changed.837")))
                .anySatisfy(e -> assertThat(e).contains("segment 21 ZZZ", "not a segment of the 837P"));
    }

    @Test
    void anUnknownSegmentRejectsItsClaimWhenTheCountsAreRight() throws Exception {
        // when: ZZZ takes the place of C1001's rendering provider NM1*82, so SE01 still counts right
        X12Files.Read read = readChanged("NM1*82*1*SMITH*ANN****XX*1003000126~", "ZZZ*1~");

        // then
        assertThat(read.rejects()).first().satisfies(reject -> {
            assertThat(reject.claimId()).isEqualTo("C1001");
            assertThat(reject.line()).isEqualTo(21);
            assertThat(reject.column()).isEqualTo("ZZZ");
            assertThat(reject.reason()).contains("segment 21 ZZZ", "not a segment of the 837P");
        });
        assertThat(read.claimIds()).contains("C1002", "C2001", "C3002");
    }

    @Test
    void aClaimWithoutServiceLineIsRejectedWhereTheSchemaMissesIt() throws Exception {
        // when: C1001 loses its LX, SV1 and DTP; the other claims stay
        X12Files.Read read = readChanged("LX*1~\nSV1*HC:97124*120.00*UN*4***1~\nDTP*472*D8*20261005~\n", "");

        // then
        Reject reject = read.rejects().stream().filter(r -> "C1001".equals(r.claimId())).findFirst().orElseThrow();
        assertThat(reject.reason()).satisfiesAnyOf(
                r -> assertThat(r).contains("required segment LX is missing before this CLM"),
                r -> assertThat(r).contains("SE01"));
        assertThat(X12Files.schemaErrors(dir.resolve("changed.837")))
                .anySatisfy(e -> assertThat(e).contains("segment 23", "required segment LX is missing before this CLM"));
    }

    @Test
    void theVendoredPublicSamplesHaveNoSchemaErrorButTheDmeSamplesSeparator() throws Exception {
        Path external = Path.of("src/test/resources/external/x12-837p-linuxforhealth");
        assertThat(X12Files.schemaErrors(external.resolve("demo.example1.837"))).isEmpty();
        assertThat(X12Files.schemaErrors(external.resolve("demo.cob.example4.837"))).isEmpty();
        // ISA16 declares ':' and the file uses '>': composites read as one over-long component
        assertThat(X12Files.schemaErrors(external.resolve("demo.example11.837")))
                .anySatisfy(e -> assertThat(e).contains("segment 21 CLM05-1", "longer than the element allows"));
    }
}
