package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.ACUPUNCTURIST;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.DAY;
import static org.claimscreen.domain.claim.Claims.PHYSICIAN;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.originalMedicare;
import static org.claimscreen.domain.rules.PriorServices.history;

import java.time.LocalDate;
import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.PriorServices;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class AcupunctureCoverageRuleTest {

    private final AcupunctureCoverageRule rule = new AcupunctureCoverageRule();

    /** 97810 by a physician, no modifiers. */
    private static Claims.LineBuilder acupuncture() {
        return line("97810").renderedBy(PHYSICIAN).modifiers().charge("75.00");
    }

    private static Claim forLowBackPain(Claims.LineBuilder line) {
        return originalMedicare().diagnoses("M54.50").lines(line).build();
    }

    /** {@code count} earlier acupuncture visits, weekly from 2 January 2026. */
    private static History visits(int count) {
        return history(PriorServices.weekly(count, LocalDate.of(2026, 1, 2), "97810"));
    }

    @Test
    void flagsAcupunctureWithoutChronicLowBackPain() {
        // given
        Claim claim = originalMedicare().diagnoses("M62.81").lines(acupuncture()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-ACUPUNCTURE-COVERAGE");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("75.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    /*
     * Domain notes §3.1: an acupuncturist (171100000X) is "Not a Medicare-enrollable provider type".
     * Rule catalog, MCR-ACUPUNCTURE-COVERAGE: "CO-50 / CO-185 / CO-119 (PR with ABN + GA)", and
     * "CO → PROVIDER (the provider may not bill the patient), PR → PATIENT" (liability).
     */
    @Test
    void flagsAcupuncturistAsRenderingProvider() {
        // given
        Claim claim = forLowBackPain(acupuncture().renderedBy(ACUPUNCTURIST));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("CO-185");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void anAcupuncturistsLineWithAbnAndGaIsThePatientsToPay() {
        // given the patient signed an ABN and the line carries GA
        Claim claim = forLowBackPain(acupuncture().renderedBy(ACUPUNCTURIST).abn(Indicator.YES).modifiers("GA"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("PR-185");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("75.00"));
        });
    }

    @Test
    void namesEveryReasonAndDeniesWithTheFirst() {
        // given dry needling by a chiropractor for neck pain
        Claim claim = originalMedicare().diagnoses("M54.2").lines(line("20560").renderedBy(CHIROPRACTOR).modifiers())
                .build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.message()).contains("no chronic low back pain diagnosis", "a chiropractor rendered it");
        });
    }

    @Test
    void flagsTheTwentyFirstSessionOfTheYear() {
        // given
        Claim claim = forLowBackPain(acupuncture().on(LocalDate.of(2026, 6, 1)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(20), ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("CO-119");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.message()).contains("session 21 of 2026");
        });
    }

    @Test
    void acceptsTheTwentiethSession() {
        // given
        Claim claim = forLowBackPain(acupuncture().on(LocalDate.of(2026, 6, 1)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(19), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void countsSessionsOnEarlierDatesOfTheSameClaim() {
        // given 19 earlier visits, then two dates on this claim: the second is session 21
        Claim claim = originalMedicare().diagnoses("M54.50")
                .lines(acupuncture().on(LocalDate.of(2026, 6, 1)), acupuncture().on(LocalDate.of(2026, 6, 8))).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(19), ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().extracting(Finding::lineNumber).isEqualTo(2);
    }

    /*
     * NCD 30.3.3: "Up to 12 visits in 90 days are covered ... An additional 8 sessions will be
     * covered for those patients demonstrating an improvement. No more than 20 acupuncture
     * treatments may be administered annually." The NCD counts visits: one date of service is one
     * session, however many acupuncture codes (97810 and its add-on 97811, ...) it bills.
     */
    @Test
    void countsTwoAcupunctureCodesOnOneDateAsOneSession() {
        // given 19 earlier visits, then 97810 and its add-on 97811 on one date: session 20, not 20 and 21
        Claim claim = originalMedicare().diagnoses("M54.50")
                .lines(acupuncture().on(LocalDate.of(2026, 6, 1)), line("97811").renderedBy(PHYSICIAN).modifiers()
                        .on(LocalDate.of(2026, 6, 1))).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(19), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void deniesEveryCodeOfTheTwentyFirstSession() {
        // given 20 earlier visits, then two codes on one date: both are session 21
        Claim claim = originalMedicare().diagnoses("M54.50")
                .lines(acupuncture().on(LocalDate.of(2026, 6, 1)), line("97811").renderedBy(PHYSICIAN).modifiers()
                        .on(LocalDate.of(2026, 6, 1))).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(20), ReferenceData.NONE);

        // then
        assertThat(findings).extracting(Finding::message).hasSize(2).allSatisfy(message ->
                assertThat(message).contains("session 21 of 2026"));
    }

    @Test
    void countsAnotherClaimsAcupunctureOnTheSameDateAsTheSameSession() {
        // given 19 earlier visits and, on another claim, 97811 on this line's date: still session 20
        LocalDate day = LocalDate.of(2026, 6, 1);
        PriorServices.Builder[] earlier = PriorServices.weekly(19, LocalDate.of(2026, 1, 2), "97810");
        PriorServices.Builder[] all = java.util.Arrays.copyOf(earlier, 20);
        all[19] = PriorServices.service("97811", day).modifiers().claimId("OTHER");
        Claim claim = forLowBackPain(acupuncture().on(day));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history(all), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void doesNotCountSessionsOfThePreviousCalendarYear() {
        // given 20 visits in 2025 ("annually": the count starts again on 1 January)
        Claim claim = forLowBackPain(acupuncture().on(LocalDate.of(2026, 1, 5)));
        History lastYear = history(PriorServices.weekly(20, LocalDate.of(2025, 6, 2), "97810"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, lastYear, ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsPhysicianAcupunctureForChronicLowBackPain() {
        // given
        Claim claim = forLowBackPain(acupuncture().on(DAY));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresOtherCodes() {
        // given
        Claim claim = originalMedicare().diagnoses("M62.81").lines(line("97110")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresMedicareAdvantage() {
        // given
        Claim claim = Claims.payer(PayerType.MEDICARE_ADVANTAGE).lines(acupuncture()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }
}
