package org.claimscreen.rules.general;

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

class UnitsMinutesRuleTest {

    private final UnitsMinutesRule rule = new UnitsMinutesRule();

    @Test
    void deniesTimedCodeWhoseUnitsDoNotFollowTheEightMinuteRule() {
        // given 38 minutes are 3 units
        Claim claim = claimWith(line("97110").minutes(38).units(2).charge("76.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("GEN-UNITS-MINUTES");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-151");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("76.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("38 minutes").contains("3 units").contains("bills 2");
        });
    }

    @Test
    void deniesOverbilledUnitsForAnyPayer() {
        // given 22 minutes are 1 unit
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97140").minutes(22).units(2)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void deniesAUnitForUnderEightMinutes() {
        // given
        Claim claim = claimWith(line("97124").minutes(7).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("0 units");
    }

    @Test
    void acceptsUnitsOnTheBoundariesOfTheTable() {
        // given
        Claim claim = claimWith(line("97110").minutes(8).units(1), line("97110").minutes(22).units(1),
                line("97140").minutes(23).units(2), line("97530").minutes(37).units(2),
                line("97124").minutes(53).units(4), line("97112").minutes(127).units(8));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void computesUnitsWithTheClosedFormOfTheTable() {
        assertThat(UnitsMinutesRule.units(0)).isZero();
        assertThat(UnitsMinutesRule.units(7)).isZero();
        assertThat(UnitsMinutesRule.units(8)).isEqualTo(1);
        assertThat(UnitsMinutesRule.units(52)).isEqualTo(3);
        assertThat(UnitsMinutesRule.units(113)).isEqualTo(8);
    }

    @Test
    void staysQuietWithoutMinutes() {
        // given
        Claim claim = claimWith(line("97110").units(4));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresUntimedCodeWithMinutes() {
        // given
        Claim claim = claimWith(line("97012").minutes(30).units(1), line("97161").minutes(45).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void judgesEachLineOnItsOwnMinutesNotTheDaysTotal() {
        // given 33 + 7 = 40 minutes: Medicare's total-time rule would allow 2 + 1 units
        Claim claim = claimWith(line("97110").minutes(33).units(2), line("97140").minutes(7).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).extracting(Finding::lineNumber).containsExactly(2);
    }
}
