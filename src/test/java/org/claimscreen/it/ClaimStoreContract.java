package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimscreen.domain.claim.ClaimAssembler;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.domain.screening.DenialCode;
import org.claimscreen.domain.screening.Finding;
import org.claimscreen.domain.screening.Liability;
import org.claimscreen.domain.screening.ScreenedClaim;
import org.claimscreen.domain.screening.Severity;
import org.claimscreen.persistence.ClaimStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lines, verdicts and findings stored the way the batch steps store them (COPY on PostgreSQL,
 * batch inserts on H2) come back exactly as they went in, whatever their text holds, and commit or
 * roll back with the caller's transaction. The same assertions run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClaimStoreContract {

    /** Text the COPY text format reads specially, and text that is not ASCII. */
    private static final String AWKWARD = "t\tn\nr\r\n\\ \\N \\. \"q\" 'a' ;, ü — 日😀";

    private Database db;
    private JdbcTemplate jdbc;
    private TransactionTemplate transaction;
    private ClaimStore store;
    private long nextRun = 1;

    abstract Database database(Path dir);

    @BeforeAll
    void setUp(@TempDir Path dir) {
        db = database(dir);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.user(), db.password());
        String vendor = db.url().startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        store = new ClaimStore(jdbc);
    }

    @AfterAll
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    void storesTheServiceLinesOfScreenedClaimsAsHistoryReadsThem() {
        // given screened claims whose ids and free text hold every awkward character, and nulls wherever allowed
        long run = newRun("claims\t" + AWKWARD + ".csv");
        String file = "claims\t" + AWKWARD + ".csv";
        List<ScreenedClaim> screened = List.of(
                screened(awkwardRow(file, "A\\N", 1), awkwardRow(file, "A\\N", 2)),
                screened(bareRow(file, "B\t" + AWKWARD, 1)),
                screened(bareRow(file, "\\N", 1)),
                screened(bareRow(file, "C", 1)));

        // when they are stored in one partition's transaction
        transaction.executeWithoutResult(status -> store.insertScreened(run, 0, screened));

        // then each line is recorded with what history and the clean/held split read
        assertThat(jdbc.query("""
                select claim_id, line_number, source_line, member_id, payer_type, plan_id, service_date, procedure_code,
                       modifiers, units, minutes, charge_cents, rendering_npi
                from service_line where run_id = ? and file_index = 0""", (rs, i) -> Arrays.asList(
                        rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getInt(10),
                        rs.getObject(11, Integer.class), rs.getLong(12), rs.getString(13)), run))
                .containsExactlyInAnyOrder(
                        Arrays.asList("A\\N", 1, 1_000_000_000_001L, "M\t" + AWKWARD, "MEDICARE_ADVANTAGE",
                                "H1234-001 — ü", LocalDate.of(2026, 3, 1), "97124", "GP;59", 3, 45, 12_050L,
                                "1245319599"),
                        Arrays.asList("A\\N", 2, 1_000_000_000_002L, "M\t" + AWKWARD, "MEDICARE_ADVANTAGE",
                                "H1234-001 — ü", LocalDate.of(2026, 3, 2), "97124", "GP;59", 3, 45, 12_050L,
                                "1245319599"),
                        Arrays.asList("B\t" + AWKWARD, 1, 2L, "W123", "ORIGINAL_MEDICARE", null,
                                LocalDate.of(2026, 10, 1), "97110", "", 1, null, 3_000L, "1003000126"),
                        Arrays.asList("\\N", 1, 2L, "W123", "ORIGINAL_MEDICARE", null, LocalDate.of(2026, 10, 1),
                                "97110", "", 1, null, 3_000L, "1003000126"),
                        Arrays.asList("C", 1, 2L, "W123", "ORIGINAL_MEDICARE", null, LocalDate.of(2026, 10, 1), "97110",
                                "", 1, null, 3_000L, "1003000126"));
    }

    private static ScreenedClaim screened(ClaimRow... rows) {
        return new ScreenedClaim(ClaimAssembler.assemble(List.of(rows)), List.of());
    }

    @Test
    void storesAwkwardVerdictsAndFindingsAndReadsThemBackEqual() {
        // given two screened claims, one with findings whose text is awkward or null wherever it may be
        long run = newRun("night.csv");
        ClaimRow first = awkwardRow("night.csv", "X\t" + AWKWARD, 1);
        ClaimRow second = awkwardRow("night.csv", "X\t" + AWKWARD, 2);
        ScreenedClaim held = new ScreenedClaim(ClaimAssembler.assemble(List.of(first, second)), List.of(
                new Finding("RULE\\1", Severity.DENY, first.claimId(), 1, AWKWARD,
                        new DenialCode("PR", "96", "N425"), Liability.PATIENT, Money.ofCents(12_345),
                        Money.ofCents(6_789), "suggest\n" + AWKWARD, "policy\t" + AWKWARD),
                new Finding("RULE-2", Severity.INFO, first.claimId(), null, "\\N", null, null, null, null, null, null),
                new Finding("RULE-3", Severity.REVIEW, first.claimId(), 2, "", DenialCode.co("50"), Liability.PROVIDER,
                        Money.ofCents(1), Money.ZERO, "", "")));
        ScreenedClaim clean = new ScreenedClaim(ClaimAssembler.assemble(List.of(bareRow("night.csv", "\\N", 1))),
                List.of());

        // when they are stored in one chunk's transaction
        transaction.executeWithoutResult(status -> store.insertScreened(run, 3, List.of(held, clean)));

        // then every column comes back as it went in, findings in the order given
        assertThat(jdbc.query("""
                select file_index, claim_id, member_id, payer_type, status, lines, charge_cents, amount_at_risk_cents,
                       patient_estimate_cents
                from screened_claim where run_id = ? order by status desc""", (rs, i) -> Arrays.asList(
                        rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getLong(7), rs.getLong(8), rs.getLong(9)), run))
                .containsExactly(
                        Arrays.asList(3, first.claimId(), first.memberId().value(), "MEDICARE_ADVANTAGE", "HELD", 2,
                                2 * 12_050L, held.amountAtRisk().cents(), held.patientEstimate().cents()),
                        Arrays.asList(3, "\\N", "W123", "ORIGINAL_MEDICARE", "CLEAN", 1, 3_000L, 0L, 0L));
        assertThat(jdbc.query("""
                select file_index, claim_id, line_number, rule_id, severity, message, denial_code, liable,
                       amount_at_risk_cents, patient_estimate_cents, suggestion, policy
                from finding where run_id = ? order by finding_id""", (rs, i) -> Arrays.asList(
                        rs.getInt(1), rs.getString(2), rs.getObject(3, Integer.class), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getLong(10),
                        rs.getString(11), rs.getString(12)), run))
                .containsExactly(
                        Arrays.asList(3, first.claimId(), 1, "RULE\\1", "DENY", AWKWARD, "PR-96 + N425", "PATIENT",
                                12_345L, 6_789L, "suggest\n" + AWKWARD, "policy\t" + AWKWARD),
                        Arrays.asList(3, first.claimId(), null, "RULE-2", "INFO", "\\N", null, null, 0L, 0L, null, null),
                        Arrays.asList(3, first.claimId(), 2, "RULE-3", "REVIEW", "", "CO-50", "PROVIDER", 1L, 0L, "", ""));
    }

    @Test
    void storesMoreClaimsThanABatchAndTheBuffersFirstGuess() {
        // given more claims than one JDBC batch, and more bytes than the buffer is first sized for
        long run = newRun("big.csv");
        List<ScreenedClaim> claims = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            String id = "C" + i + (i % 2 == 0 ? "" : AWKWARD.repeat(2));
            ids.add(id);
            claims.add(screened(awkwardRow("big.csv", id, 1)));
        }

        transaction.executeWithoutResult(status -> store.insertScreened(run, 0, claims));

        assertThat(jdbc.queryForList("select claim_id from service_line where run_id = ?", String.class, run))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(jdbc.queryForList("select claim_id from screened_claim where run_id = ?", String.class, run))
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void rowsCommitAndRollBackWithTheCallersTransaction() {
        // given a partition whose transaction fails after its verdicts, findings and service lines are stored
        long run = newRun("night.csv");
        ClaimRow row = awkwardRow("night.csv", "R1", 1);
        ScreenedClaim screened = new ScreenedClaim(ClaimAssembler.assemble(List.of(row)), List.of(
                new Finding("RULE-1", Severity.DENY, "R1", 1, "message", null, null, null, null, null, null)));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            store.insertScreened(run, 0, List.of(screened));
            throw new IllegalStateException("the chunk failed after writing");
        })).hasMessage("the chunk failed after writing");

        // then nothing of it stayed: the rows went on the transaction's connection, not one of their own
        assertThat(counts(run)).containsExactly(0, 0, 0);

        // and when the same chunk commits, all of it is there
        transaction.executeWithoutResult(status -> {
            store.insertScreened(run, 0, List.of(screened));
        });
        assertThat(counts(run)).containsExactly(1, 1, 1);
    }

    private List<Integer> counts(long run) {
        return List.of(
                jdbc.queryForObject("select count(*) from service_line where run_id = ?", Integer.class, run),
                jdbc.queryForObject("select count(*) from screened_claim where run_id = ?", Integer.class, run),
                jdbc.queryForObject("select count(*) from finding where run_id = ?", Integer.class, run));
    }

    /** A run with one input (index 0): what the screening step's query joins the lines to. */
    private long newRun(String fileName) {
        long run = nextRun++;
        jdbc.update("""
                insert into input_file (run_id, file_index, path, name, format, sha256, size_bytes, status)
                values (?, 0, ?, ?, 'CSV', ?, 1, 'OK')""", run, "/in/" + fileName, fileName, "0".repeat(64));
        return run;
    }

    /** Every optional column filled, free text awkward. */
    private static ClaimRow awkwardRow(String file, String claimId, int lineNumber) {
        ClaimLine line = new ClaimLine(lineNumber, 1_000_000_000_000L + lineNumber, LocalDate.of(2026, 3, lineNumber),
                "\\N", ProcedureCode.of("97124"), List.of(Modifier.of("GP"), Modifier.of("59")), 3, 45,
                Money.ofCents(12_050), List.of(2, 1), Npi.of("1245319599"), Taxonomy.of("225700000X"),
                Npi.of("1003000126"), Npi.of("1114025228"), Npi.of("1245319599"), Indicator.parse("Y"),
                Indicator.parse("N"), Indicator.parse("Y"));
        return new ClaimRow(file, claimId, MemberId.of("M\t" + AWKWARD), LocalDate.of(1950, 12, 31),
                PayerType.MEDICARE_ADVANTAGE, "payer\\" + AWKWARD, "H1234-001 — ü",
                List.of(DiagnosisCode.of("M62.830"), DiagnosisCode.of("M54.50")), line);
    }

    /** Every optional column empty. */
    private static ClaimRow bareRow(String file, String claimId, int lineNumber) {
        ClaimLine line = new ClaimLine(lineNumber, lineNumber + 1, LocalDate.of(2026, 10, 1), null,
                ProcedureCode.of("97110"), List.of(), 1, null, Money.ofCents(3_000), List.of(), Npi.of("1003000126"),
                Taxonomy.of("225100000X"), null, null, null, null, null, null);
        return new ClaimRow(file, claimId, MemberId.of("W123"), null, PayerType.ORIGINAL_MEDICARE, null, null,
                List.of(DiagnosisCode.of("M54.50")), line);
    }
}
