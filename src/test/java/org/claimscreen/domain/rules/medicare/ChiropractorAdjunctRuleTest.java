package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
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

class ChiropractorAdjunctRuleTest {

    private final ChiropractorAdjunctRule rule = new ChiropractorAdjunctRule();

    @Test
    void flagsMassageRenderedByChiropractor() {
        // given
        Claim claim = claimWith(line("97124").renderedBy(CHIROPRACTOR).modifiers().charge("35.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-CHIRO-ADJUNCT");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("PR-170");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("35.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("35.00"));
        });
    }

    @Test
    void expectsStatutoryExclusionDenialWhenLineCarriesGy() {
        // given
        Claim claim = claimWith(line("98943").renderedBy(CHIROPRACTOR).modifiers("GY"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("PR-96 + N425");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
        });
    }

    @Test
    void flagsChiropractorsManualTherapy() {
        // given
        Claim claim = claimWith(line("98941").renderedBy(CHIROPRACTOR).modifiers("AT"),
                line("97140").renderedBy(CHIROPRACTOR).modifiers("59"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::lineNumber).isEqualTo(2);
    }

    @Test
    void acceptsChiropractorsSpinalManipulation() {
        // given
        Claim claim = claimWith(line("98940").renderedBy(CHIROPRACTOR).modifiers("AT"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97124").renderedBy(CHIROPRACTOR)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
