package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bad input gets a clear one-line error or a reject, and loses nothing else. */
class ScreenBadInputIT {

    private static final String HEADER = "claim_id,line_number,member_id,payer_type,service_date,procedure_code,"
            + "modifiers,units,charge_amount,diagnosis_codes,rendering_npi,rendering_taxonomy,referring_npi,plan_of_care";
    private static final String PT_LINE = ",1EG4TE5MK73,ORIGINAL_MEDICARE,2026-11-02,97110,GP,2,90.00,M54.50,"
            + "1003000126,225100000X,1245319599,Y";

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void freshDatabase() {
        db = Database.h2(dir.resolve("db"));
    }

    @AfterEach
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    void missingInputIsAUsageErrorInOneLine() {
        Cli.Result result = Cli.run(db, "screen", dir.resolve("nope.csv").toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines()).containsExactly(
                "claimscreen: no such file or folder: " + dir.resolve("nope.csv"), "Try 'claimscreen screen --help'.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageErrorInOneLine() {
        Cli.Result result = Cli.run(db, "screen", "--frobnicate", dir.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines().findFirst()).hasValue("claimscreen: unknown option --frobnicate for screen");
    }

    @Test
    void folderWithoutClaimFilesIsAUsageError() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve("README.md"), "nothing here");

        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), empty.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("claimscreen: no claim files in " + empty);
    }

    @Test
    void badPlansFileFailsAtStartNamingFileLineAndColumn() throws IOException {
        Path inbox = inboxWith("good.csv", HEADER + "\nC1,1" + PT_LINE + "\n");
        Files.writeString(inbox.resolve("plans.csv"), """
                plan_id,plan_name,massage_benefit,massage_requires_order,massage_sessions_per_year,massage_copay,massage_coinsurance_pct
                H1234-001,Plan,Y,Y,twelve,20.00,
                """);

        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), inbox.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines().toList()).hasSize(1);
        assertThat(result.err()).contains("plans.csv").contains("line 2").contains("massage_sessions_per_year");
    }

    @Test
    void unreachableDatabaseFailsInOneLineWithoutAStackTrace() {
        Path inbox = inboxWith("good.csv", HEADER + "\nC1,1" + PT_LINE + "\n");
        Database nowhere = new Database("jdbc:postgresql://127.0.0.1:1/claimscreen", "postgres", "", () -> { });

        Cli.Result result = Cli.run(nowhere, "screen", "--out", dir.resolve("out").toString(), inbox.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("claimscreen: cannot start: cannot open jdbc:postgresql://127.0.0.1:1/claimscreen: ")
                .doesNotContain("\tat ");
        assertThat(result.err().lines().toList()).hasSize(1);
    }

    @Test
    void screensTheGoodFilesWhenOneLacksAColumnAndAnotherBreaksPartWay() throws IOException {
        Path inbox = inboxWith("a-good.csv", HEADER + "\nG1,1" + PT_LINE + "\nG2,1" + PT_LINE.replace("1EG4TE5MK73", "2EG4TE5MK73") + "\n");
        Files.writeString(inbox.resolve("b-no-units.csv"),
                HEADER.replace(",units", "") + "\nN1,1,1EG4TE5MK73,ORIGINAL_MEDICARE,2026-11-02,97110,GP,90.00,M54.50,"
                        + "1003000126,225100000X,1245319599,Y\n");
        Files.writeString(inbox.resolve("c-broken.csv"), HEADER + "\nB1,1" + PT_LINE + "\nB2,1" + PT_LINE
                + "\nB1,2,1EG4TE5MK73,\"ORIGINAL_MEDICARE,2026-11-02,97140,GP,1,45.00,M54.50,1003000126,225100000X,"
                + "1245319599,Y\nB3,1" + PT_LINE + "\n");

        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), inbox.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        Path runDir = Files.list(dir.resolve("out")).findFirst().orElseThrow();
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(runDir.resolve("summary.json")));
        assertThat(summary.get("inputs").valueStream().map(i -> i.get("file").asText() + " " + i.get("status").asText()))
                .containsExactly("a-good.csv OK", "b-no-units.csv FAILED", "c-broken.csv OK");
        assertThat(summary.get("inputs").get(1).get("problem").asText()).contains("units");
        // G1 and G2 are clean; B1 and B2 were read before the break but may have lost lines after it
        assertThat(summary.get("claims_clean").asLong()).isEqualTo(2);
        assertThat(summary.get("claims_rejected").asLong()).isEqualTo(2);
        List<String> rejects;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(runDir.resolve("rejects.csv")))) {
            rejects = parser.stream().map(r -> String.join("|", r.toList())).toList();
        }
        assertThat(rejects).containsExactly(
                "b-no-units.csv|1||header|missing required column(s) units",
                "c-broken.csv|2|B1||the file cannot be read past line 4, so this claim may be missing lines; "
                        + "fix the file and screen it again",
                "c-broken.csv|3|B2||the file cannot be read past line 4, so this claim may be missing lines; "
                        + "fix the file and screen it again",
                "c-broken.csv|4|||the rest of the file cannot be read: the CSV is malformed from here on ((startline 4) "
                        + "EOF reached before encapsulated token finished); check for a quote that is not closed or "
                        + "text after a closing quote");
        assertThat(result.out()).contains("failed b-no-units.csv");
    }

    private Path inboxWith(String name, String content) {
        try {
            Path inbox = Files.createDirectories(dir.resolve("inbox"));
            Files.writeString(inbox.resolve(name), content);
            return inbox;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
