package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.originalMedicare;
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

class CmtNoSubluxationRuleTest {

    private final CmtNoSubluxationRule rule = new CmtNoSubluxationRule();

    private static LineBuilder manipulation(String code) {
        return line(code).renderedBy(CHIROPRACTOR).modifiers("AT").referringNpi(null).planOfCare(Indicator.NOT_GIVEN);
    }

    @Test
    void deniesManipulationForBackPainWithoutSubluxation() {
        // given
        Claim claim = originalMedicare().diagnoses("M54.50").lines(manipulation("98940").charge("45.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-CMT-NO-SUBLUXATION");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("45.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void deniesWhenTheSubluxationIsOnTheClaimButNotPointedTo() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.03", "M54.50").lines(manipulation("98941").pointers(2)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("has M54.50 as its primary diagnosis, not a subluxation");
    }

    /*
     * NGS's chiropractic LCD (as of 10/1/2015, reported by the Illinois Chiropractic Society): "The
     * primary diagnosis must be subluxation, including the level of subluxation, either so stated or
     * identified by a term descriptive of subluxation." The HHS OIG, quoted by ICD10monitor:
     * "Medicare requires that chiropractic claims have a primary diagnosis of 'subluxation' for
     * payment". A subluxation the line points to second is a secondary diagnosis.
     */
    @Test
    void deniesWhenTheLinePointsToTheSubluxationOnlySecond() {
        // given
        Claim claim = originalMedicare().diagnoses("M54.50", "M99.03").lines(manipulation("98940").pointers(1, 2)
                .charge("45.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("45.00"));
            assertThat(finding.message()).contains("has M54.50 as its primary diagnosis",
                    "a subluxation listed after it does not count");
            assertThat(finding.suggestion()).contains("as the primary diagnosis");
        });
    }

    @Test
    void deniesWhenTheClaimListsTheSubluxationSecondAndTheLineHasNoPointers() {
        // given the line has no pointers, so the claim's first diagnosis is its primary one
        Claim claim = originalMedicare().diagnoses("M54.50", "M99.00").lines(manipulation("98940")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString()
                .contains("has M54.50 as its primary diagnosis", "a subluxation listed after it does not count");
    }

    @Test
    void makesPatientLiableWithPr50WhenAbnIsOnFile() {
        // given
        Claim claim = originalMedicare().diagnoses("M54.50")
                .lines(manipulation("98940").modifiers("GA").abn(Indicator.YES).charge("45.00")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("PR-50");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("45.00"));
        });
    }

    @Test
    void acceptsManipulationWhoseFirstPointerIsASubluxation() {
        // given the claim lists back pain first, but the line points to the subluxation first
        Claim claim = originalMedicare().diagnoses("M54.50", "M99.03").lines(manipulation("98940").pointers(2, 1))
                .build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsTheClaimsFirstDiagnosisAsPrimaryWhenTheLineHasNoPointers() {
        // given
        Claim claim = originalMedicare().diagnoses("M99.00", "M54.50").lines(manipulation("98940")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsEachSubluxationLevelAsPrimary() {
        // given M99.00 (head region) to M99.05 (pelvic), the catalog's range
        List<Claim> claims = List.of("M99.00", "M99.01", "M99.02", "M99.03", "M99.04", "M99.05").stream()
                .map(code -> originalMedicare().diagnoses(code, "M54.50").lines(manipulation("98940")).build())
                .toList();

        // when
        List<Finding> findings = claims.stream().flatMap(claim -> Screening.evaluate(rule, claim).stream()).toList();

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresTherapyLine() {
        // given
        Claim claim = originalMedicare().diagnoses("M54.50").lines(line("97110")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresCommercialPayer() {
        // given
        Claim claim = payer(PayerType.COMMERCIAL).diagnoses("M54.50").lines(manipulation("98940")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
