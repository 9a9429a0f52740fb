package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.PHYSICIAN;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.originalMedicare;
import static org.claimscreen.domain.rules.PriorServices.history;

import java.time.LocalDate;
import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
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

/**
 * NCD 30.3.3 (Acupuncture for Chronic Low Back Pain), B. Nationally Covered Indications: "Up to 12
 * visits in 90 days are covered for Medicare beneficiaries ... An additional 8 sessions will be
 * covered for those patients demonstrating an improvement. No more than 20 acupuncture treatments
 * may be administered annually. Treatment must be discontinued if the patient is not improving or is
 * regressing." Sessions 13-20 of a calendar year therefore need documented improvement.
 */
class AcupunctureImprovementRuleTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    private final AcupunctureImprovementRule rule = new AcupunctureImprovementRule();

    /** 97810 by a physician for chronic low back pain, no modifiers. */
    private static Claims.LineBuilder acupuncture() {
        return line("97810").renderedBy(PHYSICIAN).modifiers().charge("75.00").on(JUNE_1);
    }

    private static Claim forLowBackPain(Claims.LineBuilder... lines) {
        return originalMedicare().diagnoses("M54.50").lines(lines).build();
    }

    /** {@code count} earlier acupuncture visits, weekly from 2 January 2026. */
    private static History visits(int count) {
        return history(PriorServices.weekly(count, LocalDate.of(2026, 1, 2), "97810"));
    }

    @Test
    void leavesTheTwelfthSessionAlone() {
        // given 11 earlier visits: this is the last of the "12 visits in 90 days"
        Claim claim = forLowBackPain(acupuncture());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(11), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reviewsTheThirteenthSession() {
        // given 12 earlier visits: the first of "an additional 8 sessions"
        Claim claim = forLowBackPain(acupuncture());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(12), ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-ACUPUNCTURE-IMPROVEMENT");
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("75.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("session 13 of 2026", "sessions 13-20",
                    "only for patients demonstrating improvement");
            assertThat(finding.suggestion()).isEqualTo("Document the patient's improvement before billing sessions 13-20.");
        });
    }

    @Test
    void reviewsTheTwentiethSession() {
        // given 19 earlier visits: the last of the 20 a year
        Claim claim = forLowBackPain(acupuncture());

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(19), ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("session 20 of 2026");
    }

    @Test
    void leavesTheTwentyFirstSessionToTheCoverageDenial() {
        // given 20 earlier visits: "No more than 20 acupuncture treatments may be administered annually"
        Claim claim = forLowBackPain(acupuncture());

        // when both acupuncture rules run, as in the pack
        List<Finding> findings = Screening.screen(claim, visits(20), ReferenceData.NONE,
                new AcupunctureCoverageRule(), rule);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-ACUPUNCTURE-COVERAGE");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.message()).contains("session 21 of 2026");
        });
    }

    @Test
    void countsTwoAcupunctureCodesOnOneDateAsOneSession() {
        // given 11 earlier visits, then 97810 and its add-on 97811 on one date: one visit, session 12
        Claim claim = forLowBackPain(acupuncture(), line("97811").renderedBy(PHYSICIAN).modifiers().on(JUNE_1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(11), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void reviewsEveryCodeOfTheThirteenthSessionAsSessionThirteen() {
        // given 12 earlier visits, then two codes on one date
        Claim claim = forLowBackPain(acupuncture(), line("97811").renderedBy(PHYSICIAN).modifiers().on(JUNE_1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(12), ReferenceData.NONE);

        // then
        assertThat(findings).extracting(Finding::lineNumber).containsExactly(1, 2);
        assertThat(findings).allSatisfy(finding -> assertThat(finding.message()).contains("session 13 of 2026"));
    }

    @Test
    void countsEarlierDatesOfTheSameClaim() {
        // given 11 earlier visits, then two dates on this claim: the second is session 13
        Claim claim = forLowBackPain(acupuncture(), acupuncture().on(JUNE_1.plusWeeks(1)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(11), ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().extracting(Finding::lineNumber).isEqualTo(2);
    }

    @Test
    void doesNotCountSessionsOfThePreviousCalendarYear() {
        // given 15 visits in 2025 and none yet in 2026 ("annually": the count starts again in January)
        Claim claim = forLowBackPain(acupuncture().on(LocalDate.of(2026, 1, 5)));
        History lastYear = history(PriorServices.weekly(15, LocalDate.of(2025, 8, 4), "97810"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, lastYear, ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresOtherCodes() {
        // given
        Claim claim = forLowBackPain(line("97110").on(JUNE_1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(12), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresMedicareAdvantage() {
        // given
        Claim claim = Claims.payer(PayerType.MEDICARE_ADVANTAGE).diagnoses("M54.50").lines(acupuncture()).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, visits(12), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }
}
