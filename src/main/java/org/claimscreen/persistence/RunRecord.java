package org.claimscreen.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A run as stored in screening_run. Counts are null until the run wrote its reports.
 *
 * @param completedAt    when it was recorded COMPLETED (null before): history counts it from then on
 * @param historyCutoff  the moment its history stood at: only runs completed before it counted
 * @param trial          a trial screening ({@code screen --no-history}): it recorded no history
 * @param rerunOf        the run it screened again ({@code rerun}), null for a first screening
 * @param rerunHistory   a rerun's history: {@code AS_RUN} (as it stood for {@code rerunOf}) or {@code CURRENT}
 * @param rerunRules     a rerun's rules: {@code RECORDED} (the run's) or {@code CURRENT}
 * @param rerunNotes     what a rerun could not reproduce as recorded, in words (null: nothing)
 * @param rulePackSha256 the rule pack file's sha256 (the built-in pack's resource), null for runs recorded before
 * @param documentationSha256 its documentation on file's sha256, null for none (or runs recorded before)
 */
public record RunRecord(
        long runId, String jobName, String status, LocalDate asOf, String outDir, String rulePack,
        LocalDateTime startedAt, LocalDateTime finishedAt, Long claimsRead, Long claimsClean, Long claimsHeld,
        Long claimsRejected, Long claimsNotScreened, Long findings, Long amountAtRiskCents,
        Long patientEstimateCents, LocalDateTime completedAt, LocalDateTime historyCutoff, boolean trial,
        Long rerunOf, String rerunHistory, String rerunRules, String rerunNotes, String rulePackSha256,
        String plansSha256, String providersSha256, String documentationSha256) {

    /** Whether the run screened another run's inputs again ({@code rerun}). */
    public boolean rerun() {
        return rerunOf != null;
    }
}
