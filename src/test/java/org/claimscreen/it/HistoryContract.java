package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.intake.fhir.FhirClaimWriter;
import org.claimscreen.intake.fhir.FhirSampleData;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that count a member's earlier claims, through the real database: sessions across runs, a
 * forced re-screen that must not count itself twice, duplicates across runs. The same assertions
 * run on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class HistoryContract {

    private static final String HEADER = "claim_id,line_number,member_id,payer_type,plan_id,service_date,procedure_code,"
            + "modifiers,units,charge_amount,diagnosis_codes,rendering_npi,rendering_taxonomy,referring_npi,plan_of_care";
    /** A PT's therapeutic exercise for the Original Medicare member: 2026 fee $30.00 a unit. */
    private static final String EXERCISE = ",1EG4TE5MK73,ORIGINAL_MEDICARE,,%s,97110,GP,%d,%s,M54.50,1003000126,"
            + "225100000X,1114025228,Y";
    /** An in-network massage therapist's massage for the Medicare Advantage member. */
    private static final String MASSAGE = ",W123456789,MEDICARE_ADVANTAGE,H1234-001,%s,97124,,4,120.00,M62.830,"
            + "1245319599,225700000X,1114025228,";

    /** Another Original Medicare member's 97110, so the supersession tests count only their own claims. */
    private static final String EXERCISE_OTHER = ",1EG4TE5MK74,ORIGINAL_MEDICARE,,%s,97110,GP,%d,%s,M54.50,1003000126,"
            + "225100000X,1114025228,Y";

    /** A third Original Medicare member's 97110, for the tests of claims that replace or void others. */
    private static final String EXERCISE_THIRD = ",1EG4TE5MK75,ORIGINAL_MEDICARE,,%s,97110,GP,%d,%s,M54.50,1003000126,"
            + "225100000X,1114025228,Y";

    Database db;
    Path work;
    Path out;

    abstract Database database(Path dir);

    @BeforeAll
    void setUp(@TempDir Path dir) throws IOException {
        db = database(dir);
        work = dir;
        out = dir.resolve("out");
        Files.writeString(dir.resolve("plans.csv"), """
                plan_id,plan_name,massage_benefit,massage_requires_order,massage_sessions_per_year,massage_copay,massage_coinsurance_pct,plan_year_start
                H1234-001,Test Advantage,Y,N,2,20.00,,01-01
                """);
        Files.writeString(dir.resolve("providers.csv"), """
                npi,name,taxonomy,medicare_enrolled,networks
                1245319599,Test Massage Therapist,225700000X,N,H1234-001
                1003000126,Test Physical Therapist,225100000X,Y,
                1114025228,Test Physician,207Q00000X,Y,H1234-001
                """);
        write("night1.csv", line("T1", 1, EXERCISE, "2026-03-02", 25, "750.00"), line("T2", 1, EXERCISE, "2026-03-09", 25, "750.00"),
                line("M1", 1, MASSAGE, "2026-03-02"), line("M2", 1, MASSAGE, "2026-03-09"));
        write("night2.csv", line("T3", 1, EXERCISE, "2026-03-16", 30, "900.00"), line("M3", 1, MASSAGE, "2026-03-16"));
        write("night3.csv", line("T9", 1, EXERCISE, "2026-03-02", 25, "750.00"));
    }

    @AfterAll
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    @Order(1)
    void firstNightFindsNothingToCount() throws IOException {
        List<CSVRecord> findings = screen("night1.csv");

        assertThat(rules(findings)).doesNotContain("MA-MASSAGE-SESSION-LIMIT", "MCR-THERAPY-THRESHOLD-KX",
                "GEN-DUPLICATE-LINE");
    }

    @Test
    @Order(2)
    void secondNightCountsTheFirstNightsSessions() throws IOException {
        List<CSVRecord> findings = screen("night2.csv");

        // two sessions on night 1, so the third passes the plan's 2 a year
        assertThat(findings).filteredOn(f -> f.get("rule_id").equals("MA-MASSAGE-SESSION-LIMIT"))
                .extracting(f -> f.get("claim_id")).containsExactly("M3");
        // $1,500 + $900 = $2,400 of therapy: under 2026's $2,480
        assertThat(rules(findings)).doesNotContain("MCR-THERAPY-THRESHOLD-KX", "GEN-DUPLICATE-LINE");
    }

    @Test
    @Order(3)
    void forcedRescreenOfTheFirstNightDoesNotSeeItsOwnEarlierCopy() throws IOException {
        List<CSVRecord> findings = screen("--force", "night1.csv");

        assertThat(rules(findings)).doesNotContain("GEN-DUPLICATE-LINE", "MA-MASSAGE-SESSION-LIMIT",
                "MCR-THERAPY-THRESHOLD-KX");
    }

    @Test
    @Order(4)
    void historyCountsTheRescreenedNightOnce() throws IOException {
        List<CSVRecord> findings = screen("--force", "night2.csv");

        // counted twice, night 1 would make $3,900 and pass the threshold
        assertThat(rules(findings)).doesNotContain("MCR-THERAPY-THRESHOLD-KX", "GEN-DUPLICATE-LINE");
        assertThat(findings).filteredOn(f -> f.get("rule_id").equals("MA-MASSAGE-SESSION-LIMIT"))
                .extracting(f -> f.get("claim_id")).containsExactly("M3");
    }

    @Test
    @Order(6)
    void flagsALineAnEarlierRunAlreadyBilled() throws IOException {
        List<CSVRecord> findings = screen("night3.csv");

        assertThat(findings).filteredOn(f -> f.get("rule_id").equals("GEN-DUPLICATE-LINE"))
                .extracting(f -> f.get("claim_id") + " " + f.get("denial_code")).containsExactly("T9 CO-18");
    }

    @Test
    @Order(5)
    void aCorrectedReExportOfTheSameClaimsIsNotItsOwnHistory() throws IOException {
        // given last night's claims exported again with one charge corrected: new content, same claim ids
        write("night1-corrected.csv", line("T1", 1, EXERCISE, "2026-03-02", 25, "760.00"),
                line("T2", 1, EXERCISE, "2026-03-09", 25, "750.00"), line("M1", 1, MASSAGE, "2026-03-02"),
                line("M2", 1, MASSAGE, "2026-03-09"));

        List<CSVRecord> findings = screen("night1-corrected.csv");

        assertThat(rules(findings)).doesNotContain("GEN-DUPLICATE-LINE", "MA-MASSAGE-SESSION-LIMIT",
                "MCR-THERAPY-THRESHOLD-KX");
    }

    @Test
    @Order(7)
    void onlyTheNewestVersionOfAClaimIdCounts() throws IOException {
        // given two $900 sessions, then the same two claims exported again with S1 corrected to $910
        write("versions-a.csv", line("S1", 1, EXERCISE_OTHER, "2026-04-06", 30, "900.00"),
                line("S2", 1, EXERCISE_OTHER, "2026-04-13", 30, "900.00"));
        write("versions-b.csv", line("S1", 1, EXERCISE_OTHER, "2026-04-06", 30, "910.00"),
                line("S2", 1, EXERCISE_OTHER, "2026-04-13", 30, "900.00"));
        assertThat(rules(screen("versions-a.csv"))).doesNotContain("MCR-THERAPY-THRESHOLD-KX");

        // when the corrected export is screened: S2 must not count S1's first version besides its second
        // ($900 + $910 + $900 = $2,710 would pass 2026's $2,480; $910 + $900 does not)
        List<CSVRecord> corrected = screen("versions-b.csv");

        assertThat(rules(corrected)).doesNotContain("MCR-THERAPY-THRESHOLD-KX", "GEN-DUPLICATE-LINE");

        // and a third night's session counts S1 and S2 once each, in their newest version:
        // $910 + $900 + $600 = $2,410, while every version counted would pass the threshold
        write("versions-c.csv", line("S3", 1, EXERCISE_OTHER, "2026-04-20", 20, "600.00"));
        assertThat(rules(screen("versions-c.csv"))).doesNotContain("MCR-THERAPY-THRESHOLD-KX", "GEN-DUPLICATE-LINE");
    }

    @Test
    @Order(8)
    void aDifferentClaimIdBillingASupersededClaimsServiceIsStillADuplicate() throws IOException {
        // given S2 (2026-04-13), screened twice above: a new claim id bills the same service again
        write("versions-d.csv", line("D2", 1, EXERCISE_OTHER, "2026-04-13", 30, "900.00"));

        List<CSVRecord> findings = screen("versions-d.csv");

        // it repeats S2 once (its newest version), not once per version
        assertThat(findings).filteredOn(f -> f.get("rule_id").equals("GEN-DUPLICATE-LINE"))
                .extracting(f -> f.get("claim_id") + " " + f.get("message"))
                .singleElement().asString().startsWith("D2 ").contains("repeats claim S2 of an earlier run");
    }

    @Test
    @Order(9)
    void aCorrectedReExportOfTheSampleNightFindsOnlyWhatItsChangedChargeCauses() throws IOException {
        // given the sample westside night, screened; then the same file with one charge changed
        Path sample = Path.of("sample-data");
        Path first = work.resolve("westside").resolve("claims-2026-11-26-westside.csv");
        Files.createDirectories(first.getParent());
        Files.copy(sample.resolve("claims-2026-11-26-westside.csv"), first);
        List<String> firstFindings = identities(screenSample(first));
        String original = Files.readString(first);
        String changed = original.replaceFirst("(?m)^(WP-260701,4,[^\\n]*?),45\\.00,", "$1,46.00,");
        assertThat(changed).as("the charge to correct").isNotEqualTo(original);
        Files.writeString(first, changed);

        // when it is screened again under the same name
        List<String> secondFindings = identities(screenSample(first));

        // then it finds nothing the first screening did not, but on the changed line itself
        assertThat(secondFindings).filteredOn(f -> !f.startsWith("WP-260701 4 "))
                .containsExactlyInAnyOrderElementsOf(firstFindings.stream().filter(f -> !f.startsWith("WP-260701 4 ")).toList());
    }

    @Test
    @Order(10)
    void aFhirClaimThatNamesItsPriorClaimReplacesIt() throws IOException {
        // given two $900 sessions screened from CSV
        write("replaced-a.csv", line("R1", 1, EXERCISE_THIRD, "2026-05-04", 30, "900.00"),
                line("R2", 1, EXERCISE_THIRD, "2026-05-11", 30, "900.00"));
        assertThat(rules(screen("replaced-a.csv"))).doesNotContain("MCR-THERAPY-THRESHOLD-KX");

        // when a FHIR export sends R1 corrected under a new id, naming R1 as its prior claim, and a new session
        org.hl7.fhir.r4.model.Claim corrected = fhir(line("R1B", 1, EXERCISE_THIRD, "2026-05-04", 30, "910.00"));
        corrected.addRelated().setClaim(new Reference("Claim/R1"))
                .setRelationship(new CodeableConcept(new Coding(null, "prior", null)));
        writeNdjson("replaced-b.ndjson", corrected, fhir(line("R3", 1, EXERCISE_THIRD, "2026-05-18", 20, "600.00")));
        List<CSVRecord> findings = screen("replaced-b.ndjson");

        // then R1B is not a duplicate of R1, and R3 counts $910 + $900 + $600 = $2,410, not R1's $900 too
        assertThat(rules(findings)).doesNotContain("GEN-DUPLICATE-LINE", "MCR-THERAPY-THRESHOLD-KX");
    }

    @Test
    @Order(11)
    void aCancelledFhirClaimLeavesHistory() throws IOException {
        // given R2 (2026-05-11, $900) above, withdrawn by a cancelled Claim, and a new $600 session
        org.hl7.fhir.r4.model.Claim cancelled = fhir(line("R2", 1, EXERCISE_THIRD, "2026-05-11", 30, "900.00"));
        cancelled.setStatus(org.hl7.fhir.r4.model.Claim.ClaimStatus.CANCELLED);
        writeNdjson("voided.ndjson", cancelled, fhir(line("R4", 1, EXERCISE_THIRD, "2026-05-25", 20, "600.00")));

        List<CSVRecord> findings = screen("voided.ndjson");

        // then R4 counts $910 + $600 + $600 = $2,110; with R2's $900 it would be $3,010, past $2,480
        assertThat(rules(findings)).doesNotContain("MCR-THERAPY-THRESHOLD-KX");
        // and after the night, the next session still does not count R2
        write("voided-next.csv", line("R5", 1, EXERCISE_THIRD, "2026-06-01", 12, "360.00"));
        assertThat(rules(screen("voided-next.csv"))).doesNotContain("MCR-THERAPY-THRESHOLD-KX");
    }

    @Test
    @Order(12)
    void theNewestReportTrendsTheJobsCompletedRunsFromTheRunRecords() throws IOException {
        // given: the runs the tests above made, each of them completed
        List<Path> runs;
        try (java.util.stream.Stream<Path> folders = Files.list(out)) {
            runs = folders.filter(f -> f.getFileName().toString().matches("\\d+") && Files.exists(f.resolve("summary.json")))
                    .sorted(java.util.Comparator.comparingLong(f -> Long.parseLong(f.getFileName().toString()))).toList();
        }
        Path newest = runs.get(runs.size() - 1);
        String job = JSON.readTree(Files.readString(newest.resolve("summary.json"))).get("job").asString();

        // when
        String html = Files.readString(newest.resolve("report.html"));

        // then: one point per completed run of the job, oldest first, with its held claims
        String trend = html.substring(html.indexOf("id=\"trend\""), html.indexOf("</figure>", html.indexOf("id=\"trend\"")));
        int last = -1;
        int points = 0;
        for (Path run : runs) {
            tools.jackson.databind.JsonNode summary = JSON.readTree(Files.readString(run.resolve("summary.json")));
            if (!summary.get("job").asString().equals(job)) {
                continue;
            }
            String row = "<tr><td>" + summary.get("run_id").asLong() + "</td><td>2026-11-26</td><td class=\"num\">"
                    + String.format(java.util.Locale.US, "%,d", summary.get("claims_held").asLong()) + "</td>";
            assertThat(trend).contains(row);
            assertThat(trend.indexOf(row)).isGreaterThan(last);
            last = trend.indexOf(row);
            points++;
        }
        assertThat(points).isGreaterThan(1);
        assertThat(trend).contains("data-points=\"" + Math.min(30, points) + "\"");
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private List<CSVRecord> screen(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("screen", "--out", out.toString(), "--as-of", "2026-11-26",
                "--plans", work.resolve("plans.csv").toString(), "--providers", work.resolve("providers.csv").toString()));
        for (String arg : args) {
            command.add(arg.endsWith(".csv") || arg.endsWith(".ndjson") ? work.resolve(arg).toString() : arg);
        }
        return findings(Cli.run(db, command.toArray(String[]::new)));
    }

    private List<CSVRecord> findings(Cli.Result result) throws IOException {
        assertThat(result.exit()).as(result.err()).isZero();
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(result.out());
        assertThat(run.find()).isTrue();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(CsvFiles.reader(out.resolve(run.group(1)).resolve("findings.csv")))) {
            return parser.getRecords();
        }
    }

    /** Screens a copy of a sample-data night with the sample's plans and providers. */
    private List<CSVRecord> screenSample(Path file) throws IOException {
        return findings(Cli.run(db, "screen", "--out", out.toString(), "--as-of", "2026-11-26", "--plans",
                "sample-data/plans.csv", "--providers", "sample-data/providers.csv", file.toString()));
    }

    /** A finding's claim, line, rule and message: what tells two screenings' findings apart. */
    private static List<String> identities(List<CSVRecord> findings) {
        return findings.stream().map(f -> f.get("claim_id") + " " + f.get("line_number") + " " + f.get("rule_id")
                + " " + f.get("message")).toList();
    }

    private static List<String> rules(List<CSVRecord> findings) {
        return findings.stream().map(f -> f.get("rule_id")).toList();
    }

    private static String line(String claim, int lineNumber, String template, String date, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = date;
        System.arraycopy(more, 0, args, 1, more.length);
        return claim + "," + lineNumber + String.format(template, args);
    }

    /** One claim of a CSV line, as a FHIR Claim (the CSV and FHIR readers give the same rows). */
    private org.hl7.fhir.r4.model.Claim fhir(String csvLine) throws IOException {
        write("fhir-source.csv", csvLine);
        return FhirClaimWriter.toFhir(FhirSampleData.claims(work.resolve("fhir-source.csv")).get(0));
    }

    private void writeNdjson(String name, org.hl7.fhir.r4.model.Claim... claims) throws IOException {
        IParser json = FhirContext.forR4Cached().newJsonParser();
        StringBuilder ndjson = new StringBuilder();
        for (org.hl7.fhir.r4.model.Claim claim : claims) {
            ndjson.append(json.encodeResourceToString(claim)).append('\n');
        }
        Files.writeString(work.resolve(name), ndjson);
    }

    private void write(String name, String... lines) throws IOException {
        Files.writeString(work.resolve(name), HEADER + "\n" + String.join("\n", lines) + "\n");
    }
}
