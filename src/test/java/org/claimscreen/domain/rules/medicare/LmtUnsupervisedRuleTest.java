package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.MASSAGE_THERAPIST;
import static org.claimscreen.domain.claim.Claims.SUPERVISING_NPI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.massageByMassageTherapist;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class LmtUnsupervisedRuleTest {

    private final LmtUnsupervisedRule rule = new LmtUnsupervisedRule();

    /*
     * Rule catalog, liability: "a service Medicare does not cover at all (statutory exclusion:
     * massage by a massage therapist, ...) → PATIENT (group code PR)", and "A finding's group code
     * and its liable party always agree". The massage-therapist rules expect PR-96 (CARC 96
     * "Non-covered charge(s)") with RARC N95 "This provider type/provider specialty may not bill this
     * service." (domain notes §6.2, §6.3).
     */
    @Test
    void flagsMassageTherapistBillingMedicareWithoutSupervisor() {
        // given
        Claim claim = claimWith(massageByMassageTherapist().charge("80.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-LMT-UNSUPERVISED");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("PR-96 + N95");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("80.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("80.00"));
        });
    }

    @Test
    void flagsAnyCodeTheMassageTherapistRenders() {
        // given
        Claim claim = claimWith(line("97110").renderedBy(MASSAGE_THERAPIST));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void leavesSupervisedMassageTherapistToTheOtherLmtRules() {
        // given
        Claim claim = claimWith(massageByMassageTherapist().supervisedBy(SUPERVISING_NPI));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsPhysicalTherapistWithoutSupervisor() {
        // given
        Claim claim = claimWith(line("97124"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(massageByMassageTherapist()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
