package org.claimscreen.persistence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.claimscreen.domain.screening.RejectRow;
import org.claimscreen.intake.Reject;
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

    /**
     * Inputs that broke part-way (a malformed CSV), with the line they broke at: their claims may
     * be missing lines that stood after the break.
     */
    public Map<Integer, Long> brokenInputs(long runId) {
        Map<Integer, Long> broken = new HashMap<>();
        jdbc.query("""
                select file_index, min(source_line) from claim_reject
                where run_id = ? and kind = 'FILE' and file_index is not null and source_line > 1
                group by file_index""",
                rs -> {
                    broken.put(rs.getInt(1), rs.getLong(2));
                }, runId);
        return broken;
    }

    /**
     * The claims (input index, claim id) a reject names so far: a claim with a bad row is rejected
     * whole, never screened from its other rows, and so is one whose rows went to two partitions.
     */
    public Set<ClaimRef> rejectedClaims(long runId) {
        Set<ClaimRef> claims = new HashSet<>();
        jdbc.query("""
                select distinct file_index, claim_id from claim_reject
                where run_id = ? and claim_id is not null and file_index is not null""",
                rs -> {
                    claims.add(new ClaimRef(rs.getInt(1), rs.getString(2)));
                }, runId);
        return claims;
    }

    /** A claim of a run: its input's index and its id. */
    public record ClaimRef(int fileIndex, String claimId) {
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
