package org.claimscreen.domain.rules.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.DAY;
import static org.claimscreen.domain.claim.Claims.NEXT_DAY;
import static org.claimscreen.domain.claim.Claims.OTHER_NPI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.rules.PriorServices.THIS_RUN;
import static org.claimscreen.domain.rules.PriorServices.history;
import static org.claimscreen.domain.rules.PriorServices.service;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class DuplicateLineRuleTest {

    private final DuplicateLineRule rule = new DuplicateLineRule();

    @Test
    void flagsLineBilledOnAnEarlierRunsClaim() {
        // given
        Claim claim = claimWith(line("97110").modifiers("GP", "KX"));
        History history = history(service("97110", DAY).modifiers("KX", "GP").claimId("ZZZ-9"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history, ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("GEN-DUPLICATE-LINE");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-18");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("40.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("claim ZZZ-9 of an earlier run");
        });
    }

    @Test
    void flagsTheLaterOfTwoClaimsOfThisRun() {
        // given the copy is on CLM-0, which sorts before CLM-1
        Claim claim = claimWith(line("97110"));
        History history = history(service("97110", DAY).run(THIS_RUN).claimId("CLM-0"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history, ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("claim CLM-0 of this run");
    }

    @Test
    void leavesTheFirstOfTwoClaimsOfThisRunAlone() {
        // given the copy is on CLM-2, which sorts after CLM-1 and gets the finding instead
        Claim claim = claimWith(line("97110"));
        History history = history(service("97110", DAY).run(THIS_RUN).claimId("CLM-2"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history, ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void flagsTheSecondOfTwoEqualLinesOfOneClaim() {
        // given
        Claim claim = claimWith(line("97110"), line("97140"), line("97110").units(2));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.lineNumber()).isEqualTo(3);
            assertThat(finding.message()).contains("line 1 of this claim");
        });
    }

    @Test
    void flagsDuplicatesOnAnyPayer() {
        // given
        Claim claim = Claims.payer(PayerType.COMMERCIAL).lines(line("97124"), line("97124")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void acceptsTheSameCodeWithOtherModifiersDateOrProvider() {
        // given
        Claim claim = claimWith(line("97110"));
        History history = history(service("97110", DAY).modifiers("GP", "59"), service("97110", NEXT_DAY),
                service("97110", DAY).renderingNpi(OTHER_NPI));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history, ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }
}
