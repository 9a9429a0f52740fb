package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16: a rerun reproduces its run. The sample night (run A), then a copy of its claims under
 * other claim ids (every id suffixed {@code -X}, the same services: duplicates of A's), then
 * {@code rerun A}: the rerun sees the history as it stood when A ran, so it finds exactly A's
 * findings and verdicts; with {@code --with-current-history} it sees the copy and the duplicates
 * appear. And a trial ({@code screen --no-history}) records no history: a normal screening of the
 * same file after it finds what the trial found, nothing "of an earlier run" from the trial.
 * The same assertions run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RerunReproducesContract {

    private static final Path SAMPLE = Path.of("sample-data");
    private static final String DUPLICATE = "GEN-DUPLICATE-LINE";

    Database db;
    Path work;
    Path out;
    long sampleRun;
    long copyRun;

    abstract Database database(Path dir);

    @BeforeAll
    void setUp(@TempDir Path dir) {
        db = database(dir);
        work = dir;
        out = dir.resolve("out");
    }

    @AfterAll
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    @Order(1)
    void rerunAfterALaterScreeningFindsExactlyWhatItsRunFound() throws IOException, SQLException {
        // given the sample night, then its claims again under other ids (duplicates of the night's services)
        sampleRun = screened(Cli.run(db, "screen", "--out", out.toString(), "--as-of", "2026-11-26",
                SAMPLE.toString()));
        copyRun = screened(Cli.run(db, "screen", "--out", out.toString(), "--as-of", "2026-11-26",
                copyOfSampleClaims("-X").toString()));
        assertThat(rules(findings(copyRun))).contains(DUPLICATE); // the copy repeats the night

        // when
        Cli.Result rerun = Cli.run(db, "rerun", Long.toString(sampleRun));

        // then
        long again = screened(rerun);
        assertThat(rerun.err()).contains("screened the inputs of run " + sampleRun + " again (history as it stood"
                + " when run " + sampleRun + " ran, its rule pack)");
        assertThat(rows(findings(again))).isEqualTo(rows(findings(sampleRun)));
        assertThat(verdicts(again)).isEqualTo(verdicts(sampleRun)).isNotEmpty();
        JsonNode summary = summary(again);
        assertThat(summary.get("trial").asBoolean()).isFalse();
        assertThat(summary.get("rerun").get("of_run").asLong()).isEqualTo(sampleRun);
        assertThat(summary.get("rerun").get("history").asString()).isEqualTo("as-run");
        assertThat(summary.get("rerun").get("rules").asString()).isEqualTo("recorded");
        assertThat(summary.get("history_cutoff").asString()).isEqualTo(summary(sampleRun).get("history_cutoff")
                .asString());
        assertThat(Cli.run(db, "show", Long.toString(again)).out())
                .contains("rerun of  run " + sampleRun + ": history as it stood when run " + sampleRun + " ran");
        assertThat(report(again)).contains("<strong>Rerun of run " + sampleRun + "</strong>: history as it stood when run "
                + sampleRun + " ran, run " + sampleRun + "'s rule pack");
        assertThat(report(sampleRun)).doesNotContain("id=\"provenance\"");
    }

    @Test
    @Order(2)
    void rerunWithCurrentHistorySeesTheLaterScreening() throws IOException {
        // when
        Cli.Result rerun = Cli.run(db, "rerun", Long.toString(sampleRun), "--with-current-history");

        // then: the copy screened after the run is history now, and the night repeats it
        long again = screened(rerun);
        List<CSVRecord> findings = findings(again);
        assertThat(rows(findings)).isNotEqualTo(rows(findings(sampleRun)));
        assertThat(findings).filteredOn(f -> f.get("rule_id").equals(DUPLICATE))
                .hasSizeGreaterThan((int) findings(sampleRun).stream()
                        .filter(f -> f.get("rule_id").equals(DUPLICATE)).count())
                .anySatisfy(f -> assertThat(f.get("message")).containsPattern("claim \\S+-X of an earlier run"));
        // never its own run's lines: no claim repeats itself
        assertThat(findings).filteredOn(f -> f.get("rule_id").equals(DUPLICATE))
                .noneSatisfy(f -> assertThat(f.get("message")).contains("claim " + f.get("claim_id") + " of"));
        assertThat(summary(again).get("rerun").get("history").asString()).isEqualTo("current");
        assertThat(report(again)).contains("<strong>Rerun of run " + sampleRun + "</strong>: today's history");
    }

    @Test
    @Order(3)
    void aTrialScreeningRecordsNoHistoryForTheNextScreening() throws IOException {
        // given a trial screening of a new copy: it reads history (the night, the -X copy)
        Path trialCopy = copyOfSampleClaims("-T");
        Cli.Result trialResult = Cli.run(db, "screen", "--no-history", "--out", out.toString(), "--as-of",
                "2026-11-26", trialCopy.toString());
        long trial = screened(trialResult);
        assertThat(rules(findings(trial))).contains(DUPLICATE);

        // when the same file is screened for real (no --force: a trial does not make it "already screened")
        long real = screened(Cli.run(db, "screen", "--out", out.toString(), "--as-of", "2026-11-26",
                trialCopy.toString()));

        // then it sees the same history as the trial did, and nothing of the trial
        assertThat(rows(findings(real))).isEqualTo(rows(findings(trial)));
        assertThat(findings(real)).noneSatisfy(f -> assertThat(f.get("message")).contains("-T of an earlier run"));
        assertThat(summary(trial).get("trial").asBoolean()).isTrue();
        assertThat(summary(real).get("trial").asBoolean()).isFalse();
        assertThat(Cli.run(db, "show", Long.toString(trial)).out()).contains("(trial: recorded no history)");
        assertThat(report(trial)).contains("<strong>Trial screening</strong>: recorded no history");
        assertThat(Cli.run(db, "runs").out()).containsPattern("(?m)^" + trial + " +screen \\(trial\\)");
    }

    @Test
    @Order(4)
    void aChangedRosterIsSaidAndRecorded() throws IOException {
        // given a run whose roster changes afterwards
        Path folder = work.resolve("roster-changes");
        Files.createDirectories(folder);
        Files.copy(SAMPLE.resolve("claims-2026-11-26.csv"), folder.resolve("claims.csv"));
        Files.copy(SAMPLE.resolve("plans.csv"), folder.resolve("plans.csv"));
        Files.copy(SAMPLE.resolve("providers.csv"), folder.resolve("providers.csv"));
        long run = screened(Cli.run(db, "screen", "--force", "--out", out.toString(), "--as-of", "2026-11-26",
                folder.toString()));
        Files.writeString(folder.resolve("providers.csv"), Files.readString(folder.resolve("providers.csv")) + "\n");

        // when
        Cli.Result rerun = Cli.run(db, "rerun", Long.toString(run));

        // then
        long again = screened(rerun);
        assertThat(rerun.err()).contains("rerun of run " + run + ": providers: providers.csv changed since run " + run
                + " (sha256 differs)");
        assertThat(summary(again).get("rerun").get("notes").get(0).asString())
                .startsWith("providers: providers.csv changed since run " + run);
    }

    @Test
    @Order(5)
    void aChangedRulePackRefusesTheRerunUnlessCurrentRules() throws IOException {
        // given a run screened with a pack file that is edited afterwards
        Path pack = work.resolve("pack.yaml");
        String builtin;
        try (var in = getClass().getClassLoader()
                .getResourceAsStream("org/claimscreen/config/builtin-pack.yaml")) {
            builtin = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(pack, builtin.replaceFirst("(?m)^pack: builtin$", "pack: clinic"));
        long run = screened(Cli.run(db, "screen", "--force", "--rule-pack", pack.toString(), "--out", out.toString(),
                "--as-of", "2026-11-26", SAMPLE.resolve("claims-2026-11-26.csv").toString()));
        Files.writeString(pack, builtin.replaceFirst("(?m)^pack: builtin$", "pack: clinic")
                .replaceFirst("(?m)^version: .*$", "version: \"2027.1\""));

        // when
        Cli.Result refused = Cli.run(db, "rerun", Long.toString(run));
        Cli.Result current = Cli.run(db, "rerun", Long.toString(run), "--current-rules");

        // then
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().strip()).startsWith("claimscreen: cannot rerun run " + run
                + " with its rule pack: it screened with clinic 2026.3").contains("the pack now is clinic 2027.1")
                .doesNotContain("\n");
        long again = screened(current);
        assertThat(summary(again).get("rerun").get("rules").asString()).isEqualTo("current");
        assertThat(summary(again).get("rule_pack").get("version").asString()).isEqualTo("2027.1");
    }

    /** The sample night's claims file with every claim id suffixed, beside the sample's plans and roster. */
    private Path copyOfSampleClaims(String suffix) throws IOException {
        Path folder = work.resolve("copy" + suffix);
        Files.createDirectories(folder);
        Files.copy(SAMPLE.resolve("plans.csv"), folder.resolve("plans.csv"));
        Files.copy(SAMPLE.resolve("providers.csv"), folder.resolve("providers.csv"));
        Path copy = folder.resolve("claims-2026-11-26" + suffix + ".csv");
        try (Reader in = CsvFiles.reader(SAMPLE.resolve("claims-2026-11-26.csv"));
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
                Writer writer = Files.newBufferedWriter(copy);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                        .setHeader(parser.getHeaderNames().toArray(String[]::new)).setRecordSeparator("\n").get())) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.toList());
                int id = parser.getHeaderNames().indexOf("claim_id");
                cells.set(id, cells.get(id) + suffix);
                printer.printRecord(cells);
            }
        }
        return folder;
    }

    private static long screened(Cli.Result result) {
        assertThat(result.exit()).as(result.err()).isZero();
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(result.out());
        assertThat(run.find()).as(result.out()).isTrue();
        return Long.parseLong(run.group(1));
    }

    private List<CSVRecord> findings(long run) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(CsvFiles.reader(out.resolve(Long.toString(run)).resolve("findings.csv")))) {
            return parser.getRecords();
        }
    }

    /** Each finding's columns but the run's id, sorted. */
    private static List<String> rows(List<CSVRecord> findings) {
        return findings.stream().map(f -> {
            List<String> cells = new ArrayList<>();
            f.toMap().forEach((column, value) -> {
                if (!column.equals("run_id")) {
                    cells.add(column + "=" + value);
                }
            });
            cells.sort(null);
            return String.join("|", cells);
        }).sorted().toList();
    }

    private static List<String> rules(List<CSVRecord> findings) {
        return findings.stream().map(f -> f.get("rule_id")).toList();
    }

    /** The run's verdict on each claim: file, claim id, status. */
    private List<String> verdicts(long run) throws SQLException {
        List<String> verdicts = new ArrayList<>();
        try (Connection connection = db.connect(); PreparedStatement statement = connection.prepareStatement("""
                select f.name, c.claim_id, c.status from screened_claim c
                join input_file f on f.run_id = c.run_id and f.file_index = c.file_index
                where c.run_id = ? order by f.name, c.claim_id""")) {
            statement.setLong(1, run);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    verdicts.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return verdicts;
    }

    /** The page's header, where a rerun or a trial says what it saw. */
    private String report(long run) throws IOException {
        String html = Files.readString(out.resolve(Long.toString(run)).resolve("report.html"));
        return html.substring(html.indexOf("<header class=\"top\">"), html.indexOf("</header>"));
    }

    private JsonNode summary(long run) throws IOException {
        return JsonMapper.builder().build()
                .readTree(Files.readString(out.resolve(Long.toString(run)).resolve("summary.json")));
    }
}
