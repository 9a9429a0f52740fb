package org.claimscreen.store;

import java.util.stream.Stream;
import org.claimscreen.ingest.Reject;
import org.claimscreen.report.RejectRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What a run could not screen, with file, line, claim, column and reason. */
@Repository
public class RejectStore {

    private final JdbcTemplate jdbc;

    public RejectStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a reject stands for: one unreadable row, a claim whose rows disagree, or a whole file. */
    public enum Kind { ROW, CLAIM, FILE }

    /** @param fileIndex the input the reject belongs to, null when it is not one input's */
    public void insert(long runId, Integer fileIndex, Kind kind, Reject reject) {
        jdbc.update("""
                insert into claim_reject (run_id, file_index, kind, file_name, source_line, claim_id, column_name, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                runId, fileIndex, kind.name(), reject.file(), reject.line(), reject.claimId(), reject.column(),
                reject.reason());
    }

    /** The run's rejects in file order; close the stream. */
    public Stream<RejectRow> rejects(long runId) {
        return jdbc.queryForStream("""
                select file_name, source_line, claim_id, column_name, reason from claim_reject
                where run_id = ? order by file_index, source_line, reject_id""",
                (rs, i) -> new RejectRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                runId);
    }
}
