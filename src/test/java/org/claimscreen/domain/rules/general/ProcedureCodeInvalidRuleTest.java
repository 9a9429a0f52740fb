package org.claimscreen.domain.rules.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcedureCodeInvalidRuleTest {

    private final ProcedureCodeInvalidRule rule = new ProcedureCodeInvalidRule();

    @Test
    void deniesALowerCaseLTypedForTheOneOf97124() {
        // given: the hostile export's "97l24", which readers upper-case to 97L24
        Claim claim = Claims.claimWith(line("97l24").charge("75.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("GEN-PROCEDURE-CODE-INVALID");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-16 + M51");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("75.00"));
            assertThat(finding.message()).contains("97L24");
        });
    }

    @ParameterizedTest(name = "{0} has no CPT/HCPCS shape")
    @ValueSource(strings = {"9712A", "ABCDE", "G028A", "0001X", "97O24", "9711Z"})
    void deniesCodesOfNoCptOrHcpcsShape(String code) {
        // given
        Claim claim = Claims.claimWith(line(code));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @ParameterizedTest(name = "{0} is a well-formed code")
    @ValueSource(strings = {"97124", "G0283", "0001F", "0042T", "0001U", "S8950"})
    void passesCptCategoryOneTwoThreePlaAndHcpcsLevelTwoCodes(String code) {
        // given: Category I, HCPCS Level II, Category II (F), Category III (T), PLA (U), HCPCS S code
        Claim claim = Claims.claimWith(line(code));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void checksTheCodeForEveryPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97l24")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }
}
