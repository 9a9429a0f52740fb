package org.claimscreen.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A run screens with the pack and overrides it is given, and its reports name that pack. */
class ScreenRulePackIT {

    private static final String CLAIMS = """
            claim_id,line_number,member_id,payer_type,service_date,procedure_code,modifiers,units,charge_amount,\
            diagnosis_codes,rendering_npi,rendering_taxonomy,referring_npi,plan_of_care
            M1,1,1EG4TE5MK73,ORIGINAL_MEDICARE,2026-11-02,97124,,4,120.00,M62.830,1245319599,225700000X,,N
            """;

    @TempDir
    Path dir;

    private Database db;
    private Path inbox;

    @BeforeEach
    void freshDatabaseAndInbox() throws IOException {
        db = Database.h2(dir.resolve("db"));
        inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("claims.csv"), CLAIMS);
    }

    @AfterEach
    void dropDatabase() {
        db.drop().run();
    }

    @Test
    void screensWithThePackAndOverridesGivenAndNamesThatPackInTheSummary() throws IOException {
        // given
        Path pack = Files.writeString(dir.resolve("acme.yaml"),
                builtinPack().replace("pack: builtin", "pack: acme").replace("version: \"2026.3\"", "version: \"3\""));
        Path overrides = Files.writeString(dir.resolve("overrides.yaml"),
                "rules:\n  MCR-LMT-UNSUPERVISED: {enabled: false}\n"
                        + "payers:\n  ORIGINAL_MEDICARE: {MCR-MASSAGE-STANDALONE: {severity: REVIEW}}\n");

        // when
        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), "--as-of", "2026-11-26",
                "--rule-pack", pack.toString(), "--rule-overrides", overrides.toString(), inbox.toString());

        // then
        assertThat(result.exit()).as(result.err()).isZero();
        Path runDir = Files.list(dir.resolve("out")).findFirst().orElseThrow();
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(runDir.resolve("summary.json")));
        assertThat(summary.get("rule_pack").get("id").asText()).isEqualTo("acme");
        assertThat(summary.get("rule_pack").get("version").asText()).isEqualTo("3");
        String findings = Files.readString(runDir.resolve("findings.csv"));
        assertThat(findings).doesNotContain("MCR-LMT-UNSUPERVISED").contains("MCR-MASSAGE-STANDALONE,REVIEW");
    }

    @Test
    void refusesABadOverridesFileBeforeTheRunStarts() throws IOException {
        Path overrides = Files.writeString(dir.resolve("overrides.yaml"), "rules:\n  MCR-LMT-UNSUPERVISED: {severity: LOW}\n");

        Cli.Result result = Cli.run(db, "screen", "--out", dir.resolve("out").toString(), "--rule-overrides",
                overrides.toString(), inbox.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines().filter(line -> line.startsWith("claimscreen:")))
                .containsExactly("claimscreen: " + overrides + " line 2, rules.MCR-LMT-UNSUPERVISED.severity: "
                        + "'LOW' is not a severity (DENY, REVIEW or INFO)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private static String builtinPack() throws IOException {
        try (InputStream in = ScreenRulePackIT.class.getClassLoader()
                .getResourceAsStream("org/claimscreen/config/builtin-pack.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
