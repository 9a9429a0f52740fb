package org.claimscreen.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.rules.PriorService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The earlier runs' service lines of a partition's members, for history rules.
 *
 * <p>What counts, so that history is counted once whatever is rerun, and a rerun sees what its run saw:
 * <ul>
 *   <li>only runs that completed before the moment this run's history stands at
 *       ({@code screening_run.history_cutoff}: the run's start, or for a rerun of run N, N's), and
 *       that are not trials ({@code screen --no-history}); never the run this one reruns. The rules
 *       below are applied among those runs only, so a rerun of N applies them as of N's start;</li>
 *   <li>claims of earlier completed runs, taking for each input content (sha256) only its latest
 *       completed screening, and none whose content this run screens again: a forced re-screen or a
 *       rerun replaces that input's history instead of adding to it;</li>
 *   <li>of the versions of one claim id, only the newest: a claim id a later completed run screened
 *       supersedes older ones (a claim held last night and exported again corrected is a
 *       resubmission, not a second service); so do the claims an input of this run or of a later
 *       completed run says a claim replaces or voids ({@code claim_replacement}). A claim id this run
 *       screens supersedes its earlier versions too: the partition, which knows its own claims,
 *       leaves those out. A different claim id billing the same service still counts;</li>
 *   <li>never a rejected claim, nor a claim from a file that broke part-way: only screened claims'
 *       lines are recorded ({@code service_line}).</li>
 * </ul>
 * The other claims of this run are the partition's own (a member's claims share its bucket), so
 * they never come from here. The latest screening is derived at query time rather than marked, so
 * two runs completing at once cannot leave both copies counted.
 */
@Repository
public class JdbcHistory {

    private static final String COLUMNS = """
            select l.run_id, l.claim_id, l.line_number, l.service_date, l.procedure_code, l.modifiers, l.units,
                   l.charge_cents, l.rendering_npi, l.payer_type, l.plan_id, l.member_id, l.file_index, l.minutes
            from service_line l
            join input_file f on f.run_id = l.run_id and f.file_index = l.file_index
            """;

    /**
     * A run history counts: completed before the reading run's history stands
     * ({@code history_cutoff}), and not a trial. Takes the cutoff.
     */
    private static String counted(String run) {
        return "%1$s.status = 'COMPLETED' and %1$s.trial = false and %1$s.completed_at < ?".formatted(run);
    }

    /**
     * Earlier runs: of the runs history counts, only the latest screening of each content this run
     * does not screen again, only the newest version of each claim id, and never the run this one
     * reruns. Takes the current run's id, the rerun one's, the current run's id, the cutoff twice,
     * the current run's id and the cutoff.
     */
    private static final String EARLIER_RUN = """
              and l.run_id <> ?
              and l.run_id <> ?
              and f.status = 'OK'
              and f.sha256 not in (select c.sha256 from input_file c where c.run_id = ? and c.status = 'OK')
              and f.run_id = (select max(f2.run_id) from input_file f2
                              join screening_run r2 on r2.run_id = f2.run_id
                              where f2.sha256 = f.sha256 and f2.status = 'OK' and %s)
              and not exists (select 1 from service_line n
                              join screening_run rn on rn.run_id = n.run_id
                              where n.claim_id = l.claim_id and n.run_id > l.run_id
                                and %s)
              and not exists (select 1 from claim_replacement p
                              join screening_run rp on rp.run_id = p.run_id
                              where p.replaced_claim_id = l.claim_id and p.run_id >= l.run_id
                                and (p.run_id = ? or %s))
            """.formatted(counted("r2"), counted("rn"), counted("rp"));

    /** Members per query: large partitions read their history in a few statements, not thousands. */
    private static final int MEMBERS_PER_QUERY = 2_000;

    private final JdbcTemplate jdbc;

    public JdbcHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A countable line of an earlier run. */
    public record Line(String memberId, int fileIndex, PriorService service) {
    }

    /** The countable earlier-run lines of these members, by member, for a claim of run {@code runId}. */
    public Map<String, List<Line>> earlierLines(long runId, Collection<String> memberIds) {
        List<String> members = new ArrayList<>(new LinkedHashSet<>(memberIds));
        Standing standing = standing(runId);
        Map<String, List<Line>> byMember = new HashMap<>();
        for (int from = 0; from < members.size(); from += MEMBERS_PER_QUERY) {
            List<String> some = members.subList(from, Math.min(members.size(), from + MEMBERS_PER_QUERY));
            String sql = COLUMNS + "where l.member_id in (" + String.join(", ", Collections.nCopies(some.size(), "?"))
                    + ")\n" + EARLIER_RUN;
            List<Object> arguments = new ArrayList<>(some);
            arguments.addAll(List.of(runId, standing.rerunOf(), runId, standing.cutoff(), standing.cutoff(), runId,
                    standing.cutoff()));
            jdbc.query(sql, (RowCallbackHandler) rs -> {
                Line line = line(rs);
                byMember.computeIfAbsent(line.memberId(), m -> new ArrayList<>()).add(line);
            }, arguments.toArray());
        }
        return byMember;
    }

    /** Where run {@code runId}'s history stands: its cutoff, and the run it reruns (-1: none). */
    private record Standing(Timestamp cutoff, long rerunOf) {
    }

    private Standing standing(long runId) {
        return jdbc.query("select history_cutoff, rerun_of from screening_run where run_id = ?", rs -> {
            if (!rs.next()) {
                throw new IllegalStateException("run " + runId + " is not recorded");
            }
            Timestamp cutoff = rs.getTimestamp(1);
            long rerunOf = rs.getLong(2);
            // a run recorded without a cutoff (none is, once migrated) counts every completed run
            return new Standing(cutoff != null ? cutoff : Timestamp.valueOf("9999-12-31 00:00:00"),
                    rs.wasNull() ? -1 : rerunOf);
        }, runId);
    }

    private static Line line(ResultSet rs) throws SQLException {
        StoredValues values = ClaimStore.VALUES;
        return new Line(rs.getString(12), rs.getInt(13), new PriorService(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getObject(4, LocalDate.class),
                values.procedure(rs.getString(5)),
                values.modifiers(rs.getString(6)),
                rs.getInt(7),
                rs.getObject(14, Integer.class),
                Money.ofCents(rs.getLong(8)),
                values.npi(rs.getString(9)),
                PayerType.valueOf(rs.getString(10)),
                rs.getString(11)));
    }
}
