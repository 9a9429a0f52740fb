package org.claimscreen.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.claim.Claims.MBI;
import static org.claimscreen.claim.Claims.claimWith;
import static org.claimscreen.claim.Claims.line;
import static org.claimscreen.claim.Claims.massageByMassageTherapist;
import static org.claimscreen.claim.Claims.originalMedicare;

import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.Money;
import org.claimscreen.claim.ReferenceData;
import org.claimscreen.screening.ClaimStatus;
import org.claimscreen.screening.Finding;
import org.claimscreen.screening.ScreenedClaim;
import org.junit.jupiter.api.Test;

class BuiltinRulePackTest {

    private final RuleEngine engine = new RuleEngine(BuiltinRulePack.create(), ReferenceData.NONE);

    @Test
    void runsIdentifierRulesFirstAndPatientCostRulesLast() {
        assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly(
                "GEN-NPI-INVALID",
                "MCR-MBI-FORMAT",
                "MCR-MASSAGE-STANDALONE",
                "MCR-LMT-UNSUPERVISED",
                "MCR-LMT-NOT-INTEGRAL",
                "MCR-LMT-SUPERVISED",
                "MCR-CHIRO-ADJUNCT",
                "MCR-MANUAL-THERAPY-PROVIDER",
                "MCR-THERAPY-NO-PLAN-OF-CARE",
                "MCR-WELLNESS-DIAGNOSIS",
                "PAY-SELF-PAY",
                "PAY-HSA-FSA-LMN");
    }

    @Test
    void labelsPackWithIdAndVersion() {
        assertThat(engine.pack().label()).isEqualTo("builtin 2026.2");
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
    void neverPutsTheMemberIdInAMessageOrSuggestion() {
        // given claims that make every Original Medicare rule speak
        List<Claim> claims = List.of(
                claimWith(massageByMassageTherapist(), line("97140").renderedBy(CHIROPRACTOR).modifiers("GY")),
                originalMedicare().diagnoses("Z73.3").lines(line("97124").referringNpi(null)).build());

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
