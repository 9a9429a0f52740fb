package org.claimscreen.domain.rules.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.domain.claim.Claims.CHIROPRACTOR;
import static org.claimscreen.domain.claim.Claims.DAY;
import static org.claimscreen.domain.claim.Claims.NEXT_DAY;
import static org.claimscreen.domain.claim.Claims.OTHER_NPI;
import static org.claimscreen.domain.claim.Claims.claimWith;
import static org.claimscreen.domain.claim.Claims.line;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimscreen.config.BuiltinPack;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.rules.ClaimReview;
import org.claimscreen.domain.rules.History;
import org.claimscreen.domain.rules.NcciEdit;
import org.claimscreen.domain.rules.PackData;
import org.claimscreen.domain.rules.Screening;
import org.claimscreen.domain.rules.medicare.ChiropractorAdjunctRule;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class NcciPtpRuleTest {

    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private final NcciPtpRule rule = new NcciPtpRule();

    /** The rule's findings with a pack holding only {@code edits}. */
    private List<Finding> withEdits(Claim claim, NcciEdit... edits) {
        PackData pack = new PackData(BuiltinPack.data().codes(), Map.of(), Map.of(), List.of(edits), Money.of("70"),
                Money.of("150"), 20, 12);
        return rule.evaluate(new ClaimReview(claim, ReferenceData.NONE, Screening.AS_OF, pack, History.NONE));
    }

    private static NcciEdit edit(String column1, String column2, int indicator) {
        return new NcciEdit(ProcedureCode.of(column1), ProcedureCode.of(column2), indicator, SINCE, null);
    }

    @Test
    void holdsColumnTwoLineWithoutDistinctServiceModifierForReview() {
        // given the built-in 97140/97530 edit, indicator 1
        Claim claim = claimWith(line("97140"), line("97530").charge("55.00"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("NCCI-PTP");
            assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
            assertThat(finding.lineNumber()).isEqualTo(2);
            assertThat(finding.denialCode()).hasToString("CO-236");
            assertThat(finding.liable()).isEqualTo(Liability.PROVIDER);
            assertThat(finding.amountAtRisk()).isEqualTo(Money.of("55.00"));
            assertThat(finding.patientEstimate()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void acceptsColumnTwoLineWithADistinctServiceModifier() {
        // given
        Claim claim = claimWith(line("97140"), line("97530").modifiers("GP", "59"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsXsOnManualTherapyWithChiropracticManipulation() {
        // given
        Claim claim = claimWith(line("98940").renderedBy(CHIROPRACTOR).modifiers("AT"),
                line("97140").renderedBy(CHIROPRACTOR).modifiers("XS"));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void doesNotAdviseAModifierOnAChiropractorsManualTherapyThatIsNeverPayable() {
        // given a chiropractor's 98940 with 97140 and no XS: Medicare pays a chiropractor only for
        // manipulation (MBPM ch. 15 §240.1.3), so MCR-CHIRO-ADJUNCT denies the 97140 outright, and
        // advising 59/XS would make the provider bill a line that no modifier makes payable
        Claim claim = claimWith(line("98940").renderedBy(CHIROPRACTOR).modifiers("AT"),
                line("97140").renderedBy(CHIROPRACTOR));

        // when the whole pack screens it, NCCI-PTP listed before the rule it depends on
        List<Finding> findings = Screening.screen(claim, rule, new ChiropractorAdjunctRule());

        // then the line is denied once, without the 59/XS advice
        assertThat(findings).filteredOn(f -> f.lineNumber() == 2).extracting(Finding::ruleId)
                .containsExactly("MCR-CHIRO-ADJUNCT");
    }

    @Test
    void stillAdvisesTheModifierWhenTheColumnTwoLineIsPayableForItsProvider() {
        // given a PT's 97140 and 97530 without 59: payable once the documentation shows a distinct service
        Claim claim = claimWith(line("97140"), line("97530"));

        // when
        List<Finding> findings = Screening.screen(claim, rule, new ChiropractorAdjunctRule());

        // then
        assertThat(findings).extracting(Finding::ruleId).containsExactly("NCCI-PTP");
    }

    @Test
    void deniesColumnTwoLineOfAnEditNoModifierBypasses() {
        // given
        Claim claim = claimWith(line("97161"), line("97530").modifiers("GP", "59"));

        // when
        List<Finding> findings = withEdits(claim, edit("97161", "97530", 0));

        // then
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.DENY);
            assertThat(finding.denialCode()).hasToString("CO-236");
            assertThat(finding.lineNumber()).isEqualTo(2);
        });
    }

    @Test
    void staysQuietForIndicatorNine() {
        // given
        Claim claim = claimWith(line("97161"), line("97530"));

        // when
        List<Finding> findings = withEdits(claim, edit("97161", "97530", 9));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void staysQuietForAnEditNotYetInForce() {
        // given
        Claim claim = claimWith(line("97161"), line("97530"));
        NcciEdit future = new NcciEdit(ProcedureCode.of("97161"), ProcedureCode.of("97530"), 0, DAY.plusDays(1), null);

        // when
        List<Finding> findings = withEdits(claim, future);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void acceptsThePairOnOtherDatesOrByOtherProviders() {
        // given
        Claim claim = claimWith(line("97140"), line("97530").on(NEXT_DAY), line("97530").renderingNpi(OTHER_NPI));

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void appliesToAnyPayer() {
        // given
        Claim claim = Claims.payer(PayerType.COMMERCIAL).lines(line("97140"), line("97530")).build();

        // when
        List<Finding> findings = Screening.evaluate(rule, claim);

        // then
        assertThat(findings).hasSize(1);
    }
}
