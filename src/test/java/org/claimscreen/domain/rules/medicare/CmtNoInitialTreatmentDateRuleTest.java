package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.DAY;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.originalMedicare;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims.LineBuilder;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ReportedDate;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class CmtNoInitialTreatmentDateRuleTest {

    private final CmtNoInitialTreatmentDateRule rule = new CmtNoInitialTreatmentDateRule();

    private static LineBuilder manipulation(String code) {
        return line(code).renderedBy(CHIROPRACTOR).modifiers("AT").charge("55.00");
    }

    @Test
    void deniesManipulationOnAClaimThatLeftTheInitialTreatmentDateEmpty() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.03", "M54.50").initialTreatment(ReportedDate.LEFT_EMPTY)
                .lines(manipulation("98940"), line("99213").charge("90.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-CMT-NO-INITIAL-TREATMENT-DATE");
            assertThat(finding.lineNumber()).isEqualTo(1);
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-16 + MA122");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("55.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void flagsEveryManipulationLineOfTheClaim() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.03").initialTreatment(ReportedDate.LEFT_EMPTY)
                .lines(manipulation("98940"), manipulation("98941").on(DAY.plusDays(2))).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).extracting(Finding::lineNumber).containsExactly(1, 2);
    }

    @Test
    void acceptsManipulationWithItsInitialTreatmentDate() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.03").initialTreatment(ReportedDate.of(DAY.minusDays(21)))
                .lines(manipulation("98940")).build();

        // when / then
        assertThat(Screening.evaluate(rule, claim)).isEmpty();
    }

    @Test
    void saysNothingWhenTheSourceDoesNotCarryTheDate() {
        // given: a CSV export without the column, or a FHIR Claim
        Claim claim = originalMedicare().diagnoses("M99.03").initialTreatment(ReportedDate.NOT_CARRIED)
                .lines(manipulation("98940")).build();

        // when / then
        assertThat(Screening.evaluate(rule, claim)).isEmpty();
    }

    @Test
    void leavesMedicareAdvantageToItsPlan() {
        // given
        Claim claim = payer(PayerType.MEDICARE_ADVANTAGE).planId("H1234-001").diagnoses("M99.03")
                .initialTreatment(ReportedDate.LEFT_EMPTY).lines(manipulation("98940")).build();

        // when / then
        assertThat(Screening.evaluate(rule, claim)).isEmpty();
    }

    @Test
    void leavesOtherServicesOfAClaimWithoutTheDateAlone() {
        // given
        Claim claim = originalMedicare().initialTreatment(ReportedDate.LEFT_EMPTY)
                .lines(line("97110").charge("45.00")).build();

        // when / then
        assertThat(Screening.evaluate(rule, claim)).isEmpty();
    }
}
