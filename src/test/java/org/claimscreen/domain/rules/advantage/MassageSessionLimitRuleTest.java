package org.claimscreen.domain.rules.advantage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.DAY;
import static org.claimscreen.domain.claim.Claims.NEXT_DAY;
import static org.claimscreen.domain.rules.PriorServices.THIS_RUN;
import static org.claimscreen.domain.rules.PriorServices.history;
import static org.claimscreen.domain.rules.PriorServices.service;
import static org.claimscreen.domain.rules.advantage.Benefits.OTHER_PLAN_ID;
import static org.claimscreen.domain.rules.advantage.Benefits.PLAN_ID;
import static org.claimscreen.domain.rules.advantage.Benefits.benefitMassage;
import static org.claimscreen.domain.rules.advantage.Benefits.maClaim;
import static org.claimscreen.domain.rules.advantage.Benefits.plan;
import static org.claimscreen.domain.rules.advantage.Benefits.reference;

import java.time.LocalDate;
import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.PriorServices;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class MassageSessionLimitRuleTest {

    private final MassageSessionLimitRule rule = new MassageSessionLimitRule();

    private static PriorServices.Builder session(LocalDate date) {
        return service("97124", date).modifiers().advantage(PLAN_ID).claimId("OLD-" + date);
    }

    @Test
    void flagsSessionPastThePlansYearlyLimit() {
        // given two earlier sessions this plan year and a limit of two
        Claim claim = maClaim().lines(benefitMassage()).build();
        History history = history(session(DAY.minusWeeks(2)), session(DAY.minusWeeks(1)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history, reference(plan().sessionsPerYear(2)));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("MA-MASSAGE-SESSION-LIMIT");
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("PR-119");
            assertThat(finding.liable()).isEqualTo(Liability.PATIENT);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("80.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.of("80.00"));
            assertThat(finding.message()).contains("session 3");
        });
    }

    @Test
    void acceptsTheLastSessionTheLimitAllows() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();
        History history = history(session(DAY.minusWeeks(2)), session(DAY.minusWeeks(1)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history, reference(plan().sessionsPerYear(3)));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void countsThePlanYearFromItsStartNotTheCalendarYear() {
        // given a plan year from July 1: August and September 2025 belong to the plan year of March 2026
        Claim claim = maClaim().lines(benefitMassage()).build();
        History history = history(session(LocalDate.of(2025, 8, 1)), session(LocalDate.of(2025, 9, 1)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history,
                reference(plan().sessionsPerYear(2).yearStarts(7, 1)));

        // then
        assertThat(findings).hasSize(1);
    }

    @Test
    void doesNotCountSessionsOfTheLastPlanYear() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();
        History history = history(session(LocalDate.of(2025, 8, 1)), session(LocalDate.of(2025, 9, 1)));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history, reference(plan().sessionsPerYear(2)));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void doesNotCountSessionsOnAnotherPlanOrLaterDates() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();
        History history = history(session(DAY.minusWeeks(1)).advantage(OTHER_PLAN_ID), session(NEXT_DAY));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history, reference(plan().sessionsPerYear(1)));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void countsAnotherClaimOnTheSameDateAsTheSameSession() {
        // given a claim of this run that sorts first, on the same date
        Claim claim = maClaim().lines(benefitMassage()).build();
        History history = history(session(DAY).run(THIS_RUN).claimId("CLM-0"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history, reference(plan().sessionsPerYear(1)));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void flagsTheSecondDateOfOneClaimPastALimitOfOne() {
        // given
        Claim claim = maClaim().lines(benefitMassage(), benefitMassage().on(NEXT_DAY)).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, History.NONE, reference(plan().sessionsPerYear(1)));

        // then
        assertThat(findings).singleElement().extracting(Finding::lineNumber).isEqualTo(2);
    }

    @Test
    void acceptsAnySessionsOnAPlanWithoutALimit() {
        // given
        Claim claim = maClaim().lines(benefitMassage()).build();
        History history = history(PriorServices.weekly(30, DAY.minusWeeks(31), "97124"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim, history, reference(plan()));

        // then
        assertThat(findings).isEmpty();
    }
}
