package org.claimscreen.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.config.BuiltinPack;
import org.claimscreen.domain.claim.ClaimAssembler;
import org.claimscreen.domain.rules.RuleEngine;
import org.claimscreen.domain.screening.ClaimStatus;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.ScreenedClaim;
import org.claimscreen.intake.csv.ReferenceDataCsv;

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
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.intake.fhir.FhirClaimFile.Result;
import org.junit.jupiter.api.Test;

/**
 * The third practice's FHIR Bundle in sample-data/: Patients, Coverages, Practitioners and a
 * PractitionerRole are bundle entries that the claims reference by fullUrl, so every member id,
 * NPI and taxonomy below comes through reference resolution.
 */
class EastsideBundleTest {

    private static final Path BUNDLE = Path.of("sample-data/claims-2026-11-26-eastside-bundle.json");

    @Test
    void yieldsThreeProfessionalClaimsAndTheInstitutionalOneAsNotScreened() throws IOException {
        // when
        List<Result> results = FhirSampleDataTest.readAll(BUNDLE);

        // then
        assertThat(results).hasSize(4);
        assertThat(results.subList(0, 3)).allSatisfy(r -> assertThat(r).isInstanceOf(Result.Screenable.class));
        assertThat(results.get(3)).isEqualTo(new Result.NotScreened("EA-270304",
                "Claim.type is institutional; only professional claims are screened", "entry[17]"));
    }

    @Test
    void theOriginalMedicarePtClaimResolvesPatientCoverageAndPractitionersByFullUrl() throws IOException {
        // when
        List<ClaimRow> rows = rows(0);

        // then
        ClaimRow first = rows.get(0);
        assertThat(first.claimId()).isEqualTo("EA-270301");
        assertThat(first.memberId()).isEqualTo(MemberId.of("3EA7TE2KM41"));
        assertThat(first.birthDate()).isEqualTo(LocalDate.of(1950, 6, 2));
        assertThat(first.payerType()).isEqualTo(PayerType.ORIGINAL_MEDICARE);
        assertThat(first.payerId()).isEqualTo("04412");
        assertThat(first.planId()).isNull();
        assertThat(first.diagnoses()).containsExactly(DiagnosisCode.of("M54.50"), DiagnosisCode.of("M62.81"));
        assertThat(rows.get(1).line()).isEqualTo(new ClaimLine(2, 15, LocalDate.of(2026, 11, 16), "11",
                ProcedureCode.of("97110"), List.of(Modifier.of("GP")), 2, 30, Money.of("90.00"), List.of(1, 2),
                Npi.of("1893376420"), Taxonomy.of("225100000X"), null, Npi.of("1302669191"), Npi.of("1742053188"),
                Indicator.YES, Indicator.NOT_GIVEN, Indicator.NOT_GIVEN));
    }

    @Test
    void theMassageTherapistsTaxonomyComesFromHerPractitionerRole() throws IOException {
        // when
        ClaimLine line = rows(1).get(0).line();

        // then
        assertThat(line.procedureCode()).isEqualTo(ProcedureCode.of("97124"));
        assertThat(line.renderingNpi()).isEqualTo(Npi.of("1629418702"));
        assertThat(line.renderingTaxonomy()).isEqualTo(Taxonomy.of("225700000X"));
        assertThat(line.billingNpi()).isEqualTo(Npi.of("1629418702"));
    }

    @Test
    void theChiropractorBillsManipulationWithAtAndManualTherapy() throws IOException {
        // when
        List<ClaimRow> rows = rows(2);

        // then
        assertThat(rows).extracting(row -> row.line().procedureCode().value()).containsExactly("98940", "97140");
        assertThat(rows.get(0).line().modifiers()).containsExactly(Modifier.of("AT"));
        assertThat(rows.get(0).line().serviceDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(rows.get(1).line().renderingTaxonomy()).isEqualTo(Taxonomy.of("111N00000X"));
    }

    @Test
    void ptClaimIsCleanAndMassageAndChiropracticClaimsAreHeld() throws IOException {
        // given
        RuleEngine engine = new RuleEngine(BuiltinPack.create(), ReferenceDataCsv.load(
                Path.of("sample-data/plans.csv"), Path.of("sample-data/providers.csv")));

        // when
        List<ScreenedClaim> screened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            screened.add(engine.screen(ClaimAssembler.assemble(rows(i)), LocalDate.of(2026, 11, 26)));
        }

        // then
        assertThat(screened.get(0).status()).isEqualTo(ClaimStatus.CLEAN);
        assertThat(ruleIds(screened.get(1))).contains("MCR-MASSAGE-STANDALONE", "MCR-LMT-UNSUPERVISED");
        assertThat(ruleIds(screened.get(2))).contains("MCR-CHIRO-ADJUNCT");
    }

    private static List<String> ruleIds(ScreenedClaim claim) {
        return claim.findings().stream().map(Finding::ruleId).toList();
    }

    private static List<ClaimRow> rows(int index) throws IOException {
        return FhirSampleData.asRows(((Result.Screenable) FhirSampleDataTest.readAll(BUNDLE).get(index)).claim());
    }
}
