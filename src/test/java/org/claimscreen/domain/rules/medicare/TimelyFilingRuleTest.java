package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.payer;

import java.time.LocalDate;
import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class TimelyFilingRuleTest {

    private final TimelyFilingRule rule = new TimelyFilingRule();

    @Test
    void deniesLineFiledMoreThanTwelveMonthsAfterService() {
        // given
        Claim claim = claimWith(line("97110").on(LocalDate.of(2025, 3, 31)).charge("38.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, LocalDate.of(2026, 4, 1));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-TIMELY-FILING");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-29");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("38.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("2026-03-31").contains("cannot be appealed");
        });
    }

    @Test
    void acceptsLineFiledOnTheLastDay() {
        // given
        Claim claim = claimWith(line("97110").on(LocalDate.of(2025, 4, 1)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, LocalDate.of(2026, 4, 1));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void givesALeapDayServiceUntilTheTwentyEighthOfFebruary() {
        // given
        Claim claim = claimWith(line("97110").on(LocalDate.of(2024, 2, 29)));

        // when
        List<Finding> onTime = Screening.evaluate(rule, claim, LocalDate.of(2025, 2, 28));
        List<Finding> late = Screening.evaluate(rule, claim, LocalDate.of(2025, 3, 1));

        // then
        assertThat(onTime).isEmpty();
        assertThat(late).singleElement().extracting(Finding::message).asString().contains("2025-02-28");
    }

    @Test
    void judgesEachLineByItsOwnDateOfService() {
        // given
        Claim claim = claimWith(line("97110").on(LocalDate.of(2025, 3, 1)), line("97140").on(LocalDate.of(2025, 6, 1)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, LocalDate.of(2026, 4, 1));

        // then
        assertThat(findings).extracting(Finding::lineNumber).containsExactly(1);
    }

    @Test
    void ignoresCommercialPayerWhoseLimitIsContractual() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97110").on(LocalDate.of(2024, 1, 2))).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, LocalDate.of(2026, 4, 1));

        // then
        assertThat(findings).isEmpty();
    }
}
