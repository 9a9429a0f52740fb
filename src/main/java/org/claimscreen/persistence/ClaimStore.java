package org.claimscreen.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.NotScreenedRow;
import org.claimscreen.domain.screening.ScreenedClaim;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The verdict on each screened claim, its findings and its service lines (the history to come). */
@Repository
public class ClaimStore {

    /**
     * The run's service lines, as history and the clean/held split need them: the lines of the
     * screened claims, stored with their verdicts.
     */
    private static final BulkInsert<ServiceLine> SERVICE_LINES = new BulkInsert<>("service_line", """
            run_id, file_index, claim_id, line_number, source_line, member_id, payer_type, plan_id, service_date,
            procedure_code, modifiers, units, minutes, charge_cents, rendering_npi""", 200, (values, stored) -> {
                Claim claim = stored.claim();
                ClaimLine line = stored.line();
                values.bigint(stored.runId())
                        .integer(stored.fileIndex())
                        .text(claim.claimId())
                        .integer(line.lineNumber())
                        .bigint(line.sourceLine())
                        .text(claim.memberId().value())
                        .text(claim.payerType().name())
                        .text(claim.planId())
                        .date(line.serviceDate())
                        .text(line.procedureCode().value())
                        .text(line.modifiersText())
                        .integer(line.units())
                        .integerOrNull(line.minutes())
                        .bigint(line.charge().cents())
                        .text(line.renderingNpi().value());
            });

    private static final BulkInsert<Screened> VERDICTS = new BulkInsert<>("screened_claim", """
            run_id, file_index, claim_id, member_id, payer_type, status, lines, charge_cents, amount_at_risk_cents,
            patient_estimate_cents""", 100, (values, screened) -> {
                ScreenedClaim claim = screened.claim();
                long charges = 0;
                for (ClaimLine line : claim.claim().lines()) {
                    charges += line.charge().cents();
                }
                values.bigint(screened.runId())
                        .integer(screened.fileIndex())
                        .text(claim.claim().claimId())
                        .text(claim.claim().memberId().value())
                        .text(claim.claim().payerType().name())
                        .text(claim.status().name())
                        .integer(claim.claim().lines().size())
                        .bigint(charges)
                        .bigint(claim.amountAtRisk().cents())
                        .bigint(claim.patientEstimate().cents());
            });

    private static final BulkInsert<ScreenedFinding> FINDINGS = new BulkInsert<>("finding", """
            run_id, file_index, claim_id, line_number, rule_id, severity, message, denial_code, liable,
            amount_at_risk_cents, patient_estimate_cents, suggestion, policy""", 400, (values, stored) -> {
                Finding finding = stored.finding();
                values.bigint(stored.runId())
                        .integer(stored.fileIndex())
                        .text(finding.claimId())
                        .integerOrNull(finding.lineNumber())
                        .text(finding.ruleId())
                        .text(finding.severity().name())
                        .text(finding.message())
                        .text(finding.denialCode() == null ? null : finding.denialCode().toString())
                        .text(finding.liable() == null ? null : finding.liable().name())
                        .bigint(finding.amountAtRisk().cents())
                        .bigint(finding.patientEstimate().cents())
                        .text(finding.suggestion())
                        .text(finding.policy());
            });

    private record ServiceLine(long runId, int fileIndex, Claim claim, ClaimLine line) {
    }

    private record Screened(long runId, int fileIndex, ScreenedClaim claim) {
    }

    private record ScreenedFinding(long runId, int fileIndex, Finding finding) {
    }

    private final JdbcTemplate jdbc;
    /** Whether the database is PostgreSQL: asked once, on first use (it cannot change under a process). */
    private volatile Boolean postgres;

    public ClaimStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Brings the planner's statistics up to date before a run's partitions read history: on
     * PostgreSQL a table filled by recent runs may still have the statistics of an empty one, and
     * the history query would then scan lines instead of using the member index. H2 plans each
     * statement on its own and needs nothing here.
     */
    public void refreshStatistics() {
        if (postgres()) {
            jdbc.execute("analyze service_line, claim_replacement, input_file, screening_run");
        }
    }

    /** Records a resource that was read but is not a claim to screen, and why. */
    /** How a claim of this run supersedes another claim id. */
    public enum Replacement {
        /** A corrected claim (FHIR {@code Claim.related} prior, X12 frequency 7). */
        REPLACE,
        /** A withdrawn claim (FHIR cancelled / entered-in-error, X12 frequency 8). */
        VOID
    }

    /** Records that {@code claimId} of this run replaces or voids {@code replaced} (history stops counting them). */
    public void insertReplacements(long runId, int fileIndex, String claimId, List<String> replaced, Replacement kind) {
        jdbc.batchUpdate("""
                insert into claim_replacement (run_id, file_index, claim_id, replaced_claim_id, kind)
                values (?, ?, ?, ?, ?)""", replaced.stream()
                .map(id -> new Object[] {runId, fileIndex, claimId, id, kind.name()}).toList());
    }

    public void insertUnscreened(long runId, int fileIndex, long sourceLine, String claimId, String reason) {
        jdbc.update("""
                insert into unscreened_claim (run_id, file_index, source_line, claim_id, reason)
                values (?, ?, ?, ?, ?)""", runId, fileIndex, sourceLine, claimId, reason);
    }

    /**
     * The run's claims read but not screened (not-screened.csv), in the order of rejects.csv: input,
     * line, then as recorded. Streamed (close it): a mapping's {@code screen-only} may leave many out.
     */
    public Stream<NotScreenedRow> unscreened(long runId) {
        return jdbc.queryForStream("""
                select f.name, u.source_line, u.claim_id, u.reason
                from unscreened_claim u join input_file f on f.run_id = u.run_id and f.file_index = u.file_index
                where u.run_id = ? order by u.file_index, u.source_line, u.unscreened_id""",
                (rs, i) -> new NotScreenedRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)),
                runId);
    }

    /** Shared by the history queries; bounded, thread-safe. */
    static final StoredValues VALUES = new StoredValues();

    /**
     * Stores verdicts of one input, their findings and service lines in the caller's transaction, in
     * order (findings' ids follow it): one COPY per table on PostgreSQL, batch inserts on H2.
     */
    public void insertScreened(long runId, int fileIndex, List<ScreenedClaim> screened) {
        if (screened.isEmpty()) {
            return;
        }
        List<Screened> verdicts = new ArrayList<>(screened.size());
        List<ScreenedFinding> findings = new ArrayList<>();
        List<ServiceLine> lines = new ArrayList<>();
        for (ScreenedClaim claim : screened) {
            verdicts.add(new Screened(runId, fileIndex, claim));
            for (Finding finding : claim.findings()) {
                findings.add(new ScreenedFinding(runId, fileIndex, finding));
            }
            for (ClaimLine line : claim.claim().lines()) {
                lines.add(new ServiceLine(runId, fileIndex, claim.claim(), line));
            }
        }
        boolean postgres = postgres();
        VERDICTS.insert(jdbc, postgres, verdicts);
        FINDINGS.insert(jdbc, postgres, findings);
        SERVICE_LINES.insert(jdbc, postgres, lines);
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(jdbc.execute(
                    (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
