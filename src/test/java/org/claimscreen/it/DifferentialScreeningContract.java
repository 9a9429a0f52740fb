package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimscreen.testdata.BenchClaimFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A differential test for rewrites of the pipeline (intake, batch steps, store): screens a
 * 100,000-line night from {@link BenchClaimFiles} and compares what lands in the database -
 * every finding, verdict and reject, in a canonical text form - with the golden file that the
 * code before the rewrite produced ({@code differential-100k.golden} beside this class's
 * resources). A rewrite that changes no finding and no verdict keeps the golden's digest.
 *
 * <p>The canonical form leaves out whatever a faithful rewrite may change: run ids, file indexes
 * (the input's name stands for it), finding and reject ids, and row order (lines are sorted in
 * Java's String order, since H2's and PostgreSQL's collations differ).
 * Today's night draws no rejects and no claim-level finding; the form covers both all the same.
 *
 * <p>Each run writes what it found to {@code target/differential-actual-LABEL.txt} (the golden's
 * format: copy it over the golden when a change of findings is intended) and the canonical text
 * itself to {@code target/differential-canonical-LABEL.txt}, so two runs can be diffed line by line.
 */
abstract class DifferentialScreeningContract {

    static final long LINES = 100_000;
    static final String AS_OF = "2026-11-26"; // BenchClaimFiles.AS_OF: its service dates are meant for it
    static final String INPUT_NAME = "claims-differential-100k.csv";
    static final String GOLDEN = "differential-100k.golden";
    static final Path GOLDEN_SOURCE = Path.of("src/test/resources/org/claimscreen/it", GOLDEN);

    /** A fresh database; {@code work} is this test's own folder. */
    abstract Database database(Path work);

    /** Names this variant's files under target/, e.g. {@code h2}. */
    abstract String label();

    /** Options added to {@code screen} before the input folder. */
    protected List<String> extraScreenArguments() {
        return List.of();
    }

    /**
     * System properties the screening runs with: how many threads screen partitions at once and how
     * big a partition is. By default the machine's cores and the default size, so each subclass
     * that sets them checks the same golden with another spread of the work.
     */
    protected Map<String, String> systemProperties() {
        return Map.of();
    }

    @Test
    void screensTheGeneratedNightToTheGoldenFindingsAndVerdicts(@TempDir Path work) throws Exception {
        // given: the benchmark's deterministic night (same seed, same bytes) and its reference data
        Path inbox = work.resolve("inbox");
        BenchClaimFiles.Written written = BenchClaimFiles.writeCsv(inbox.resolve(INPUT_NAME), LINES, BenchClaimFiles.SEED);
        BenchClaimFiles.writeReferenceData(inbox);
        Files.createDirectories(work.resolve("db"));
        Database db = database(work.resolve("db"));
        try {
            List<String> arguments = new ArrayList<>(List.of("screen", "--out", work.resolve("out").toString(),
                    "--as-of", AS_OF));
            arguments.addAll(extraScreenArguments());
            arguments.add(inbox.toString());

            // when
            long started = System.nanoTime();
            Cli.Result result;
            systemProperties().forEach(System::setProperty);
            try {
                result = Cli.run(db, arguments.toArray(String[]::new));
            } finally {
                systemProperties().keySet().forEach(System::clearProperty);
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            // then
            assertThat(result.exit()).as("screen's exit status; its messages end:%n%s", tail(result.err())).isZero();
            System.out.printf(Locale.ROOT, "%s: screened %,d lines (%,d claims) in %.1f s%n", getClass().getSimpleName(),
                    written.lines(), written.claims(), seconds);
            Canonical actual;
            try (Connection connection = db.connect()) {
                assertThat(completedRuns(connection)).as("completed runs in the fresh database").isEqualTo(1);
                actual = Canonical.read(connection);
            }
            Path target = Files.createDirectories(Path.of("target"));
            Files.writeString(target.resolve("differential-canonical-" + label() + ".txt"), actual.text(),
                    StandardCharsets.UTF_8);
            Files.writeString(target.resolve("differential-actual-" + label() + ".txt"), goldenHeader() + actual.summary(),
                    StandardCharsets.UTF_8);
            Map<String, String> golden = parse(readGolden());
            List<String> differences = differences(golden, parse(actual.summary()));
            assertThat(differences).withFailMessage(() -> failure(differences)).isEmpty();
        } finally {
            db.drop().run();
        }
    }

    private String failure(List<String> differences) {
        boolean onlyTheDigest = differences.size() == 1 && differences.get(0).startsWith("sha256");
        return "the findings and verdicts differ from the golden " + GOLDEN_SOURCE + ":\n  "
                + String.join("\n  ", differences) + "\n"
                + (onlyTheDigest ? "every count agrees: a finding's or verdict's fields differ (severity, amounts, "
                        + "denial code, liable, message, line number)\n" : "")
                + "this run's canonical text is target/differential-canonical-" + label() + ".txt: diff it with one "
                + "from the code the golden came from; if the change is intended, copy target/differential-actual-"
                + label() + ".txt over the golden";
    }

    private static long completedRuns(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from screening_run where status = 'COMPLETED'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String goldenHeader() {
        return "# claimscreen differential golden (DifferentialScreeningContract): screen --as-of " + AS_OF + " of\n"
                + "# BenchClaimFiles.writeCsv(" + LINES + " lines, seed " + BenchClaimFiles.SEED + "), read back from the"
                + " database.\n"
                + "# sha256 is the digest of the canonical text; the counts say where a difference lies.\n";
    }

    private String readGolden() throws IOException {
        try (InputStream in = DifferentialScreeningContract.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).withFailMessage("no golden %s yet: copy target/differential-actual-%s.txt there (from the "
                    + "code before the rewrite)", GOLDEN_SOURCE, label()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "key value" lines; # starts a comment. */
    static Map<String, String> parse(String summary) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : summary.split("\n")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int space = entry.lastIndexOf(' ');
            values.put(entry.substring(0, space).strip(), entry.substring(space + 1));
        }
        return values;
    }

    /** One line per key whose value differs, the digest last: the counts are what diagnose. */
    static List<String> differences(Map<String, String> golden, Map<String, String> actual) {
        Set<String> keys = new TreeSet<>(golden.keySet());
        keys.addAll(actual.keySet());
        keys.remove("sha256");
        List<String> differences = new ArrayList<>();
        for (String key : keys) {
            String expected = golden.getOrDefault(key, "0");
            String now = actual.getOrDefault(key, "0");
            if (!expected.equals(now)) {
                differences.add(key + ": golden " + expected + ", now " + now);
            }
        }
        if (!String.valueOf(golden.get("sha256")).equals(actual.get("sha256"))) {
            differences.add("sha256: golden " + golden.get("sha256") + ", now " + actual.get("sha256"));
        }
        return differences;
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : "..." + text.substring(text.length() - 4000);
    }

    /** Every finding, verdict and reject in the database as sorted lines, with its digest and counts. */
    record Canonical(String text, String summary) {

        static Canonical read(Connection connection) throws SQLException {
            List<String> lines = new ArrayList<>();
            Map<String, Long> findingsByRule = new TreeMap<>();
            Map<String, Long> verdictsByStatus = new TreeMap<>();
            long findingCents = 0;
            long verdictRiskCents = 0;
            long verdictPatientCents = 0;
            long rejects = 0;
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rs = statement.executeQuery("""
                        select i.name, f.claim_id, f.line_number, f.rule_id, f.severity, f.denial_code, f.liable,
                               f.amount_at_risk_cents, f.patient_estimate_cents, f.message
                        from finding f left join input_file i on i.run_id = f.run_id and i.file_index = f.file_index""")) {
                    while (rs.next()) {
                        Object lineNumber = rs.getObject(3); // null for a claim-level finding: sorts as ""
                        lines.add(line("finding", rs.getString(1), rs.getString(2), lineNumber, rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9),
                                rs.getString(10)));
                        findingsByRule.merge(rs.getString(4), 1L, Long::sum);
                        findingCents += rs.getLong(8);
                    }
                }
                try (ResultSet rs = statement.executeQuery("""
                        select i.name, c.claim_id, c.status, c.amount_at_risk_cents, c.patient_estimate_cents
                        from screened_claim c left join input_file i on i.run_id = c.run_id and i.file_index = c.file_index""")) {
                    while (rs.next()) {
                        lines.add(line("verdict", rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getLong(5)));
                        verdictsByStatus.merge(rs.getString(3), 1L, Long::sum);
                        verdictRiskCents += rs.getLong(4);
                        verdictPatientCents += rs.getLong(5);
                    }
                }
                try (ResultSet rs = statement.executeQuery(
                        "select file_name, claim_id, source_line, reason from claim_reject")) {
                    while (rs.next()) {
                        lines.add(line("reject", rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                        rejects++;
                    }
                }
            }
            lines.sort(null); // String.compareTo: the same order whatever the database's collation
            StringBuilder text = new StringBuilder(lines.size() * 120);
            for (String line : lines) {
                text.append(line).append('\n');
            }
            StringBuilder summary = new StringBuilder();
            summary.append("sha256 ").append(sha256(text.toString())).append('\n');
            summary.append("findings ").append(findingsByRule.values().stream().mapToLong(Long::longValue).sum()).append('\n');
            findingsByRule.forEach((rule, count) -> summary.append("findings[").append(rule).append("] ").append(count).append('\n'));
            summary.append("findings.amount_at_risk_cents ").append(findingCents).append('\n');
            summary.append("verdicts ").append(verdictsByStatus.values().stream().mapToLong(Long::longValue).sum()).append('\n');
            verdictsByStatus.forEach((status, count) -> summary.append("verdicts[").append(status).append("] ").append(count).append('\n'));
            summary.append("verdicts.amount_at_risk_cents ").append(verdictRiskCents).append('\n');
            summary.append("verdicts.patient_estimate_cents ").append(verdictPatientCents).append('\n');
            summary.append("rejects ").append(rejects).append('\n');
            return new Canonical(text.toString(), summary.toString());
        }

        /** Tab-separated fields, null as empty; tabs, line breaks and backslashes escaped so each row stays one line. */
        private static String line(String kind, Object... fields) {
            StringBuilder line = new StringBuilder(kind);
            for (Object field : fields) {
                line.append('\t');
                String value = field == null ? "" : field.toString();
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    switch (c) {
                        case '\\' -> line.append("\\\\");
                        case '\t' -> line.append("\\t");
                        case '\n' -> line.append("\\n");
                        case '\r' -> line.append("\\r");
                        default -> line.append(c);
                    }
                }
            }
            return line.toString();
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("this JVM has no SHA-256", e);
            }
        }
    }
}
