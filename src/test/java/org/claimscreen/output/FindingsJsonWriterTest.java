package org.claimscreen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.output.ReportFixtures.claimLevelFinding;
import static org.claimscreen.output.ReportFixtures.generated;
import static org.claimscreen.output.ReportFixtures.massageFinding;
import static org.claimscreen.output.SummaryJsonWriterTest.JSON;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class FindingsJsonWriterTest {

    @TempDir
    Path folder;

    private final FindingsJsonWriter writer = new FindingsJsonWriter();

    @Test
    void writesOneFindingALineWithTheCsvColumnsAsKeys() throws IOException {
        // given
        Path target = folder.resolve("findings.json");

        // when
        long written = writer.write(target, List.of(massageFinding()));

        // then
        assertThat(written).isEqualTo(1);
        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(1);
        JsonNode finding = JSON.readTree(lines.get(0));
        assertThat(finding.propertyNames()).containsExactlyElementsOf(FindingsCsvWriter.HEADER);
        assertThat(finding.get("counts_toward_total").isBoolean()).isTrue();
        assertThat(finding.get("rule_title").asString()).isEqualTo("Massage billed without a covered therapy service");
        assertThat(finding.get("run_id").isNumber()).isTrue();
        assertThat(finding.get("line_number").asInt()).isEqualTo(2);
        assertThat(finding.get("units").asInt()).isEqualTo(2);
        assertThat(finding.get("charge_amount").decimalValue()).isEqualTo(new BigDecimal("85.00"));
        assertThat(finding.get("amount_at_risk").decimalValue()).isEqualTo(new BigDecimal("85.00"));
        assertThat(finding.get("service_date").asString()).isEqualTo("2026-03-14");
        assertThat(finding.get("policy").asString()).isEqualTo("Medicare Benefit Policy Manual ch. 15 §240.1.3");
    }

    @Test
    void writesNullForWhatAClaimLevelFindingDoesNotHave() throws IOException {
        // given
        Path target = folder.resolve("findings.json");

        // when
        writer.write(target, List.of(claimLevelFinding()));

        // then
        JsonNode finding = JSON.readTree(Files.readAllLines(target).get(0));
        assertThat(finding.get("line_number").isNull()).isTrue();
        assertThat(finding.get("units").isNull()).isTrue();
        assertThat(finding.get("charge_amount").isNull()).isTrue();
        assertThat(finding.get("denial_code").isNull()).isTrue();
    }

    @Test
    void keepsTextAsReadWithoutSpreadsheetQuoting() throws IOException {
        // given
        Path target = folder.resolve("findings.json");

        // when
        writer.write(target,
                List.of(ReportFixtures.withClaimIdAndMessage("=1+1", "He said \"no\"\n</script>")));

        // then
        JsonNode finding = JSON.readTree(Files.readAllLines(target).get(0));
        assertThat(finding.get("claim_id").asString()).isEqualTo("=1+1");
        assertThat(finding.get("message").asString()).isEqualTo("He said \"no\"\n</script>");
    }

    @Test
    void streamsManyFindings() throws IOException {
        // given
        FindingRow row = massageFinding();
        Path target = folder.resolve("findings.json");

        // when
        long written = writer.write(target, generated(20_000, i -> row));

        // then
        assertThat(written).isEqualTo(20_000);
        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(20_000).allSatisfy(line -> assertThat(JSON.readTree(line).get("claim_id").asString())
                .isEqualTo("CLM-1001"));
    }
}
