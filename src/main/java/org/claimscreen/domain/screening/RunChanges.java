package org.claimscreen.domain.screening;

import java.util.Map;

/**
 * What changed since the previous completed run of the same job, over the claims both screened:
 * findings whose identity (claim id, line number, rule id) is new in this run, and those of the previous run
 * that this run no longer has. Counts are of distinct identities, so a rule that fires twice on one
 * line counts once.
 *
 * @param previousRunId the previous completed run of the job, or null when this is the first
 * @param notRescreened the previous run's claims (by claim id) that this run did not screen, whose
 *                      findings are therefore neither new nor resolved
 */
public record RunChanges(
        Long previousRunId,
        long newFindings,
        long resolvedFindings,
        Map<String, Long> newByRule,
        Map<String, Long> resolvedByRule,
        long notRescreened) {

    /** No previous run to compare with: nothing is new or resolved. */
    public static final RunChanges FIRST_RUN = new RunChanges(null, 0, 0, Map.of(), Map.of(), 0);

    public RunChanges {
        newByRule = newByRule == null ? Map.of() : Map.copyOf(newByRule);
        resolvedByRule = resolvedByRule == null ? Map.of() : Map.copyOf(resolvedByRule);
    }
}
