package org.claimscreen.store;

import java.util.List;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.Money;
import org.claimscreen.claim.Npi;
import org.claimscreen.claim.PayerType;
import org.claimscreen.claim.ProcedureCode;
import org.claimscreen.rules.History;
import org.claimscreen.rules.PriorService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A member's other claims as the database has them, for one run.
 *
 * <p>What counts, so that history is counted once whatever is rerun:
 * <ul>
 *   <li>the other claims of this run (all of them, screened or not yet: the lines were stored
 *       before screening began, so counts do not depend on screening order);</li>
 *   <li>claims of earlier completed runs, taking for each input content (sha256) only its latest
 *       completed screening, and none whose content this run screens again: a forced re-screen or a
 *       rerun replaces that input's history instead of adding to it;</li>
 *   <li>never an earlier run's version of this same claim (same claim id): a claim held last night
 *       and exported again corrected is a resubmission, not a second service;</li>
 *   <li>never a rejected claim, nor a claim from a file that broke part-way.</li>
 * </ul>
 * The latest screening is derived at query time rather than marked, so two runs completing at
 * once cannot leave both copies counted.
 */
@Repository
public class JdbcHistory {

    private static final String SQL = """
            select l.run_id, l.claim_id, l.line_number, l.service_date, l.procedure_code, l.modifiers, l.units,
                   l.charge_cents, l.rendering_npi, l.payer_type, l.plan_id
            from claim_line l
            join input_file f on f.run_id = l.run_id and f.file_index = l.file_index
            where l.member_id = ?
              and f.status = 'OK'
              and not exists (
                  select 1 from claim_reject x
                  where x.run_id = l.run_id and x.file_index = l.file_index
                    and (x.claim_id = l.claim_id or (x.kind = 'FILE' and x.source_line > 1)))
              and (
                   (l.run_id = ? and not (l.file_index = ? and l.claim_id = ?))
                or (l.run_id <> ?
                    and l.claim_id <> ?
                    and f.sha256 not in (select c.sha256 from input_file c where c.run_id = ? and c.status = 'OK')
                    and f.run_id = (select max(f2.run_id) from input_file f2
                                    join screening_run r2 on r2.run_id = f2.run_id
                                    where f2.sha256 = f.sha256 and f2.status = 'OK' and r2.status = 'COMPLETED')))
            order by l.service_date, l.claim_id, l.line_number""";

    private final JdbcTemplate jdbc;

    public JdbcHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The history a claim of input {@code fileIndex} of run {@code runId} sees. */
    public History forInput(long runId, int fileIndex) {
        return new History() {
            @Override
            public List<PriorService> otherServicesOf(Claim claim) {
                return otherServices(runId, fileIndex, claim);
            }

            @Override
            public long runId() {
                return runId;
            }
        };
    }

    private List<PriorService> otherServices(long runId, int fileIndex, Claim claim) {
        return jdbc.query(SQL, (rs, i) -> new PriorService(
                        rs.getLong("run_id"),
                        rs.getString("claim_id"),
                        rs.getInt("line_number"),
                        rs.getDate("service_date").toLocalDate(),
                        ProcedureCode.of(rs.getString("procedure_code")),
                        ClaimStore.splitModifiers(rs.getString("modifiers")),
                        rs.getInt("units"),
                        Money.ofCents(rs.getLong("charge_cents")),
                        Npi.of(rs.getString("rendering_npi")),
                        PayerType.valueOf(rs.getString("payer_type")),
                        rs.getString("plan_id")),
                claim.memberId().value(), runId, fileIndex, claim.claimId(), runId, claim.claimId(), runId);
    }
}
