package org.claimscreen.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.MBI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.massageByMassageTherapist;
import static org.claimscreen.domain.claim.Claims.originalMedicare;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscreen.config.BuiltinPack;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.domain.screening.ClaimStatus;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.ScreenedClaim;
import org.junit.jupiter.api.Test;

class BuiltinRulePackTest {

    private final RuleEngine engine = new RuleEngine(BuiltinPack.create(), ReferenceData.NONE);

    @Test
    void runsIdentifierRulesFirstAndPatientCostRulesLast() {
        assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly(
                "GEN-NPI-INVALID",
                "GEN-PROCEDURE-CODE-INVALID",
                "GEN-SERVICE-DATE-FUTURE",
                "MCR-MBI-FORMAT",
                "MCR-MASSAGE-STANDALONE",
                "MCR-LMT-UNSUPERVISED",
                "MCR-LMT-NOT-INTEGRAL",
                "MCR-LMT-SUPERVISED",
                "MCR-CHIRO-ADJUNCT",
                "MCR-MANUAL-THERAPY-PROVIDER",
                "MCR-THERAPY-NO-PLAN-OF-CARE",
                "MCR-WELLNESS-DIAGNOSIS",
                "MCR-LMT-SUPERVISOR-NOT-ELIGIBLE",
                "MCR-CMT-NO-AT",
                "MCR-CMT-MODIFIER-CONFLICT",
                "MCR-CMT-NO-SUBLUXATION",
                "MCR-CMT-REGIONS",
                "MCR-CMT-NO-INITIAL-TREATMENT-DATE",
                "MCR-THERAPY-MODIFIER",
                "MCR-THERAPY-ASSISTANT",
                "MCR-CERTIFIER-NOT-PHYSICIAN",
                "MCR-MODIFIER-CONFLICT",
                "MCR-97014-NOT-RECOGNIZED",
                "MCR-97010-BUNDLED",
                "MCR-MODALITY-UNITS",
                "MCR-TIMELY-FILING",
                "GEN-UNITS-MINUTES",
                "MA-PLAN-UNKNOWN",
                "MA-MASSAGE-NOT-COVERED",
                "MA-MASSAGE-NO-ORDER",
                "MA-MASSAGE-OUT-OF-NETWORK",
                "MA-MASSAGE-CONDITION",
                "MA-MASSAGE-SESSION-LIMIT",
                "MA-MASSAGE-COST-SHARE",
                "MA-ABN-NOT-VALID",
                "MCR-THERAPY-THRESHOLD-KX",
                "MCR-ACUPUNCTURE-COVERAGE",
                "MCR-ACUPUNCTURE-IMPROVEMENT",
                "GEN-DUPLICATE-LINE",
                "NCCI-PTP",
                "MCR-ABN-MISSING",
                "MCR-ABN-NO-GA",
                "PAY-SELF-PAY",
                "PAY-HSA-FSA-LMN");
    }

    @Test
    void labelsPackWithIdAndVersion() {
        assertThat(engine.pack().label()).isEqualTo("builtin 2026.3");
    }

    @Test
    void describesEveryRuleWithWhatItChecksAndThePolicyItCites() {
        assertThat(engine.rules()).allSatisfy(info -> {
            assertThat(info.source()).isNotNull();
            assertThat(info.severity()).isNotNull();
            assertThat(info.checks()).isNotBlank().endsWith(".");
            assertThat(info.policy()).isNotBlank();
        });
    }

    @Test
    void holdsStandaloneMassageTherapistAndCountsItsChargeOnce() {
        // given
        Claim claim = claimWith(massageByMassageTherapist().units(4).charge("200.00"));

        // when
        ScreenedClaim screened = engine.screen(claim, Screening.AS_OF);

        // then
        assertThat(screened.findings()).extracting(Finding::ruleId).containsExactly(
                "MCR-MASSAGE-STANDALONE", "MCR-LMT-UNSUPERVISED", "PAY-SELF-PAY", "PAY-HSA-FSA-LMN");
        assertThat(screened.status()).isEqualTo(ClaimStatus.HELD);
        assertThat(screened.amountAtRisk()).isEqualTo(Money.of("200.00"));
        assertThat(screened.patientEstimate()).isEqualTo(Money.of("200.00"));
    }

    @Test
    void passesPtMassageWithExerciseUnderCertifiedPlanOfCare() {
        // given
        Claim claim = claimWith(line("97110"), line("97124"));

        // when
        ScreenedClaim screened = engine.screen(claim, Screening.AS_OF);

        // then
        assertThat(screened.findings()).isEmpty();
        assertThat(screened.status()).isEqualTo(ClaimStatus.CLEAN);
    }

    @Test
    void notesMissingAbnAfterAMedicalNecessityDenialOfALaterMedicareRule() {
        // given maintenance manipulation (no AT) without an ABN
        Claim claim = originalMedicare().diagnoses("M99.03")
                .lines(line("98940").renderedBy(CHIROPRACTOR).modifiers().charge("45.00")).build();

        // when
        ScreenedClaim screened = engine.screen(claim, Screening.AS_OF);

        // then
        assertThat(screened.findings()).extracting(Finding::ruleId).containsExactly("MCR-CMT-NO-AT", "MCR-ABN-MISSING");
        assertThat(screened.amountAtRisk()).isEqualTo(Money.of("45.00"));
        assertThat(screened.patientEstimate()).isEqualTo(Money.ZERO);
    }

    @Test
    void leavesTheMemberOnlyTheCopayOfACoveredAdvantageMassage() {
        // given an in-network massage therapist on a plan with a $20 copay
        Plan plan = new Plan("H1234-001", "Plan", true, false, 12, Money.of("20.00"), null, MonthDay.of(1, 1));
        RosterProvider therapist = new RosterProvider(Npi.of(Claims.RENDERING_NPI), "LMT",
                Taxonomy.of(Claims.MASSAGE_THERAPIST), false, Set.of("H1234-001"));
        ReferenceData reference = new ReferenceData(Map.of(plan.planId(), plan), Map.of(therapist.npi(), therapist));
        Claim claim = Claims.payer(PayerType.MEDICARE_ADVANTAGE).planId("H1234-001")
                .lines(massageByMassageTherapist().charge("80.00")).build();

        // when
        ScreenedClaim screened = new RuleEngine(BuiltinPack.create(), reference).screen(claim, Screening.AS_OF);

        // then
        assertThat(screened.findings()).extracting(Finding::ruleId).containsExactly("MA-MASSAGE-COST-SHARE");
        assertThat(screened.status()).isEqualTo(ClaimStatus.CLEAN);
        assertThat(screened.patientEstimate()).isEqualTo(Money.of("20.00"));
    }

    @Test
    void neverPutsTheMemberIdInAMessageOrSuggestion() {
        // given claims that make every Original Medicare rule speak
        List<Claim> claims = List.of(
                claimWith(massageByMassageTherapist(), line("97140").renderedBy(CHIROPRACTOR).modifiers("GY")),
                originalMedicare().diagnoses("Z73.3").lines(line("97124").referringNpi(null)).build(),
                originalMedicare().diagnoses("M54.50").lines(
                        line("98941").renderedBy(CHIROPRACTOR).modifiers("GA", "GZ").abn(Indicator.YES),
                        line("97014").modifiers().units(2).on(LocalDate.of(2025, 1, 6)),
                        line("97010"), line("97110").minutes(20).units(2)).build());

        // when
        List<Finding> findings = claims.stream()
                .flatMap(claim -> engine.screen(claim, Screening.AS_OF).findings().stream()).toList();

        // then
        assertThat(findings).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.message()).doesNotContain(MBI);
            assertThat(finding.suggestion()).doesNotContain(MBI);
        });
    }
}
