package org.claimscreen.output;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.screening.RunChanges;
import org.claimscreen.intake.x12.X12Transaction;

/**
 * Everything summary.json says about a run (outputs.md). claimsClean + claimsHeld +
 * claimsRejected + claimsNotScreened = claimsRead.
 * {@code changesSincePreviousRun} is {@link RunChanges#FIRST_RUN} when there is nothing to compare with.
 * {@code x12Transactions} is null when the run read no 837P input (summary.json then has no
 * {@code x12_transactions}), else the 999-style summary of each transaction read, in file order.
 */
public record RunSummary(
        long runId,
        String job,
        String status,
        Instant startedAt,
        Instant finishedAt,
        LocalDate asOf,
        String rulePackId,
        String rulePackVersion,
        List<InputFile> inputs,
        long claimsRead,
        long claimsClean,
        long claimsHeld,
        long claimsRejected,
        long claimsNotScreened,
        long linesRead,
        long linesFlagged,
        long rejects,
        Map<String, Long> findingsBySeverity,
        Map<String, Long> findingsByRule,
        Money amountAtRisk,
        Map<String, Money> amountAtRiskByRule,
        Money patientEstimateTotal,
        RunChanges changesSincePreviousRun,
        AtRisk atRisk,
        Provenance provenance,
        List<X12Transaction> x12Transactions) {

    public RunSummary {
        x12Transactions = x12Transactions == null ? null : List.copyOf(x12Transactions);
        changesSincePreviousRun = changesSincePreviousRun == null ? RunChanges.FIRST_RUN : changesSincePreviousRun;
        atRisk = atRisk == null ? AtRisk.NONE : atRisk;
        provenance = provenance == null ? Provenance.NONE : provenance;
        // both to the second, so the two times read alike (the database keeps microseconds, the clock nanos)
        startedAt = startedAt == null ? null : startedAt.truncatedTo(ChronoUnit.SECONDS);
        finishedAt = finishedAt == null ? null : finishedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A first screening's summary, not a trial (tests, runs recorded before reruns said what they used). */
    public RunSummary(long runId, String job, String status, Instant startedAt, Instant finishedAt, LocalDate asOf,
            String rulePackId, String rulePackVersion, List<InputFile> inputs, long claimsRead, long claimsClean,
            long claimsHeld, long claimsRejected, long claimsNotScreened, long linesRead, long linesFlagged,
            long rejects, Map<String, Long> findingsBySeverity, Map<String, Long> findingsByRule, Money amountAtRisk,
            Map<String, Money> amountAtRiskByRule, Money patientEstimateTotal, RunChanges changesSincePreviousRun,
            AtRisk atRisk) {
        this(runId, job, status, startedAt, finishedAt, asOf, rulePackId, rulePackVersion, inputs, claimsRead,
                claimsClean, claimsHeld, claimsRejected, claimsNotScreened, linesRead, linesFlagged, rejects,
                findingsBySeverity, findingsByRule, amountAtRisk, amountAtRiskByRule, patientEstimateTotal,
                changesSincePreviousRun, atRisk, Provenance.NONE, null);
    }

    /** A summary without dollar breakdowns (a run recorded before they were kept, tests). */
    public RunSummary(long runId, String job, String status, Instant startedAt, Instant finishedAt, LocalDate asOf,
            String rulePackId, String rulePackVersion, List<InputFile> inputs, long claimsRead, long claimsClean,
            long claimsHeld, long claimsRejected, long claimsNotScreened, long linesRead, long linesFlagged,
            long rejects, Map<String, Long> findingsBySeverity, Map<String, Long> findingsByRule, Money amountAtRisk,
            Map<String, Money> amountAtRiskByRule, Money patientEstimateTotal, RunChanges changesSincePreviousRun) {
        this(runId, job, status, startedAt, finishedAt, asOf, rulePackId, rulePackVersion, inputs, claimsRead,
                claimsClean, claimsHeld, claimsRejected, claimsNotScreened, linesRead, linesFlagged, rejects,
                findingsBySeverity, findingsByRule, amountAtRisk, amountAtRiskByRule, patientEstimateTotal,
                changesSincePreviousRun, AtRisk.NONE, Provenance.NONE, null);
    }

    /** A summary of a run that read no 837P input. */
    public RunSummary(long runId, String job, String status, Instant startedAt, Instant finishedAt, LocalDate asOf,
            String rulePackId, String rulePackVersion, List<InputFile> inputs, long claimsRead, long claimsClean,
            long claimsHeld, long claimsRejected, long claimsNotScreened, long linesRead, long linesFlagged,
            long rejects, Map<String, Long> findingsBySeverity, Map<String, Long> findingsByRule, Money amountAtRisk,
            Map<String, Money> amountAtRiskByRule, Money patientEstimateTotal, RunChanges changesSincePreviousRun,
            AtRisk atRisk, Provenance provenance) {
        this(runId, job, status, startedAt, finishedAt, asOf, rulePackId, rulePackVersion, inputs, claimsRead,
                claimsClean, claimsHeld, claimsRejected, claimsNotScreened, linesRead, linesFlagged, rejects,
                findingsBySeverity, findingsByRule, amountAtRisk, amountAtRiskByRule, patientEstimateTotal,
                changesSincePreviousRun, atRisk, provenance, null);
    }

    /** This summary with {@code provenance} (a rerun's or a trial's) instead of its own. */
    public RunSummary withProvenance(Provenance provenance) {
        return new RunSummary(runId, job, status, startedAt, finishedAt, asOf, rulePackId, rulePackVersion, inputs,
                claimsRead, claimsClean, claimsHeld, claimsRejected, claimsNotScreened, linesRead, linesFlagged,
                rejects, findingsBySeverity, findingsByRule, amountAtRisk, amountAtRiskByRule, patientEstimateTotal,
                changesSincePreviousRun, atRisk, provenance, x12Transactions);
    }

    /** This summary with the 999-style summary of the 837P transactions read (null: the run read no 837P). */
    public RunSummary withX12Transactions(List<X12Transaction> transactions) {
        return new RunSummary(runId, job, status, startedAt, finishedAt, asOf, rulePackId, rulePackVersion, inputs,
                claimsRead, claimsClean, claimsHeld, claimsRejected, claimsNotScreened, linesRead, linesFlagged,
                rejects, findingsBySeverity, findingsByRule, amountAtRisk, amountAtRiskByRule, patientEstimateTotal,
                changesSincePreviousRun, atRisk, provenance, transactions);
    }

    /**
     * What the run's history and rules were: whether it is a trial ({@code screen --no-history},
     * which records no history), the moment its history stood at, and for a rerun, the run it
     * reran and whether with that run's history and rules or today's.
     *
     * @param historyCutoff runs completed before it counted as history (null: not recorded)
     * @param rerunOf       null for a first screening
     * @param history       a rerun's: {@code AS_RUN} or {@code CURRENT}
     * @param rules         a rerun's: {@code RECORDED} or {@code CURRENT}
     * @param notes         what a rerun could not reproduce as recorded
     */
    public record Provenance(boolean trial, Instant historyCutoff, Long rerunOf, String history, String rules,
            List<String> notes) {

        public static final Provenance NONE = new Provenance(false, null, null, null, null, List.of());

        public Provenance {
            notes = notes == null ? List.of() : List.copyOf(notes);
            historyCutoff = historyCutoff == null ? null : historyCutoff.truncatedTo(ChronoUnit.SECONDS);
        }
    }

    /**
     * The headline's dollars broken down four ways; each map adds up to {@code amountAtRisk},
     * every flagged line counted once under its most severe DENY or REVIEW finding.
     *
     * @param byProvider rendering NPI → dollars
     * @param providerNames rendering NPI → the roster's name, for the NPIs the roster knows
     */
    public record AtRisk(Map<String, Money> bySeverity, Map<String, Money> byLiable, Map<String, Money> byProvider,
            Map<String, Money> byPayerType, Map<String, String> providerNames) {

        public static final AtRisk NONE = new AtRisk(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

        public AtRisk {
            bySeverity = Map.copyOf(bySeverity);
            byLiable = Map.copyOf(byLiable);
            byProvider = Map.copyOf(byProvider);
            byPayerType = Map.copyOf(byPayerType);
            providerNames = Map.copyOf(providerNames);
        }
    }

    /** One input of the run; {@code status} is OK or FAILED, with {@code problem} saying why. */
    public record InputFile(String file, String format, String sha256, long lines, String status, String problem) {
    }
}
