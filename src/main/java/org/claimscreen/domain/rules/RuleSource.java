package org.claimscreen.domain.rules;

/** Where a rule comes from: the source document, or Medicare practice it leaves out. */
public enum RuleSource {
    SEED,
    PRACTICE
}
