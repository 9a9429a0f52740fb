package org.claimscreen.domain.rules;

import java.time.LocalDate;
import java.util.List;
import org.claimscreen.config.BuiltinPack;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.screening.Finding;

/** Runs rules over a test claim the way the engine does, with the built-in code sets. */
public final class Screening {

    public static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    private Screening() {
    }

    /** The findings of {@code rule} alone. */
    public static List<Finding> evaluate(Rule rule, Claim claim) {
        return evaluate(rule, claim, History.NONE, ReferenceData.NONE);
    }

    /** The findings of {@code rule} alone, knowing the member's other claims and the plans and roster. */
    public static List<Finding> evaluate(Rule rule, Claim claim, History history, ReferenceData reference) {
        return rule.evaluate(new ClaimReview(claim, reference, AS_OF, BuiltinPack.data(), history));
    }

    /** The findings of {@code rule} alone, with {@code reference} as the run's plans and provider roster. */
    public static List<Finding> evaluate(Rule rule, Claim claim, ReferenceData reference) {
        return rule.evaluate(new ClaimReview(claim, reference, AS_OF, BuiltinPack.data(), History.NONE));
    }

    /** The findings of {@code rule} alone, for a run as of {@code asOf}. */
    public static List<Finding> evaluate(Rule rule, Claim claim, LocalDate asOf) {
        return rule.evaluate(new ClaimReview(claim, ReferenceData.NONE, asOf, BuiltinPack.data(), History.NONE));
    }

    /** Every finding of {@code rules} run in order, each seeing the findings of those before it. */
    public static List<Finding> screen(Claim claim, Rule... rules) {
        return screen(claim, History.NONE, ReferenceData.NONE, rules);
    }

    /** As {@link #screen(Claim, Rule...)}, knowing the member's other claims and the plans and roster. */
    public static List<Finding> screen(Claim claim, History history, ReferenceData reference, Rule... rules) {
        RulePack pack = new RulePack("test", "0", BuiltinPack.data(), List.of(rules));
        return new RuleEngine(pack, reference, history, RuleOverrides.NONE).screen(claim, AS_OF).findings();
    }

    /** The findings of one rule in a list of findings. */
    public static List<Finding> of(String ruleId, List<Finding> findings) {
        return findings.stream().filter(finding -> finding.ruleId().equals(ruleId)).toList();
    }
}
