package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.originalMedicare;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims.LineBuilder;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class CmtRegionsRuleTest {

    private final CmtRegionsRule rule = new CmtRegionsRule();

    private static LineBuilder manipulation(String code) {
        return line(code).renderedBy(CHIROPRACTOR).modifiers("AT").referringNpi(null).planOfCare(Indicator.NOT_GIVEN);
    }

    @Test
    void reviewsThreeToFourRegionManipulationWithTwoRegions() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.01", "M99.03", "M54.50")
                .lines(manipulation("98941").charge("55.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-CMT-REGIONS");
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("55.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("at least 3 spinal regions").contains("name 2");
        });
    }

    @Test
    void reviewsFiveRegionManipulationWithFourRegions() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.01", "M99.02", "M99.03", "M99.04")
                .lines(manipulation("98942")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void countsARegionOnceHoweverOftenItIsCoded() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.03", "M99.03", "M99.01").lines(manipulation("98941")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("name 2");
    }

    @Test
    void reviewsOneToTwoRegionManipulationWithOnlyTheHeadRegion() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.00").lines(manipulation("98940")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void countsOnlyTheDiagnosesTheLinePointsTo() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.01", "M99.02", "M99.03")
                .lines(manipulation("98941").pointers(1, 2)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void acceptsEachCodeWithTheRegionsItNeeds() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.01", "M99.02", "M99.03", "M99.04", "M99.05")
                .lines(manipulation("98940").pointers(3), manipulation("98941").pointers(1, 2, 3),
                        manipulation("98942"))
                .build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesManipulationWithoutAnySubluxationToCmtNoSubluxation() {
        // given
        Claim claim = originalMedicare().diagnoses("M54.50").lines(manipulation("98942")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).diagnoses("M99.03").lines(manipulation("98942")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
