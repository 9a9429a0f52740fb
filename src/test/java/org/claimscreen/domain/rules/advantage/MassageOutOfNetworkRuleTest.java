package org.claimscreen.domain.rules.advantage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.MASSAGE_THERAPIST;
import static org.claimscreen.domain.claim.Claims.OTHER_NPI;
import static org.claimscreen.domain.claim.Claims.PHYSICAL_THERAPIST;
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
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class MassageOutOfNetworkRuleTest {

    private final MassageOutOfNetworkRule rule = new MassageOutOfNetworkRule();

    @Test
    void flagsMassageTherapistOutsideThePlansNetwork() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();
        List<RosterProvider> roster = List.of(provider(RENDERING_NPI, MASSAGE_THERAPIST, OTHER_PLAN_ID),
                provider(REFERRING_NPI, PHYSICIAN, PLAN_ID));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan(), roster));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MA-MASSAGE-OUT-OF-NETWORK");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-242");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("80.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("not in the plan's network");
        });
    }

    @Test
    void flagsMassageTherapistMissingFromTheRoster() {
        // given
        Claim claim = maClaim().lines(benefitMassage().renderingNpi(OTHER_NPI)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("not in the provider roster");
    }

    @Test
    void flagsInNetworkChiropractorGivingMassage() {
        // given the rendering NPI is in the network, but the line says a chiropractor rendered it
        Claim claim = maClaim().lines(benefitMassage().renderedBy(CHIROPRACTOR)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("not a licensed massage therapist");
    }

    @Test
    void flagsPtMassageOutsideAPlanOfCare() {
        // given a PT's 97124 without GP or plan of care draws on the massage benefit, not on Part B therapy
        Claim claim = maClaim().lines(benefitMassage().renderedBy(PHYSICAL_THERAPIST)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void acceptsInNetworkMassageTherapist() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void leavesPtMassageUnderPlanOfCareToThePlansBasicBenefits() {
        // given
        Claim claim = maClaim().lines(Claims.line("97124")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan()));

        // then
        assertThat(findings).isEmpty();
    }
}
