package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimscreen.intake.Sha256;
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
 * The whole screen command on sample-data/, end to end, against a real database. The same
 * assertions run on H2 and on PostgreSQL (the subclasses say which).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ScreenSampleDataContract {

    static final Path SAMPLE = Path.of("sample-data");
    static final Path SAMPLE_CLAIMS = SAMPLE.resolve("claims-2026-11-26.csv");
    static final Path WESTSIDE_CLAIMS = SAMPLE.resolve("claims-2026-11-26-westside.csv");

    /** What the sample night must produce, rule by rule (sample-data/README.md explains each). */
    static final Map<String, Integer> FINDINGS_BY_RULE = SampleExpectations.FINDINGS_BY_RULE;

    Database db;
    Path out;
    Cli.Result first;
    long firstRunId;
    long secondRunId;

    abstract Database database(Path work);

    @BeforeAll
    void screenTheSampleNight(@TempDir Path work) {
        db = database(work);
        out = work.resolve("out");
        first = Cli.run(db, "screen", "--out", out.toString(), "--as-of", "2026-11-26", SAMPLE.toString());
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(first.out());
        assertThat(run.find()).as("stdout: %s%nstderr: %s", first.out(), first.err()).isTrue();
        firstRunId = Long.parseLong(run.group(1));
    }

    @AfterAll
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    @Order(1)
    void completesWithExitZeroAndSaysWhereTheReportsAre() {
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("claims    " + SampleExpectations.CLAIMS_READ + " read")
                .contains(runDir().toString());
        assertThat(runDir()).isDirectoryContaining("glob:**/findings.csv")
                .isDirectoryContaining("glob:**/findings.json").isDirectoryContaining("glob:**/summary.json")
                .isDirectoryContaining("glob:**/rejects.csv").isDirectoryContaining("glob:**/report.html")
                .isDirectoryContaining("glob:**/not-screened.csv");
    }

    @Test
    @Order(2)
    void summaryCountsEveryClaimOnce() throws IOException {
        JsonNode summary = json("summary.json");

        assertThat(summary.get("run_id").asLong()).isEqualTo(firstRunId);
        assertThat(summary.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(summary.get("as_of").asText()).isEqualTo("2026-11-26");
        assertThat(summary.get("claims_read").asLong()).isEqualTo(SampleExpectations.CLAIMS_READ);
        assertThat(summary.get("claims_clean").asLong()).isEqualTo(SampleExpectations.CLAIMS_CLEAN);
        assertThat(summary.get("claims_held").asLong()).isEqualTo(SampleExpectations.CLAIMS_HELD);
        assertThat(summary.get("claims_rejected").asLong()).isEqualTo(4);
        assertThat(summary.get("claims_not_screened").asLong()).isEqualTo(SampleExpectations.CLAIMS_NOT_SCREENED);
        assertThat(summary.get("lines_read").asLong()).isEqualTo(SampleExpectations.LINES_READ);
        assertThat(summary.get("inputs").valueStream().map(i -> i.get("file").asText()))
                .containsExactly("claims-2026-11-26-eastside-bundle.json", "claims-2026-11-26-westside.csv",
                        "claims-2026-11-26.csv");
        assertThat(summary.get("inputs").valueStream().map(i -> i.get("format").asText()))
                .containsExactly("FHIR", "CSV", "CSV");
        JsonNode input = summary.get("inputs").get(2);
        assertThat(input.get("sha256").asText()).isEqualTo(Sha256.of(SAMPLE_CLAIMS));
        assertThat(input.get("lines").asLong()).isEqualTo(SampleExpectations.FIRST_FILE_LINES);
        assertThat(summary.get("changes_since_previous_run").get("previous_run_id").isNull()).isTrue();
    }

    @Test
    @Order(2)
    void everyDollarBreakdownAndTheYRowsOfFindingsCsvAddUpToTheHeadline() throws IOException {
        JsonNode summary = json("summary.json");
        BigDecimal headline = summary.get("amount_at_risk").decimalValue();

        assertThat(headline).isEqualByComparingTo("8441.00");
        for (String breakdown : List.of("amount_at_risk_by_severity", "amount_at_risk_by_liable",
                "amount_at_risk_by_provider", "amount_at_risk_by_payer_type")) {
            BigDecimal sum = summary.get(breakdown).valueStream().map(JsonNode::decimalValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(breakdown).isEqualByComparingTo(headline);
        }
        assertThat(summary.get("amount_at_risk_by_liable").has("UNKNOWN")).as("dollars nobody would pay").isFalse();
        assertThat(summary.get("amount_at_risk_by_severity").has("INFO")).isFalse();
        List<CSVRecord> counted = csv("findings.csv").stream()
                .filter(row -> row.get("counts_toward_total").equals("Y")).toList();
        assertThat(counted.stream().map(row -> new BigDecimal(row.get("amount_at_risk")))
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(headline);
        assertThat(counted).hasSize(summary.get("lines_flagged").asInt())
                .allSatisfy(row -> assertThat(row.get("severity")).isIn("DENY", "REVIEW"));
    }

    @Test
    @Order(3)
    void findsWhatTheSampleNightIsBuiltToShow() throws IOException {
        JsonNode byRule = json("summary.json").get("findings_by_rule");

        Map<String, Integer> found = new LinkedHashMap<>();
        byRule.properties().forEach(e -> found.put(e.getKey(), e.getValue().asInt()));
        assertThat(found).isEqualTo(FINDINGS_BY_RULE);
    }

    @Test
    @Order(4)
    void writesOneCsvRowPerFindingWithTheContractColumns() throws IOException {
        List<CSVRecord> rows = csv("findings.csv");

        assertThat(header("findings.csv")).containsExactly("run_id", "source_file", "claim_id", "line_number", "member",
                "service_date", "procedure_code", "modifiers", "units", "charge_amount", "rule_id", "severity",
                "message", "denial_code", "liable", "amount_at_risk", "patient_estimate", "suggestion", "policy",
                "rule_title", "payer_type", "payer_id", "plan_id", "rendering_npi", "rendering_name", "claim_status",
                "counts_toward_total");
        assertThat(rows).hasSize(FINDINGS_BY_RULE.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(Files.readAllBytes(runDir().resolve("findings.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("run_id")).isEqualTo(Long.toString(firstRunId));
            assertThat(row.get("member")).matches("\\*+.{4}");
        });
    }

    @Test
    @Order(5)
    void flagsTheSourceDocumentsStandaloneMassage() throws IOException {
        CSVRecord massage = csv("findings.csv").stream()
                .filter(row -> row.get("claim_id").equals("MT-260401") && row.get("rule_id").equals("MCR-MASSAGE-STANDALONE"))
                .findFirst().orElseThrow();

        assertThat(massage.get("procedure_code")).isEqualTo("97124");
        assertThat(massage.get("severity")).isEqualTo("DENY");
        assertThat(massage.get("denial_code")).isEqualTo("PR-96");
        assertThat(massage.get("liable")).isEqualTo("PATIENT");
        assertThat(massage.get("amount_at_risk")).isEqualTo("180.00");
        assertThat(massage.get("patient_estimate")).isEqualTo("180.00");
    }

    @Test
    @Order(6)
    void rejectsTheFourBadRowsWithLineColumnAndReason() throws IOException {
        List<CSVRecord> rejects = csv("rejects.csv");

        assertThat(header("rejects.csv")).containsExactly("file", "line", "claim_id", "column", "reason");
        assertThat(rejects).extracting(r -> r.get("file") + " " + r.get("line") + " " + r.get("claim_id") + " " + r.get("column"))
                .containsExactly("claims-2026-11-26-westside.csv 76 WP-260717 payer_type",
                        "claims-2026-11-26.csv 37 RB-260105 service_date", "claims-2026-11-26.csv 119 LK-260204 units",
                        "claims-2026-11-26.csv 217 OT-260603 rendering_npi");
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("reason")).isNotBlank());
    }

    @Test
    @Order(7)
    void masksMemberIdsInEveryReport() throws IOException {
        Set<String> memberIds = new TreeSet<>();
        for (CSVRecord row : sampleRows()) {
            memberIds.add(row.get("member_id"));
        }
        // clean/ and held/ are the claims themselves, for submission: they keep the member ids
        try (Stream<Path> files = Files.list(runDir())) {
            for (Path report : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(report);
                assertThat(memberIds).as(report.getFileName().toString()).noneMatch(text::contains);
            }
        }
    }

    @Test
    @Order(8)
    void logsNoMemberIdsNamesOrBirthDates() throws IOException {
        // the run's whole standard error: every log line and message, from all three sample inputs
        assertThat(SamplePhi.all()).allSatisfy(phi -> assertThat(first.err()).doesNotContain(phi));
        assertThat(first.err()).contains("run " + firstRunId + " COMPLETED");
    }

    @Test
    @Order(9)
    void storesTheRunItsInputAndFindingsInTheDatabase() throws SQLException, IOException {
        try (Connection connection = db.connect()) {
            assertThat(queryString(connection, "select status from screening_run where run_id = ?")).isEqualTo("COMPLETED");
            assertThat(queryString(connection, "select sha256 from input_file where run_id = ? and file_index = 2"))
                    .isEqualTo(Sha256.of(SAMPLE_CLAIMS));
            assertThat(queryLong(connection, "select count(*) from finding where run_id = ?"))
                    .isEqualTo(FINDINGS_BY_RULE.values().stream().mapToInt(Integer::intValue).sum());
            assertThat(queryLong(connection, "select count(*) from claim_reject where run_id = ?")).isEqualTo(4);
            assertThat(queryLong(connection, "select count(*) from screened_claim where run_id = ?"))
                    .isEqualTo(SampleExpectations.CLAIMS_CLEAN + SampleExpectations.CLAIMS_HELD);
            assertThat(queryString(connection, "select status from BATCH_JOB_EXECUTION where JOB_EXECUTION_ID = ?"))
                    .isEqualTo("COMPLETED");
        }
    }

    @Test
    @Order(9)
    void splitsEveryClaimIntoCleanHeldOrRejectedExactlyOnce() throws IOException {
        Map<String, String> placed = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        for (Path input : List.of(SAMPLE_CLAIMS, WESTSIDE_CLAIMS)) {
            String name = input.getFileName().toString();
            for (String folder : List.of("clean", "held")) {
                Path split = runDir().resolve(folder).resolve(name);
                assertThat(firstLine(split)).as(split.toString()).isEqualTo(firstLine(input));
                for (CSVRecord row : records(split)) {
                    String claim = name + " " + row.get("claim_id");
                    String earlier = placed.putIfAbsent(claim, folder);
                    if (earlier != null && !earlier.equals(folder)) {
                        twice.add(claim);
                    }
                }
            }
        }
        long clean = placed.values().stream().filter("clean"::equals).count();
        long held = placed.values().stream().filter("held"::equals).count();
        Set<String> rejected = new TreeSet<>();
        for (CSVRecord reject : csv("rejects.csv")) {
            String claim = reject.get("file") + " " + reject.get("claim_id");
            rejected.add(claim);
            if (placed.containsKey(claim)) {
                twice.add(claim);
            }
        }
        Set<String> everyClaim = new TreeSet<>();
        for (Path input : List.of(SAMPLE_CLAIMS, WESTSIDE_CLAIMS)) {
            for (CSVRecord row : records(input)) {
                everyClaim.add(input.getFileName() + " " + row.get("claim_id").strip());
            }
        }
        Set<String> accounted;

        // the Eastside FHIR bundle: clean/ and held/ hold its Claims as NDJSON; its institutional claim is neither
        String bundle = "claims-2026-11-26-eastside-bundle.json";
        for (String folder : List.of("clean", "held")) {
            for (String line : Files.readAllLines(runDir().resolve(folder).resolve("claims-2026-11-26-eastside-bundle.ndjson"))) {
                String claim = bundle + " " + fhirClaimId(JsonMapper.builder().build().readTree(line));
                if (placed.putIfAbsent(claim, folder) != null) {
                    twice.add(claim);
                }
            }
        }
        Set<String> notScreened = new TreeSet<>();
        for (JsonNode entry : JsonMapper.builder().build().readTree(Files.readString(SAMPLE.resolve(bundle))).get("entry")) {
            JsonNode resource = entry.get("resource");
            if (resource.get("resourceType").asText().equals("Claim")) {
                String claim = bundle + " " + fhirClaimId(resource);
                everyClaim.add(claim);
                if (!placed.containsKey(claim)) {
                    notScreened.add(claim);
                }
            }
        }
        accounted = new TreeSet<>(placed.keySet());
        accounted.addAll(rejected);
        accounted.addAll(notScreened);
        long allClean = placed.values().stream().filter("clean"::equals).count();
        long allHeld = placed.values().stream().filter("held"::equals).count();

        assertThat(twice).isEmpty();
        assertThat(accounted).isEqualTo(everyClaim);
        assertThat(allClean).isEqualTo(SampleExpectations.CLAIMS_CLEAN);
        assertThat(allHeld).isEqualTo(SampleExpectations.CLAIMS_HELD);
        assertThat(clean + held).isEqualTo(SampleExpectations.CLAIMS_CLEAN + SampleExpectations.CLAIMS_HELD - 3);
        assertThat(rejected).hasSize(4);
        assertThat(notScreened).hasSize((int) SampleExpectations.CLAIMS_NOT_SCREENED);
        assertThat(json("summary.json").get("claims_not_screened").asLong()).isEqualTo(SampleExpectations.CLAIMS_NOT_SCREENED);
    }

    @Test
    @Order(9)
    void namesTheNotScreenedClaimWithItsReason() throws IOException {
        List<CSVRecord> rows = csv("not-screened.csv");

        assertThat(header("not-screened.csv")).containsExactly("file", "line", "claim_id", "reason");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("file")).isEqualTo("claims-2026-11-26-eastside-bundle.json");
            assertThat(row.get("claim_id")).isEqualTo("EA-270304");
            assertThat(row.get("line")).matches("[1-9]\\d*");
            assertThat(row.get("reason")).contains("institutional");
        });
    }

    @Test
    @Order(9)
    void everyClaimReadIsInExactlyOneOfTheFilesAndTheirCountsAreSummaryJsons() throws IOException {
        // clean/ and held/: a claim by its input's name and claim id (a FHIR input is split as <name>.ndjson)
        JsonNode summary = json("summary.json");
        Map<String, String> inputOfSplit = new LinkedHashMap<>();
        summary.get("inputs").forEach(input -> {
            String name = input.get("file").asText();
            inputOfSplit.put(input.get("format").asText().equals("FHIR")
                    ? name.substring(0, name.lastIndexOf('.')) + ".ndjson" : name, name);
        });
        Map<String, Set<String>> claimsIn = new LinkedHashMap<>();
        for (String folder : List.of("clean", "held")) {
            Set<String> claims = new TreeSet<>();
            try (Stream<Path> files = Files.list(runDir().resolve(folder))) {
                for (Path split : files.sorted().toList()) {
                    String input = inputOfSplit.get(split.getFileName().toString());
                    assertThat(input).as(split.toString()).isNotNull();
                    if (split.toString().endsWith(".ndjson")) {
                        for (String line : Files.readAllLines(split)) {
                            claims.add(input + " " + fhirClaimId(JsonMapper.builder().build().readTree(line)));
                        }
                    } else {
                        records(split).forEach(row -> claims.add(input + " " + row.get("claim_id")));
                    }
                }
            }
            claimsIn.put(folder, claims);
        }
        // rejects.csv: a claim by file and claim id; a row without one is a claim of its own
        Set<String> rejected = new TreeSet<>();
        for (CSVRecord reject : csv("rejects.csv")) {
            rejected.add(reject.get("file") + " " + (reject.get("claim_id").isEmpty()
                    ? "line " + reject.get("line") : reject.get("claim_id")));
        }
        claimsIn.put("rejects.csv", rejected);
        Set<String> notScreened = new TreeSet<>();
        csv("not-screened.csv").forEach(row -> notScreened.add(row.get("file") + " " + row.get("claim_id")));
        claimsIn.put("not-screened.csv", notScreened);

        Map<String, Long> counts = new LinkedHashMap<>();
        claimsIn.forEach((file, claims) -> counts.put(file, (long) claims.size()));
        assertThat(counts).containsExactly(
                Map.entry("clean", summary.get("claims_clean").asLong()),
                Map.entry("held", summary.get("claims_held").asLong()),
                Map.entry("rejects.csv", summary.get("claims_rejected").asLong()),
                Map.entry("not-screened.csv", summary.get("claims_not_screened").asLong()));
        Set<String> all = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        claimsIn.values().forEach(claims -> claims.forEach(claim -> {
            if (!all.add(claim)) {
                twice.add(claim);
            }
        }));
        assertThat(twice).isEmpty();
        assertThat((long) all.size()).isEqualTo(summary.get("claims_read").asLong())
                .isEqualTo(SampleExpectations.CLAIMS_READ);
        assertThat(notScreened).containsExactly("claims-2026-11-26-eastside-bundle.json EA-270304");
    }

    /** The claim id the FHIR reader uses: identifier[0].value, else id. */
    private static String fhirClaimId(JsonNode claim) {
        JsonNode identifier = claim.path("identifier").path(0).path("value");
        return identifier.isMissingNode() || identifier.isNull() ? claim.get("id").asText() : identifier.asText();
    }

    @Test
    @Order(9)
    void keepsEachRowOfACleanClaimAsItStandsInTheInput() throws IOException {
        List<String> input = Files.readAllLines(SAMPLE_CLAIMS, StandardCharsets.UTF_8);
        List<String> clean = Files.readAllLines(runDir().resolve("clean").resolve(SAMPLE_CLAIMS.getFileName()),
                StandardCharsets.UTF_8);

        assertThat(clean).hasSizeGreaterThan(1);
        assertThat(input).containsSubsequence(clean);
    }

    @Test
    @Order(10)
    void secondScreenOfTheSameFileHasNothingToDo() {
        Cli.Result again = Cli.run(db, "screen", "--out", out.toString(), "--as-of", "2026-11-26", SAMPLE.toString());

        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err()).contains("claims-2026-11-26.csv was already screened by run " + firstRunId)
                .contains("claims-2026-11-26-westside.csv was already screened by run " + firstRunId)
                .contains("--force");
    }

    @Test
    @Order(11)
    void forceScreensItAgainAsANewRunWithTheSameFindings() throws IOException {
        Cli.Result forced = Cli.run(db, "screen", "--force", "--out", out.toString(), "--as-of", "2026-11-26",
                SAMPLE.toString());

        assertThat(forced.exit()).as(forced.err()).isZero();
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(forced.out());
        assertThat(run.find()).isTrue();
        secondRunId = Long.parseLong(run.group(1));
        assertThat(secondRunId).isNotEqualTo(firstRunId);
        JsonNode summary = JsonMapper.builder().build()
                .readTree(Files.readString(out.resolve(Long.toString(secondRunId)).resolve("summary.json")));
        Map<String, Integer> found = new LinkedHashMap<>();
        summary.get("findings_by_rule").properties().forEach(e -> found.put(e.getKey(), e.getValue().asInt()));
        assertThat(found).isEqualTo(FINDINGS_BY_RULE);
        JsonNode changes = summary.get("changes_since_previous_run");
        assertThat(changes.get("previous_run_id").asLong()).isEqualTo(firstRunId);
        assertThat(changes.get("new").asLong()).isZero();
        assertThat(changes.get("resolved").asLong()).isZero();
    }

    @Test
    @Order(12)
    void aRescreenAsOfALaterDateSaysWhichFindingsAreNewAndWhichResolved() throws IOException {
        // when: the same files, screened as of a year later (timely filing changes, history does not)
        Cli.Result third = Cli.run(db, "screen", "--force", "--out", out.toString(), "--as-of", "2027-12-31",
                SAMPLE.toString());

        // then: the SQL's answer is the set difference of the two runs' findings.csv
        assertThat(third.exit()).as(third.err()).isZero();
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(third.out());
        assertThat(run.find()).isTrue();
        Path thirdDir = out.resolve(run.group(1));
        Set<String> before = identities(out.resolve(Long.toString(secondRunId)).resolve("findings.csv"));
        Set<String> after = identities(thirdDir.resolve("findings.csv"));
        Map<String, Long> added = byRule(after, before);
        Map<String, Long> resolved = byRule(before, after);
        JsonNode changes = JsonMapper.builder().build().readTree(Files.readString(thirdDir.resolve("summary.json")))
                .get("changes_since_previous_run");
        assertThat(changes.get("previous_run_id").asLong()).isEqualTo(secondRunId);
        assertThat(changes.get("new").asLong()).isEqualTo(added.values().stream().mapToLong(Long::longValue).sum());
        assertThat(changes.get("resolved").asLong())
                .isEqualTo(resolved.values().stream().mapToLong(Long::longValue).sum());
        assertThat(counts(changes.get("new_by_rule"))).isEqualTo(added);
        assertThat(counts(changes.get("resolved_by_rule"))).isEqualTo(resolved);
        assertThat(added).containsKey("MCR-TIMELY-FILING");
        assertThat(Files.readString(thirdDir.resolve("report.html")))
                .contains("Compared with run <strong>" + secondRunId + "</strong>");
    }

    @Test
    @Order(13)
    void aRunOfOneFileComparesOnlyTheClaimsItScreenedAgain() throws IOException {
        // when: one of the night's files alone, as of the same date as the run before
        Path westside = SAMPLE.resolve("claims-2026-11-26-westside.csv");
        Cli.Result fourth = Cli.run(db, "screen", "--force", "--out", out.toString(), "--as-of", "2027-12-31",
                "--plans", SAMPLE.resolve("plans.csv").toString(), "--providers",
                SAMPLE.resolve("providers.csv").toString(), westside.toString());

        // then: nothing changed on its claims, and the other files' claims are not "resolved"
        assertThat(fourth.exit()).as(fourth.err()).isZero();
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(fourth.out());
        assertThat(run.find()).isTrue();
        JsonNode summary = JsonMapper.builder().build()
                .readTree(Files.readString(out.resolve(run.group(1)).resolve("summary.json")));
        JsonNode changes = summary.get("changes_since_previous_run");
        assertThat(changes.get("new").asLong()).isZero();
        assertThat(changes.get("resolved").asLong()).isZero();
        assertThat(changes.get("not_rescreened").asLong())
                .isEqualTo(SampleExpectations.CLAIMS_READ - SampleExpectations.CLAIMS_NOT_SCREENED - 4
                        - summary.get("claims_clean").asLong() - summary.get("claims_held").asLong());
    }

    @Test
    @Order(14)
    void aRunAskedForTheSummaryAndFindingsCsvWritesOnlyThoseAndSaysHowBig() throws IOException {
        // when
        Cli.Result few = Cli.run(db, "screen", "--force", "--outputs", "summary,findings-csv", "--out",
                out.toString(), "--as-of", "2026-11-26", SAMPLE.toString());

        // then
        assertThat(few.exit()).as(few.err()).isZero();
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(few.out());
        assertThat(run.find()).isTrue();
        Path dir = out.resolve(run.group(1));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("findings.csv", "summary.json");
        }
        assertThat(records(dir.resolve("findings.csv")))
                .hasSize(FINDINGS_BY_RULE.values().stream().mapToInt(Integer::intValue).sum());
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("summary.json")));
        assertThat(summary.get("claims_read").asLong()).isEqualTo(SampleExpectations.CLAIMS_READ);
        assertThat(few.err()).containsPattern("run " + run.group(1) + " wrote 2 files, \\d+\\.\\d\\d MB:"
                + " findings\\.csv \\d+\\.\\d\\d MB, summary\\.json \\d+\\.\\d\\d MB; not asked for: report\\.html,"
                + " findings\\.json, clean/ and held/, rejects\\.csv, not-screened\\.csv");
    }

    /**
     * The billing system re-exports one of the night's files with one claim corrected (a missing GP
     * modifier added, a line's minutes fixed to its units). Screened the next morning, the
     * changes are that claim's two fixed findings, resolved, and nothing new: the claims of the
     * other files are "not rescreened", never "resolved", and no claim of the corrected file is
     * a duplicate of its own earlier version.
     */
    @Test
    @Order(15)
    void aCorrectedReExportOfOneFileShowsOnlyThatFilesRealChanges(@TempDir Path work) throws IOException {
        Database fresh = database(work.resolve("db"));
        try {
            Path night = work.resolve("out");
            Path firstDir = night.resolve(Long.toString(runId(Cli.run(fresh, "screen", "--out", night.toString(),
                    "--as-of", "2026-11-26", SAMPLE.toString()))));
            // the re-export: same file name, claim WP-260703 corrected on lines 3 and 5
            Path reExport = Files.createDirectories(work.resolve("re-export")).resolve(WESTSIDE_CLAIMS.getFileName());
            List<String> rows = new ArrayList<>();
            for (String row : Files.readAllLines(WESTSIDE_CLAIMS, StandardCharsets.UTF_8)) {
                rows.add(row.startsWith("WP-260703,3,") ? row.replace(",97110,,2,30,", ",97110,GP,2,30,")
                        : row.startsWith("WP-260703,5,") ? row.replace(",97110,GP,2,20,", ",97110,GP,2,30,") : row);
            }
            assertThat(rows).isNotEqualTo(Files.readAllLines(WESTSIDE_CLAIMS, StandardCharsets.UTF_8));
            Files.write(reExport, rows, StandardCharsets.UTF_8);

            Cli.Result corrected = Cli.run(fresh, "screen", "--out", night.toString(), "--as-of", "2026-11-26",
                    "--plans", SAMPLE.resolve("plans.csv").toString(), "--providers",
                    SAMPLE.resolve("providers.csv").toString(), reExport.toString());

            assertThat(corrected.exit()).as(corrected.err()).isZero();
            Path correctedDir = night.resolve(Long.toString(runId(corrected)));
            JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(correctedDir.resolve("summary.json")));
            JsonNode changes = summary.get("changes_since_previous_run");
            assertThat(counts(changes.get("resolved_by_rule")))
                    .isEqualTo(Map.of("GEN-UNITS-MINUTES", 1L, "MCR-THERAPY-MODIFIER", 1L));
            assertThat(changes.get("new").asLong()).isZero();
            assertThat(changes.get("resolved").asLong()).isEqualTo(2);
            // the night's other files' screened claims are not compared
            long westsideScreened = summary.get("claims_clean").asLong() + summary.get("claims_held").asLong();
            long nightScreened = SampleExpectations.CLAIMS_CLEAN + SampleExpectations.CLAIMS_HELD;
            assertThat(changes.get("not_rescreened").asLong()).isEqualTo(nightScreened - westsideScreened);
            // findings.csv says the same, file by file: the westside claims' findings less the two fixed
            Set<String> before = new TreeSet<>();
            identities(firstDir.resolve("findings.csv")).stream().filter(id -> id.startsWith(WESTSIDE_CLAIMS.getFileName()
                    + "|")).forEach(before::add);
            Set<String> after = identities(correctedDir.resolve("findings.csv"));
            assertThat(byRule(before, after)).isEqualTo(Map.of("GEN-UNITS-MINUTES", 1L, "MCR-THERAPY-MODIFIER", 1L));
            assertThat(byRule(after, before)).isEmpty();
            // the corrected claims' earlier versions are superseded, not history they repeat
            assertThat(records(correctedDir.resolve("findings.csv")))
                    .noneSatisfy(f -> assertThat(f.get("message")).contains("of an earlier run"));
            assertThat(Files.readString(correctedDir.resolve("report.html")))
                    .contains("Compared with run <strong>" + firstDir.getFileName() + "</strong>");
        } finally {
            fresh.drop().run();
        }
    }

    private static long runId(Cli.Result result) {
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(result.out());
        assertThat(run.find()).as("stdout: %s%nstderr: %s", result.out(), result.err()).isTrue();
        return Long.parseLong(run.group(1));
    }

    /** file, claim, line and rule of every finding in a findings.csv: a finding's identity across runs. */
    private static Set<String> identities(Path findingsCsv) throws IOException {
        Set<String> identities = new TreeSet<>();
        for (CSVRecord row : records(findingsCsv)) {
            identities.add(row.get("source_file") + "|" + row.get("claim_id") + "|" + row.get("line_number") + "|"
                    + row.get("rule_id"));
        }
        return identities;
    }

    private static Map<String, Long> byRule(Set<String> in, Set<String> notIn) {
        Map<String, Long> byRule = new java.util.TreeMap<>();
        for (String identity : in) {
            if (!notIn.contains(identity)) {
                byRule.merge(identity.substring(identity.lastIndexOf('|') + 1), 1L, Long::sum);
            }
        }
        return byRule;
    }

    private static Map<String, Long> counts(JsonNode object) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        object.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    /** Every row of both sample exports. */
    static List<CSVRecord> sampleRows() throws IOException {
        List<CSVRecord> rows = new ArrayList<>();
        for (Path file : List.of(SAMPLE_CLAIMS, WESTSIDE_CLAIMS)) {
            try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(CsvFiles.reader(file))) {
                rows.addAll(parser.getRecords());
            }
        }
        return rows;
    }

    static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(CsvFiles.reader(file))) {
            return parser.getRecords();
        }
    }

    static String firstLine(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.readLine();
        }
    }

    Path runDir() {
        return out.resolve(Long.toString(firstRunId));
    }

    JsonNode json(String file) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(runDir().resolve(file)));
    }

    List<CSVRecord> csv(String file) throws IOException {
        try (CSVParser parser = parser(file)) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    List<String> header(String file) throws IOException {
        try (CSVParser parser = parser(file)) {
            return parser.getHeaderNames();
        }
    }

    private CSVParser parser(String file) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(CsvFiles.reader(runDir().resolve(file)));
    }

    private String queryString(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, firstRunId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1).strip();
            }
        }
    }

    private long queryLong(Connection connection, String sql) throws SQLException {
        return Long.parseLong(queryString(connection, sql));
    }
}
