package org.claimscreen.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.claim.Claims.claimWith;
import static org.claimscreen.claim.Claims.line;
import static org.claimscreen.claim.Claims.payer;

import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.Money;
import org.claimscreen.claim.PayerType;
import org.claimscreen.rules.Screening;
import org.claimscreen.screening.Finding;
import org.claimscreen.screening.Liability;
import org.claimscreen.screening.Severity;
import org.junit.jupiter.api.Test;

class ModifierConflictRuleTest {

    private final ModifierConflictRule rule = new ModifierConflictRule();

    @Test
    void deniesGaWithGz() {
        // given
        Claim claim = claimWith(line("97110").modifiers("GP", "GA", "GZ").charge("38.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-MODIFIER-CONFLICT");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-4");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("38.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("GZ together with GA");
        });
    }

    @Test
    void deniesGyWithGz() {
        // given
        Claim claim = claimWith(line("97124").modifiers("GY", "GZ"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("GZ together with GY");
    }

    @Test
    void acceptsEachLiabilityModifierAlone() {
        // given
        Claim claim = claimWith(line("97110").modifiers("GP", "GA"), line("97110").modifiers("GP", "GZ"),
                line("97124").modifiers("GY"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsGaWithGyWhichTheCatalogDoesNotList() {
        // given
        Claim claim = claimWith(line("97124").modifiers("GA", "GY"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97110").modifiers("GA", "GZ")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
