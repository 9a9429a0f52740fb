package org.claimscreen.intake.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.intake.Reject;
import org.claimscreen.testdata.ExternalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three public LinuxForHealth 837P samples: each is read without failing, and each claim is
 * rejected with its reason (they carry ICD-9 diagnoses, test NPIs, or a component separator other
 * than the one ISA16 declares). With ICD-10 codes swapped in for their ICD-9 ones (and a real NUCC
 * taxonomy for the guide's example one), the commercial sample maps in full.
 */
class X12ExternalFilesTest {

    private static final Path DIR = ExternalData.DIR.resolve("x12-837p-linuxforhealth");

    @Test
    void theFolderHoldsTheThreeSamples() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("demo.example1.837", "demo.cob.example4.837", "demo.example11.837");
        }
    }

    @Test
    void commercialSampleIsRejectedForItsIcd9Diagnoses() throws Exception {
        // when
        X12Files.Read read = X12Files.read(DIR.resolve("demo.example1.837"));

        // then
        assertThat(read.records()).isEmpty();
        assertThat(read.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.claimId()).isEqualTo("26463774");
            assertThat(reject.line()).isEqualTo(29);
            assertThat(reject.column()).isEqualTo("HI01");
            assertThat(reject.reason()).contains("ICD-9-CM");
        });
    }

    @Test
    void coordinationOfBenefitsSampleIsRejectedForItsBillingNpi() throws Exception {
        // when
        X12Files.Read read = X12Files.read(DIR.resolve("demo.cob.example4.837"));

        // then
        assertThat(read.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.claimId()).isEqualTo("101KEN6055");
            assertThat(reject.line()).isEqualTo(9);
            assertThat(reject.column()).isEqualTo("NM109");
            assertThat(reject.reason()).contains("'0100000009' is not an NPI");
        });
    }

    @Test
    void dmeSampleIsRejectedForItsComponentSeparatorMismatch() throws Exception {
        // when
        X12Files.Read read = X12Files.read(DIR.resolve("demo.example11.837"));

        // then
        assertThat(read.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.claimId()).isEqualTo("ABC123-RI");
            assertThat(reject.column()).isEqualTo("CLM05");
            assertThat(reject.reason()).contains("ISA16 declares (':')", "appears to use '>'");
        });
    }

    @Test
    void commercialSampleWithIcd10CodesMapsItsPatientClaimAndFourLines(@TempDir Path dir) throws Exception {
        // given: also a NUCC taxonomy for the guide's example code 203BF0100Y, which does not end in X
        Path icd10 = withIcd10(dir, "demo.example1.837", "BK:0340", "ABK:J020", "BF:V7389", "ABF:Z1159",
                "PXC*203BF0100Y", "PXC*207Q00000X");

        // when
        X12Files.Read read = X12Files.read(icd10);

        // then
        assertThat(read.rejects()).isEmpty();
        Claim claim = read.wholes().get(0).claim();
        assertThat(claim.claimId()).isEqualTo("26463774");
        assertThat(claim.payerType()).isEqualTo(PayerType.COMMERCIAL);
        assertThat(claim.payerId()).isEqualTo("999996666");
        assertThat(claim.memberId().value()).isEqualTo("JS00111223333");
        assertThat(claim.birthDate()).isEqualTo(java.time.LocalDate.of(1973, 5, 1)); // the patient's (2010CA), not the subscriber's
        assertThat(claim.diagnoses()).extracting(Object::toString).containsExactly("J02.0", "Z11.59");
        assertThat(claim.lines()).extracting(l -> l.procedureCode().toString())
                .containsExactly("99213", "87070", "99214", "86663");
        assertThat(claim.lines()).extracting(l -> l.charge().toString()).containsExactly("40.00", "15.00", "35.00", "10.00");
        assertThat(claim.lines()).extracting(ClaimLine::diagnosisPointers)
                .containsExactly(java.util.List.of(1), java.util.List.of(1), java.util.List.of(2), java.util.List.of(2));
        assertThat(claim.lines()).extracting(l -> l.serviceDate().toString())
                .containsExactly("2006-10-03", "2006-10-03", "2006-10-10", "2006-10-10");
        // no 2310B: the billing provider renders, with its PRV*BI taxonomy
        assertThat(claim.lines()).extracting(l -> l.renderingNpi().value()).containsOnly("1912301953");
        assertThat(claim.lines()).extracting(l -> l.renderingTaxonomy().value()).containsOnly("207Q00000X");
    }

    @Test
    void coordinationOfBenefitsSampleWithIcd10CodesNamesTheRenderingNpiAfterTheBillingOne(@TempDir Path dir)
            throws Exception {
        // given: its ICD-10 codes and a billing NPI of the right shape; the 2330A other subscriber must not count
        Path icd10 = withIcd10(dir, "demo.cob.example4.837", "BK:71516", "ABK:M1711", "BF:71906", "ABF:M25561",
                "XX*0100000009", "XX*1245319599");

        // when
        Reject reject = X12Files.read(icd10).rejects().get(0);

        // then
        assertThat(reject.claimId()).isEqualTo("101KEN6055");
        assertThat(reject.column()).isEqualTo("NM109");
        assertThat(reject.reason()).contains("NM1*82", "'9090909090' is not an NPI");
    }

    private static Path withIcd10(Path dir, String name, String... replacements) throws Exception {
        String text = Files.readString(DIR.resolve(name));
        for (int i = 0; i < replacements.length; i += 2) {
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return Files.writeString(dir.resolve(name), text);
    }
}
