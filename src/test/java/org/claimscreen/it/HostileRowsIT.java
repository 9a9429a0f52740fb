package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One night of hostile input on PostgreSQL (which refuses NUL bytes and over-long values outright):
 * a 5 MB cell in a claim id, a procedure code and a payer id, impossible dates, negative, NaN and
 * 1e309 charges, 2^31 units, NUL bytes, two member ids on one claim, a missing and a repeated
 * header column, XXE, an entity bomb, 10,000-deep JSON and a FHIR claim id of 5 MB. Every bad row,
 * claim or file is a reject naming file, line and reason; the reason and the log quote at most an
 * excerpt of the value; every other claim is screened; a procedure code of no CPT/HCPCS shape and
 * a service after the as-of date are held with their findings, not passed as clean.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRowsIT {

    private static final String AS_OF = "2026-11-26";
    private static final String HEADER = "claim_id,line_number,member_id,patient_birth_date,payer_type,payer_id,plan_id,"
            + "service_date,place_of_service,procedure_code,modifiers,units,minutes,charge_amount,diagnosis_codes,"
            + "diagnosis_pointers,rendering_npi,rendering_taxonomy,supervising_npi,referring_npi,billing_npi,"
            + "plan_of_care,abn_on_file,lmn_on_file";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    /** Longer than any excerpt a reason or log line may quote. */
    private static final String HUGE = "X".repeat(5_000_000);
    private static final String MORE_THAN_AN_EXCERPT = "X".repeat(41);

    private Database db;
    private Path runDir;
    private ChildCli.Result result;
    private int nextMember;
    /** Claim id → the reject column expected for the bad rows of hostile.csv. */
    private final Map<String, String> badRows = new LinkedHashMap<>();

    @BeforeAll
    void screenAHostileNight(@TempDir Path work) throws IOException, InterruptedException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row("GOOD-1", Map.of()));
        rows.add(row("GOOD-2", Map.of("service_date", "2026-11-20")));
        rows.add(row("GOOD-3", Map.of("procedure_code", "97112")));
        bad(rows, "HUGE-CODE", "procedure_code", Map.of("procedure_code", HUGE));
        bad(rows, "HUGE-PAYER", "payer_id", Map.of("payer_id", HUGE));
        rows.add(row(HUGE, Map.of()));
        bad(rows, "BAD-DATE", "service_date", Map.of("service_date", "2026-02-30"));
        bad(rows, "BAD-MONTH", "service_date", Map.of("service_date", "2026-13-01"));
        bad(rows, "NEGATIVE", "charge_amount", Map.of("charge_amount", "-90.00"));
        bad(rows, "NAN", "charge_amount", Map.of("charge_amount", "NaN"));
        bad(rows, "INFINITE", "charge_amount", Map.of("charge_amount", "1e309"));
        bad(rows, "UNITS-2-31", "units", Map.of("units", "2147483648"));
        bad(rows, "NUL-MODIFIER", "modifiers", Map.of("modifiers", "G\u0000P"));
        rows.add(row("NUL\u0000ID", Map.of()));
        // two member ids on one claim: the claim is refused as a whole, not split between them
        rows.add(row("TWO-MEMBERS", Map.of()));
        rows.add(row("TWO-MEMBERS", Map.of("line_number", "2", "procedure_code", "97112", "member_id", "9EG4TE5MK99")));
        rows.add(row("CODE-TYPO", Map.of("procedure_code", "97l24", "minutes", "")));
        rows.add(row("FUTURE", Map.of("service_date", "2026-12-01")));
        Files.writeString(inbox.resolve("hostile.csv"), String.join("\n", rows) + "\n", StandardCharsets.UTF_8);

        Files.writeString(inbox.resolve("missing-column.csv"), HEADER.replace(",procedure_code", "") + "\n"
                + row("MISSING-1", Map.of()).replace(",97110", "") + "\n");
        Files.writeString(inbox.resolve("repeated-column.csv"), HEADER + ",units\n" + row("REPEATED-1", Map.of())
                + ",2\n");
        Files.writeString(inbox.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE Claim [<!ENTITY e SYSTEM \""
                + work.resolve("secret.txt").toUri() + "\">]>\n<Claim xmlns=\"http://hl7.org/fhir\"><id value=\"&e;\"/>"
                + "</Claim>\n");
        Files.writeString(work.resolve("secret.txt"), "TOP-SECRET");
        Files.writeString(inbox.resolve("bomb.xml"), entityBomb());
        Files.writeString(inbox.resolve("deep.json"), "{\"resourceType\":\"Claim\",\"extension\":"
                + "[".repeat(10_000) + "]".repeat(10_000) + "}\n");
        List<String> claims = Files.readAllLines(Path.of("sample-data/fhir/claims-2026-11-26-westside.ndjson"));
        String hugeId = claims.get(0).replace("claim-id\",\"value\":\"WP-260701\"", "claim-id\",\"value\":\""
                + HUGE + "\"");
        assertThat(hugeId.length()).as("the template claim names its id").isGreaterThan(HUGE.length());
        Files.writeString(inbox.resolve("huge-id.ndjson"), hugeId + "\n" + claims.get(1) + "\n");

        db = Database.freshPostgres();
        result = ChildCli.run(db.url(), db, work.resolve("logs"), "screen", "--out", work.resolve("out").toString(),
                "--as-of", AS_OF, inbox.toString());
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(result.out());
        assertThat(run.find()).as(result.err()).isTrue();
        runDir = work.resolve("out").resolve(run.group(1));
    }

    @AfterAll
    void dropDatabase() {
        if (db != null) {
            db.drop().run();
        }
    }

    @Test
    void theNightCompletesAndSaysSoInOneLinePerFact() {
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void everyBadRowIsARejectNamingItsLineAndColumn() throws IOException {
        List<CSVRecord> rejects = csv(runDir.resolve("rejects.csv"));
        for (Map.Entry<String, String> bad : badRows.entrySet()) {
            assertThat(rejects).as(bad.getKey()).anySatisfy(reject -> {
                assertThat(reject.get("file")).isEqualTo("hostile.csv");
                assertThat(reject.get("claim_id")).isEqualTo(bad.getKey());
                assertThat(reject.get("column")).isEqualTo(bad.getValue());
                assertThat(Long.parseLong(reject.get("line"))).isGreaterThan(1);
            });
        }
        assertThat(rejects).anySatisfy(reject -> {
            assertThat(reject.get("file")).isEqualTo("hostile.csv");
            assertThat(reject.get("column")).isEqualTo("claim_id");
            assertThat(reject.get("reason")).contains("5,000,000 characters", "longer than 100");
        });
        assertThat(rejects).anySatisfy(reject -> {
            assertThat(reject.get("column")).isEqualTo("claim_id");
            assertThat(reject.get("reason")).contains("control character", "\\u0000");
        });
        assertThat(rejects).filteredOn(reject -> reject.get("claim_id").equals("TWO-MEMBERS")).isNotEmpty();
    }

    @Test
    void everyBadFileIsARejectSayingWhy() throws IOException {
        List<CSVRecord> rejects = csv(runDir.resolve("rejects.csv"));
        assertThat(reasonsOf(rejects, "missing-column.csv")).anySatisfy(reason -> assertThat(reason).contains("procedure_code"));
        assertThat(reasonsOf(rejects, "repeated-column.csv")).anySatisfy(reason -> assertThat(reason).contains("twice"));
        assertThat(reasonsOf(rejects, "xxe.xml")).anySatisfy(reason -> assertThat(reason).contains("DOCTYPE"))
                .allSatisfy(reason -> assertThat(reason).doesNotContain("TOP-SECRET"));
        assertThat(reasonsOf(rejects, "bomb.xml")).anySatisfy(reason -> assertThat(reason).contains("DOCTYPE"));
        assertThat(reasonsOf(rejects, "deep.json")).isNotEmpty();
        assertThat(rejects).filteredOn(reject -> reject.get("file").equals("huge-id.ndjson")).singleElement()
                .satisfies(reject -> assertThat(reject.get("reason")).contains("5,000,000 characters"));
    }

    @Test
    void noReasonQuotesMoreThanAnExcerptOrAControlCharacter() throws IOException {
        for (CSVRecord reject : csv(runDir.resolve("rejects.csv"))) {
            assertThat(reject.get("reason")).hasSizeLessThanOrEqualTo(2000).doesNotContain(MORE_THAN_AN_EXCERPT)
                    .doesNotContain("\u0000");
            assertThat(reject.get("claim_id")).hasSizeLessThanOrEqualTo(100).doesNotContain("\u0000");
        }
    }

    @Test
    void theLogNeverCarriesTheRawValue() {
        String log = result.out() + result.err();
        assertThat(log).doesNotContain(MORE_THAN_AN_EXCERPT).doesNotContain("\u0000").doesNotContain("TOP-SECRET");
        assertThat(log).hasSizeLessThan(20_000);
    }

    @Test
    void theGoodClaimsAreScreenedBesideTheBadOnes() throws IOException {
        assertThat(claimIds(runDir.resolve("clean/hostile.csv"))).containsExactlyInAnyOrder("GOOD-1", "GOOD-2", "GOOD-3");
        assertThat(claimIds(runDir.resolve("held/hostile.csv"))).containsExactlyInAnyOrder("CODE-TYPO", "FUTURE");
        assertThat(runDir.resolve("clean/huge-id.ndjson")).exists();
        assertThat(Files.readString(runDir.resolve("clean/huge-id.ndjson")) + readIfExists(runDir.resolve("held/huge-id.ndjson")))
                .contains("WP-260702").doesNotContain(MORE_THAN_AN_EXCERPT);
    }

    @Test
    void aCodeOfNoCptShapeAndAServiceNotYetGivenAreHeldWithTheirFindings() throws IOException {
        List<CSVRecord> findings = csv(runDir.resolve("findings.csv"));
        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.get("claim_id")).isEqualTo("CODE-TYPO");
            assertThat(finding.get("rule_id")).isEqualTo("GEN-PROCEDURE-CODE-INVALID");
            assertThat(finding.get("severity")).isEqualTo("DENY");
            assertThat(finding.get("denial_code")).isEqualTo("CO-16 + M51");
        });
        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.get("claim_id")).isEqualTo("FUTURE");
            assertThat(finding.get("rule_id")).isEqualTo("GEN-SERVICE-DATE-FUTURE");
            assertThat(finding.get("message")).contains("2026-12-01", AS_OF);
        });
    }

    private void bad(List<String> rows, String claimId, String column, Map<String, String> cells) {
        badRows.put(claimId, column);
        rows.add(row(claimId, cells));
    }

    /** A Medicare PT's 97110 under a plan of care, clean on its own, with {@code changes} applied. */
    private String row(String claimId, Map<String, String> changes) {
        int member = nextMember++;
        String memberId = (1 + member % 9) + "EG4TE5MK" + String.format("%02d", member % 100);
        Map<String, String> cells = new LinkedHashMap<>();
        String[] values = {claimId, "1", memberId, "1949-04-18", "ORIGINAL_MEDICARE", "04412", "", "2026-11-16", "11",
            "97110", "GP", "2", "30", "90.00", "M54.50;M62.81", "A;B", "2553719313", "225100000X", "", "2795699760",
            "2709145348", "Y", "", ""};
        for (int i = 0; i < values.length; i++) {
            cells.put(COLUMNS.get(i), values[i]);
        }
        cells.putAll(changes);
        return String.join(",", cells.values().stream().map(HostileRowsIT::quoted).toList());
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** Billion laughs: ten levels of ten references, a gigabyte of text if any parser expanded it. */
    private static String entityBomb() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Claim [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return xml.append("]>\n<Claim xmlns=\"http://hl7.org/fhir\"><id value=\"&lol9;\"/></Claim>\n").toString();
    }

    private static List<String> reasonsOf(List<CSVRecord> rejects, String file) {
        return rejects.stream().filter(reject -> reject.get("file").equals(file)).map(reject -> reject.get("reason"))
                .toList();
    }

    private static List<String> claimIds(Path file) throws IOException {
        return csv(file).stream().map(record -> record.get("claim_id")).distinct().toList();
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(CsvFiles.reader(file))) {
            return parser.getRecords();
        }
    }
}
