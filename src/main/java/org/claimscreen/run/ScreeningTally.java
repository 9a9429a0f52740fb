package org.claimscreen.run;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.screening.ClaimStatus;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.ScreenedClaim;
import org.claimscreen.domain.screening.Severity;
import org.claimscreen.output.RunSummary;

/**
 * What a partition counts while it screens (verdicts, findings by severity and rule, flagged
 * lines, dollars), kept in its execution context so it commits with the partition's rows; the
 * reports add the partitions' tallies up instead of counting the findings again.
 */
final class ScreeningTally implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    long clean;
    long held;
    long findings;
    long deny;
    long review;
    long info;
    long linesFlagged;
    long atRiskCents;
    long patientCents;
    /** Claim lines screened: the verdict lines the clean/held split walks (0 in a tally kept before). */
    long linesScreened;
    final TreeMap<String, Long> byRule = new TreeMap<>();
    final TreeMap<String, Long> atRiskByRule = new TreeMap<>();
    // Dollars of the counted findings (one per flagged line), so each of these adds up to
    // atRiskCents. Not final: a tally recorded before they existed deserializes them as null.
    TreeMap<String, Long> atRiskBySeverity = new TreeMap<>();
    TreeMap<String, Long> atRiskByLiable = new TreeMap<>();
    TreeMap<String, Long> atRiskByProvider = new TreeMap<>();
    TreeMap<String, Long> atRiskByPayerType = new TreeMap<>();
    /** Rendering NPI → the roster's name, for the providers of atRiskByProvider the roster knows. */
    TreeMap<String, String> providerNames = new TreeMap<>();

    /** Counts a claim, naming its providers from {@code roster} (the run's reference data). */
    void add(ScreenedClaim claim, ReferenceData roster) {
        add(claim);
        for (ClaimLine line : claim.claim().lines()) {
            String npi = line.renderingNpi().value();
            if (atRiskByProvider.containsKey(npi) && !providerNames.containsKey(npi)) {
                roster.provider(line.renderingNpi()).ifPresent(p -> providerNames.put(npi, p.name()));
            }
        }
    }

    void add(ScreenedClaim claim) {
        linesScreened += claim.claim().lines().size();
        if (claim.status() == ClaimStatus.CLEAN) {
            clean++;
        } else {
            held++;
        }
        patientCents += claim.patientEstimate().cents();
        // a line (or the claim as a whole) with at least one finding that is not INFO
        Set<Integer> flagged = new HashSet<>();
        for (Finding finding : claim.findings()) {
            findings++;
            switch (finding.severity()) {
                case DENY -> deny++;
                case REVIEW -> review++;
                default -> info++;
            }
            byRule.merge(finding.ruleId(), 1L, Long::sum);
            atRiskByRule.merge(finding.ruleId(), finding.amountAtRisk().cents(), Long::sum);
            if (finding.severity() != Severity.INFO) {
                flagged.add(finding.lineNumber());
            }
        }
        linesFlagged += flagged.size();
        Claim billed = claim.claim();
        String claimProvider = billed.lines().isEmpty() ? "" : billed.lines().get(0).renderingNpi().value();
        for (Finding counted : claim.countedFindings()) {
            long cents = counted.amountAtRisk().cents();
            atRiskCents += cents; // ScreenedClaim.amountAtRisk is this sum: counted once, not again
            atRiskBySeverity.merge(counted.severity().name(), cents, Long::sum);
            atRiskByLiable.merge(counted.liable() == null ? UNKNOWN : counted.liable().name(), cents, Long::sum);
            atRiskByProvider.merge(providerOf(billed, counted, claimProvider), cents, Long::sum);
            atRiskByPayerType.merge(billed.payerType().name(), cents, Long::sum);
        }
    }

    /** The key of dollars whose finding names no liable party (none of the built-in rules' does). */
    static final String UNKNOWN = "UNKNOWN";

    /** The line's rendering NPI; a claim-level finding's dollars go to the claim's first line's. */
    private static String providerOf(Claim claim, Finding finding, String claimProvider) {
        if (finding.lineNumber() != null) {
            for (ClaimLine line : claim.lines()) {
                if (line.lineNumber() == finding.lineNumber()) {
                    return line.renderingNpi().value();
                }
            }
        }
        return claimProvider;
    }

    void add(ScreeningTally other) {
        linesScreened += other.linesScreened;
        clean += other.clean;
        held += other.held;
        findings += other.findings;
        deny += other.deny;
        review += other.review;
        info += other.info;
        linesFlagged += other.linesFlagged;
        atRiskCents += other.atRiskCents;
        patientCents += other.patientCents;
        other.byRule.forEach((rule, count) -> byRule.merge(rule, count, Long::sum));
        other.atRiskByRule.forEach((rule, cents) -> atRiskByRule.merge(rule, cents, Long::sum));
        atRiskBySeverity = addInto(atRiskBySeverity, other.atRiskBySeverity);
        atRiskByLiable = addInto(atRiskByLiable, other.atRiskByLiable);
        atRiskByProvider = addInto(atRiskByProvider, other.atRiskByProvider);
        atRiskByPayerType = addInto(atRiskByPayerType, other.atRiskByPayerType);
        if (providerNames == null) {
            providerNames = new TreeMap<>();
        }
        if (other.providerNames != null) {
            providerNames.putAll(other.providerNames);
        }
    }

    /** The dollar breakdowns, as summary.json and the report show them. */
    RunSummary.AtRisk atRisk() {
        return new RunSummary.AtRisk(dollars(atRiskBySeverity), dollars(atRiskByLiable), dollars(atRiskByProvider),
                dollars(atRiskByPayerType), providerNames == null ? Map.of() : providerNames);
    }

    private static TreeMap<String, Long> addInto(TreeMap<String, Long> into, TreeMap<String, Long> from) {
        TreeMap<String, Long> sum = into == null ? new TreeMap<>() : into;
        if (from != null) {
            from.forEach((key, cents) -> sum.merge(key, cents, Long::sum));
        }
        return sum;
    }

    /** A breakdown as dollars; empty for a tally recorded before breakdowns were kept. */
    static Map<String, Money> dollars(TreeMap<String, Long> cents) {
        Map<String, Money> result = new LinkedHashMap<>();
        if (cents != null) {
            cents.forEach((key, value) -> result.put(key, Money.ofCents(value)));
        }
        return result;
    }

    Map<String, Long> bySeverity() {
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        bySeverity.put("DENY", deny);
        bySeverity.put("REVIEW", review);
        bySeverity.put("INFO", info);
        return bySeverity;
    }
}
