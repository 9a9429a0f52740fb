package org.claimscreen.persistence;

import java.util.List;
import org.claimscreen.intake.x12.X12Transaction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The 999-style summary of each 837P transaction a run read (table {@code x12_transaction}), one
 * row per transaction keyed by run, input and position: the record summary.json,
 * x12-acknowledgements.csv and report.html are written from.
 */
@Repository
public class X12TransactionStore {

    private final JdbcTemplate jdbc;

    public X12TransactionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one transaction of input {@code fileIndex}; a second record of the same position fails. */
    public void insert(long runId, int fileIndex, X12Transaction t) {
        jdbc.update("""
                insert into x12_transaction (run_id, file_index, position, file_name, isa13, gs06, st02, st03,
                  st_segment, se_segment, claims_read, claims_accepted, claims_rejected, claims_not_screened,
                  ack_code, errors, first_claim_error)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                runId, fileIndex, t.position(), t.file(), t.isa13(), t.gs06(), t.st02(), t.st03(), t.stSegment(),
                t.seSegment(), t.claimsRead(), t.claimsAccepted(), t.claimsRejected(), t.claimsNotScreened(),
                t.code().name(), t.errorsText(), t.firstClaimError());
    }

    /** The run's transactions in input and file order. */
    public List<X12Transaction> transactions(long runId) {
        return jdbc.query("""
                select file_name, position, isa13, gs06, st02, st03, st_segment, se_segment, claims_read,
                  claims_accepted, claims_rejected, claims_not_screened, errors, first_claim_error
                from x12_transaction where run_id = ? order by file_index, position""",
                (rs, i) -> new X12Transaction(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getObject(8, Long.class), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11), rs.getLong(12), X12Transaction.errorsOf(rs.getString(13)),
                        rs.getString(14)),
                runId);
    }
}
