package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * A claim file with script tags, quotes and formula prefixes in every text column: the ones the
 * reader accepts as text (claim id, payer id, an extra column) reach the findings, the report and
 * clean/held; the others make rejects whose reasons quote them. Either way the report shows them
 * as text and no CSV written starts a cell with a formula character.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    static final String SCRIPT_ID = "<script>alert(1)</script>";
    static final String FORMULA_ID = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String QUOTE_ID = "+\"quoted\" 'id'";

    private static final String HEADER = "claim_id,line_number,member_id,payer_type,payer_id,service_date,procedure_code,"
            + "modifiers,units,charge_amount,diagnosis_codes,rendering_npi,rendering_taxonomy,referring_npi,plan_of_care,note";

    Database db;
    Path runDir;

    @BeforeAll
    void screenAHostileFile(@TempDir Path work) throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        // held: standalone massage under Original Medicare, hostile claim id, payer id and note
        rows.add(csv(SCRIPT_ID, "1", "1EG4TE5MK73", "ORIGINAL_MEDICARE", "\"><img src=x onerror=alert(2)>", "2026-11-02",
                "97124", "GP", "2", "90.00", "M54.50", "1003000126", "225100000X", "1245319599", "Y", "=1+2"));
        // clean: therapy under a plan of care, formula-like claim id
        rows.add(csv(FORMULA_ID, "1", "2EG4TE5MK73", "ORIGINAL_MEDICARE", "@SUM(A1)", "2026-11-02", "97110", "GP", "2",
                "90.00", "M54.50", "1003000126", "225100000X", "1245319599", "Y", "-3+4"));
        rows.add(csv(QUOTE_ID, "1", "3EG4TE5MK73", "ORIGINAL_MEDICARE", "'single'", "2026-11-02", "97110", "GP", "2",
                "90.00", "M54.50", "1003000126", "225100000X", "1245319599", "Y", "\t=tab"));
        // a hostile value in each other column: the ones the reader checks make rejects
        String[][] bad = {
            {"member_id", "<b>member</b>"}, {"payer_type", "=cmd|' /C calc'!A0"}, {"service_date", "<i>2026</i>"},
            {"procedure_code", "<svg onload=alert(3)>"}, {"modifiers", "\"><script>alert(4)</script>"},
            {"units", "=2+3"}, {"charge_amount", "-90"}, {"diagnosis_codes", "@M54"}, {"rendering_npi", "+1003000126"},
            {"rendering_taxonomy", "<u>tax</u>"}, {"referring_npi", "\"quoted\""}, {"plan_of_care", "'\"><x>"},
        };
        List<String> columns = List.of(HEADER.split(","));
        for (int i = 0; i < bad.length; i++) {
            String[] cells = {"R" + i + "<b>", "1", (4 + i % 5) + "EG4TE5MK73", "ORIGINAL_MEDICARE", "", "2026-11-02",
                "97110", "GP", "2", "90.00", "M54.50", "1003000126", "225100000X", "1245319599", "Y", ""};
            cells[columns.indexOf(bad[i][0])] = bad[i][1];
            rows.add(csv(cells));
        }
        Files.writeString(inbox.resolve("hostile.csv"), String.join("\n", rows) + "\n");
        db = Database.h2(work.resolve("db"));
        Cli.Result result = Cli.run(db, "screen", "--out", work.resolve("out").toString(), "--as-of", "2026-11-26",
                inbox.toString());
        Matcher run = Pattern.compile("run (\\d+) screened").matcher(result.out());
        assertThat(run.find()).as(result.err()).isTrue();
        assertThat(result.exit()).as(result.err()).isZero();
        runDir = work.resolve("out").resolve(run.group(1));
    }

    @AfterAll
    void dropDatabase() {
        if (db != null) {
            db.drop().run();
        }
    }

    @Test
    void everyCsvWrittenNeutralisesFormulaCells() throws IOException {
        List<Path> csvs;
        try (Stream<Path> files = Files.walk(runDir)) {
            csvs = files.filter(f -> f.toString().endsWith(".csv")).toList();
        }

        assertThat(csvs).extracting(f -> runDir.relativize(f).toString())
                .contains("findings.csv", "rejects.csv", "clean/hostile.csv", "held/hostile.csv");
        for (Path file : csvs) {
            for (CSVRecord record : records(file)) {
                for (String cell : record) {
                    assertThat(cell).as(file + " line " + record.getRecordNumber()).doesNotStartWith("=")
                            .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                            .doesNotStartWith("\t").doesNotStartWith("\r");
                }
            }
        }
        assertThat(Files.readString(runDir.resolve("held/hostile.csv"))).contains(SCRIPT_ID, "'=1+2");
        assertThat(Files.readString(runDir.resolve("clean/hostile.csv"))).contains("'=HYPERLINK", "'@SUM(A1)", "'-3+4");
        assertThat(Files.readString(runDir.resolve("findings.csv"))).contains(SCRIPT_ID);
        // header + one per hostile cell the reader checks (member ids are free text: R0 is screened)
        assertThat(records(runDir.resolve("rejects.csv"))).hasSize(1 + 11);
        assertThat(Files.readString(runDir.resolve("rejects.csv"))).contains("'=cmd|' /C calc'!A0'");
    }

    @Test
    void theReportShowsHostileTextAsText() throws IOException {
        // given
        String html = Files.readString(runDir.resolve("report.html"));
        assertThat(html).doesNotContain(SCRIPT_ID, "<img", "<svg onload", "<b>member", "<script>alert(4)");

        try (Browser browser = Browser.start(runDir.resolveSibling("chromium-profile"))) {
            // when
            browser.open(runDir.resolve("report.html"));

            // then: nothing ran, nothing was added to the page
            assertThat(noAlert(browser)).isTrue();
            assertThat(browser.driver.findElements(By.tagName("script"))).hasSize(4);
            assertThat(browser.driver.findElements(By.tagName("img"))).isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("b, i, u, x"))).isEmpty();
            assertThat(browser.driver.getTitle()).isEqualTo("claimscreen report \u2014 run " + runDir.getFileName());
            String rejects = browser.driver.findElement(By.id("rejects")).getText();
            assertThat(rejects).contains("R1<b>", "'=cmd|' /C calc'!A0'", "<i>2026</i>", "'\"><x>'");

            // when
            WebElement claim = browser.driver.findElements(By.cssSelector("#findings tbody button.claim-link")).stream()
                    .filter(b -> b.getText().equals(SCRIPT_ID)).findFirst().orElseThrow();
            claim.click();

            // then
            browser.waitFor(Duration.ofSeconds(5), "the claim dialog",
                    () -> browser.driver.findElement(By.id("claim-dialog")).getAttribute("open") != null);
            assertThat(browser.driver.findElement(By.id("claim-title")).getText()).isEqualTo("Claim " + SCRIPT_ID);
            assertThat(noAlert(browser)).isTrue();
            browser.screenshot(SampleReportBrowserIT.SCREENSHOTS.resolve("hostile-claim.png"));
        }
    }

    private static boolean noAlert(Browser browser) {
        try {
            browser.driver.switchTo().alert();
            return false;
        } catch (NoAlertPresentException expected) {
            return true;
        }
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(Files.newBufferedReader(file))) {
            return parser.getRecords();
        }
    }

    private static String csv(String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            quoted.add("\"" + cell.replace("\"", "\"\"") + "\"");
        }
        return String.join(",", quoted);
    }
}
