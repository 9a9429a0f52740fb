package org.claimscreen.rules;

import org.claimscreen.screening.Severity;

/**
 * How a pack, a job or a payer configures one rule: switched off, or with its severity changed.
 *
 * @param severity null keeps the severity the rule decides
 */
public record RuleSettings(boolean enabled, Severity severity) {

    public static final RuleSettings DEFAULT = new RuleSettings(true, null);

    /** These settings with {@code other}'s changes laid over them. */
    public RuleSettings with(RuleSettings other) {
        return new RuleSettings(other.enabled, other.severity != null ? other.severity : severity);
    }
}
