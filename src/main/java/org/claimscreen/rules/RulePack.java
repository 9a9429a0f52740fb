package org.claimscreen.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A versioned set of rules and the code sets they read. Rule ids must be unique: reports, the
 * database and users' configuration refer to them.
 */
public record RulePack(String id, String version, CodeSets codes, List<Rule> rules) {

    public RulePack {
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule pack " + id + " lists rule " + rule.id() + " twice");
            }
        }
    }

    /** "builtin 2026.1", as reports show it. */
    public String label() {
        return id + " " + version;
    }
}
