package org.claimscreen.domain.rules;

import java.util.Map;
import org.claimscreen.domain.claim.Claim;

/**
 * Per-job and per-payer changes to the pack's rules. A payer is named by its payer type
 * (MEDICARE_ADVANTAGE), payer id or plan id; the most specific wins: plan, payer id, payer type, job.
 *
 * @param job     rule id → settings for every claim of the job
 * @param byPayer payer key → (rule id → settings) for that payer's claims
 */
public record RuleOverrides(Map<String, RuleSettings> job, Map<String, Map<String, RuleSettings>> byPayer) {

    public static final RuleOverrides NONE = new RuleOverrides(Map.of(), Map.of());

    public RuleOverrides {
        job = Map.copyOf(job);
        byPayer = Map.copyOf(byPayer);
    }

    /**
     * The settings of {@code ruleId} for {@code claim}, starting from the pack's; {@code claim} may be
     * null when there are no payer overrides (then every claim gets the same).
     */
    public RuleSettings settingsFor(String ruleId, RuleSettings packSettings, Claim claim) {
        RuleSettings settings = packSettings.with(job.getOrDefault(ruleId, packSettings));
        if (byPayer.isEmpty()) {
            return settings;
        }
        for (String key : new String[] {claim.payerType().name(), claim.payerId(), claim.planId()}) {
            if (key != null) {
                RuleSettings payer = byPayer.getOrDefault(key, Map.of()).get(ruleId);
                if (payer != null) {
                    settings = settings.with(payer);
                }
            }
        }
        return settings;
    }
}
