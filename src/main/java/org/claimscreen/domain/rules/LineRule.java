package org.claimscreen.domain.rules;

import java.util.ArrayList;
import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.screening.Finding;

/**
 * A rule that judges each line of a claim in its claim's context: the shape most catalog rules have.
 * A subclass says which claims it applies to (its payer scope) and what it finds on one line.
 */
public abstract class LineRule implements Rule {

    /** Whether the rule speaks to this claim at all (e.g. Original Medicare only). */
    protected abstract boolean appliesTo(Claim claim);

    /** Adds what this rule finds on {@code line} to {@code findings}. */
    protected abstract void check(ClaimReview review, ClaimLine line, List<Finding> findings);

    @Override
    public final List<Finding> evaluate(ClaimReview review) {
        Claim claim = review.claim();
        if (!appliesTo(claim)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ClaimLine line : claim.lines()) {
            check(review, line, findings);
        }
        return findings;
    }
}
