package org.claimscreen.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimscreen.domain.claim.Claims.massageByMassageTherapist;
import static org.claimscreen.domain.claim.Claims.originalMedicare;

import java.util.List;
import java.util.Map;
import org.claimscreen.config.BuiltinPack;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.rules.medicare.LmtUnsupervisedRule;
import org.claimscreen.domain.rules.medicare.MassageStandaloneRule;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private final RulePack pack = new RulePack("test", "1", BuiltinPack.data(),
            List.of(new MassageStandaloneRule(), new LmtUnsupervisedRule()));

    private final Claim massage = originalMedicare().payerId("04412").lines(massageByMassageTherapist().charge("90.00")).build();

    @Test
    void runsEveryRuleOfThePackInOrder() {
        assertThat(screen(RuleOverrides.NONE)).extracting(Finding::ruleId)
                .containsExactly("MCR-MASSAGE-STANDALONE", "MCR-LMT-UNSUPERVISED");
    }

    @Test
    void runsTheFindingsPhaseAfterEveryClaimRuleButReportsInPackOrder() {
        // given a findings rule listed first, reading what a claim rule listed after it finds
        Rule countsDenials = new ProbeRule("TEST-COUNTS-DENIALS", Phase.FINDINGS,
                review -> review.claimPhaseFindings().stream().filter(f -> f.severity() == Severity.DENY).count());
        RulePack phased = new RulePack("test", "1", BuiltinPack.data(), List.of(countsDenials, new LmtUnsupervisedRule()));

        // when
        List<Finding> findings = new RuleEngine(phased, ReferenceData.NONE).screen(massage, Screening.AS_OF).findings();

        // then it saw the claim rule's DENY, and the findings keep the pack's order
        assertThat(findings).extracting(Finding::ruleId).containsExactly("TEST-COUNTS-DENIALS", "MCR-LMT-UNSUPERVISED");
        assertThat(findings.get(0).message()).isEqualTo("1");
    }

    @Test
    void findingsRulesDoNotSeeEachOthersFindings() {
        Rule first = new ProbeRule("TEST-FIRST", Phase.FINDINGS, review -> review.claimPhaseFindings().size());
        Rule second = new ProbeRule("TEST-SECOND", Phase.FINDINGS, review -> review.claimPhaseFindings().size());
        RulePack phased = new RulePack("test", "1", BuiltinPack.data(), List.of(new LmtUnsupervisedRule(), first, second));

        List<Finding> findings = new RuleEngine(phased, ReferenceData.NONE).screen(massage, Screening.AS_OF).findings();

        assertThat(findings).extracting(Finding::message).containsExactly(findings.get(0).message(), "1", "1");
    }

    @Test
    void aClaimRuleThatReadsFindingsFailsLoudly() {
        Rule misplaced = new ProbeRule("TEST-MISPLACED", Phase.CLAIM, review -> review.claimPhaseFindings().size());
        RulePack phased = new RulePack("test", "1", BuiltinPack.data(), List.of(new LmtUnsupervisedRule(), misplaced));

        assertThatThrownBy(() -> new RuleEngine(phased, ReferenceData.NONE).screen(massage, Screening.AS_OF))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("declare phase() FINDINGS");
    }

    /** A rule that reports one INFO finding whose message is what {@code probe} reads from the review. */
    private record ProbeRule(String ruleId, Phase phase, java.util.function.Function<ClaimReview, Object> probe)
            implements Rule {

        @Override
        public RuleInfo info() {
            return new RuleInfo(ruleId, RuleSource.PRACTICE, Severity.INFO, "probe", "test");
        }

        @Override
        public List<Finding> evaluate(ClaimReview review) {
            return List.of(FindingBuilder.on(info(), review.claim(), review.claim().lines().get(0))
                    .message(String.valueOf(probe.apply(review))).suggestion("none").build());
        }
    }

    @Test
    void skipsARuleTheJobSwitchesOff() {
        RuleOverrides overrides = new RuleOverrides(Map.of("MCR-LMT-UNSUPERVISED", new RuleSettings(false, null)), Map.of());

        assertThat(screen(overrides)).extracting(Finding::ruleId).containsExactly("MCR-MASSAGE-STANDALONE");
    }

    @Test
    void lowersSeverityForOnePayerAndTakesNothingAtRiskForInfo() {
        RuleOverrides overrides = new RuleOverrides(Map.of(),
                Map.of("04412", Map.of("MCR-LMT-UNSUPERVISED", new RuleSettings(true, Severity.INFO))));

        Finding lmt = Screening.of("MCR-LMT-UNSUPERVISED", screen(overrides)).get(0);

        assertThat(lmt.severity()).isEqualTo(Severity.INFO);
        assertThat(lmt.amountAtRisk()).isEqualTo(Money.ZERO);
    }

    @Test
    void letsTheMostSpecificPayerWinOverTheJob() {
        RuleOverrides overrides = new RuleOverrides(
                Map.of("MCR-LMT-UNSUPERVISED", new RuleSettings(false, null)),
                Map.of("ORIGINAL_MEDICARE", Map.of("MCR-LMT-UNSUPERVISED", new RuleSettings(true, Severity.REVIEW))));

        assertThat(Screening.of("MCR-LMT-UNSUPERVISED", screen(overrides))).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.REVIEW);
    }

    @Test
    void honoursThePacksOwnSettings() {
        RulePack quiet = new RulePack("test", "1", BuiltinPack.data(),
                List.of(new MassageStandaloneRule(), new LmtUnsupervisedRule()),
                Map.of("MCR-MASSAGE-STANDALONE", new RuleSettings(false, null)));

        List<Finding> findings = new RuleEngine(quiet, ReferenceData.NONE).screen(massage, Screening.AS_OF).findings();

        assertThat(findings).extracting(Finding::ruleId).containsExactly("MCR-LMT-UNSUPERVISED");
    }

    private List<Finding> screen(RuleOverrides overrides) {
        return new RuleEngine(pack, ReferenceData.NONE, History.NONE, overrides).screen(massage, Screening.AS_OF).findings();
    }
}
