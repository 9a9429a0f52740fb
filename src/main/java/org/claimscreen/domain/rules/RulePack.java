package org.claimscreen.domain.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A versioned rule pack: the rules that run, in order, with the pack's own settings for them, and
 * the dated data they read. Rule ids must be unique: reports, the database and users'
 * configuration refer to them.
 *
 * @param settings rule id → how the pack configures it (rules not named run with their defaults)
 */
public record RulePack(String id, String version, PackData data, List<Rule> rules, Map<String, RuleSettings> settings,
        Map<String, String> titles) {

    public RulePack {
        rules = List.copyOf(rules);
        settings = Map.copyOf(settings);
        titles = Map.copyOf(titles);
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule pack " + id + " lists rule " + rule.id() + " twice");
            }
        }
        for (String configured : settings.keySet()) {
            if (!ids.contains(configured)) {
                throw new IllegalArgumentException("rule pack " + id + " configures unknown rule " + configured);
            }
        }
    }

    public RulePack(String id, String version, PackData data, List<Rule> rules) {
        this(id, version, data, rules, Map.of(), Map.of());
    }

    public RulePack(String id, String version, PackData data, List<Rule> rules, Map<String, RuleSettings> settings) {
        this(id, version, data, rules, settings, Map.of());
    }

    /**
     * The rule's short title, as reports show it beside (or instead of) its id: from the pack file,
     * or the id itself when the pack gives none.
     */
    public String title(String ruleId) {
        return titles.getOrDefault(ruleId, ruleId);
    }

    public CodeSets codes() {
        return data.codes();
    }

    public RuleSettings settings(String ruleId) {
        return settings.getOrDefault(ruleId, RuleSettings.DEFAULT);
    }

    /** "builtin 2026.1", as reports show it. */
    public String label() {
        return id + " " + version;
    }
}
