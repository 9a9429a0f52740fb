package org.claimscreen.domain.rules;

import java.util.List;
import org.claimscreen.domain.screening.Finding;

/**
 * One named, pure screening policy. It looks at a claim under review and returns every finding
 * it makes (not only the first); an empty list means it has nothing to say.
 */
public interface Rule {

    RuleInfo info();

    List<Finding> evaluate(ClaimReview review);

    /** When it runs: {@link Phase#FINDINGS} for a rule that reads the claim rules' findings. */
    default Phase phase() {
        return Phase.CLAIM;
    }

    default String id() {
        return info().id();
    }
}
