package org.claimscreen.domain.rules;

import org.claimscreen.domain.screening.Severity;

/**
 * How a pack, a job or a payer configures one rule: switched off, or with its severity changed.
 * Either part may be left unsaid, so an override that only changes a severity does not switch
 * back on a rule the pack or the job switched off.
 *
 * @param enabled  null leaves the rule on or off as the layer below says (on, at the bottom)
 * @param severity null keeps the severity the rule decides
 */
public record RuleSettings(Boolean enabled, Severity severity) {

    public static final RuleSettings DEFAULT = new RuleSettings(true, null);

    /** On, unless a layer said otherwise. */
    @Override
    public Boolean enabled() {
        return enabled == null || enabled;
    }

    /** True when this says whether the rule is on, rather than leaving it to the layer below. */
    public boolean saysEnabled() {
        return enabled != null;
    }

    /** These settings with {@code other}'s changes laid over them. */
    public RuleSettings with(RuleSettings other) {
        return new RuleSettings(other.enabled != null ? other.enabled : enabled,
                other.severity != null ? other.severity : severity);
    }
}
