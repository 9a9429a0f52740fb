package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimscreen.testdata.ExternalData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Other exports' layouts through the shipped column mappings, screened by the real command line:
 * the CMS RIF carrier files and the Tuva medical_claim excerpt (src/test/resources/external), and a
 * RIF-layout file of therapy and massage lines that shows the rules' findings on that layout.
 */
class ColumnMappingIT {

    static final Path TUVA = ExternalData.DIR.resolve("tuva-demo-claims/medical_claim_excerpt.csv");
    static final Path RIF = ExternalData.DIR.resolve("cms-bfd/rif");
    static final Path TUVA_MAPPING = Path.of("jobs/mappings/tuva-medical-claim.yaml");
    static final Path RIF_MAPPING = Path.of("jobs/mappings/cms-rif-carrier.yaml");
    static final Path FIXTURES = Path.of("src/test/resources/org/claimscreen/it/mappings");
    static final Path TUVA_ROSTER = FIXTURES.resolve("tuva-providers.csv");
    static final Path RIF_ROSTER = FIXTURES.resolve("rif-providers.csv");
    static final Path RIF_THERAPY = FIXTURES.resolve("rif-carrier-therapy.txt");

    @TempDir
    Path dir;

    Database db;

    @BeforeEach
    void freshDatabase() {
        db = Database.h2(dir.resolve("db"));
    }

    @AfterEach
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    void screensTheTuvaExcerptWithItsMappingAndTheRoster() throws IOException {
        assertTuvaExcerptScreened(db, dir.resolve("out"));
    }

    /** Also run on PostgreSQL by {@link ColumnMappingPostgresIT}. */
    static void assertTuvaExcerptScreened(Database database, Path out) throws IOException {
        Cli.Result result = Cli.run(database, "screen", "--out", out.toString(), "--as-of", "2018-12-31",
                "--mapping", TUVA_MAPPING.toString(), "--providers", TUVA_ROSTER.toString(), TUVA.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("61 lines", "claims    46 read: 0 clean, 44 held, 2 rejected, 0 not screened");
        Path run = run(result, out);
        JsonNode summary = summary(run);
        assertThat(summary.get("findings_by_rule").get("MCR-THERAPY-NO-PLAN-OF-CARE").asInt()).isEqualTo(6);
        // patient_id is Tuva's person id, not an MBI: every Original Medicare line says so
        assertThat(summary.get("findings_by_rule").get("MCR-MBI-FORMAT").asInt()).isEqualTo(59);
        assertThat(rows(run.resolve("rejects.csv"), ',')).extracting(r -> r.get("claim_id") + " " + r.get("column")
                + ": " + r.get("reason")).containsExactlyInAnyOrder(
                "590140 rendering_taxonomy (provider roster, by rendering_npi): rendering_taxonomy: NPI 1619964665"
                        + " (rendering_npi) is not in the provider roster; add the provider to providers.csv",
                "593048 rendering_taxonomy (provider roster, by rendering_npi): rendering_taxonomy: NPI 1962494401"
                        + " (rendering_npi) is not in the provider roster; add the provider to providers.csv");
        List<String> therapy = new ArrayList<>();
        for (Map<String, String> finding : rows(run.resolve("findings.csv"), ',')) {
            if (finding.get("rule_id").equals("MCR-THERAPY-NO-PLAN-OF-CARE")) {
                therapy.add(finding.get("procedure_code") + "-" + finding.get("modifiers"));
            }
        }
        assertThat(therapy).containsExactlyInAnyOrder("G0283-GP", "G0283-GP", "97110-GP", "97110-GP", "97110-GP",
                "97140-GP");
        assertThat(rows(run.resolve("findings.csv"), ','))
                .anySatisfy(f -> assertThat(f.get("procedure_code") + "-" + f.get("modifiers")).isEqualTo("80061-GA"));
        // the held copy is the Tuva table itself: its 135 columns, the 59 lines of the held claims
        List<String> held = Files.readAllLines(run.resolve("held").resolve("medical_claim_excerpt.csv"));
        assertThat(held.get(0)).isEqualTo(Files.readAllLines(TUVA).get(0));
        assertThat(held).hasSize(1 + 59);
    }

    @Test
    void countsTuvaClaimsOfAnotherTypeAsNotScreenedWithTheReason() throws IOException, SQLException {
        // given: claim 610057 (two lines) as an institutional claim
        List<String> lines = new ArrayList<>(Files.readAllLines(TUVA));
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("610057,")) {
                lines.set(i, lines.get(i).replace(",professional,", ",institutional,"));
            }
        }
        Path file = Files.write(dir.resolve("medical_claim.csv"), lines);

        // when
        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), "--as-of", "2018-12-31",
                "--mapping", TUVA_MAPPING.toString(), "--providers", TUVA_ROSTER.toString(), file.toString());

        // then
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("claims    46 read: 0 clean, 43 held, 2 rejected, 1 not screened");
        assertThat(unscreened(db)).containsExactly("610057: claim_type is 'institutional': the mapping"
                + " tuva-medical-claim.yaml screens only rows whose claim_type is professional");
        List<String> held = Files.readAllLines(run(result, dir.resolve("out")).resolve("held").resolve("medical_claim.csv"));
        assertThat(held).hasSize(1 + 57).noneMatch(line -> line.startsWith("610057,"));
    }

    @Test
    void readsTheCmsRifCarrierFilesOfAFolderAndRejectsWhatTheRulesCannotRead() throws IOException {
        // when: the folder holds three carrier files (.csv and .txt) and an IDR claim-line table
        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), "--as-of", "2022-12-31",
                "--mapping", RIF_MAPPING.toString(), "--providers", RIF_ROSTER.toString(), RIF.toString());

        // then: the synthetic lines have no HCPCS code or an NPI that is none; the sample's NPI has 7 digits
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).contains("idr_SYNTHETIC_CLM_LINE.csv: its header names neither clm_id nor hcpcs_cd");
        assertThat(result.out()).contains("3 file(s), 229 lines", "claims    39 read: 0 clean, 0 held, 39 rejected");
        Map<String, Integer> reasons = new TreeMap<>();
        for (Map<String, String> reject : rows(run(result, dir.resolve("out")).resolve("rejects.csv"), ',')) {
            reasons.merge(reject.get("file") + " " + reject.get("column") + ": "
                    + reject.get("reason").replaceAll("'\\d+'", "'N'"), 1, Integer::sum);
        }
        assertThat(reasons).containsExactly(
                Map.entry("rif-synthea_carrier.csv HCPCS_CD (procedure_code): procedure_code is empty", 209),
                Map.entry("rif-synthea_carrier.csv PRF_PHYSN_NPI (rendering_npi): rendering_npi 'N' is not an NPI"
                        + " (it must start with 1 or 2)", 12),
                Map.entry("sample-a-bcarrier-multiple-lines.txt PRF_PHYSN_NPI (rendering_npi): rendering_npi 'N' is not"
                        + " an NPI (10 digits)", 7),
                Map.entry("sample-a-bcarrier.txt PRF_PHYSN_NPI (rendering_npi): rendering_npi 'N' is not an NPI"
                        + " (10 digits)", 1));
    }

    @Test
    void screensTherapyAndMassageLinesInTheRifLayout() throws IOException, SQLException {
        // when
        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), "--as-of", "2026-12-31",
                "--mapping", RIF_MAPPING.toString(), "--providers", RIF_ROSTER.toString(), RIF_THERAPY.toString());

        // then
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("claims    4 read: 0 clean, 2 held, 1 rejected, 1 not screened");
        Path run = run(result, dir.resolve("out"));
        Map<String, String> findings = new LinkedHashMap<>();
        for (Map<String, String> finding : rows(run.resolve("findings.csv"), ',')) {
            findings.merge(finding.get("claim_id") + " " + finding.get("procedure_code"), finding.get("rule_id"),
                    (a, b) -> a + ", " + b);
        }
        assertThat(findings).containsEntry("R1001 97124",
                "MCR-MASSAGE-STANDALONE, MCR-LMT-UNSUPERVISED, PAY-SELF-PAY, PAY-HSA-FSA-LMN");
        assertThat(findings).containsEntry("R1002 97110", "MCR-THERAPY-NO-PLAN-OF-CARE");
        assertThat(rows(run.resolve("rejects.csv"), ',')).singleElement().satisfies(reject -> {
            assertThat(reject.get("line")).isEqualTo("6");
            assertThat(reject.get("column")).isEqualTo("LINE_1ST_EXPNS_DT (service_date)");
            assertThat(reject.get("reason")).isEqualTo("service_date '31-SEP-2026' is not a date (YYYY-MM-DD or dd-MMM-yyyy)");
        });
        assertThat(unscreened(db)).containsExactly("R1003: DML_IND is 'DELETE': the mapping cms-rif-carrier.yaml"
                + " screens only rows whose DML_IND is INSERT or UPDATE");
        // held/ keeps the file's own layout: pipe-delimited, every column
        List<Map<String, String>> held = rows(run.resolve("held").resolve("rif-carrier-therapy.txt"), '|');
        assertThat(held).extracting(r -> r.get("CLM_ID") + "/" + r.get("LINE_NUM"))
                .containsExactly("R1001/1", "R1002/1", "R1002/2");
        assertThat(held.get(0)).hasSize(100);
    }

    @Test
    void aRestartReadsAndSplitsTheFilesWithTheRunsMapping(@TempDir Path elsewhere) throws IOException {
        // given: a run that fails writing its reports (a file stands where their folder should be)
        Path blocker = elsewhere.resolve("share");
        Files.writeString(blocker, "not a folder");
        Path reports = blocker.resolve("reports");
        Cli.Result failed = Cli.run(db, "screen", "--out", reports.toString(), "--as-of", "2026-12-31",
                "--mapping", RIF_MAPPING.toString(), "--providers", RIF_ROSTER.toString(), RIF_THERAPY.toString());
        assertThat(failed.exit()).as(failed.err()).isEqualTo(1);
        Matcher failedRun = Pattern.compile("claimscreen: run (\\d+) failed: ").matcher(failed.err());
        assertThat(failedRun.find()).as(failed.err()).isTrue();
        Files.delete(blocker);

        // when
        Cli.Result restarted = Cli.run(db, "restart", failedRun.group(1));

        // then
        assertThat(restarted.exit()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("claims    4 read: 0 clean, 2 held, 1 rejected, 1 not screened");
        assertThat(rows(reports.resolve(failedRun.group(1)).resolve("held").resolve("rif-carrier-therapy.txt"), '|'))
                .extracting(r -> r.get("CLM_ID")).containsExactly("R1001", "R1002", "R1002");
    }

    @Test
    void aMappingWithAMistakeIsRefusedBeforeTheRunInOneLine() throws IOException {
        // given
        Path mapping = Files.writeString(dir.resolve("bad.yaml"), "delimiter: \"|\"\ncolumns:\n  procedur_code: HCPCS_CD\n");

        // when
        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), "--mapping", mapping.toString(),
                RIF_THERAPY.toString());

        // then
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines().findFirst()).hasValue("claimscreen: " + mapping
                + " line 3, columns.procedur_code: unknown canonical column (did you mean procedure_code?)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aMappingThatTakesTheRosterNeedsOne() throws IOException {
        // given: no --providers, and no providers.csv beside the input
        Path input = Files.copy(RIF_THERAPY, dir.resolve("carrier.txt"));

        // when
        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), "--mapping",
                RIF_MAPPING.toString(), input.toString());

        // then
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("claimscreen: " + RIF_MAPPING + " takes the rendering taxonomy from the"
                + " provider roster, but there is none: put providers.csv beside the inputs or give --providers FILE");
    }

    @Test
    void aFileWithoutAColumnTheMappingNamesFailsAloneNamingIt() throws IOException {
        // given
        Path inbox = Files.createDirectory(dir.resolve("inbox"));
        Files.copy(RIF_THERAPY, inbox.resolve("a-carrier.txt"));
        Files.writeString(inbox.resolve("b-carrier.txt"),
                Files.readString(RIF_THERAPY).replaceFirst("\\|LINE_SRVC_CNT\\|", "|LINE_SRVC_COUNT|"));

        // when
        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), "--as-of", "2026-12-31",
                "--mapping", RIF_MAPPING.toString(), "--providers", RIF_ROSTER.toString(), inbox.toString());

        // then
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode inputs = summary(run(result, dir.resolve("out"))).get("inputs");
        assertThat(inputs.get(0).get("status").asText()).isEqualTo("OK");
        assertThat(inputs.get(1).get("status").asText()).isEqualTo("FAILED");
        assertThat(inputs.get(1).get("problem").asText()).isEqualTo("the header lacks 'LINE_SRVC_CNT' for units"
                + " (similar: LINE_SRVC_COUNT), named by the mapping cms-rif-carrier.yaml");
    }

    static Path run(Cli.Result result, Path out) {
        Matcher run = Pattern.compile("run (\\d+) screened \\d+ file").matcher(result.out());
        assertThat(run.find()).as("stdout: %s%nstderr: %s", result.out(), result.err()).isTrue();
        return out.resolve(run.group(1));
    }

    static JsonNode summary(Path run) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(run.resolve("summary.json")));
    }

    /** Each record of a CSV (or pipe-delimited) file by its header's names. */
    static List<Map<String, String>> rows(Path file, char delimiter) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = CsvFiles.reader(file);
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader()
                                .setSkipHeaderRecord(true).get())
                        .get()) {
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
        }
        return rows;
    }

    /** The claims the run counted as not screened, with their reasons (kept in the database). */
    private static List<String> unscreened(Database database) throws SQLException {
        List<String> claims = new ArrayList<>();
        try (Connection connection = database.connect(); Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("select claim_id, reason from unscreened_claim order by claim_id")) {
            while (rs.next()) {
                claims.add(rs.getString(1) + ": " + rs.getString(2));
            }
        }
        return claims;
    }
}
