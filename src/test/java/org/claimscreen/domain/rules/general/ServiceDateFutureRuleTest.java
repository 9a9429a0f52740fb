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

class ServiceDateFutureRuleTest {

    private final ServiceDateFutureRule rule = new ServiceDateFutureRule();

    @Test
    void deniesALineDatedTheDayAfterTheAsOfDate() {
        // given
        Claim claim = Claims.claimWith(line("97110").on(Screening.AS_OF.plusDays(1)).charge("60.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("GEN-SERVICE-DATE-FUTURE");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-16");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("60.00"));
            assertThat(finding.message()).contains(Screening.AS_OF.plusDays(1).toString(),
                    Screening.AS_OF.toString());
        });
    }

    @Test
    void passesALineDatedOnTheAsOfDate() {
        // given: the night's own services are billable that night
        Claim claim = Claims.claimWith(line("97110").on(Screening.AS_OF));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void flagsOnlyTheFutureLineOfAClaim() {
        // given
        Claim claim = Claims.claimWith(line("97110").on(Screening.AS_OF.minusDays(3)),
                line("97140").on(Screening.AS_OF.plusYears(1)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::lineNumber).isEqualTo(2);
    }

    @Test
    void checksTheDateForEveryPayer() {
        // given
        Claim claim = payer(PayerType.SELF_PAY).lines(line("97124").on(Screening.AS_OF.plusDays(30))).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }
}
