package org.claimscreen.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscreen.claim.Claim;
import org.claimscreen.claim.Money;
import org.claimscreen.claim.PayerType;
import org.claimscreen.rules.History;
import org.claimscreen.rules.PriorService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
 *   <li>of the versions of one claim id, only the newest: a claim id this run screens supersedes
 *       every earlier run's version of it, whatever file or run that came from, and a claim id a
 *       later completed run screened supersedes older ones (a claim held last night and exported
 *       again corrected is a resubmission, not a second service); so do the claims an input says
 *       a claim replaces or voids ({@code claim_replacement}). A different claim id billing the
 *       same service still counts;</li>
 *   <li>never a rejected claim, nor a claim from a file that broke part-way.</li>
 * </ul>
 * The latest screening is derived at query time rather than marked, so two runs completing at
 * once cannot leave both copies counted.
 *
 * <p>The screening step reads the history of a whole chunk of claims with one query
 * ({@link #forMembers}): the lines of all their members, filtered per claim in memory by the
 * condition that names the claim itself. One query per claim made screening wait on round trips.
 */
@Repository
public class JdbcHistory {

    private static final String COLUMNS = """
            select l.run_id, l.claim_id, l.line_number, l.service_date, l.procedure_code, l.modifiers, l.units,
                   l.charge_cents, l.rendering_npi, l.payer_type, l.plan_id, l.member_id, l.file_index, l.minutes
            from claim_line l
            join input_file f on f.run_id = l.run_id and f.file_index = l.file_index
            """;

    /**
     * Lines that no claim may count: rejected claims, files that broke part-way. Two tests rather
     * than one with an {@code or}: PostgreSQL can then match a line's rejects by claim id instead
     * of comparing each line with every reject of its file (17 ms instead of 74 ms for a chunk of
     * 200 claims with 133 rejects in the file).
     */
    private static final String COUNTABLE = """
              and f.status = 'OK'
              and not exists (
                  select 1 from claim_reject x
                  where x.run_id = l.run_id and x.file_index = l.file_index and x.claim_id = l.claim_id)
              and not exists (
                  select 1 from claim_reject x
                  where x.run_id = l.run_id and x.file_index = l.file_index
                    and x.kind = 'FILE' and x.source_line > 1)
            """;

    /**
     * Earlier runs: only the latest completed screening of each content this run does not screen
     * again, and only the newest version of each claim id: none this run has, none a later
     * completed run has, none a claim of this run or of a later completed run replaces or voids.
     * Takes the current run's id four times.
     */
    private static final String EARLIER_RUN = """
                    and f.sha256 not in (select c.sha256 from input_file c where c.run_id = ? and c.status = 'OK')
                    and f.run_id = (select max(f2.run_id) from input_file f2
                                    join screening_run r2 on r2.run_id = f2.run_id
                                    where f2.sha256 = f.sha256 and f2.status = 'OK' and r2.status = 'COMPLETED')
                    and not exists (select 1 from claim_line n where n.claim_id = l.claim_id and n.run_id = ?)
                    and not exists (select 1 from claim_line n
                                    join screening_run rn on rn.run_id = n.run_id
                                    where n.claim_id = l.claim_id and n.run_id > l.run_id
                                      and rn.status = 'COMPLETED')
                    and not exists (select 1 from claim_replacement p
                                    join screening_run rp on rp.run_id = p.run_id
                                    where p.replaced_claim_id = l.claim_id and p.run_id >= l.run_id
                                      and (p.run_id = ? or rp.status = 'COMPLETED'))
            """;

    /** Ties (same date, claim id and line in two files or runs) come out in a fixed order. */
    private static final String ORDER = "order by l.service_date, l.claim_id, l.line_number, l.run_id, l.file_index";

    private static final String ONE_CLAIM_SQL = COLUMNS + "where l.member_id = ?\n" + COUNTABLE + """
              and (
                   (l.run_id = ? and not (l.file_index = ? and l.claim_id = ?))
                or (l.run_id <> ?
            """ + EARLIER_RUN + "))\n" + ORDER;

    private final JdbcTemplate jdbc;

    public JdbcHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The history a claim of input {@code fileIndex} of run {@code runId} sees, one query per claim. */
    public History forInput(long runId, int fileIndex) {
        return new History() {
            @Override
            public List<PriorService> otherServicesOf(Claim claim) {
                return jdbc.query(ONE_CLAIM_SQL, (rs, i) -> line(rs).service(),
                        claim.memberId().value(), runId, fileIndex, claim.claimId(), runId, runId, runId, runId);
            }

            @Override
            public long runId() {
                return runId;
            }
        };
    }

    /**
     * The countable lines of these members for run {@code runId}, read with one query, from which
     * each of their claims gets the same history {@link #forInput} would read for it.
     */
    public Members forMembers(long runId, Collection<String> memberIds) {
        Set<String> members = new LinkedHashSet<>(memberIds);
        Map<String, List<Line>> byMember = new HashMap<>();
        if (!members.isEmpty()) {
            // An in-list rather than one array parameter (= any(?)): PostgreSQL's generic plan for an
            // array guesses ten members and then chose nested loops over claim_reject per line.
            String sql = COLUMNS + "where l.member_id in (" + String.join(", ", Collections.nCopies(members.size(), "?"))
                    + ")\n" + COUNTABLE + "  and (l.run_id = ? or (l.run_id <> ?\n" + EARLIER_RUN + "))\n" + ORDER;
            List<Object> arguments = new ArrayList<>(members);
            arguments.add(runId);
            arguments.add(runId);
            arguments.add(runId);
            arguments.add(runId);
            arguments.add(runId);
            jdbc.query(sql, (RowCallbackHandler) rs -> {
                Line line = line(rs);
                byMember.computeIfAbsent(line.memberId(), m -> new ArrayList<>()).add(line);
            }, arguments.toArray());
        }
        return new Members(runId, members, byMember, this);
    }

    /** The prefetched lines of some members; a claim of any other member is read on its own. */
    public static final class Members {

        private final long runId;
        private final Set<String> members;
        private final Map<String, List<Line>> byMember;
        private final JdbcHistory fallback;

        private Members(long runId, Set<String> members, Map<String, List<Line>> byMember, JdbcHistory fallback) {
            this.runId = runId;
            this.members = members;
            this.byMember = byMember;
            this.fallback = fallback;
        }

        /** The history a claim of input {@code fileIndex} sees. */
        public History forInput(int fileIndex) {
            History single = fallback.forInput(runId, fileIndex);
            return new History() {
                @Override
                public List<PriorService> otherServicesOf(Claim claim) {
                    String member = claim.memberId().value();
                    if (!members.contains(member)) {
                        return single.otherServicesOf(claim);
                    }
                    List<PriorService> services = new ArrayList<>();
                    for (Line line : byMember.getOrDefault(member, List.of())) {
                        if (line.counts(runId, fileIndex, claim.claimId())) {
                            services.add(line.service());
                        }
                    }
                    return services;
                }

                @Override
                public long runId() {
                    return runId;
                }
            };
        }
    }

    /** A countable line of a member, with what tells whether a given claim may count it. */
    private record Line(String memberId, int fileIndex, PriorService service) {

        /** The condition of {@link #ONE_CLAIM_SQL} that names the claim being screened. */
        boolean counts(long runId, int claimFileIndex, String claimId) {
            // an earlier run's version of this claim never reaches here: this run screens its claim id
            return service.runId() != runId || !(fileIndex == claimFileIndex && service.claimId().equals(claimId));
        }
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
