package org.claimscreen.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.ScreenedClaim;
import org.claimscreen.domain.screening.Severity;

/**
 * Runs a rule pack over claims in two phases: every {@link Phase#CLAIM} rule, then the
 * {@link Phase#FINDINGS} rules, which read what the claim rules found (who is liable, which lines are
 * denied) but never each other's findings, so no outcome depends on where a rule sits in the pack.
 * Findings come out in pack order. Rules switched off for the job or the claim's payer do not run;
 * a changed severity applies to every finding of the rule (and is what the findings phase sees).
 * Thread-safe: it keeps no state between claims.
 */
public final class RuleEngine {

    private final RulePack pack;
    private final ReferenceData reference;
    private final History history;
    private final RuleOverrides overrides;
    /**
     * Each rule's settings, pack and job layers resolved once, in pack order; null when a payer
     * override exists, since those depend on the claim. Looking them up per claim and rule was a
     * tenth of the rules' time in profiles of large runs.
     */
    private final List<RuleSettings> claimIndependent;

    public RuleEngine(RulePack pack, ReferenceData reference, History history, RuleOverrides overrides) {
        this.pack = pack;
        this.reference = reference;
        this.history = history;
        this.overrides = overrides;
        if (overrides.byPayer().isEmpty()) {
            List<RuleSettings> settings = new ArrayList<>(pack.rules().size());
            for (Rule rule : pack.rules()) {
                settings.add(overrides.settingsFor(rule.id(), pack.settings(rule.id()), null));
            }
            this.claimIndependent = List.copyOf(settings);
        } else {
            this.claimIndependent = null;
        }
    }

    public RuleEngine(RulePack pack, ReferenceData reference) {
        this(pack, reference, History.NONE, RuleOverrides.NONE);
    }

    public ScreenedClaim screen(Claim claim, LocalDate asOf) {
        return screen(claim, asOf, history);
    }

    /** Screens with the history {@code claimHistory} (the member's other claims as this claim sees them). */
    public ScreenedClaim screen(Claim claim, LocalDate asOf, History claimHistory) {
        ClaimReview review = new ClaimReview(claim, reference, asOf, pack.data(), claimHistory);
        List<Rule> rules = pack.rules();
        List<List<Finding>> byRule = new ArrayList<>(Collections.nCopies(rules.size(), List.of()));
        for (Phase phase : Phase.values()) {
            review.enter(phase);
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                if (rule.phase() != phase) {
                    continue;
                }
                RuleSettings settings = claimIndependent != null ? claimIndependent.get(i)
                        : overrides.settingsFor(rule.id(), pack.settings(rule.id()), claim);
                if (!settings.enabled()) {
                    continue;
                }
                List<Finding> found = rule.evaluate(review);
                found = settings.severity() == null ? found : withSeverity(found, settings.severity());
                byRule.set(i, found);
                if (phase == Phase.CLAIM) {
                    review.add(found);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        byRule.forEach(findings::addAll);
        return new ScreenedClaim(claim, findings);
    }

    private static List<Finding> withSeverity(List<Finding> findings, Severity severity) {
        List<Finding> changed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            // an INFO finding puts nothing at risk, whatever the rule would have said
            Money atRisk = severity == Severity.INFO ? Money.ZERO : f.amountAtRisk();
            changed.add(new Finding(f.ruleId(), severity, f.claimId(), f.lineNumber(), f.message(), f.denialCode(),
                    f.liable(), atRisk, f.patientEstimate(), f.suggestion(), f.policy()));
        }
        return changed;
    }

    public RulePack pack() {
        return pack;
    }

    /** The plans and roster the rules read; reports name providers from it. */
    public ReferenceData reference() {
        return reference;
    }

    /** The rules in force, in the order they run. */
    public List<RuleInfo> rules() {
        return pack.rules().stream().map(Rule::info).toList();
    }
}
