package org.claimscreen.intake.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Documentation;
import org.claimscreen.domain.claim.DocumentedService;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ReportedDate;
import org.claimscreen.intake.ClaimFormats;
import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.csv.ColumnMapping;
import org.claimscreen.testdata.X12ClaimWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader makes of a well-formed 837P: {@code x12/good.837}, two transactions, five claims. */
class X12ClaimFileTest {

    @Test
    void readsEveryClaimOfEveryTransactionInFileOrder() throws Exception {
        // when
        X12Files.Read read = X12Files.read(X12Files.file("good.837"));

        // then
        assertThat(read.rejects()).isEmpty();
        assertThat(read.claimIds()).containsExactly("C1001", "C1002", "C2001", "C3002");
        assertThat(read.unscreened()).extracting(ClaimRecord.Unscreened::claimId).containsExactly("C3001");
    }

    @Test
    void mapsSubscriberPayerAndRenderingProviderOfAMassageClaim() throws Exception {
        // when
        Claim claim = claim("C1001");

        // then
        assertThat(claim.payerType()).isEqualTo(PayerType.ORIGINAL_MEDICARE);
        assertThat(claim.memberId().value()).isEqualTo("1EG4TE5MK73");
        assertThat(claim.birthDate()).isEqualTo(LocalDate.of(1950, 1, 1));
        assertThat(claim.payerId()).isEqualTo("01112");
        assertThat(claim.planId()).isNull();
        assertThat(claim.diagnoses()).extracting(d -> d.toString()).containsExactly("M62.830");
        ClaimLine line = claim.lines().get(0);
        assertThat(line.procedureCode().toString()).isEqualTo("97124");
        assertThat(line.units()).isEqualTo(4);
        assertThat(line.charge()).isEqualTo(Money.of("120.00"));
        assertThat(line.serviceDate()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(line.placeOfService()).isEqualTo("11");
        assertThat(line.renderingNpi().value()).isEqualTo("1003000126");
        assertThat(line.renderingTaxonomy().value()).isEqualTo("225700000X");
        assertThat(line.billingNpi().value()).isEqualTo("1245319599");
    }

    @Test
    void mapsModifiersPointersMinutesAndTheReferringAndSupervisingProviders() throws Exception {
        // when
        Claim claim = claim("C1002");

        // then
        assertThat(claim.lines()).hasSize(2);
        ClaimLine exercise = claim.lines().get(0);
        ClaimLine manual = claim.lines().get(1);
        assertThat(exercise.modifiersText()).isEqualTo("GP");
        assertThat(exercise.diagnosisPointers()).containsExactly(1, 2);
        assertThat(exercise.referringNpi().value()).isEqualTo("1114025228");
        assertThat(exercise.supervisingNpi().value()).isEqualTo("1245319599");
        assertThat(exercise.renderingTaxonomy().value()).isEqualTo("225100000X");
        assertThat(manual.modifiersText()).isEqualTo("GP;GA");
        assertThat(manual.minutes()).isEqualTo(23);
        assertThat(manual.units()).isEqualTo(2);
        assertThat(manual.diagnosisPointers()).containsExactly(2);
    }

    @Test
    void takesAbnOnFileFromModifierGaAndLeavesPlanOfCareNotGiven() throws Exception {
        // when
        Claim claim = claim("C1002");

        // then
        assertThat(claim.lines()).extracting(ClaimLine::abnOnFile).containsExactly(Indicator.NOT_GIVEN, Indicator.YES);
        assertThat(claim.lines()).extracting(ClaimLine::planOfCare).containsOnly(Indicator.NOT_GIVEN);
        assertThat(claim.lines()).extracting(ClaimLine::lmnOnFile).containsOnly(Indicator.NOT_GIVEN);
    }

    @Test
    void readsMedicareAdvantageFromSbr09AndThePlanFromSbr03() throws Exception {
        // when
        Claim claim = claim("C2001");

        // then
        assertThat(claim.payerType()).isEqualTo(PayerType.MEDICARE_ADVANTAGE);
        assertThat(claim.planId()).isEqualTo("H1234-001");
    }

    @Test
    void aBillingProviderWithoutRenderingLoopRendersWithItsOwnTaxonomy() throws Exception {
        // when
        ClaimLine line = claim("C2001").lines().get(0);

        // then
        assertThat(line.renderingNpi().value()).isEqualTo("1245319599");
        assertThat(line.renderingTaxonomy().value()).isEqualTo("225100000X");
    }

    @Test
    void aReplacementNamesTheClaimOfRefF8AsReplaced() throws Exception {
        // when
        ClaimRecord.Whole replacement = X12Files.read(X12Files.file("good.837")).wholes().stream()
                .filter(w -> w.claim().claimId().equals("C2001")).findFirst().orElseThrow();

        // then
        assertThat(replacement.replaces()).containsExactly("C2000");
    }

    @Test
    void aVoidIsNotScreenedAndWithdrawsItselfAndTheClaimOfRefF8() throws Exception {
        // when
        ClaimRecord.Unscreened voided = X12Files.read(X12Files.file("good.837")).unscreened().get(0);

        // then
        assertThat(voided.voids()).containsExactly("C3001", "C3000");
        assertThat(voided.reason()).contains("CLM05-3 = 8");
    }

    @Test
    void positionsAreTheClmSegmentsCountedOverTheFile() throws Exception {
        // when
        X12Files.Read read = X12Files.read(X12Files.file("good.837"));

        // then
        assertThat(read.wholes()).extracting(ClaimRecord.Whole::line).containsExactly(19L, 26L, 42L, 70L);
        assertThat(read.wholes().get(1).claim().lines()).extracting(ClaimLine::sourceLine).containsOnly(26L);
    }

    @Test
    void readsGaAsAnAbnOnFileOnALineWhoseServiceTheDocumentationHasNoRowFor() throws Exception {
        // given: the documentation has a row for the claim's other line only
        ClaimLine exercise = claim("C1002").lines().get(0);
        Documentation documentation = documenting(exercise, Indicator.YES, Indicator.NOT_GIVEN, null);

        // when
        Claim claim = documentedClaim("C1002", documentation);

        // then
        assertThat(claim.lines()).extracting(ClaimLine::abnOnFile).containsExactly(Indicator.NOT_GIVEN, Indicator.YES);
        assertThat(claim.lines()).extracting(ClaimLine::planOfCare).containsExactly(Indicator.YES, Indicator.NOT_GIVEN);
    }

    @Test
    void aGaLineWhoseServiceIsDocumentedTakesItsAbnFromTheRecordNotFromGa() throws Exception {
        // given: the records say a plan of care, and nothing of an ABN, for the GA line's service
        ClaimLine manual = claim("C1002").lines().get(1);
        Documentation documentation = documenting(manual, Indicator.YES, Indicator.NOT_GIVEN, null);

        // when
        ClaimLine read = documentedClaim("C1002", documentation).lines().get(1);

        // then: GA billed without an ABN on file reads as such (MCR-ABN-MISSING), as in a CSV
        assertThat(read.abnOnFile()).isEqualTo(Indicator.NOT_GIVEN);
        assertThat(read.planOfCare()).isEqualTo(Indicator.YES);
    }

    @Test
    void aGaLineWhoseRecordSaysNoAbnReadsNo() throws Exception {
        // given
        ClaimLine manual = claim("C1002").lines().get(1);
        Documentation documentation = documenting(manual, Indicator.NOT_GIVEN, Indicator.NO, null);

        // when / then
        assertThat(documentedClaim("C1002", documentation).lines().get(1).abnOnFile()).isEqualTo(Indicator.NO);
    }

    @Test
    void minutesTheLineBillsWinOverTheDocumentedOnes() throws Exception {
        // given: the line bills 23 minutes (SV103 MJ), the records say 30
        ClaimLine manual = claim("C1002").lines().get(1);
        Documentation documentation = documenting(manual, Indicator.NOT_GIVEN, Indicator.NOT_GIVEN, 30);

        // when / then
        assertThat(documentedClaim("C1002", documentation).lines().get(1).minutes()).isEqualTo(23);
    }

    private static Documentation documenting(ClaimLine line, Indicator planOfCare, Indicator abn, Integer minutes)
            throws Exception {
        return Documentation.of(List.of(new DocumentedService(claim("C1002").memberId(), line.serviceDate(),
                line.procedureCode(), planOfCare, abn, Indicator.NOT_GIVEN, minutes)));
    }

    /** A claim of good.837 as a run with this documentation on file reads it. */
    private static Claim documentedClaim(String claimId, Documentation documentation) throws Exception {
        Path file = X12Files.file("good.837");
        try (ClaimReader reader = ClaimFormats.of(ColumnMapping.NONE, null, null, documentation).of(file).open(file)) {
            for (ClaimRecord record = reader.next(); record != null; record = reader.next()) {
                if (record instanceof ClaimRecord.Whole whole && whole.claim().claimId().equals(claimId)) {
                    return whole.claim();
                }
            }
        }
        throw new AssertionError(claimId + " is not in " + file);
    }

    @Test
    void readsTheInitialTreatmentDateOfLoop2300AndCallsAClaimWithoutItMissing(@TempDir Path dir) throws Exception {
        // given: one chiropractic claim with DTP*454, one without
        Claim dated = Claims.originalMedicare().claimId("CH1").diagnoses("M99.03")
                .initialTreatment(ReportedDate.of(LocalDate.of(2026, 9, 14)))
                .lines(Claims.line("98940").renderedBy(Claims.CHIROPRACTOR).modifiers("AT")).build();
        Claim undated = Claims.originalMedicare().claimId("CH2").diagnoses("M99.03")
                .lines(Claims.line("98940").renderedBy(Claims.CHIROPRACTOR).modifiers("AT")).build();
        Path file = dir.resolve("chiro.837");
        Files.writeString(file, X12ClaimWriter.interchange(List.of(List.of(dated, undated)), LocalDate.of(2026, 11, 26)));

        // when
        X12Files.Read read = X12Files.read(file);

        // then: an 837P has the field, so a claim that leaves it out has it missing, not unknown
        assertThat(read.rejects()).isEmpty();
        assertThat(read.wholes()).extracting(w -> w.claim().initialTreatment())
                .containsExactly(ReportedDate.of(LocalDate.of(2026, 9, 14)), ReportedDate.LEFT_EMPTY);
    }

    private static Claim claim(String claimId) throws Exception {
        return X12Files.read(X12Files.file("good.837")).wholes().stream().map(ClaimRecord.Whole::claim)
                .filter(c -> c.claimId().equals(claimId)).findFirst().orElseThrow();
    }
}
