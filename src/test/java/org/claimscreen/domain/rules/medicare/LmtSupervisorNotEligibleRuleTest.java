package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.NURSE_PRACTITIONER;
import static org.claimscreen.domain.claim.Claims.OTHER_NPI;
import static org.claimscreen.domain.claim.Claims.PHYSICAL_THERAPIST;
import static org.claimscreen.domain.claim.Claims.PHYSICAL_THERAPIST_ASSISTANT;
import static org.claimscreen.domain.claim.Claims.PHYSICIAN;
import static org.claimscreen.domain.claim.Claims.SUPERVISING_NPI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.massageByMassageTherapist;
import static org.claimscreen.domain.claim.Claims.payer;
import static org.claimscreen.domain.claim.Claims.roster;
import static org.claimscreen.domain.claim.Claims.rosterEntry;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims.LineBuilder;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class LmtSupervisorNotEligibleRuleTest {

    private final LmtSupervisorNotEligibleRule rule = new LmtSupervisorNotEligibleRule();

    private static LineBuilder supervisedMassage() {
        return massageByMassageTherapist().supervisedBy(SUPERVISING_NPI).planOfCare(Indicator.YES);
    }

    @Test
    void deniesMassageTherapistSupervisedByChiropractor() {
        // given
        Claim claim = claimWith(line("97110"), supervisedMassage().charge("60.00"));
        ReferenceData reference = roster(rosterEntry(SUPERVISING_NPI, CHIROPRACTOR, true));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, reference);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-LMT-SUPERVISOR-NOT-ELIGIBLE");
            assertThat(finding.lineNumber()).isEqualTo(2);
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("PR-96 + N95");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("60.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("60.00"));
            assertThat(finding.message()).contains(SUPERVISING_NPI);
        });
    }

    @Test
    void deniesMassageTherapistSupervisedByPhysicianNotEnrolledInMedicare() {
        // given
        Claim claim = claimWith(supervisedMassage());
        ReferenceData reference = roster(rosterEntry(SUPERVISING_NPI, PHYSICIAN, false));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, reference);

        // then
        assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(Severity.DENY);
    }

    @Test
    void deniesMassageTherapistSupervisedByPhysicalTherapistAssistant() {
        // given
        Claim claim = claimWith(supervisedMassage());
        ReferenceData reference = roster(rosterEntry(SUPERVISING_NPI, PHYSICAL_THERAPIST_ASSISTANT, true));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, reference);

        // then
        assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(Severity.DENY);
    }

    @Test
    void reviewsSupervisorMissingFromRoster() {
        // given
        Claim claim = claimWith(supervisedMassage().charge("60.00"));
        ReferenceData reference = roster(rosterEntry(OTHER_NPI, PHYSICIAN, true));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, reference);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.denialCode()).hasToString("PR-96 + N95");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("60.00"));
            assertThat(finding.message()).contains("not in the provider roster");
        });
    }

    @Test
    void acceptsEnrolledPhysicianAsSupervisor() {
        // given
        Claim claim = claimWith(supervisedMassage());
        ReferenceData reference = roster(rosterEntry(SUPERVISING_NPI, PHYSICIAN, true));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, reference);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsEnrolledNursePractitionerOrPhysicalTherapistAsSupervisor() {
        // given
        Claim byNp = claimWith(supervisedMassage());
        Claim byPt = claimWith(supervisedMassage());

        // when
        List<Finding> npFindings = Screening.evaluate(rule, byNp,
                roster(rosterEntry(SUPERVISING_NPI, NURSE_PRACTITIONER, true)));
        List<Finding> ptFindings = Screening.evaluate(rule, byPt,
                roster(rosterEntry(SUPERVISING_NPI, PHYSICAL_THERAPIST, true)));

        // then
        assertThat(npFindings).isEmpty();
        assertThat(ptFindings).isEmpty();
    }

    @Test
    void leavesUnsupervisedMassageTherapistToLmtUnsupervised() {
        // given
        Claim claim = claimWith(massageByMassageTherapist());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, roster());

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresSupervisedLineOfAnotherProviderType() {
        // given
        Claim claim = claimWith(line("97110").supervisedBy(SUPERVISING_NPI));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, roster());

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresMedicareAdvantage() {
        // given
        Claim claim = payer(PayerType.MEDICARE_ADVANTAGE).planId("H1234-001").lines(supervisedMassage()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, roster());

        // then
        assertThat(findings).isEmpty();
    }
}
