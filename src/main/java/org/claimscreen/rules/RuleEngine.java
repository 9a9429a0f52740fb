package org.claimscreen.rules;

import java.time.LocalDate;
import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.ReferenceData;
import org.claimscreen.screening.ScreenedClaim;

/**
 * Runs a rule pack over claims. Rules run in pack order, each seeing the findings of those before
 * it, which is how patient-cost rules (listed last) learn who is liable. Thread-safe: it keeps no
 * state between claims.
 */
public final class RuleEngine {

    private final RulePack pack;
    private final ReferenceData reference;

    public RuleEngine(RulePack pack, ReferenceData reference) {
        this.pack = pack;
        this.reference = reference;
    }

    public ScreenedClaim screen(Claim claim, LocalDate asOf) {
        ClaimReview review = new ClaimReview(claim, reference, asOf, pack.codes());
        for (Rule rule : pack.rules()) {
            review.add(rule.evaluate(review));
        }
        return new ScreenedClaim(claim, review.findings());
    }

    public RulePack pack() {
        return pack;
    }

    /** The rules in force, in the order they run. */
    public List<RuleInfo> rules() {
        return pack.rules().stream().map(Rule::info).toList();
    }
}
