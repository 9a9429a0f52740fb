package org.claimscreen.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.claimscreen.claim.MemberId;
import org.claimscreen.claim.Money;
import org.claimscreen.report.ClaimLineRow;
import org.claimscreen.report.FindingRow;
import org.claimscreen.report.RunChanges;
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

    /** Lines read per input: stored lines plus rows that could not be read. */
    public Map<Integer, Long> linesPerInput(long runId) {
        Map<Integer, Long> lines = new LinkedHashMap<>();
        jdbc.query("""
                select file_index, count(*) from (
                  select file_index from claim_line where run_id = ?
                  union all
                  select file_index from claim_reject where run_id = ? and kind = 'ROW') t
                group by file_index""",
                rs -> {
                    lines.put(rs.getInt(1), rs.getLong(2));
                }, runId, runId);
        return lines;
    }

    public RunCounts counts(long runId) {
        long clean = count("select count(*) from screened_claim where run_id = ? and status = 'CLEAN'", runId);
        long held = count("select count(*) from screened_claim where run_id = ? and status = 'HELD'", runId);
        long notScreened = count("select count(*) from unscreened_claim where run_id = ?", runId);
        // A row without a readable claim id cannot be grouped: it counts as a claim of its own.
        long rejected = count("""
                select count(*) from (select distinct file_index, claim_id from claim_reject
                                      where run_id = ? and claim_id is not null and kind <> 'FILE') t""", runId)
                + count("select count(*) from claim_reject where run_id = ? and claim_id is null and kind = 'ROW'", runId);
        long rowRejects = count("select count(*) from claim_reject where run_id = ? and kind = 'ROW'", runId);
        long lines = count("select count(*) from claim_line where run_id = ?", runId) + rowRejects;
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
        jdbc.query("select severity, count(*) from finding where run_id = ? group by severity",
                rs -> {
                    bySeverity.put(rs.getString(1), rs.getLong(2));
                }, runId);
        return bySeverity;
    }

    public Map<String, Long> findingsByRule(long runId) {
        Map<String, Long> byRule = new LinkedHashMap<>();
        jdbc.query("select rule_id, count(*) from finding where run_id = ? group by rule_id order by rule_id",
                rs -> {
                    byRule.put(rs.getString(1), rs.getLong(2));
                }, runId);
        return byRule;
    }

    public Map<String, Money> amountAtRiskByRule(long runId) {
        Map<String, Money> byRule = new LinkedHashMap<>();
        jdbc.query("""
                select rule_id, sum(amount_at_risk_cents) from finding where run_id = ?
                group by rule_id order by rule_id""",
                rs -> {
                    byRule.put(rs.getString(1), Money.ofCents(rs.getLong(2)));
                }, runId);
        return byRule;
    }

    /** Every finding of the run with its line as read, member masked; close the stream. */
    public Stream<FindingRow> findings(long runId) {
        return jdbc.queryForStream("""
                select f.run_id, i.name as file_name, f.claim_id, f.line_number, c.member_id, c.payer_type,
                       l.service_date, l.procedure_code, l.modifiers, l.units, l.charge_cents, l.rendering_npi,
                       f.rule_id, f.severity, f.message, f.denial_code, f.liable, f.amount_at_risk_cents,
                       f.patient_estimate_cents, f.suggestion, f.policy
                from finding f
                join input_file i on i.run_id = f.run_id and i.file_index = f.file_index
                join screened_claim c on c.run_id = f.run_id and c.file_index = f.file_index and c.claim_id = f.claim_id
                left join claim_line l on l.run_id = f.run_id and l.file_index = f.file_index
                                      and l.claim_id = f.claim_id and l.line_number = f.line_number
                where f.run_id = ?
                order by f.file_index, f.claim_id, f.line_number, f.finding_id""",
                (rs, i) -> new FindingRow(
                        rs.getLong(1), // run_id
                        rs.getString(2), // file_name
                        rs.getString(3), // claim_id
                        rs.getObject(4, Integer.class), // line_number
                        MemberId.mask(rs.getString(5)), // member_id
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), // service_date
                        rs.getString(8), // procedure_code
                        rs.getString(9), // modifiers
                        rs.getObject(10, Integer.class), // units
                        rs.getObject(11) == null ? null : Money.ofCents(rs.getLong(11)), // charge_cents
                        rs.getString(13), // rule_id
                        rs.getString(14), // severity
                        rs.getString(15), // message
                        rs.getString(16), // denial_code
                        rs.getString(17), // liable
                        Money.ofCents(rs.getLong(18)), // amount_at_risk_cents
                        Money.ofCents(rs.getLong(19)), // patient_estimate_cents
                        rs.getString(20), // suggestion
                        rs.getString(21), // policy
                        rs.getString(6), // payer_type
                        rs.getString(12)), // rendering_npi
                runId);
    }

    /**
     * What changed since the previous completed run of the same job name (the highest run id below
     * this one): findings, by rule, whose identity (input file name, claim id, line number, rule id)
     * only one of the two runs has. Computed with {@code EXCEPT} so the database compares the two
     * sets by sorting or hashing, not with one correlated look-up per finding.
     */
    public RunChanges changesSincePreviousRun(long runId, String jobName) {
        Long previous = jdbc.queryForObject("""
                select max(run_id) from screening_run
                where job_name = ? and status = 'COMPLETED' and run_id < ?""", Long.class, jobName, runId);
        if (previous == null) {
            return RunChanges.FIRST_RUN;
        }
        Map<String, Long> added = differenceByRule(runId, previous);
        Map<String, Long> resolved = differenceByRule(previous, runId);
        return new RunChanges(previous, sum(added), sum(resolved), added, resolved);
    }

    /**
     * Every line of every claim that has a finding, in file and claim order, for the report's
     * claim view; close the stream.
     */
    public Stream<ClaimLineRow> linesOfClaimsWithFindings(long runId) {
        return jdbc.queryForStream("""
                select i.name as file_name, l.claim_id, l.line_number, l.source_line, l.service_date,
                       l.place_of_service, l.procedure_code, l.modifiers, l.units, l.minutes, l.charge_cents,
                       l.diagnosis_codes, l.diagnosis_pointers, l.rendering_npi, l.rendering_taxonomy,
                       l.supervising_npi, l.referring_npi, l.plan_of_care, l.abn_on_file, l.lmn_on_file
                from claim_line l
                join input_file i on i.run_id = l.run_id and i.file_index = l.file_index
                where l.run_id = ? and exists (
                    select 1 from finding f
                    where f.run_id = l.run_id and f.file_index = l.file_index and f.claim_id = l.claim_id)
                order by l.file_index, l.claim_id, l.line_number, l.source_line""",
                (rs, i) -> new ClaimLineRow(
                        rs.getString(1), // file_name
                        rs.getString(2), // claim_id
                        rs.getInt(3), // line_number
                        rs.getLong(4), // source_line
                        rs.getDate(5).toLocalDate(), // service_date
                        rs.getString(6), // place_of_service
                        rs.getString(7), // procedure_code
                        rs.getString(8), // modifiers
                        rs.getInt(9), // units
                        rs.getObject(10, Integer.class), // minutes
                        Money.ofCents(rs.getLong(11)), // charge_cents
                        rs.getString(12), // diagnosis_codes
                        rs.getString(13), // diagnosis_pointers
                        rs.getString(14), // rendering_npi
                        rs.getString(15), // rendering_taxonomy
                        rs.getString(16), // supervising_npi
                        rs.getString(17), // referring_npi
                        rs.getString(18), // plan_of_care
                        rs.getString(19), // abn_on_file
                        rs.getString(20)), // lmn_on_file
                runId);
    }

    /**
     * What clean/ and held/ of one input are split by, in bounded memory ({@link StoredVerdicts}):
     * call inside a transaction, so that PostgreSQL streams the stored lines, and close it.
     */
    public StoredVerdicts verdicts(long runId, int fileIndex) {
        boolean mixed = !jdbc.queryForList("""
                select 1 from unscreened_claim u
                join screened_claim c on c.run_id = u.run_id and c.file_index = u.file_index and c.claim_id = u.claim_id
                where u.run_id = ? and u.file_index = ?
                fetch first 1 rows only""", Integer.class, runId, fileIndex).isEmpty();
        Stream<StoredVerdicts.Line> lines = jdbc.queryForStream("""
                select l.source_line, l.claim_id, c.status from claim_line l
                join screened_claim c on c.run_id = l.run_id and c.file_index = l.file_index and c.claim_id = l.claim_id
                where l.run_id = ? and l.file_index = ?
                order by l.source_line""",
                (rs, i) -> new StoredVerdicts.Line(rs.getLong(1), rs.getString(2), rs.getString(3)),
                runId, fileIndex);
        try {
            return new StoredVerdicts(lines, mixed, new StoredVerdicts.Lookup() {
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
        } catch (RuntimeException e) {
            lines.close();
            throw e;
        }
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

    /** A finding's identity across runs; a claim-level finding has line 0. */
    private static final String FINDING_IDENTITIES = """
            select i.name, f.claim_id, coalesce(f.line_number, 0) as line_number, f.rule_id
            from finding f join input_file i on i.run_id = f.run_id and i.file_index = f.file_index
            where f.run_id = ?""";

    /** Finding identities of run {@code in} that run {@code notIn} lacks, counted per rule. */
    private Map<String, Long> differenceByRule(long in, long notIn) {
        Map<String, Long> byRule = new LinkedHashMap<>();
        jdbc.query("select d.rule_id, count(*) from (" + FINDING_IDENTITIES + " except " + FINDING_IDENTITIES
                + ") d group by d.rule_id order by d.rule_id",
                rs -> {
                    byRule.put(rs.getString(1), rs.getLong(2));
                }, in, notIn);
        return byRule;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private long count(String sql, long runId) {
        Long value = jdbc.queryForObject(sql, Long.class, runId);
        return value == null ? 0 : value;
    }
}
