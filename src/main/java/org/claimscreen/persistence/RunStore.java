package org.claimscreen.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Runs and their input files. */
@Repository
public class RunStore {

    private final JdbcTemplate jdbc;

    public RunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void createRun(long runId, String jobName, LocalDate asOf, String outDir, String rulePack, Instant startedAt,
            RunProvenance provenance) {
        jdbc.update("""
                insert into screening_run (run_id, job_name, status, as_of, out_dir, rule_pack, started_at,
                  history_cutoff, trial, rerun_of, rerun_history, rerun_rules, rerun_notes, rule_pack_sha256,
                  plans_sha256, providers_sha256, documentation_sha256)
                values (?, ?, 'STARTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                runId, jobName, asOf, outDir, rulePack, Timestamp.from(startedAt),
                Timestamp.from(provenance.historyCutoff()), provenance.trial(), provenance.rerunOf(),
                provenance.rerunHistory(), provenance.rerunRules(), provenance.rerunNotes(),
                provenance.rulePackSha256(), provenance.plansSha256(), provenance.providersSha256(),
                provenance.documentationSha256());
    }

    /**
     * Forgets what an unfinished registration of the run wrote (the run, its inputs, their file
     * rejects), so the step can register it again: a run stopped or killed after the registering
     * transaction committed but before its step was recorded complete.
     */
    public void forgetRegistration(long runId) {
        jdbc.update("delete from claim_reject where run_id = ? and kind = 'FILE'", runId);
        jdbc.update("delete from input_file where run_id = ?", runId);
        jdbc.update("delete from screening_run where run_id = ?", runId);
    }

    public void addInput(InputFileRecord input) {
        jdbc.update("""
                insert into input_file (run_id, file_index, path, name, format, sha256, size_bytes, lines, status, problem)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                input.runId(), input.fileIndex(), input.path(), input.name(), input.format(), input.sha256(),
                input.sizeBytes(), input.lines(), input.status(), input.problem());
    }

    public void setInputLines(long runId, int fileIndex, long lines) {
        jdbc.update("update input_file set lines = ? where run_id = ? and file_index = ?", lines, runId, fileIndex);
    }

    public List<InputFileRecord> inputs(long runId) {
        return jdbc.query("select * from input_file where run_id = ? order by file_index",
                RunStore::inputFile, runId);
    }

    /**
     * The completed run that already screened a file with this content, if any. A trial screening
     * ({@code screen --no-history}) does not count: the night that screens the file for real follows it.
     */
    public Optional<Long> completedRunThatScreened(String sha256) {
        return jdbc.query("""
                select min(r.run_id) from input_file f join screening_run r on r.run_id = f.run_id
                where f.sha256 = ? and f.status = 'OK' and r.status = 'COMPLETED' and r.trial = false""",
                (rs, i) -> rs.getObject(1, Long.class), sha256).stream().filter(id -> id != null).findFirst();
    }

    /** Lines the run has read so far (recorded per input once the route step has read it). */
    public long linesRead(long runId) {
        Long lines = jdbc.queryForObject("select coalesce(sum(lines), 0) from input_file where run_id = ? and status = 'OK'",
                Long.class, runId);
        return lines == null ? 0 : lines;
    }

    /**
     * Records the run COMPLETED, in the transaction that commits its last data: {@code completed_at}
     * is set here once (a later {@link #finish} moves only {@code finished_at}), so the runs whose
     * history stands at a later moment count it, and those before never do, however often asked.
     */
    public void complete(long runId, Instant completedAt) {
        jdbc.update("update screening_run set status = 'COMPLETED', finished_at = ?, completed_at = ? where run_id = ?",
                Timestamp.from(completedAt), Timestamp.from(completedAt), runId);
    }

    public void finish(long runId, String status, Instant finishedAt) {
        jdbc.update("update screening_run set status = ?, finished_at = ? where run_id = ?",
                status, Timestamp.from(finishedAt), runId);
    }

    public void storeCounts(long runId, RunCounts counts) {
        jdbc.update("""
                update screening_run set claims_read = ?, claims_clean = ?, claims_held = ?, claims_rejected = ?,
                  claims_not_screened = ?, findings = ?, amount_at_risk_cents = ?, patient_estimate_cents = ?
                where run_id = ?""",
                counts.claimsRead(), counts.claimsClean(), counts.claimsHeld(), counts.claimsRejected(),
                counts.claimsNotScreened(), counts.findings(), counts.amountAtRiskCents(),
                counts.patientEstimateCents(), runId);
    }

    /**
     * Records the counts the reports were written with, beside {@link #storeCounts}: lines,
     * rejects, findings by severity and by rule (with their dollars at risk), so that later
     * commands read them instead of counting the findings again.
     */
    public void storeTally(long runId, RunCounts counts, Map<String, Long> bySeverity, Map<String, Long> byRule,
            Map<String, Long> atRiskCentsByRule) {
        jdbc.update("delete from run_rule_tally where run_id = ?", runId);
        jdbc.batchUpdate("insert into run_rule_tally (run_id, rule_id, findings, amount_at_risk_cents) values (?, ?, ?, ?)",
                byRule.entrySet().stream().map(rule -> new Object[] {runId, rule.getKey(), rule.getValue(),
                        atRiskCentsByRule.getOrDefault(rule.getKey(), 0L)}).toList());
        jdbc.update("""
                update screening_run set lines_read = ?, lines_flagged = ?, rejects = ?, findings_deny = ?,
                  findings_review = ?, findings_info = ?
                where run_id = ?""",
                counts.linesRead(), counts.linesFlagged(), counts.rejects(), bySeverity.getOrDefault("DENY", 0L),
                bySeverity.getOrDefault("REVIEW", 0L), bySeverity.getOrDefault("INFO", 0L), runId);
    }

    /** The moment run {@code runId}'s history stood at (its start, for runs recorded before there was one). */
    public Optional<Instant> historyCutoff(long runId) {
        return jdbc.query("select coalesce(history_cutoff, started_at) from screening_run where run_id = ?",
                (rs, i) -> rs.getTimestamp(1).toInstant(), runId).stream().findFirst();
    }

    public Optional<RunRecord> run(long runId) {
        return jdbc.query("select * from screening_run where run_id = ?", RunStore::runRecord, runId)
                .stream().findFirst();
    }

    /** The newest {@code limit} runs, newest first. */
    public List<RunRecord> recent(int limit) {
        return jdbc.query("select * from screening_run order by run_id desc fetch first ? rows only",
                RunStore::runRecord, limit);
    }

    /**
     * The last {@code limit} runs of job {@code jobName} up to and including run {@code upToRunId},
     * oldest first: the report's trend line. Earlier runs count once completed; run
     * {@code upToRunId} itself counts as it is, since its report is written before it is marked
     * completed. Runs recorded before their counts were kept (counts null) are left out.
     */
    public List<RunRecord> lastCompleted(String jobName, long upToRunId, int limit) {
        List<RunRecord> runs = new ArrayList<>(jdbc.query("""
                select * from screening_run
                where job_name = ? and (status = 'COMPLETED' and run_id < ? or run_id = ?) and claims_held is not null
                order by run_id desc fetch first ? rows only""",
                RunStore::runRecord, jobName, upToRunId, upToRunId, limit));
        Collections.reverse(runs);
        return runs;
    }

    // Explicit mappers: a DataClassRowMapper first asks for each column under its camel-case name,
    // and H2 writes every miss (Column "runid" not found) to its trace file as an error.

    private static InputFileRecord inputFile(ResultSet rs, int row) throws SQLException {
        return new InputFileRecord(rs.getLong("run_id"), rs.getInt("file_index"), rs.getString("path"),
                rs.getString("name"), rs.getString("format"), rs.getString("sha256"), rs.getLong("size_bytes"),
                longOrNull(rs, "lines"), rs.getString("status"), rs.getString("problem"));
    }

    private static RunRecord runRecord(ResultSet rs, int row) throws SQLException {
        return new RunRecord(rs.getLong("run_id"), rs.getString("job_name"), rs.getString("status"),
                rs.getObject("as_of", LocalDate.class), rs.getString("out_dir"), rs.getString("rule_pack"),
                rs.getObject("started_at", LocalDateTime.class), rs.getObject("finished_at", LocalDateTime.class),
                longOrNull(rs, "claims_read"), longOrNull(rs, "claims_clean"), longOrNull(rs, "claims_held"),
                longOrNull(rs, "claims_rejected"), longOrNull(rs, "claims_not_screened"), longOrNull(rs, "findings"),
                longOrNull(rs, "amount_at_risk_cents"), longOrNull(rs, "patient_estimate_cents"),
                rs.getObject("completed_at", LocalDateTime.class), rs.getObject("history_cutoff", LocalDateTime.class),
                rs.getBoolean("trial"), longOrNull(rs, "rerun_of"), rs.getString("rerun_history"),
                rs.getString("rerun_rules"), rs.getString("rerun_notes"), trimmed(rs, "rule_pack_sha256"),
                trimmed(rs, "plans_sha256"), trimmed(rs, "providers_sha256"), trimmed(rs, "documentation_sha256"));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A char(64) column as its text (a database may pad a shorter value). */
    private static String trimmed(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : value.strip();
    }
}
