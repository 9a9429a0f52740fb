package org.claimscreen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.claimscreen.domain.rules.BuiltinRulePack;
import org.claimscreen.domain.rules.RuleOverrides;
import org.claimscreen.domain.rules.RuleSettings;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleOverridesFileTest {

    @TempDir
    Path dir;

    @Test
    void readsJobAndPayerOverrides() throws IOException {
        // given
        Path file = overrides("""
                rules:
                  MCR-LMT-SUPERVISED: {severity: DENY}
                  PAY-HSA-FSA-LMN: {enabled: false}
                payers:
                  medicare_advantage:
                    MCR-MBI-FORMAT: {severity: REVIEW}
                  "04412":
                    GEN-NPI-INVALID: {enabled: true, severity: INFO}
                """);

        // when
        RuleOverrides overrides = RuleOverridesFile.load(file, BuiltinRulePack.rules());

        // then
        assertThat(overrides.job()).isEqualTo(Map.of(
                "MCR-LMT-SUPERVISED", new RuleSettings(null, Severity.DENY),
                "PAY-HSA-FSA-LMN", new RuleSettings(false, null)));
        assertThat(overrides.byPayer()).isEqualTo(Map.of(
                "MEDICARE_ADVANTAGE", Map.of("MCR-MBI-FORMAT", new RuleSettings(null, Severity.REVIEW)),
                "04412", Map.of("GEN-NPI-INVALID", new RuleSettings(true, Severity.INFO))));
    }

    @Test
    void keepsARuleTheJobSwitchedOffWhenAPayerOnlyChangesItsSeverity() throws IOException {
        RuleOverrides overrides = RuleOverridesFile.load(overrides("""
                rules: {MCR-LMT-SUPERVISED: {enabled: false}}
                payers: {ORIGINAL_MEDICARE: {MCR-LMT-SUPERVISED: {severity: DENY}}}
                """), BuiltinRulePack.rules());

        RuleSettings settings = overrides.settingsFor("MCR-LMT-SUPERVISED", RuleSettings.DEFAULT,
                org.claimscreen.domain.claim.Claims.claimWith(org.claimscreen.domain.claim.Claims.line("97110")));

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.severity()).isEqualTo(Severity.DENY);
    }

    @Test
    void readsAnEmptyFileOfSectionsAsNoOverrides() throws IOException {
        RuleOverrides overrides = RuleOverridesFile.load(overrides("rules:\npayers:\n"), BuiltinRulePack.rules());

        assertThat(overrides).isEqualTo(RuleOverrides.NONE);
    }

    @Test
    void refusesAnUnknownRuleId() throws IOException {
        assertRefused("rules:\n  MCR-LMT-SUPERVISD: {enabled: false}\n",
                " line 2, rules.MCR-LMT-SUPERVISD: unknown rule id .*");
    }

    @Test
    void refusesAnUnknownRuleIdForAPayer() throws IOException {
        assertRefused("payers:\n  MEDICARE_ADVANTAGE:\n    MA-NOPE: {enabled: false}\n",
                " line 3, payers.MEDICARE_ADVANTAGE.MA-NOPE: unknown rule id .*");
    }

    @Test
    void refusesABadSeverity() throws IOException {
        assertRefused("rules:\n  MCR-LMT-SUPERVISED: {severity: deny-ish}\n",
                " line 2, rules.MCR-LMT-SUPERVISED.severity: 'deny-ish' is not a severity \\(DENY, REVIEW or INFO\\)");
    }

    @Test
    void refusesAnUnknownTopLevelKey() throws IOException {
        assertRefused("overrides:\n  MCR-LMT-SUPERVISED: {enabled: false}\n",
                " line 1, overrides: unknown key \\(known: rules, payers\\)");
    }

    @Test
    void refusesAnUnknownSettingKey() throws IOException {
        assertRefused("rules:\n  MCR-LMT-SUPERVISED: {disabled: true}\n",
                " line 2, rules.MCR-LMT-SUPERVISED.disabled: unknown key \\(known: enabled, severity\\)");
    }

    @Test
    void refusesASettingThatSaysNothing() throws IOException {
        assertRefused("rules:\n  MCR-LMT-SUPERVISED: {}\n", " line 2, rules.MCR-LMT-SUPERVISED: says nothing: .*");
    }

    @Test
    void refusesOnePayerTypeGivenTwiceInDifferentCase() throws IOException {
        assertRefused("payers:\n  MEDICARE_ADVANTAGE: {MCR-MBI-FORMAT: {enabled: false}}\n"
                + "  medicare_advantage: {MCR-MBI-FORMAT: {enabled: true}}\n",
                " line 3, payers.medicare_advantage: given twice \\(as MEDICARE_ADVANTAGE\\)");
    }

    @Test
    void refusesYamlThatDoesNotParse() throws IOException {
        assertRefused("rules: {MCR-LMT-SUPERVISED: {enabled: false}\n", " line \\d+: not valid YAML: .*");
    }

    private void assertRefused(String yaml, String messageAfterFileName) throws IOException {
        Path file = overrides(yaml);
        assertThatThrownBy(() -> RuleOverridesFile.load(file, BuiltinRulePack.rules()))
                .isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
                        .matches(java.util.regex.Pattern.quote(file.toString()) + messageAfterFileName));
    }

    private Path overrides(String yaml) throws IOException {
        return Files.writeString(dir.resolve("overrides.yaml"), yaml);
    }
}
