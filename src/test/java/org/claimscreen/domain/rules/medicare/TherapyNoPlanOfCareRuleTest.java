package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.PHYSICIAN;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class TherapyNoPlanOfCareRuleTest {

    private final TherapyNoPlanOfCareRule rule = new TherapyNoPlanOfCareRule();

    @Test
    void deniesTherapyWithoutPlanOfCare() {
        // given
        Claim claim = claimWith(line("97110").planOfCare(Indicator.NO).charge("38.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-THERAPY-NO-PLAN-OF-CARE");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("38.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void makesPatientLiableWithPr50WhenAbnIsOnFile() {
        // given
        Claim claim = claimWith(line("97110").modifiers("GP", "GA").planOfCare(Indicator.NO).abn(Indicator.YES).charge("38.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("PR-50");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("38.00"));
        });
    }

    @Test
    void reviewsTherapyWhosePlanOfCareIsNotGiven() {
        // given
        Claim claim = claimWith(line("97140").planOfCare(Indicator.NOT_GIVEN));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(Severity.REVIEW);
    }

    @Test
    void reviewsTherapyUnderPlanOfCareWithoutCertifyingProvider() {
        // given
        Claim claim = claimWith(line("97112").referringNpi(null));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.message()).contains("no certifying/referring provider");
        });
    }

    @Test
    void acceptsTherapyUnderCertifiedPlanOfCare() {
        // given
        Claim claim = claimWith(line("97110"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresTherapyCodeRenderedByPhysician() {
        // given
        Claim claim = claimWith(line("97110").renderedBy(PHYSICIAN).planOfCare(Indicator.NO));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCodeThatIsNotAlwaysTherapy() {
        // given
        Claim claim = claimWith(line("97010").planOfCare(Indicator.NO));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97110").planOfCare(Indicator.NO)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
