package org.claimscreen.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.claim.ClaimLine;
import org.claimscreen.claim.ClaimRow;
import org.claimscreen.claim.DiagnosisCode;
import org.claimscreen.claim.Indicator;
import org.claimscreen.claim.MemberId;
import org.claimscreen.claim.Money;
import org.claimscreen.claim.Npi;
import org.claimscreen.claim.PayerType;
import org.claimscreen.screening.Finding;
import org.claimscreen.screening.ScreenedClaim;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Claim lines as read, the verdict on each screened claim, and its findings. */
@Repository
public class ClaimStore {

    /**
     * Lines of the run's claims that have no line rejected, grouped by claim: the screening step's
     * input. Rejects of whole claims ({@code CLAIM}) are left out of the test because the
     * screening step itself writes them: counting them would shrink this list under a restart,
     * and the step's restart position (a count of claims) would then pass over unscreened claims.
     */
    public static final String SCREENABLE_LINES_SQL = """
            select l.file_index, f.name as file_name, l.claim_id, l.line_number, l.source_line, l.member_id,
                   l.birth_date, l.payer_type, l.payer_id, l.plan_id, l.service_date, l.place_of_service,
                   l.procedure_code, l.modifiers, l.units, l.minutes, l.charge_cents, l.diagnosis_codes,
                   l.diagnosis_pointers, l.rendering_npi, l.rendering_taxonomy, l.supervising_npi, l.referring_npi,
                   l.billing_npi, l.plan_of_care, l.abn_on_file, l.lmn_on_file
            from claim_line l
            join input_file f on f.run_id = l.run_id and f.file_index = l.file_index
            where l.run_id = ? and not exists (
                select 1 from claim_reject r
                where r.run_id = l.run_id and r.file_index = l.file_index and r.claim_id = l.claim_id
                  and r.kind <> 'CLAIM')
            order by l.file_index, l.claim_id, l.line_number""";

    private final JdbcTemplate jdbc;

    public ClaimStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertLines(long runId, List<? extends StagedRow> rows) {
        jdbc.batchUpdate("""
                insert into claim_line (run_id, file_index, claim_id, line_number, source_line, member_id, birth_date,
                  payer_type, payer_id, plan_id, service_date, place_of_service, procedure_code, modifiers, units, minutes,
                  charge_cents, diagnosis_codes, diagnosis_pointers, rendering_npi, rendering_taxonomy, supervising_npi,
                  referring_npi, billing_npi, plan_of_care, abn_on_file, lmn_on_file)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows, 1000, (ps, staged) -> {
                    ClaimRow row = staged.row();
                    ClaimLine line = row.line();
                    ps.setLong(1, runId);
                    ps.setInt(2, staged.fileIndex());
                    ps.setString(3, row.claimId());
                    ps.setInt(4, line.lineNumber());
                    ps.setLong(5, line.sourceLine());
                    ps.setString(6, row.memberId().value());
                    ps.setObject(7, row.birthDate() == null ? null : Date.valueOf(row.birthDate()), Types.DATE);
                    ps.setString(8, row.payerType().name());
                    ps.setString(9, row.payerId());
                    ps.setString(10, row.planId());
                    ps.setDate(11, Date.valueOf(line.serviceDate()));
                    ps.setString(12, line.placeOfService());
                    ps.setString(13, line.procedureCode().value());
                    ps.setString(14, line.modifiersText());
                    ps.setInt(15, line.units());
                    ps.setObject(16, line.minutes(), Types.INTEGER);
                    ps.setLong(17, line.charge().cents());
                    ps.setString(18, joinDiagnoses(row.diagnoses()));
                    ps.setString(19, joinPointers(line.diagnosisPointers()));
                    ps.setString(20, line.renderingNpi().value());
                    ps.setString(21, line.renderingTaxonomy().value());
                    ps.setString(22, text(line.supervisingNpi()));
                    ps.setString(23, text(line.referringNpi()));
                    ps.setString(24, text(line.billingNpi()));
                    ps.setString(25, line.planOfCare().code());
                    ps.setString(26, line.abnOnFile().code());
                    ps.setString(27, line.lmnOnFile().code());
                });
    }

    /**
     * Brings the planner's statistics up to date after the lines are staged. On PostgreSQL a
     * table filled within the run still has the statistics of an empty one, and the history
     * query, planned once per connection, would then scan every staged line for each claim
     * instead of using the member index (40 claims a second instead of thousands). H2 plans
     * each statement on its own and needs nothing here.
     */
    public void refreshStatistics() {
        String database = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(database)) {
            jdbc.execute("analyze claim_line, claim_reject, input_file, screening_run");
        }
    }

    /** Records a resource that was read but is not a claim to screen, and why. */
    public void insertUnscreened(long runId, int fileIndex, long sourceLine, String claimId, String reason) {
        jdbc.update("""
                insert into unscreened_claim (run_id, file_index, source_line, claim_id, reason)
                values (?, ?, ?, ?, ?)""", runId, fileIndex, sourceLine, claimId, reason);
    }

    /**
     * Maps a row of {@link #SCREENABLE_LINES_SQL} back into the domain, by column position (in the
     * order of its select list): pgjdbc looks a column name up in a map for every call, which showed
     * in profiles of large runs. Repeated values are decoded once ({@link StoredValues}); dates are
     * read as {@code LocalDate} directly rather than through {@code java.sql.Date} and a calendar.
     */
    public static final RowMapper<StagedRow> STAGED_ROW_MAPPER = ClaimStore::mapRow;

    /** Shared by the screening reader and the history queries; bounded, thread-safe. */
    static final StoredValues VALUES = new StoredValues();

    private static StagedRow mapRow(ResultSet rs, int rowNum) throws SQLException {
        StoredValues values = VALUES;
        ClaimLine line = new ClaimLine(
                rs.getInt(4), // line_number
                rs.getLong(5), // source_line
                rs.getObject(11, LocalDate.class), // service_date
                rs.getString(12), // place_of_service
                values.procedure(rs.getString(13)), // procedure_code
                values.modifiers(rs.getString(14)), // modifiers
                rs.getInt(15), // units
                rs.getObject(16, Integer.class), // minutes
                Money.ofCents(rs.getLong(17)), // charge_cents
                values.pointers(rs.getString(19)), // diagnosis_pointers
                values.npi(rs.getString(20)), // rendering_npi
                values.taxonomy(rs.getString(21)), // rendering_taxonomy
                values.optionalNpi(rs.getString(22)), // supervising_npi
                values.optionalNpi(rs.getString(23)), // referring_npi
                values.optionalNpi(rs.getString(24)), // billing_npi
                Indicator.parse(rs.getString(25)), // plan_of_care
                Indicator.parse(rs.getString(26)), // abn_on_file
                Indicator.parse(rs.getString(27))); // lmn_on_file
        ClaimRow row = new ClaimRow(
                rs.getString(2), // file_name
                rs.getString(3), // claim_id
                MemberId.of(rs.getString(6)), // member_id
                rs.getObject(7, LocalDate.class), // birth_date
                PayerType.valueOf(rs.getString(8)), // payer_type
                rs.getString(9), // payer_id
                rs.getString(10), // plan_id
                values.diagnoses(rs.getString(18)), // diagnosis_codes
                line);
        return new StagedRow(rs.getInt(1), row); // file_index
    }

    public void insertScreened(long runId, int fileIndex, List<ScreenedClaim> screened) {
        if (screened.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into screened_claim (run_id, file_index, claim_id, member_id, payer_type, status, lines,
                  charge_cents, amount_at_risk_cents, patient_estimate_cents)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                screened, 500, (ps, claim) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, fileIndex);
                    ps.setString(3, claim.claim().claimId());
                    ps.setString(4, claim.claim().memberId().value());
                    ps.setString(5, claim.claim().payerType().name());
                    ps.setString(6, claim.status().name());
                    ps.setInt(7, claim.claim().lines().size());
                    ps.setLong(8, claim.claim().lines().stream().mapToLong(l -> l.charge().cents()).sum());
                    ps.setLong(9, claim.amountAtRisk().cents());
                    ps.setLong(10, claim.patientEstimate().cents());
                });
        List<Finding> findings = new ArrayList<>();
        screened.forEach(claim -> findings.addAll(claim.findings()));
        jdbc.batchUpdate("""
                insert into finding (run_id, file_index, claim_id, line_number, rule_id, severity, message, denial_code,
                  liable, amount_at_risk_cents, patient_estimate_cents, suggestion, policy)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                findings, 500, (ps, finding) -> {
                    ps.setLong(1, runId);
                    ps.setInt(2, fileIndex);
                    ps.setString(3, finding.claimId());
                    ps.setObject(4, finding.lineNumber(), Types.INTEGER);
                    ps.setString(5, finding.ruleId());
                    ps.setString(6, finding.severity().name());
                    ps.setString(7, finding.message());
                    ps.setString(8, finding.denialCode() == null ? null : finding.denialCode().toString());
                    ps.setString(9, finding.liable() == null ? null : finding.liable().name());
                    ps.setLong(10, finding.amountAtRisk().cents());
                    ps.setLong(11, finding.patientEstimate().cents());
                    ps.setString(12, finding.suggestion());
                    ps.setString(13, finding.policy());
                });
    }

    static String joinDiagnoses(List<DiagnosisCode> codes) {
        StringBuilder text = new StringBuilder();
        for (DiagnosisCode code : codes) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(code.value());
        }
        return text.toString();
    }

    private static String joinPointers(List<Integer> pointers) {
        if (pointers.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int pointer : pointers) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(pointer);
        }
        return text.toString();
    }

    private static String text(Npi npi) {
        return npi == null ? null : npi.value();
    }
}
