package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
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

class ModifierConflictRuleTest {

    private final ModifierConflictRule rule = new ModifierConflictRule();

    /*
     * CMS's claims processing instructions for GA, GY and GZ (as quoted at
     * medicalbillingcptmodifiers.com, "Where to use modifier GL, GY and GZ"): "If the GZ and GA
     * modifiers are submitted for the same item or service, treat the item or service as having an
     * invalid modifier and therefore unprocessable."
     */
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
            assertThat(finding.message()).contains("has GA and GZ together");
        });
    }

    /*
     * The 2002 instructions that created GY and GZ, as Columbia University Medical Center's
     * compliance newsletter (spring 2002) passed them on: "Do not use both the GY and the GZ
     * modifiers on the same procedural code line item. The claim will be considered unprocessable."
     */
    @Test
    void deniesGyWithGz() {
        // given
        Claim claim = claimWith(line("97124").modifiers("GY", "GZ"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("has GY and GZ together");
    }

    /*
     * The DME MACs' revised articles on GA and GY (reported by Mobility Management): "modifiers GA
     * and GY should never be coded together on the same line for the same HCPCS code. It is important to distinguish situations in which an item
     * is denied because it is statutorily excluded or does not meet the definition of any Medicare
     * benefit from those situations in which an item is denied because it is not reasonable and
     * necessary." Palmetto GBA, "GZ and GY HCPCS Modifier Use": ABNs are not acceptable "for
     * statutory exclusions".
     */
    @Test
    void deniesGaWithGyBecauseAnAbnIsNotValidForAStatutoryExclusion() {
        // given
        Claim claim = claimWith(line("97124").modifiers("GA", "GY").charge("60.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-4");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("60.00"));
            assertThat(finding.message()).contains("has GA and GY together",
                    "an ABN, which GA reports, is not valid for a statutory exclusion");
        });
    }

    @Test
    void namesAllThreeOnALineThatHasThemAllOnce() {
        // given
        Claim claim = claimWith(line("97124").modifiers("GZ", "GY", "GA"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("has GA, GY and GZ together");
    }

    @Test
    void suggestsKeepingTheOneModifierThatMatchesTheCase() {
        // given
        Claim claim = claimWith(line("97110").modifiers("GP", "GA", "GZ"));

        // when
        Finding finding = Screening.evaluate(rule, claim).get(0);

        // then
        assertThat(finding.suggestion()).contains("Keep the one modifier that matches the case",
                "GY for a statutory exclusion", "GA when a signed ABN is on file", "GZ when there is none");
        assertThat(ModifierConflictRule.INFO.checks()).contains("any two of GA, GY and GZ");
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
    void judgesEachLineOnItsOwnModifiers() {
        // given GA on one line and GZ on another: no line has two
        Claim claim = claimWith(line("97110").modifiers("GP", "GA"), line("97112").modifiers("GP", "GZ"),
                line("97124").modifiers("GA", "GY"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).extracting(Finding::lineNumber).containsExactly(3);
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97110").modifiers("GA", "GZ"), line("97124")
                .modifiers("GA", "GY")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
