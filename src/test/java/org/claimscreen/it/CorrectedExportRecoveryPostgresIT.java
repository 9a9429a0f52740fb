package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscreen.testdata.ClaimCsvGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corrected re-export screened after its first version, on PostgreSQL: every claim id of the
 * second file supersedes the first file's version of it, also when the second screening is killed
 * part-way and restarted. The restarted run must store exactly what the uninterrupted one does,
 * and neither may find a line "of an earlier run" repeated: the earlier run's versions are gone
 * from history.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectedExportRecoveryPostgresIT {

    private static final Path SAMPLE = Path.of("sample-data");
    private static final int LINES = 30_000;
    private static final String AS_OF = "2026-11-26";

    private Path work;
    private Path first;
    private Path corrected;
    private List<String> referenceFindings;
    private List<String> referenceVerdicts;

    @BeforeAll
    void screenTheReference(@TempDir Path work) throws Exception {
        this.work = work;
        // the same file name in two folders: tonight's export and its corrected re-export
        first = ClaimCsvGenerator.write(Files.createDirectories(work.resolve("first")).resolve("claims.csv"), LINES,
                20261126L, SAMPLE.resolve("plans.csv"), SAMPLE.resolve("providers.csv")).file();
        corrected = Files.createDirectories(work.resolve("corrected")).resolve("claims.csv");
        Files.write(corrected, everyTenthChargeRaised(Files.readAllLines(first)));

        Database db = Database.freshPostgres();
        try {
            screen(db, first);
            long runId = screen(db, corrected);
            referenceFindings = findings(db, runId);
            referenceVerdicts = verdicts(db, runId);
        } finally {
            db.drop().run();
        }
    }

    @Test
    void theCorrectedExportIsNotItsOwnEarlierRunsDuplicate() {
        assertThat(referenceVerdicts).hasSizeGreaterThan(LINES / 10);
        assertThat(referenceFindings).isNotEmpty().noneMatch(finding -> finding.contains("of an earlier run"));
    }

    @Test
    void killedWhileScreeningTheCorrectedExportARestartStoresWhatAnUninterruptedRunDoes() throws Exception {
        Database db = Database.freshPostgres();
        try {
            long firstRun = screen(db, first);
            Path logs = work.resolve("logs");
            ChildCli.Running run = ChildCli.start(db.url(), db, logs, arguments(corrected));
            awaitVerdicts(run, db, firstRun, 2_000);
            run.kill();

            ChildCli.Result restarted = ChildCli.run(db.url(), db, logs, "restart", "--last");

            assertThat(restarted.exit()).as(restarted.err()).isZero();
            long runId = runOf(restarted.out());
            assertThat(runId).isGreaterThan(firstRun);
            assertThat(verdicts(db, runId)).isEqualTo(referenceVerdicts);
            assertThat(findings(db, runId)).isEqualTo(referenceFindings);
        } finally {
            db.drop().run();
        }
    }

    /** The export's rows with every tenth data row's charge a dollar higher (rows it cannot split stay as they are). */
    private static List<String> everyTenthChargeRaised(List<String> lines) {
        List<String> header = List.of(lines.get(0).split(",", -1));
        int charge = header.indexOf("charge_amount");
        List<String> changed = new ArrayList<>(lines.size());
        changed.add(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] cells = line.split(",", -1);
            if (i % 10 == 0 && !line.contains("\"") && cells.length == header.size()
                    && cells[charge].matches("\\d+\\.\\d\\d")) {
                cells[charge] = new BigDecimal(cells[charge]).add(BigDecimal.ONE).toPlainString();
                line = String.join(",", cells);
            }
            changed.add(line);
        }
        return changed;
    }

    private long screen(Database db, Path file) throws Exception {
        ChildCli.Result done = ChildCli.run(db.url(), db, work.resolve("logs"), arguments(file));
        assertThat(done.exit()).as(done.err()).isZero();
        return runOf(done.out());
    }

    private static String[] arguments(Path file) {
        return new String[] {"screen", "--out", file.getParent().resolve("out").toString(), "--as-of", AS_OF,
            "--plans", SAMPLE.resolve("plans.csv").toString(), "--providers", SAMPLE.resolve("providers.csv").toString(),
            file.toString()};
    }

    /** Waits until the run after {@code previousRun} has stored {@code verdicts} screened claims. */
    private static void awaitVerdicts(ChildCli.Running run, Database db, long previousRun, int verdicts)
            throws Exception {
        long deadline = System.nanoTime() + 5L * 60 * 1_000_000_000;
        while (true) {
            try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "select count(*) from screened_claim where run_id > " + previousRun)) {
                rs.next();
                if (rs.getLong(1) >= verdicts) {
                    return;
                }
            }
            if (!run.process().isAlive()) {
                throw new AssertionError("the run ended before " + verdicts + " verdicts:\n" + run.errSoFar());
            }
            if (System.nanoTime() > deadline) {
                run.kill();
                throw new AssertionError("the run did not store " + verdicts + " verdicts in 5 minutes");
            }
            Thread.sleep(25);
        }
    }

    private static List<String> findings(Database db, long runId) throws SQLException {
        return rows(db, "select claim_id, line_number, rule_id, severity, denial_code, liable, amount_at_risk_cents,"
                + " patient_estimate_cents, message from finding where run_id = " + runId
                + " order by claim_id, line_number, rule_id, message");
    }

    private static List<String> verdicts(Database db, long runId) throws SQLException {
        return rows(db, "select claim_id, status, lines, charge_cents, amount_at_risk_cents, patient_estimate_cents"
                + " from screened_claim where run_id = " + runId + " order by claim_id");
    }

    private static List<String> rows(Database db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static long runOf(String out) {
        Matcher run = Pattern.compile("run (\\d+) screened \\d+ file").matcher(out);
        assertThat(run.find()).as(out).isTrue();
        return Long.parseLong(run.group(1));
    }
}
