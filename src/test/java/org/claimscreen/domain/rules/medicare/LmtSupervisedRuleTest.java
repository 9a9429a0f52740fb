package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.SUPERVISING_NPI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.massageByMassageTherapist;
import static org.claimscreen.domain.claim.Claims.payer;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims.LineBuilder;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class LmtSupervisedRuleTest {

    private final LmtSupervisedRule rule = new LmtSupervisedRule();

    private static LineBuilder supervisedMassage() {
        return massageByMassageTherapist().supervisedBy(SUPERVISING_NPI).planOfCare(Indicator.YES);
    }

    /*
     * Medicare Benefit Policy Manual ch. 15 §230.5: "Regardless of any state licensing that allows
     * other health professionals to provide therapy services, Medicare is authorized to pay only for
     * services provided by those trained specifically in physical therapy, occupational therapy or
     * speech-language pathology. That means that the services of athletic trainers, massage
     * therapists, recreation therapists, kinesiotherapists, low vision specialists or any other
     * profession may not be billed as therapy services." Supervision does not change that.
     */
    @Test
    void deniesSupervisedMassageTherapistThatSourceDocumentAllows() {
        // given the seed's allowed case: supervised, under a plan of care, beside a covered service
        Claim claim = claimWith(line("97110"), supervisedMassage().charge("50.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-LMT-SUPERVISED");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.lineNumber()).isEqualTo(2);
            assertThat(finding.denialCode()).hasToString("PR-96 + N95");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("50.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("50.00"));
        });
    }

    @Test
    void namesTheSourceDocumentsCaseAndWhyPracticeWins() {
        // given
        Claim claim = claimWith(line("97110"), supervisedMassage());

        // when
        Finding finding = Screening.evaluate(rule, claim).get(0);

        // then
        assertThat(finding.message()).contains("the case the source document allows", "§230.5",
                "\"may not be billed as therapy services\"", "supervised or not", "Medicare's rule wins");
        assertThat(finding.suggestion()).contains("Do not submit", "PT/OT",
                "the physician personally furnishing the massage", "collect self-pay");
        assertThat(LmtSupervisedRule.INFO.severity()).isEqualTo(Severity.DENY);
        assertThat(LmtSupervisedRule.INFO.checks()).contains("the source document allows this case",
                "\"may not be billed as therapy services\"");
    }

    @Test
    void leavesSupervisedMassageTherapistWithoutCoveredServiceToLmtNotIntegral() {
        // given
        Claim claim = claimWith(supervisedMassage());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97110"), supervisedMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
