package org.claimscreen.store;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.springframework.jdbc.core.ConnectionCallback;
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

    /** Staged lines: {@code claim_line} as the reading step stores a chunk's rows. */
    private static final BulkInsert<StagedLine> LINES = new BulkInsert<>("claim_line", """
            run_id, file_index, claim_id, line_number, source_line, member_id, birth_date, payer_type, payer_id,
            plan_id, service_date, place_of_service, procedure_code, modifiers, units, minutes, charge_cents,
            diagnosis_codes, diagnosis_pointers, rendering_npi, rendering_taxonomy, supervising_npi, referring_npi,
            billing_npi, plan_of_care, abn_on_file, lmn_on_file""", 200, (values, staged) -> {
                ClaimRow row = staged.row().row();
                ClaimLine line = row.line();
                values.bigint(staged.runId())
                        .integer(staged.row().fileIndex())
                        .text(row.claimId())
                        .integer(line.lineNumber())
                        .bigint(line.sourceLine())
                        .text(row.memberId().value())
                        .date(row.birthDate())
                        .text(row.payerType().name())
                        .text(row.payerId())
                        .text(row.planId())
                        .date(line.serviceDate())
                        .text(line.placeOfService())
                        .text(line.procedureCode().value())
                        .text(line.modifiersText())
                        .integer(line.units())
                        .integerOrNull(line.minutes())
                        .bigint(line.charge().cents())
                        .text(joinDiagnoses(row.diagnoses()))
                        .text(joinPointers(line.diagnosisPointers()))
                        .text(line.renderingNpi().value())
                        .text(line.renderingTaxonomy().value())
                        .text(text(line.supervisingNpi()))
                        .text(text(line.referringNpi()))
                        .text(text(line.billingNpi()))
                        .text(line.planOfCare().code())
                        .text(line.abnOnFile().code())
                        .text(line.lmnOnFile().code());
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

    private record StagedLine(long runId, StagedRow row) {
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
     * Stores a chunk of read lines in the caller's transaction, in order: one COPY on PostgreSQL,
     * batch inserts on H2.
     */
    public void insertLines(long runId, List<? extends StagedRow> rows) {
        List<StagedLine> lines = new ArrayList<>(rows.size());
        for (StagedRow row : rows) {
            lines.add(new StagedLine(runId, row));
        }
        LINES.insert(jdbc, postgres(), lines);
    }

    /**
     * Brings the planner's statistics up to date after the lines are staged. On PostgreSQL a
     * table filled within the run still has the statistics of an empty one, and the history
     * query, planned once per connection, would then scan every staged line for each claim
     * instead of using the member index (40 claims a second instead of thousands). H2 plans
     * each statement on its own and needs nothing here.
     */
    public void refreshStatistics() {
        if (postgres()) {
            jdbc.execute("analyze claim_line, claim_reject, input_file, screening_run");
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

    /**
     * Stores a chunk's verdicts of one input and their findings in the caller's transaction, in
     * order (findings' ids follow it): one COPY per table on PostgreSQL, batch inserts on H2.
     */
    public void insertScreened(long runId, int fileIndex, List<ScreenedClaim> screened) {
        if (screened.isEmpty()) {
            return;
        }
        List<Screened> verdicts = new ArrayList<>(screened.size());
        List<ScreenedFinding> findings = new ArrayList<>();
        for (ScreenedClaim claim : screened) {
            verdicts.add(new Screened(runId, fileIndex, claim));
            for (Finding finding : claim.findings()) {
                findings.add(new ScreenedFinding(runId, fileIndex, finding));
            }
        }
        boolean postgres = postgres();
        VERDICTS.insert(jdbc, postgres, verdicts);
        FINDINGS.insert(jdbc, postgres, findings);
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
