package org.claimscreen.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.claimscreen.domain.rules.RuleOverrides;
import org.claimscreen.domain.rules.RuleSettings;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;

class RulesMarkdownTest {

    private static final Path RULES_MD = Path.of("docs", "rules.md");

    @Test
    void docsRulesMdIsWhatTheBuiltinPackGenerates() throws IOException {
        String generated = RulesMarkdown.render(RuleSetup.builtin());

        assertThat(Files.readString(RULES_MD, StandardCharsets.UTF_8))
                .as("docs/rules.md is out of date with the rule list or builtin-pack.yaml; regenerate it with "
                        + "'./claimscreen rules --markdown > docs/rules.md' and commit it")
                .isEqualTo(generated);
    }

    @Test
    void groupsRulesByPayerScopeInRunOrder() {
        String md = RulesMarkdown.render(RuleSetup.builtin());

        assertThat(md).containsSubsequence("## Original Medicare", "`MCR-MASSAGE-STANDALONE`", "`MCR-LMT-UNSUPERVISED`",
                "## Any payer", "`GEN-NPI-INVALID`", "## Patient cost", "`PAY-SELF-PAY`", "`PAY-HSA-FSA-LMN`");
    }

    @Test
    void showsThePacksDataAfterTheRules() {
        String md = RulesMarkdown.render(RuleSetup.builtin());

        assertThat(md).contains("| always-therapy | 97110, 97112, 97116, 97124, 97140, 97530, 97535, 97750, "
                        + "97161-97168, G0283, 97012-97039 |")
                .contains("| 2026 | $2,480.00 |")
                .contains("| 97124 | $29.76 | 2025-01-01 | 2025-12-31 |")
                .contains("| 98942 | 97112 | 1 | 2020-01-01 |  |")
                .contains("| typical self-pay price of a 60-minute massage | $70.00-$150.00 |");
    }

    @Test
    void marksSwitchedOffAndChangedRulesAndListsPayerOverrides() {
        RuleSetup builtin = RuleSetup.builtin();
        RuleSetup setup = new RuleSetup(builtin.pack(), new RuleOverrides(
                Map.of("MCR-LMT-SUPERVISED", new RuleSettings(false, null),
                        "MCR-MBI-FORMAT", new RuleSettings(null, Severity.REVIEW)),
                Map.of("MEDICARE_ADVANTAGE", Map.of("GEN-NPI-INVALID", new RuleSettings(null, Severity.INFO)))));

        String md = RulesMarkdown.render(setup);

        assertThat(md).contains("| `MCR-LMT-SUPERVISED` | practice | off |")
                .contains("| `MCR-MBI-FORMAT` | practice | REVIEW\\* |")
                .contains("| MEDICARE_ADVANTAGE | `GEN-NPI-INVALID` |  | INFO |");
    }
}
