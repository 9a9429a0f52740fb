package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.NURSE_PRACTITIONER;
import static org.claimscreen.domain.claim.Claims.PHYSICIAN;
import static org.claimscreen.domain.claim.Claims.REFERRING_NPI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.payer;
import static org.claimscreen.domain.claim.Claims.roster;
import static org.claimscreen.domain.claim.Claims.rosterEntry;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class CertifierNotPhysicianRuleTest {

    private final CertifierNotPhysicianRule rule = new CertifierNotPhysicianRule();

    private static final ReferenceData CHIROPRACTOR_REFERS = roster(rosterEntry(REFERRING_NPI, CHIROPRACTOR, true));

    @Test
    void reviewsPtPlanOfCareReferredByChiropractor() {
        // given
        Claim claim = claimWith(line("97110").charge("38.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, CHIROPRACTOR_REFERS);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-CERTIFIER-NOT-PHYSICIAN");
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("38.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains(REFERRING_NPI);
        });
    }

    @Test
    void makesPatientLiableWithPr50WhenAbnIsOnFile() {
        // given
        Claim claim = claimWith(line("97140").modifiers("GP", "GA").abn(Indicator.YES));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, CHIROPRACTOR_REFERS);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("PR-50");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
        });
    }

    @Test
    void acceptsPhysicianOrNursePractitionerAsCertifier() {
        // given
        Claim claim = claimWith(line("97110"));

        // when
        List<Finding> byPhysician = Screening.evaluate(rule, claim, roster(rosterEntry(REFERRING_NPI, PHYSICIAN, true)));
        List<Finding> byNp = Screening.evaluate(rule, claim,
                roster(rosterEntry(REFERRING_NPI, NURSE_PRACTITIONER, true)));

        // then
        assertThat(byPhysician).isEmpty();
        assertThat(byNp).isEmpty();
    }

    @Test
    void staysQuietWhenTheReferrerIsNotInTheRoster() {
        // given
        Claim claim = claimWith(line("97110"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, roster());

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesChiropractorsOwnTherapyLineToChiroAdjunct() {
        // given
        Claim claim = claimWith(line("97140").renderedBy(CHIROPRACTOR));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, CHIROPRACTOR_REFERS);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresChiropracticManipulationReferredByChiropractor() {
        // given
        Claim claim = claimWith(line("98940").modifiers("AT"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, CHIROPRACTOR_REFERS);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97110")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, CHIROPRACTOR_REFERS);

        // then
        assertThat(findings).isEmpty();
    }
}
