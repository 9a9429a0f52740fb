package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that the pipeline before issue 14 left (lines staged in {@code claim_line}, no
 * {@code service_line}, no recorded tallies) is migrated by Flyway on the next command, and its
 * runs still list, show and rerun. The old shape is made from a real run by undoing V7 and V6 (its
 * Spring Batch records are real), on H2 here and PostgreSQL in the subclass.
 */
class MigrationFromClaimLineIT {

    static final Path SAMPLE = Path.of("sample-data");

    Database database(Path folder) {
        return Database.h2(folder);
    }

    @Test
    void aRunRecordedBeforeTheOnePassListsShowsAndRerunsAfterTheMigration(@TempDir Path work) throws Exception {
        Database db = database(work.resolve("db"));
        try {
            // given the sample night screened, then its database taken back to the shape before V6
            Path out = work.resolve("out");
            Cli.Result screened = Cli.run(db, "screen", "--out", out.toString(), "--as-of", "2026-11-26",
                    SAMPLE.toString());
            assertThat(screened.exit()).as(screened.err()).isZero();
            long serviceLines;
            long rowRejects;
            try (Connection connection = db.connect(); Statement sql = connection.createStatement()) {
                serviceLines = count(sql, "select count(*) from service_line");
                rowRejects = count(sql, "select count(*) from claim_reject where kind = 'ROW'");
                undoV6(sql);
            }

            // when the next commands run (the first migrates)
            Cli.Result runs = Cli.run(db, "runs");
            Cli.Result show = Cli.run(db, "show", "1");
            Cli.Result rerun = Cli.run(db, "rerun", "1");

            // then the old run is whole: history kept, lines counted, listed, shown and rerun alike
            assertThat(runs.exit()).as(runs.err()).isZero();
            assertThat(runs.out()).containsPattern("(?m)^1 .*COMPLETED");
            assertThat(show.exit()).as(show.err()).isZero();
            assertThat(show.out()).contains("84 read: 34 clean, 45 held, 4 rejected, 1 not screened")
                    .contains("findings  174\n").contains("$8,441.00 at risk, patient estimate $2,339.00");
            assertThat(rerun.exit()).as(rerun.err()).isZero();
            assertThat(rerun.out()).contains("375 lines").contains("174 (DENY 81, REVIEW 37, INFO 56)");
            // a run recorded before V7 kept no hashes: the rerun says what it could not check
            assertThat(rerun.err()).contains("run 1 recorded no sha256 of its rule pack")
                    .contains("run 1 recorded no sha256 of providers.csv");
            try (Connection connection = db.connect(); Statement sql = connection.createStatement()) {
                assertThat(count(sql, "select count(*) from service_line where run_id = 1")).isEqualTo(serviceLines);
                // counted as the old reports did: staged lines (here: those of screened claims) plus bad rows
                assertThat(count(sql, "select sum(lines) from input_file where run_id = 1 and status = 'OK'"))
                        .isEqualTo(serviceLines + rowRejects);
            }
        } finally {
            db.drop().run();
        }
    }

    /**
     * The staged lines back from the service lines (with what history needs; the columns only the
     * screening step read are filled with placeholders), V6's tables and columns gone.
     */
    private static void undoV6(Statement sql) throws SQLException {
        undoLaterThanV7(sql); // later migrations came after V7, and V7 after V6: such a database has none of them
        undoV7(sql);
        sql.execute("""
                create table claim_line (
                    run_id bigint not null, file_index int not null, claim_id varchar(100) not null,
                    line_number int not null, source_line bigint not null, member_id varchar(64) not null,
                    birth_date date, payer_type varchar(30) not null, payer_id varchar(64), plan_id varchar(64),
                    service_date date not null, place_of_service varchar(4), procedure_code varchar(5) not null,
                    modifiers varchar(20), units int not null, minutes int, charge_cents bigint not null,
                    diagnosis_codes varchar(200) not null, diagnosis_pointers varchar(50),
                    rendering_npi varchar(10) not null, rendering_taxonomy varchar(10) not null,
                    supervising_npi varchar(10), referring_npi varchar(10), billing_npi varchar(10),
                    plan_of_care varchar(1), abn_on_file varchar(1), lmn_on_file varchar(1))""");
        sql.execute("""
                insert into claim_line (run_id, file_index, claim_id, line_number, source_line, member_id, payer_type,
                    plan_id, service_date, procedure_code, modifiers, units, minutes, charge_cents, diagnosis_codes,
                    rendering_npi, rendering_taxonomy)
                select run_id, file_index, claim_id, line_number, source_line, member_id, payer_type, plan_id,
                       service_date, procedure_code, modifiers, units, minutes, charge_cents, 'M54.50', rendering_npi,
                       '225100000X'
                from service_line""");
        sql.execute("create index claim_line_member on claim_line (member_id, service_date)");
        sql.execute("create index claim_line_claim_id on claim_line (claim_id, run_id)");
        sql.execute("drop table service_line");
        sql.execute("drop table run_rule_tally");
        for (String column : new String[] {"lines_read", "lines_flagged", "rejects", "findings_deny",
            "findings_review", "findings_info"}) {
            sql.execute("alter table screening_run drop column " + column);
        }
        // lines per input were counted from claim_line: the migration counts them again
        sql.execute("update input_file set lines = null");
        sql.execute("delete from \"flyway_schema_history\" where \"version\" = '6'");
    }

    /** V8 (documentation on file), V9 (partitions and their workers), V10 (837P transactions) undone. */
    static void undoLaterThanV7(Statement sql) throws SQLException {
        sql.execute("alter table screening_run drop column documentation_sha256");
        sql.execute("drop table partition_attempt");
        sql.execute("drop table partition_recorded");
        sql.execute("drop table x12_transaction");
        sql.execute("delete from \"flyway_schema_history\" where \"version\" in ('8', '9', '10')");
    }

    /** What a run records for its rerun (issue 16) gone: the columns V7 adds, and its record. */
    static void undoV7(Statement sql) throws SQLException {
        for (String column : new String[] {"completed_at", "history_cutoff", "trial", "rerun_of", "rerun_history",
            "rerun_rules", "rerun_notes", "rule_pack_sha256", "plans_sha256", "providers_sha256"}) {
            sql.execute("alter table screening_run drop column " + column);
        }
        sql.execute("delete from \"flyway_schema_history\" where \"version\" = '7'");
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
