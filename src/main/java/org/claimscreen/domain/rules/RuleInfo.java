package org.claimscreen.domain.rules;

import org.claimscreen.domain.screening.Severity;

/**
 * What a rule is, for listings and reports.
 *
 * @param id       stable public id from the rule catalog; never renamed or reused
 * @param severity the usual severity (some rules lower or raise it case by case)
 * @param checks   one sentence: when the rule fires
 * @param policy   the source a finding cites
 */
public record RuleInfo(String id, RuleSource source, Severity severity, String checks, String policy) {
}
