package org.claimscreen.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.domain.rules.BuiltinRulePack;
import org.claimscreen.domain.rules.Rule;
import org.claimscreen.domain.rules.RuleInfo;
import org.claimscreen.domain.rules.RuleOverrides;
import org.claimscreen.domain.rules.RulePack;
import org.claimscreen.domain.rules.RuleSettings;
import org.claimscreen.domain.screening.Severity;

/**
 * The rules a run screens with: a pack (the built-in one, or a pack file) and the job's overrides.
 * The command line loads it once to refuse a bad file before a run starts; the job loads it again
 * from the same paths (job parameters), so a restarted run screens with what its parameters name.
 */
public record RuleSetup(RulePack pack, RuleOverrides overrides) {

    /** The built-in pack, no overrides. */
    public static RuleSetup builtin() {
        return new RuleSetup(BuiltinPack.create(), RuleOverrides.NONE);
    }

    /**
     * @param packFile      a rule pack file, or null for the built-in pack
     * @param overridesFile a rule overrides file, or null for none
     * @throws RulePackException when either file cannot be used
     */
    public static RuleSetup load(Path packFile, Path overridesFile) {
        RulePack pack = packFile == null ? BuiltinPack.create() : RulePackFile.load(packFile, BuiltinRulePack.rules());
        RuleOverrides overrides = overridesFile == null
                ? RuleOverrides.NONE
                : RuleOverridesFile.load(overridesFile, pack.rules());
        return new RuleSetup(pack, overrides);
    }

    /**
     * One rule as the pack and the job's overrides leave it (payer overrides aside).
     *
     * @param severity the severity the pack or overrides set, else the rule's usual one
     * @param changed  true when the pack or the overrides set the severity
     */
    public record RuleInForce(RuleInfo info, boolean enabled, Severity severity, boolean changed) {
    }

    /** Every rule of the pack in run order, on or off, after the pack's settings and the job's overrides. */
    public List<RuleInForce> rules() {
        List<RuleInForce> rules = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            RuleSettings settings = pack.settings(rule.id());
            RuleSettings job = overrides.job().get(rule.id());
            if (job != null) {
                settings = settings.with(job);
            }
            Severity severity = settings.severity() != null ? settings.severity() : rule.info().severity();
            rules.add(new RuleInForce(rule.info(), settings.enabled(), severity, settings.severity() != null));
        }
        return rules;
    }
}
