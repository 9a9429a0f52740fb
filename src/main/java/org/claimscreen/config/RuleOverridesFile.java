package org.claimscreen.config;

import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.Rule;
import org.claimscreen.domain.rules.RuleOverrides;
import org.claimscreen.domain.rules.RuleSettings;

/**
 * Reads a rule overrides file: a job's changes to the pack's rules, for every claim and per payer.
 *
 * <pre>
 * rules:                              # every claim of the job
 *   MCR-LMT-SUPERVISED: {severity: DENY}
 *   MCR-97010-BUNDLED: {enabled: false}
 * payers:                             # a payer type, payer id or plan id
 *   MEDICARE_ADVANTAGE:
 *     MCR-MBI-FORMAT: {severity: REVIEW}
 *   H1234-001:
 *     MA-MASSAGE-COST-SHARE: {enabled: false}
 * </pre>
 *
 * <p>A setting that leaves out {@code enabled} keeps the rule on or off as the pack and the job say.
 * For one claim the most specific wins: plan id, payer id, payer type, job, pack. Unknown rule ids,
 * bad severities and unknown keys are refused like a pack's, naming file, line and key.
 */
public final class RuleOverridesFile {

    private static final Set<String> TOP_LEVEL_KEYS = new LinkedHashSet<>(List.of("rules", "payers"));

    private RuleOverridesFile() {
    }

    /** Reads {@code file}, accepting only ids of {@code knownRules}. */
    public static RuleOverrides load(Path file, List<Rule> knownRules) {
        return overrides(YamlNode.load(file), knownRules);
    }

    /** Reads overrides named {@code name} from {@code reader} (closed when done). */
    public static RuleOverrides read(String name, Reader reader, List<Rule> knownRules) {
        return overrides(YamlNode.parse(name, reader), knownRules);
    }

    private static RuleOverrides overrides(YamlNode root, List<Rule> knownRules) {
        Set<String> ids = RulePackFile.ruleIds(knownRules);
        Map<String, YamlNode> top = root.mapping(TOP_LEVEL_KEYS, "rules and payers");
        Map<String, RuleSettings> job = top.containsKey("rules")
                ? RulePackFile.ruleSettings(top.get("rules"), ids)
                : Map.of();
        Map<String, Map<String, RuleSettings>> byPayer = new LinkedHashMap<>();
        YamlNode payers = top.get("payers");
        if (payers != null && !payers.isNull()) {
            for (Map.Entry<String, YamlNode> payer : payers.mapping(null, "payer: {rule id: settings}").entrySet()) {
                String key = payerKey(payer.getKey());
                if (byPayer.containsKey(key)) {
                    throw payer.getValue().fail("given twice (as " + key + ")");
                }
                byPayer.put(key, RulePackFile.ruleSettings(payer.getValue(), ids));
            }
        }
        return new RuleOverrides(job, byPayer);
    }

    /**
     * Overrides written inline in another YAML file (a job definition's {@code rules.overrides}):
     * rule id → {enabled, severity} for every claim, as in an overrides file's {@code rules} section.
     */
    public static RuleOverrides inline(YamlNode rules, List<Rule> knownRules) {
        return new RuleOverrides(RulePackFile.ruleSettings(rules, RulePackFile.ruleIds(knownRules)), Map.of());
    }

    /** A payer type in any case becomes its canonical name, which is what claims are matched by. */
    private static String payerKey(String key) {
        for (PayerType type : PayerType.values()) {
            if (type.name().equals(key.toUpperCase(Locale.ROOT))) {
                return type.name();
            }
        }
        return key;
    }
}
