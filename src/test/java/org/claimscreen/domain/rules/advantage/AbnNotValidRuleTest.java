package org.claimscreen.domain.rules.advantage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.rules.advantage.Benefits.OTHER_PLAN_ID;
import static org.claimscreen.domain.rules.advantage.Benefits.benefitMassage;
import static org.claimscreen.domain.rules.advantage.Benefits.maClaim;
import static org.claimscreen.domain.rules.advantage.Benefits.plan;
import static org.claimscreen.domain.rules.advantage.Benefits.reference;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class AbnNotValidRuleTest {

    private final AbnNotValidRule rule = new AbnNotValidRule();

    @Test
    void holdsAdvantageLineWithGaForReview() {
        // given
        Claim claim = maClaim().lines(benefitMassage().modifiers("GA")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MA-ABN-NOT-VALID");
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.denialCode()).hasToString("CO-4");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("80.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void holdsAnyAdvantageLineThatSaysAnAbnIsOnFile() {
        // given
        Claim claim = maClaim().lines(Claims.line("97110").abn(Indicator.YES)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("an ABN on file");
    }

    @Test
    void holdsGzAndGxToo() {
        // given
        Claim claim = maClaim().lines(benefitMassage().modifiers("GZ"), benefitMassage().modifiers("GX")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).hasSize(2);
    }

    @Test
    void checksLinesOfAPlanMissingFromThePlansFile() {
        // given
        Claim claim = maClaim().planId(OTHER_PLAN_ID).lines(benefitMassage().modifiers("GA")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void acceptsAdvantageLineWithoutAbnOrAbnModifier() {
        // given an explicit "no ABN" and a GY, which is not an ABN modifier
        Claim claim = maClaim().lines(benefitMassage().modifiers("GY").abn(Indicator.NO)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresOriginalMedicareAbn() {
        // given
        Claim claim = Claims.claimWith(Claims.line("97110").modifiers("GP", "GA").abn(Indicator.YES));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).isEmpty();
    }
}
