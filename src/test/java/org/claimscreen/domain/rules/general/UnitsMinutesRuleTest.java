package org.claimscreen.domain.rules.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.DAY;
import static org.claimscreen.domain.claim.Claims.NEXT_DAY;
import static org.claimscreen.domain.claim.Claims.OTHER_NPI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;
import static org.claimscreen.domain.claim.Claims.payer;
import static org.claimscreen.domain.rules.PriorServices.THIS_RUN;
import static org.claimscreen.domain.rules.PriorServices.history;
import static org.claimscreen.domain.rules.PriorServices.service;

import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

/**
 * The 8-minute rule as Medicare Claims Processing Manual (Pub 100-04) ch. 5 §20.2 part C, "Counting
 * Minutes for Timed Codes in 15 Minute Units", states it. The quoted passages are the manual's own
 * words as public copies of the section give them (e.g. the examples reproduced at
 * findacode.com/articles/documentation-requirements-for-therapy-services-26634.html and
 * chirocode.com/article.html?id=25388).
 */
class UnitsMinutesRuleTest {

    private final UnitsMinutesRule rule = new UnitsMinutesRule();

    // §20.2 C, example 1: "24 minutes of neuromuscular reeducation, code 97112, 23 minutes of therapeutic
    // exercise, code 97110, Total timed code treatment time was 47 minutes. ... Appropriate billing for 47
    // minutes is only 3 timed units. ... The correct coding is 2 units of code 97112 and one unit of code
    // 97110, assigning more timed units to the service that took the most time."
    @Test
    void acceptsExample1TwentyFourAndTwentyThreeMinutesAsTwoUnitsAndOne() {
        // given
        Claim claim = claimWith(line("97112").minutes(24).units(2), line("97110").minutes(23).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    // §20.2 C, example 1: "Appropriate billing for 47 minutes is only 3 timed units." Billing each code on
    // its own minutes (24 → 2, 23 → 2) gives 4.
    @Test
    void deniesExample1BilledAsFourUnitsOnTheLineBeyondItsShare() {
        // given
        Claim claim = claimWith(line("97112").minutes(24).units(2),
                line("97110").minutes(23).units(2).charge("76.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("GEN-UNITS-MINUTES");
            assertThat(finding.lineNumber()).isEqualTo(2);
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-151");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("76.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
            assertThat(finding.message()).isEqualTo("Timed codes on " + DAY + " by the same provider total 47"
                    + " minutes, which allows 3 units under the 8-minute rule (Pub 100-04 ch. 5 §20.2), but 4 are"
                    + " billed; 97110 bills 2 where the most-minutes-first split gives it 1.");
        });
    }

    // §20.2 C, example 1: "assigning more timed units to the service that took the most time": 3 units, but
    // the 2 on the 23-minute code is a split the manual does not give.
    @Test
    void reviewsExample1WithTheSecondUnitOnTheShorterService() {
        // given
        Claim claim = claimWith(line("97112").minutes(24).units(1), line("97110").minutes(23).units(2));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).extracting(Finding::lineNumber).containsExactly(1, 2);
        assertThat(findings).allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.REVIEW));
        assertThat(findings.get(1).message()).contains("total 47 minutes").contains("allows 3 units")
                .contains("and 3 are billed").contains("97110 bills 2 where the most-minutes-first split gives it 1");
    }

    // §20.2 C, example 2: "20 minutes of neuromuscular reeducation (97112) 20 minutes therapeutic exercise
    // (97110), 40 Total timed code minutes. Appropriate billing for 40 minutes is 3 units. ... Since the time
    // for each service is the same, choose either code for 2 units and bill the other for 1 unit."
    @Test
    void acceptsExample2EitherCodeTakingTheSecondUnitOnATie() {
        // given
        Claim first = claimWith(line("97112").minutes(20).units(2), line("97110").minutes(20).units(1));
        Claim second = claimWith(line("97112").minutes(20).units(1), line("97110").minutes(20).units(2));

        // when
        List<Finding> findings = List.of(Screening.evaluate(rule, first), Screening.evaluate(rule, second)).stream()
                .flatMap(List::stream).toList();

        // then
        assertThat(findings).isEmpty();
    }

    // §20.2 C, example 2: "Appropriate billing for 40 minutes is 3 units." Two units on each is 4.
    @Test
    void deniesExample2BilledTwoUnitsEachOnOneLineOnly() {
        // given
        Claim claim = claimWith(line("97112").minutes(20).units(2), line("97110").minutes(20).units(2));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.message()).contains("total 40 minutes").contains("allows 3 units")
                    .contains("but 4 are billed");
        });
    }

    // §20.2 C, example 3: "33 minutes of therapeutic exercise (97110), 7 minutes of manual therapy (97140),
    // 40 Total timed minutes. Appropriate billing for 40 minutes is for 3 units. Bill 2 units of 97110 and 1
    // unit of 97140. Count the first 30 minutes of 97110 as two full units. Compare the remaining time for
    // 97110 (33-30 = 3 minutes) to the time spent on 97140 (7 minutes) and bill the larger, which is 97140."
    @Test
    void acceptsExample3SevenMinuteServiceCarryingAUnitWhenTheTotalAllowsIt() {
        // given
        Claim claim = claimWith(line("97110").minutes(33).units(2), line("97140").minutes(7).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    // §20.2 C, example 3: the third unit goes to 97140's 7 minutes, not to 97110's 3 left over.
    @Test
    void deniesExample3WithAThirdUnitOnTheLongerService() {
        // given
        Claim claim = claimWith(line("97110").minutes(33).units(3), line("97140").minutes(7).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.lineNumber()).isEqualTo(1);
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.message()).contains("total 40 minutes").contains("but 4 are billed")
                    .contains("97110 bills 3 where the most-minutes-first split gives it 2");
        });
    }

    // §20.2 C, example 4: "18 minutes of therapeutic exercise (97110), 13 minutes of manual therapy (97140),
    // 10 minutes of gait training, code 97116, 8 minutes of ultrasound, code 97035, ... Total timed code
    // treatment time is 49 minutes. If you look up 49 minutes on the chart, you can bill for a maximum of 3
    // units (38 to 52 minutes). ... You can bill for 1 unit of 97110, 1 unit of 97140, 1 unit of 97116 and
    // no units of 97035." (the 97035 line's minutes left over are the fewest)
    @Test
    void deniesExample4UltrasoundUnitBeyondTheDaysThreeUnits() {
        // given
        Claim claim = claimWith(line("97110").minutes(18).units(1), line("97140").minutes(13).units(1),
                line("97116").minutes(10).units(1), line("97035").minutes(8).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.lineNumber()).isEqualTo(4);
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.message()).contains("total 49 minutes").contains("allows 3 units")
                    .contains("but 4 are billed").contains("97035 bills 1 where the most-minutes-first split gives it 0");
        });
    }

    // §20.2 C: "If any 15 minute timed service that is performed for 7 minutes or less than 7 minutes on the
    // same day as another 15 minute timed service that was also performed for 7 minutes or less and the
    // total time of the two is 8 minutes or greater, then bill one unit for the service performed for the
    // most minutes."
    @Test
    void deniesTheShorterOfTwoServicesUnderEightMinutesThatShareOneUnit() {
        // given 7 + 6 = 13 minutes: one unit, for 97110
        Claim claim = claimWith(line("97110").minutes(7).units(1), line("97140").minutes(6).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.lineNumber()).isEqualTo(2);
            assertThat(finding.message()).contains("total 13 minutes").contains("allows 1 unit ")
                    .contains("but 2 are billed");
        });
    }

    // §20.2 C: "When only one service is provided in a day, providers should not bill for services performed
    // for less than 8 minutes."
    @Test
    void deniesALoneTimedServiceOfUnderEightMinutes() {
        // given
        Claim claim = claimWith(line("97124").minutes(7).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.message()).contains("total 7 minutes").contains("allows 0 units")
                    .contains("but 1 is billed");
        });
    }

    // §20.2 C: "For any single timed CPT code in the same day measured in 15 minute units, providers bill a
    // single 15-minute unit for treatment greater than or equal to 8 minutes through and including 22
    // minutes. If the duration ... is greater than or equal to 23 minutes through and including 37 minutes,
    // then 2 units should be billed."
    @Test
    void acceptsLoneServicesOnTheBoundariesOfTheTable() {
        // given one service a day, each on its own date
        Claim claim = claimWith(line("97110").minutes(8).units(1).on(DAY), line("97110").minutes(22).units(1)
                .on(DAY.plusDays(1)), line("97140").minutes(23).units(2).on(DAY.plusDays(2)),
                line("97530").minutes(37).units(2).on(DAY.plusDays(3)),
                line("97124").minutes(53).units(4).on(DAY.plusDays(4)),
                line("97112").minutes(127).units(8).on(DAY.plusDays(5)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    // §20.2 C: "When more than one service represented by 15 minute timed codes is performed in a single day,
    // the total number of minutes of service ... determines the number of timed units billed": a day's
    // services on another claim of this run count too.
    @Test
    void deniesThisClaimsLineWhenAnotherClaimOfTheRunBillsTheSameDay() {
        // given example 1 split over two claims, each billed on its own minutes
        History otherClaim = history(service("97112", DAY).run(THIS_RUN).claimId("CLM-2").minutes(24).units(2));
        Claim claim = claimWith(line("97110").minutes(23).units(2));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, otherClaim, ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.lineNumber()).isEqualTo(1);
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.message()).contains("total 47 minutes").contains("but 4 are billed")
                    .contains("97110 bills 2 where the most-minutes-first split gives it 1");
        });
    }

    @Test
    void leavesAnotherClaimsOverbilledLineToThatClaim() {
        // given the same day seen from the claim whose 24 minutes earn its 2 units
        History otherClaim = history(service("97110", DAY).run(THIS_RUN).claimId("CLM-2").minutes(23).units(2));
        Claim claim = claimWith(line("97112").minutes(24).units(2));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, otherClaim, ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void givesATiedUnitToTheEarlierRunsSettledLine() {
        // given 10 + 10 = 20 minutes: one unit, already billed on last night's claim
        History earlier = history(service("97110", DAY).claimId("ZZZ-OLD").minutes(10).units(1));
        Claim claim = claimWith(line("97140").minutes(10).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, earlier, ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.message()).contains("total 20 minutes").contains("allows 1 unit ");
        });
    }

    @Test
    void doesNotAddAnotherProvidersMinutesToTheDay() {
        // given with 97140's 20 minutes the 7-minute 97110 would carry the second unit
        Claim claim = claimWith(line("97110").minutes(7).units(1), line("97140").minutes(20).units(1)
                .renderingNpi(OTHER_NPI));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.lineNumber()).isEqualTo(1);
            assertThat(finding.message()).contains("total 7 minutes");
        });
    }

    @Test
    void doesNotAddAnotherDaysMinutes() {
        // given
        History nextDay = history(service("97140", NEXT_DAY).minutes(20).units(1));
        Claim claim = claimWith(line("97110").minutes(7).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, nextDay, ReferenceData.NONE);

        // then
        assertThat(findings).singleElement().extracting(Finding::message).asString().contains("total 7 minutes");
    }

    @Test
    void ignoresSameDayLinesWithoutMinutes() {
        // given counted, the 97140 units would make 3 for a day of 20 minutes
        History sameDay = history(service("97124", DAY).units(2));
        Claim claim = claimWith(line("97110").minutes(20).units(1), line("97140").units(2));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, sameDay, ReferenceData.NONE);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietWithoutMinutes() {
        // given
        Claim claim = claimWith(line("97110").units(4));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoresUntimedCodeWithMinutes() {
        // given counted, 97012's 30 minutes would let 97110's 7 carry a unit
        Claim claim = claimWith(line("97012").minutes(30).units(1), line("97110").minutes(7).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().extracting(Finding::lineNumber).isEqualTo(2);
    }

    @Test
    void staysQuietWhenFewerUnitsAreBilledThanTheTotalAllows() {
        // given 47 minutes allow 3 units
        Claim claim = claimWith(line("97112").minutes(24).units(1), line("97110").minutes(23).units(1));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void deniesOverbilledUnitsForAnyPayer() {
        // given 22 minutes are 1 unit
        Claim claim = payer(PayerType.COMMERCIAL).lines(line("97140").minutes(22).units(2)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void computesUnitsWithTheClosedFormOfTheTable() {
        assertThat(UnitsMinutesRule.units(0)).isZero();
        assertThat(UnitsMinutesRule.units(7)).isZero();
        assertThat(UnitsMinutesRule.units(8)).isEqualTo(1);
        assertThat(UnitsMinutesRule.units(22)).isEqualTo(1);
        assertThat(UnitsMinutesRule.units(23)).isEqualTo(2);
        assertThat(UnitsMinutesRule.units(52)).isEqualTo(3);
        assertThat(UnitsMinutesRule.units(113)).isEqualTo(8);
    }
}
