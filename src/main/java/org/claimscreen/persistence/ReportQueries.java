package org.claimscreen.persistence;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.screening.RunChanges;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the reports of a run say, computed from what the run stored (never from memory). The big
 * streams map columns by position in their select list: pgjdbc looks a name up in a map per call.
 */
@Repository
public class ReportQueries {

    private final JdbcTemplate jdbc;

    public ReportQueries(javax.sql.DataSource dataSource) {
        // Stream big runs instead of loading them: PostgreSQL fetches in batches inside a transaction.
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
    }

    /** Lines read per input (rows routed plus rows that could not be read), as the route step recorded them. */
    public Map<Integer, Long> linesPerInput(long runId) {
        Map<Integer, Long> lines = new LinkedHashMap<>();
        jdbc.query("select file_index, lines from input_file where run_id = ? and lines is not null order by file_index",
                rs -> {
                    lines.put(rs.getInt(1), rs.getLong(2));
                }, runId);
        return lines;
    }

    /**
     * The run's counts: as recorded with its reports (kept while screening), or counted from what
     * it stored for a run recorded before the counts were.
     */
    public RunCounts counts(long runId) {
        List<RunCounts> stored = jdbc.query("""
                select claims_read, claims_clean, claims_held, claims_rejected, claims_not_screened, lines_read,
                       lines_flagged, rejects, findings, amount_at_risk_cents, patient_estimate_cents
                from screening_run where run_id = ? and lines_read is not null""",
                (rs, i) -> new RunCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)),
                runId);
        return stored.isEmpty() ? countedCounts(runId) : stored.get(0);
    }

    /**
     * The run's counts from what the partitions kept while screening (verdicts, findings, dollars)
     * and the small tables of what was not screened.
     */
    public RunCounts countsWith(long runId, long clean, long held, long linesFlagged, long findings,
            long amountAtRiskCents, long patientEstimateCents) {
        long notScreened = count("select count(*) from unscreened_claim where run_id = ?", runId);
        long rejected = rejectedClaims(runId);
        long lines = count("select coalesce(sum(lines), 0) from input_file where run_id = ? and status = 'OK'", runId);
        long rejects = count("select count(*) from claim_reject where run_id = ?", runId);
        return new RunCounts(clean + held + rejected + notScreened, clean, held, rejected, notScreened, lines,
                linesFlagged, rejects, findings, amountAtRiskCents, patientEstimateCents);
    }

    /** A row without a readable claim id cannot be grouped: it counts as a claim of its own. */
    private long rejectedClaims(long runId) {
        return count("""
                select count(*) from (select distinct file_index, claim_id from claim_reject
                                      where run_id = ? and claim_id is not null and kind <> 'FILE') t""", runId)
                + count("select count(*) from claim_reject where run_id = ? and claim_id is null and kind = 'ROW'", runId);
    }

    private RunCounts countedCounts(long runId) {
        long clean = count("select count(*) from screened_claim where run_id = ? and status = 'CLEAN'", runId);
        long held = count("select count(*) from screened_claim where run_id = ? and status = 'HELD'", runId);
        long notScreened = count("select count(*) from unscreened_claim where run_id = ?", runId);
        // A row without a readable claim id cannot be grouped: it counts as a claim of its own.
        long rejected = count("""
                select count(*) from (select distinct file_index, claim_id from claim_reject
                                      where run_id = ? and claim_id is not null and kind <> 'FILE') t""", runId)
                + count("select count(*) from claim_reject where run_id = ? and claim_id is null and kind = 'ROW'", runId);
        long lines = count("select coalesce(sum(lines), 0) from input_file where run_id = ? and status = 'OK'", runId);
        long flagged = count("""
                select count(*) from (select distinct file_index, claim_id, line_number from finding
                                      where run_id = ? and severity <> 'INFO') t""", runId);
        long rejects = count("select count(*) from claim_reject where run_id = ?", runId);
        long findings = count("select count(*) from finding where run_id = ?", runId);
        long atRisk = count("select coalesce(sum(amount_at_risk_cents), 0) from screened_claim where run_id = ?", runId);
        long patient = count("select coalesce(sum(patient_estimate_cents), 0) from screened_claim where run_id = ?", runId);
        return new RunCounts(clean + held + rejected + notScreened, clean, held, rejected, notScreened, lines, flagged,
                rejects, findings, atRisk, patient);
    }

    public Map<String, Long> findingsBySeverity(long runId) {
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (String severity : new String[] {"DENY", "REVIEW", "INFO"}) {
            bySeverity.put(severity, 0L);
        }
        List<long[]> stored = jdbc.query("""
                select findings_deny, findings_review, findings_info from screening_run
                where run_id = ? and findings_deny is not null""",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, runId);
        if (!stored.isEmpty()) {
            bySeverity.put("DENY", stored.get(0)[0]);
            bySeverity.put("REVIEW", stored.get(0)[1]);
            bySeverity.put("INFO", stored.get(0)[2]);
            return bySeverity;
        }
        jdbc.query("select severity, count(*) from finding where run_id = ? group by severity",
                rs -> {
                    bySeverity.put(rs.getString(1), rs.getLong(2));
                }, runId);
        return bySeverity;
    }

    public Map<String, Long> findingsByRule(long runId) {
        Map<String, Long> byRule = new LinkedHashMap<>();
        if (hasTally(runId)) {
            jdbc.query("select rule_id, findings from run_rule_tally where run_id = ? order by rule_id",
                    rs -> {
                        byRule.put(rs.getString(1), rs.getLong(2));
                    }, runId);
            return byRule;
        }
        jdbc.query("select rule_id, count(*) from finding where run_id = ? group by rule_id order by rule_id",
                rs -> {
                    byRule.put(rs.getString(1), rs.getLong(2));
                }, runId);
        return byRule;
    }

    public Map<String, Money> amountAtRiskByRule(long runId) {
        Map<String, Money> byRule = new LinkedHashMap<>();
        if (hasTally(runId)) {
            jdbc.query("select rule_id, amount_at_risk_cents from run_rule_tally where run_id = ? order by rule_id",
                    rs -> {
                        byRule.put(rs.getString(1), Money.ofCents(rs.getLong(2)));
                    }, runId);
            return byRule;
        }
        jdbc.query("""
                select rule_id, sum(amount_at_risk_cents) from finding where run_id = ?
                group by rule_id order by rule_id""",
                rs -> {
                    byRule.put(rs.getString(1), Money.ofCents(rs.getLong(2)));
                }, runId);
        return byRule;
    }

    /**
     * What changed since the previous completed run of the same job name (the highest run id below
     * this one), over the claims both runs screened (by claim id, so a corrected re-export's claim is
     * compared with its own earlier version whatever the file is called): findings, by rule, whose
     * identity (claim id, line number, rule id) only one of the two runs has. The previous run's
     * claims this run did not screen (inputs skipped as already screened, files not given) are
     * neither new nor resolved: they are counted as not rescreened. Computed with {@code EXCEPT}
     * and {@code INTERSECT} so the database compares the sets by sorting or hashing, not with one
     * correlated look-up per finding.
     */
    public RunChanges changesSincePreviousRun(long runId, String jobName) {
        Long previous = jdbc.queryForObject("""
                select max(run_id) from screening_run
                where job_name = ? and status = 'COMPLETED' and trial = false and run_id < ?""", Long.class, jobName, runId);
        if (previous == null) {
            return RunChanges.FIRST_RUN;
        }
        Map<String, Long> added = differenceByRule(runId, previous);
        Map<String, Long> resolved = differenceByRule(previous, runId);
        long notRescreened = count("""
                select count(*) from (select claim_id from screened_claim where run_id = ?
                except select claim_id from screened_claim where run_id = ?) d""", previous, runId);
        return new RunChanges(previous, sum(added), sum(resolved), added, resolved, notRescreened);
    }

    /**
     * What clean/ and held/ of one input are split by, in bounded memory ({@link StoredVerdicts}):
     * {@code lines} are the input's lines of screened claims in file order, from the partitions'
     * part files; a claim's status by id is looked up here when a record needs it.
     */
    public StoredVerdicts verdicts(long runId, int fileIndex, Iterator<StoredVerdicts.Line> lines) {
        boolean mixed = !jdbc.queryForList("""
                select 1 from unscreened_claim u
                join screened_claim c on c.run_id = u.run_id and c.file_index = u.file_index and c.claim_id = u.claim_id
                where u.run_id = ? and u.file_index = ?
                fetch first 1 rows only""", Integer.class, runId, fileIndex).isEmpty();
        Stream<StoredVerdicts.Line> stream = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false);
        return new StoredVerdicts(stream, mixed, new StoredVerdicts.Lookup() {
            @Override
            public String status(String claimId) {
                return jdbc.queryForList(
                        "select status from screened_claim where run_id = ? and file_index = ? and claim_id = ?",
                        String.class, runId, fileIndex, claimId).stream().findFirst().orElse(null);
            }

            @Override
            public Map<String, String> all() {
                return claimStatuses(runId, fileIndex);
            }
        });
    }

    /**
     * Claim id to CLEAN or HELD for the screened claims of one input: one entry per claim, so only
     * for inputs known to be small (a FHIR file read whole); {@link #verdicts} for the split.
     */
    public Map<String, String> claimStatuses(long runId, int fileIndex) {
        Map<String, String> statuses = new HashMap<>();
        jdbc.query("select claim_id, status from screened_claim where run_id = ? and file_index = ?",
                rs -> {
                    statuses.put(rs.getString(1), rs.getString(2));
                }, runId, fileIndex);
        return statuses;
    }

    /** The identities of a run's findings on the claims both runs screened; a claim-level finding has line 0. */
    private static final String FINDING_IDENTITIES = """
            select f.claim_id, coalesce(f.line_number, 0) as line_number, f.rule_id
            from finding f join both_screened b on b.claim_id = f.claim_id
            where f.run_id = ?""";

    /** Finding identities of run {@code in} that run {@code notIn} lacks, on claims both screened, per rule. */
    private Map<String, Long> differenceByRule(long in, long notIn) {
        Map<String, Long> byRule = new LinkedHashMap<>();
        jdbc.query("with both_screened as (select claim_id from screened_claim where run_id = ?"
                + " intersect select claim_id from screened_claim where run_id = ?)"
                + " select d.rule_id, count(*) from (" + FINDING_IDENTITIES + " except " + FINDING_IDENTITIES
                + ") d group by d.rule_id order by d.rule_id",
                rs -> {
                    byRule.put(rs.getString(1), rs.getLong(2));
                }, in, notIn, in, notIn);
        return byRule;
    }

    /** Whether the run recorded its counts with its reports (every run since issue 14). */
    private boolean hasTally(long runId) {
        return count("select count(*) from screening_run where run_id = ? and lines_read is not null", runId) > 0;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
