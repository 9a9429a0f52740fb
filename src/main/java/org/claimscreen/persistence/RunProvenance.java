package org.claimscreen.persistence;

import java.time.Instant;

/**
 * What a run records, when it starts, about what it screens with: the moment its history stands
 * at, whether it is a trial, what it reruns, and the hashes of its rule pack and reference data.
 *
 * @param historyCutoff  runs completed before this moment count as its history; later ones never
 * @param trial          {@code screen --no-history}: reads history, records none
 * @param rerunOf        the run it screens again, null for none
 * @param rerunHistory   {@code AS_RUN} or {@code CURRENT}, null when not a rerun
 * @param rerunRules     {@code RECORDED} or {@code CURRENT}, null when not a rerun
 * @param rerunNotes     what the rerun could not reproduce as recorded, null for nothing
 * @param rulePackSha256 null when it cannot be told
 * @param plansSha256    null when the run has no plans file
 * @param providersSha256 null when the run has no provider roster
 * @param documentationSha256 null when the run has no documentation on file
 */
public record RunProvenance(Instant historyCutoff, boolean trial, Long rerunOf, String rerunHistory,
        String rerunRules, String rerunNotes, String rulePackSha256, String plansSha256, String providersSha256,
        String documentationSha256) {

    /** A run without documentation on file. */
    public RunProvenance(Instant historyCutoff, boolean trial, Long rerunOf, String rerunHistory,
            String rerunRules, String rerunNotes, String rulePackSha256, String plansSha256, String providersSha256) {
        this(historyCutoff, trial, rerunOf, rerunHistory, rerunRules, rerunNotes, rulePackSha256, plansSha256,
                providersSha256, null);
    }
}
