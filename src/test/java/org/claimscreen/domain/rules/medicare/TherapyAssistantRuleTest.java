package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.OCCUPATIONAL_THERAPIST_ASSISTANT;
import static org.claimscreen.domain.claim.Claims.PHYSICAL_THERAPIST_ASSISTANT;
import static org.claimscreen.domain.claim.Claims.SUPERVISING_NPI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims.LineBuilder;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class TherapyAssistantRuleTest {

    private final TherapyAssistantRule rule = new TherapyAssistantRule();

    private static LineBuilder byPta(String code) {
        return line(code).renderedBy(PHYSICAL_THERAPIST_ASSISTANT).supervisedBy(SUPERVISING_NPI);
    }

    private static LineBuilder byOta(String code) {
        return line(code).renderedBy(OCCUPATIONAL_THERAPIST_ASSISTANT).supervisedBy(SUPERVISING_NPI);
    }

    @Test
    void reviewsPtAssistantsLineWithoutCq() {
        // given
        Claim claim = claimWith(byPta("97110").modifiers("GP").charge("38.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-THERAPY-ASSISTANT");
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.denialCode()).hasToString("CO-4");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("38.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("CQ").contains("85%");
        });
    }

    @Test
    void reviewsOtAssistantsLineWithoutCo() {
        // given
        Claim claim = claimWith(byOta("97530").modifiers("GO"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("CO modifier");
    }

    @Test
    void reviewsOtAssistantsLineCarryingThePtAssistantsModifier() {
        // given
        Claim claim = claimWith(byOta("97530").modifiers("GO", "CQ"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void acceptsAssistantsLinesWithTheirModifiers() {
        // given
        Claim claim = claimWith(byPta("97110").modifiers("CQ", "GP"), byOta("97530").modifiers("GO", "CO"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresTherapistsOwnLine() {
        // given
        Claim claim = claimWith(line("97110"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresAssistantsCodeThatIsNotAlwaysTherapy() {
        // given
        Claim claim = claimWith(byPta("97010"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(byPta("97110")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
