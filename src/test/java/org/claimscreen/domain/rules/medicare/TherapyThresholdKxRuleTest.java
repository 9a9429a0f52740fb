package org.claimscreen.domain.rules.medicare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
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

class TherapyThresholdKxRuleTest {

    private final TherapyThresholdKxRule rule = new TherapyThresholdKxRule();

    /** 20 earlier PT visits of 4 units of 97110 in {@code year}: 80 units, $2,360 in 2025, $2,400 in 2026. */
    private static History eightyUnitsOfExercise(int year, String... modifiers) {
        PriorServices.Builder[] visits = PriorServices.weekly(20, LocalDate.of(year, 1, 6), "97110");
        for (PriorServices.Builder visit : visits) {
            visit.units(4).modifiers(modifiers.length == 0 ? new String[] {"GP"} : modifiers);
        }
        return history(visits);
    }

    /** Two more units of 97110 in June: 82 units in all, $2,419 in 2025 and $2,460 in 2026. */
    private static Claims.LineBuilder twoUnitsOfExercise(int year) {
        return line("97110").units(2).charge("60.00").on(LocalDate.of(year, 6, 2));
    }

    @Test
    void flagsTherapyPastThe2025ThresholdWithoutKx() {
        // given
        Claim claim = claimWith(twoUnitsOfExercise(2025));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, eightyUnitsOfExercise(2025), ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MCR-THERAPY-THRESHOLD-KX");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-50");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("60.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).contains("$2419.00", "$2410.00");
        });
    }

    @Test
    void acceptsTheSameSpendingUnderThe2026Threshold() {
        // given the same claim and history a year later: $2,460 does not pass $2,480
        Claim claim = claimWith(twoUnitsOfExercise(2026));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, eightyUnitsOfExercise(2026), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsTherapyPastTheThresholdWithKx() {
        // given
        Claim claim = claimWith(twoUnitsOfExercise(2025).modifiers("GP", "KX"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, eightyUnitsOfExercise(2025), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void makesThePatientLiableWithAnAbnOnFileAndGa() {
        // given
        Claim claim = claimWith(twoUnitsOfExercise(2025).modifiers("GP", "GA").abn(Indicator.YES));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, eightyUnitsOfExercise(2025), ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.denialCode()).hasToString("PR-50");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
        });
    }

    @Test
    void keepsOccupationalTherapyInItsOwnAmount() {
        // given 80 units of PT earlier, and an OT line now
        Claim claim = claimWith(twoUnitsOfExercise(2025).modifiers("GO"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, eightyUnitsOfExercise(2025), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void addsSpeechTherapyToPhysicalTherapy() {
        // given 80 units billed with GN earlier, and a PT line now
        Claim claim = claimWith(twoUnitsOfExercise(2025));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, eightyUnitsOfExercise(2025, "GN"), ReferenceData.NONE);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void doesNotCountLastYearsTherapy() {
        // given
        Claim claim = claimWith(twoUnitsOfExercise(2026));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, eightyUnitsOfExercise(2025), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void doesNotCountTherapyBilledToAnotherPayer() {
        // given
        PriorServices.Builder[] visits = PriorServices.weekly(20, LocalDate.of(2025, 1, 6), "97110");
        for (PriorServices.Builder visit : visits) {
            visit.units(4).payer(PayerType.MEDICARE_ADVANTAGE);
        }
        Claim claim = claimWith(twoUnitsOfExercise(2025));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history(visits), ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void flagsOnlyTheLineOfTheClaimThatPassesTheThreshold() {
        // given 80 units then 3 units on one 2026 claim: $2,400, then $2,490
        Claim claim = claimWith(line("97110").units(80), line("97110").units(3));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().extracting(Finding::lineNumber).isEqualTo(2);
    }

    @Test
    void staysQuietInAYearWithoutAThreshold() {
        // given
        Claim claim = claimWith(line("97110").units(200).on(LocalDate.of(2024, 6, 3)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresMedicareAdvantage() {
        // given
        Claim claim = Claims.payer(PayerType.MEDICARE_ADVANTAGE).lines(line("97110").units(200)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }
}
