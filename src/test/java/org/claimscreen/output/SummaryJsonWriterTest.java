package org.claimscreen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.output.ReportFixtures.summary;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.claimscreen.domain.claim.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SummaryJsonWriterTest {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @TempDir
    Path folder;

    private final SummaryJsonWriter writer = new SummaryJsonWriter();

    @Test
    void writesEveryKeyOfTheContractInSnakeCase() throws IOException {
        // given
        Path target = folder.resolve("summary.json");

        // when
        writer.write(target, summary());

        // then
        JsonNode json = JSON.readTree(target);
        assertThat(json.propertyNames()).containsExactly(
                "run_id", "job", "status", "started_at", "finished_at", "as_of", "rule_pack", "trial",
                "history_cutoff", "rerun", "inputs",
                "claims_read", "claims_clean", "claims_held", "claims_rejected", "claims_not_screened",
                "lines_read", "lines_flagged", "rejects", "findings_by_severity", "findings_by_rule",
                "amount_at_risk", "amount_at_risk_by_rule", "amount_at_risk_by_severity", "amount_at_risk_by_liable",
                "amount_at_risk_by_provider", "amount_at_risk_by_payer_type", "patient_estimate_total",
                "changes_since_previous_run");
        assertThat(json.get("finished_at").asString()).isEqualTo("2026-03-20T09:15:42Z");
        assertThat(json.get("run_id").asLong()).isEqualTo(42);
        assertThat(json.get("started_at").asString()).isEqualTo("2026-03-20T09:15:00Z");
        assertThat(json.get("as_of").asString()).isEqualTo("2026-03-20");
        assertThat(json.get("rule_pack").get("id").asString()).isEqualTo("medicare-therapy");
        assertThat(json.get("rule_pack").get("version").asString()).isEqualTo("2026.1");
        JsonNode input = json.get("inputs").get(0);
        assertThat(input.propertyNames()).containsExactly("file", "format", "sha256", "lines", "status", "problem");
        assertThat(input.get("lines").asLong()).isEqualTo(120);
        assertThat(input.get("problem").isNull()).isTrue();
    }

    @Test
    void breaksTheDollarsDownFourWaysAndWritesBothTimesToTheSecond() throws IOException {
        // given a summary whose times carry the database's microseconds and the clock's nanoseconds
        RunSummary s = summary();
        RunSummary.AtRisk atRisk = new RunSummary.AtRisk(
                Map.of("DENY", Money.of("1000.00"), "REVIEW", Money.of("234.50")),
                Map.of("PATIENT", Money.of("85.00"), "PROVIDER", Money.of("1149.50")),
                Map.of("1234567893", Money.of("1234.50")), Map.of("ORIGINAL_MEDICARE", Money.of("1234.50")),
                Map.of("1234567893", "Ana Lima, LMT"));
        RunSummary withBreakdowns = new RunSummary(s.runId(), s.job(), s.status(),
                Instant.parse("2026-03-20T09:15:00.123456Z"), Instant.parse("2026-03-20T09:15:42.987654321Z"),
                s.asOf(), s.rulePackId(), s.rulePackVersion(), s.inputs(), s.claimsRead(), s.claimsClean(),
                s.claimsHeld(), s.claimsRejected(), s.claimsNotScreened(), s.linesRead(), s.linesFlagged(),
                s.rejects(), s.findingsBySeverity(), s.findingsByRule(), s.amountAtRisk(), s.amountAtRiskByRule(),
                s.patientEstimateTotal(), s.changesSincePreviousRun(), atRisk);
        Path target = folder.resolve("summary.json");

        // when
        writer.write(target, withBreakdowns);

        // then
        JsonNode json = JSON.readTree(target);
        assertThat(json.get("started_at").asString()).isEqualTo("2026-03-20T09:15:00Z");
        assertThat(json.get("finished_at").asString()).isEqualTo("2026-03-20T09:15:42Z");
        assertThat(json.get("amount_at_risk_by_severity").toString()).isEqualTo("{\"DENY\":1000.00,\"REVIEW\":234.50}");
        assertThat(json.get("amount_at_risk_by_liable").get("PROVIDER").decimalValue()).isEqualByComparingTo("1149.50");
        assertThat(json.get("amount_at_risk_by_provider").get("1234567893").decimalValue()).isEqualByComparingTo("1234.50");
        assertThat(json.get("amount_at_risk_by_payer_type").get("ORIGINAL_MEDICARE").decimalValue())
                .isEqualByComparingTo("1234.50");
    }

    @Test
    void saysWhatChangedSinceThePreviousRunByRule() throws IOException {
        // given
        Path target = folder.resolve("summary.json");

        // when
        writer.write(target, summary());

        // then
        JsonNode changes = JSON.readTree(target).get("changes_since_previous_run");
        assertThat(changes.propertyNames())
                .containsExactly("previous_run_id", "new", "resolved", "not_rescreened", "new_by_rule", "resolved_by_rule");
        assertThat(changes.get("not_rescreened").asLong()).isEqualTo(2);
        assertThat(changes.get("previous_run_id").asLong()).isEqualTo(41);
        assertThat(changes.get("new").asLong()).isEqualTo(3);
        assertThat(changes.get("resolved").asLong()).isEqualTo(1);
        assertThat(changes.get("new_by_rule").get("MCR-MASSAGE-STANDALONE").asLong()).isEqualTo(3);
        assertThat(changes.get("resolved_by_rule").get("MCR-PLAN-OF-CARE").asLong()).isEqualTo(1);
    }

    @Test
    void writesANullPreviousRunForTheFirstRunOfAJob() throws IOException {
        // given
        RunSummary s = summary();
        RunSummary first = new RunSummary(s.runId(), s.job(), s.status(), s.startedAt(), s.finishedAt(), s.asOf(),
                s.rulePackId(), s.rulePackVersion(), s.inputs(), s.claimsRead(), s.claimsClean(), s.claimsHeld(),
                s.claimsRejected(), s.claimsNotScreened(), s.linesRead(), s.linesFlagged(), s.rejects(),
                s.findingsBySeverity(), s.findingsByRule(), s.amountAtRisk(), s.amountAtRiskByRule(),
                s.patientEstimateTotal(), null);
        Path target = folder.resolve("summary.json");

        // when
        writer.write(target, first);

        // then
        JsonNode changes = JSON.readTree(target).get("changes_since_previous_run");
        assertThat(changes.get("previous_run_id").isNull()).isTrue();
        assertThat(changes.get("new").asLong()).isZero();
        assertThat(changes.get("new_by_rule").isEmpty()).isTrue();
    }

    @Test
    void writesAmountsAsNumbersWithTwoDecimals() throws IOException {
        // given
        Path target = folder.resolve("summary.json");

        // when
        writer.write(target, summary());

        // then
        JsonNode json = JSON.readTree(target);
        assertThat(json.get("amount_at_risk").isNumber()).isTrue();
        assertThat(json.get("amount_at_risk").decimalValue()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(json.get("amount_at_risk_by_rule").get("MCR-PLAN-OF-CARE").decimalValue())
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(json.get("patient_estimate_total").decimalValue()).isEqualTo(new BigDecimal("850.00"));
        assertThat(Files.readString(target)).contains("\"amount_at_risk\" : 1234.50");
    }

    @Test
    void theFourClaimCountsAddUpToClaimsRead() throws IOException {
        // given
        Path target = folder.resolve("summary.json");

        // when
        writer.write(target, summary());

        // then
        JsonNode json = JSON.readTree(target);
        assertThat(json.get("claims_clean").asLong()).isEqualTo(80);
        assertThat(json.get("claims_held").asLong()).isEqualTo(15);
        assertThat(json.get("claims_rejected").asLong()).isEqualTo(3);
        assertThat(json.get("claims_not_screened").asLong()).isEqualTo(2);
        assertThat(json.get("claims_clean").asLong() + json.get("claims_held").asLong()
                + json.get("claims_rejected").asLong() + json.get("claims_not_screened").asLong())
                .isEqualTo(json.get("claims_read").asLong());
    }

    @Test
    void alwaysListsAllThreeSeverities() throws IOException {
        // given: the summary has no INFO findings
        Path target = folder.resolve("summary.json");

        // when
        writer.write(target, summary());

        // then
        JsonNode bySeverity = JSON.readTree(target).get("findings_by_severity");
        assertThat(bySeverity.propertyNames()).containsExactly("DENY", "REVIEW", "INFO");
        assertThat(bySeverity.get("INFO").asLong()).isZero();
        assertThat(bySeverity.get("DENY").asLong()).isEqualTo(10);
    }

    @Test
    void listsRulesInIdOrder() throws IOException {
        // given
        Path target = folder.resolve("summary.json");

        // when
        writer.write(target, summary());

        // then
        JsonNode byRule = JSON.readTree(target).get("findings_by_rule");
        assertThat(byRule.propertyNames()).containsExactly("MCR-MASSAGE-STANDALONE", "MCR-PLAN-OF-CARE");
        assertThat(byRule.get("MCR-PLAN-OF-CARE").asLong()).isEqualTo(7);
    }

    @Test
    void isPrettyPrinted() throws IOException {
        // given
        Path target = folder.resolve("summary.json");

        // when
        writer.write(target, summary());

        // then
        assertThat(Files.readAllLines(target)).hasSizeGreaterThan(20);
    }

    @Test
    void saysARerunsRunAndWhatItScreenedWith() throws IOException {
        // given
        RunSummary s = ReportFixtures.summary();
        RunSummary rerun = new RunSummary(s.runId(), s.job(), s.status(), s.startedAt(), s.finishedAt(), s.asOf(),
                s.rulePackId(), s.rulePackVersion(), s.inputs(), s.claimsRead(), s.claimsClean(), s.claimsHeld(),
                s.claimsRejected(), s.claimsNotScreened(), s.linesRead(), s.linesFlagged(), s.rejects(),
                s.findingsBySeverity(), s.findingsByRule(), s.amountAtRisk(), s.amountAtRiskByRule(),
                s.patientEstimateTotal(), s.changesSincePreviousRun(), s.atRisk(),
                new RunSummary.Provenance(false, java.time.Instant.parse("2026-03-19T01:30:00.250Z"), 7L, "AS_RUN",
                        "CURRENT", java.util.List.of("rules: today's pack")));
        Path target = folder.resolve("summary.json");

        // when
        writer.write(target, rerun);

        // then
        JsonNode json = JSON.readTree(target);
        assertThat(json.get("trial").asBoolean()).isFalse();
        assertThat(json.get("history_cutoff").asString()).isEqualTo("2026-03-19T01:30:00Z");
        assertThat(json.get("rerun").get("of_run").asLong()).isEqualTo(7);
        assertThat(json.get("rerun").get("history").asString()).isEqualTo("as-run");
        assertThat(json.get("rerun").get("rules").asString()).isEqualTo("current");
        assertThat(json.get("rerun").get("notes").get(0).asString()).isEqualTo("rules: today's pack");
    }

    @Test
    void aFirstScreeningIsNoRerun() throws IOException {
        Path target = folder.resolve("summary.json");

        writer.write(target, ReportFixtures.summary());

        assertThat(JSON.readTree(target).get("rerun").isNull()).isTrue();
    }
}
