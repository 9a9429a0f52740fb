package org.claimscreen.domain.rules.advantage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.MASSAGE_THERAPIST;
import static org.claimscreen.domain.claim.Claims.OTHER_NPI;
import static org.claimscreen.domain.claim.Claims.PHYSICIAN;
import static org.claimscreen.domain.claim.Claims.REFERRING_NPI;
import static org.claimscreen.domain.claim.Claims.RENDERING_NPI;
import static org.claimscreen.domain.rules.advantage.Benefits.OTHER_PLAN_ID;
import static org.claimscreen.domain.rules.advantage.Benefits.PLAN_ID;
import static org.claimscreen.domain.rules.advantage.Benefits.benefitMassage;
import static org.claimscreen.domain.rules.advantage.Benefits.maClaim;
import static org.claimscreen.domain.rules.advantage.Benefits.plan;
import static org.claimscreen.domain.rules.advantage.Benefits.provider;
import static org.claimscreen.domain.rules.advantage.Benefits.reference;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class MassageNoOrderRuleTest {

    private final MassageNoOrderRule rule = new MassageNoOrderRule();

    @Test
    void flagsMassageWithoutReferringProviderWhenThePlanRequiresAnOrder() {
        // given
        Claim claim = maClaim().lines(benefitMassage().referringNpi(null)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().requiresOrder()));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MA-MASSAGE-NO-ORDER");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-288");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("80.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("no referring provider");
        });
    }

    @Test
    void flagsOrderFromReferrerOutsideThePlansNetwork() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();
        List<org.claimscreen.domain.claim.RosterProvider> roster = List.of(provider(RENDERING_NPI, MASSAGE_THERAPIST, PLAN_ID),
                provider(REFERRING_NPI, PHYSICIAN, OTHER_PLAN_ID));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().requiresOrder(), roster));

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("not in the plan's network");
    }

    @Test
    void flagsOrderFromReferrerMissingFromTheRoster() {
        // given
        Claim claim = maClaim().lines(benefitMassage().referringNpi(OTHER_NPI)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().requiresOrder()));

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("not in the provider roster");
    }

    @Test
    void acceptsOrderFromInNetworkReferrer() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().requiresOrder()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsMissingReferrerWhenThePlanRequiresNoOrder() {
        // given
        Claim claim = maClaim().lines(benefitMassage().referringNpi(null)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesPlanWithoutMassageBenefitToTheNotCoveredRule() {
        // given
        Claim claim = maClaim().lines(benefitMassage().referringNpi(null)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE,
                reference(plan().noMassageBenefit().requiresOrder()));

        // then
        assertThat(findings).isEmpty();
    }
}
