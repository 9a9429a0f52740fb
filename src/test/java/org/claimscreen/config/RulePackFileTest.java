package org.claimscreen.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.rules.BuiltinRulePack;
import org.claimscreen.domain.rules.RulePack;
import org.claimscreen.domain.rules.RuleSettings;
import org.claimscreen.domain.screening.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack file of one's own: what it changes, and every way it is refused (file, line, key, reason). */
class RulePackFileTest {

    @TempDir
    Path dir;

    /** How the built-in pack lists the rule these tests change. */
    private static final String LMT_SUPERVISED =
            "MCR-LMT-SUPERVISED: {enabled: true, title: \"Massage therapist billed as therapy\"}";

    @Test
    void readsEveryRulesTitleAndFallsBackToTheIdWithoutOne() throws IOException {
        // given
        RulePack builtin = RulePackFile.load(pack(builtin()), BuiltinRulePack.rules());
        RulePack untitled = RulePackFile.load(pack(builtin().replace(LMT_SUPERVISED, "MCR-LMT-SUPERVISED: {enabled: true}")),
                BuiltinRulePack.rules());

        // then every built-in rule has a short title; a pack without one shows the id
        assertThat(BuiltinRulePack.rules()).allSatisfy(rule -> assertThat(builtin.title(rule.id()))
                .isNotEqualTo(rule.id()).hasSizeLessThanOrEqualTo(80));
        assertThat(builtin.title("MCR-MASSAGE-STANDALONE")).isEqualTo("Massage billed without a covered therapy service");
        assertThat(untitled.title("MCR-LMT-SUPERVISED")).isEqualTo("MCR-LMT-SUPERVISED");
    }

    @Test
    void refusesATitleLongerThanALine() throws IOException {
        assertRefused(builtin().replace(LMT_SUPERVISED, "MCR-LMT-SUPERVISED: {title: \"" + "x".repeat(81) + "\"}"),
                "line \\d+, rules.MCR-LMT-SUPERVISED.title: a rule's title is one short line \\(1-80 characters\\)");
    }

    @Test
    void readsAChangedThresholdAndASwitchedOffRule() throws IOException {
        // given
        Path file = pack(builtin().replace("2026: 2480.00", "2026: 2500.00")
                .replace(LMT_SUPERVISED, "MCR-LMT-SUPERVISED: {enabled: false, severity: INFO}"));

        // when
        RulePack pack = RulePackFile.load(file, BuiltinRulePack.rules());

        // then
        assertThat(pack.data().therapyThreshold(2026)).contains(Money.of("2500.00"));
        assertThat(pack.settings("MCR-LMT-SUPERVISED")).isEqualTo(new RuleSettings(false, Severity.INFO));
    }

    @Test
    void readsAnUnquotedVersionAsTyped() throws IOException {
        RulePack pack = RulePackFile.load(pack(builtin().replace("version: \"2026.3\"", "version: 2026.10")),
                BuiltinRulePack.rules());

        assertThat(pack.version()).isEqualTo("2026.10");
    }

    @Test
    void readsCmsPtpFileBesideThePackInsteadOfTheStarterTable() throws IOException {
        // given
        try (InputStream cms = getClass().getResourceAsStream("ptp-sample.txt")) {
            Files.copy(cms, dir.resolve("ptp.txt"));
        }
        Path file = pack(withoutStarterNcci(builtin()) + "\nncci-ptp-file: ptp.txt\n");

        // when
        RulePack pack = RulePackFile.load(file, BuiltinRulePack.rules());

        // then
        assertThat(pack.data().ncciEdits()).extracting(e -> e.column1().value() + "/" + e.column2().value())
                .containsExactly("97140/97530", "97161/97140", "97161/97530", "97530/97164", "98940/97140", "98940/97012",
                        "98941/97124", "29581/97140");
        assertThat(pack.data().ncciEdits(ProcedureCode.of("97140"), ProcedureCode.of("97530"), LocalDate.of(2026, 3, 1)))
                .hasSize(1);
    }

    @Test
    void refusesYamlThatDoesNotParse() throws IOException {
        assertRefused(builtin().replace("pack: builtin", "pack: [builtin"), "line \\d+: not valid YAML: .+");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused("", ": the file is empty");
    }

    @Test
    void refusesAnUnknownTopLevelKey() throws IOException {
        assertRefused(builtin() + "\nthreshold: 3000\n", "line \\d+, threshold: unknown key \\(known: pack, version, .*\\)");
    }

    @Test
    void refusesAMissingKey() throws IOException {
        assertRefused(builtin().replace("timely-filing-months: 12", ""), ", timely-filing-months: missing");
    }

    @Test
    void refusesAnUnknownCodeSetName() throws IOException {
        assertRefused(builtin().replace("  massage: [\"97124\"]", "  massage: [\"97124\"]\n  massge: [\"97124\"]"),
                "line \\d+, code-sets.massge: unknown code set \\(known: massage, manual-therapy, .*\\)");
    }

    @Test
    void refusesAMissingCodeSet() throws IOException {
        assertRefused(builtin().replace("  extraspinal-manipulation: [\"98943\"]\n", ""),
                " line \\d+, code-sets.extraspinal-manipulation: missing");
    }

    @Test
    void refusesAnEmptyCodeSet() throws IOException {
        assertRefused(builtin().replace("massage: [\"97124\"]", "massage: []"),
                "line \\d+, code-sets.massage: empty code set: .*");
    }

    @Test
    void refusesACodeSetEntryThatIsNoCode() throws IOException {
        assertRefused(builtin().replace("massage: [\"97124\"]", "massage: [\"97124\", 9712]"),
                "line \\d+, code-sets.massage\\[1\\]: '9712' is not a CPT/HCPCS code or a range of them .*");
    }

    @Test
    void refusesABackwardRange() throws IOException {
        assertRefused(builtin().replace("acupuncture: [97810-97814", "acupuncture: [97814-97810"),
                "line \\d+, code-sets.acupuncture\\[0\\]: '97814-97810' is not a CPT/HCPCS code or a range .*");
    }

    @Test
    void refusesABadDiagnosis() throws IOException {
        assertRefused(builtin().replace("wellness: [Z00.00,", "wellness: [Z00.00X99,"),
                "line \\d+, code-sets.wellness\\[0\\]: 'Z00.00X99' is not an ICD-10-CM code");
    }

    @Test
    void refusesAnUnknownRuleId() throws IOException {
        assertRefused(builtin().replace(LMT_SUPERVISED, "MCR-LMT-SUPERVISD: {enabled: true}"),
                "line \\d+, rules.MCR-LMT-SUPERVISD: unknown rule id .*");
    }

    @Test
    void refusesABadSeverity() throws IOException {
        assertRefused(builtin().replace(LMT_SUPERVISED, "MCR-LMT-SUPERVISED: {severity: HIGH}"),
                "line \\d+, rules.MCR-LMT-SUPERVISED.severity: 'HIGH' is not a severity \\(DENY, REVIEW or INFO\\)");
    }

    @Test
    void refusesAnEnabledThatIsNotTrueOrFalse() throws IOException {
        assertRefused(builtin().replace(LMT_SUPERVISED, "MCR-LMT-SUPERVISED: {enabled: maybe}"),
                "line \\d+, rules.MCR-LMT-SUPERVISED.enabled: 'maybe' is not true or false");
    }

    @Test
    void refusesAnUnknownRuleSetting() throws IOException {
        assertRefused(builtin().replace(LMT_SUPERVISED, "MCR-LMT-SUPERVISED: {enable: true}"),
                "line \\d+, rules.MCR-LMT-SUPERVISED.enable: unknown key \\(known: enabled, severity, title\\)");
    }

    @Test
    void refusesABadDate() throws IOException {
        assertRefused(builtin().replace("{code: \"97112\", amount: 34.50, from: 2026-01-01}",
                "{code: \"97112\", amount: 34.50, from: 2026-13-01}"),
                "line \\d+, fee-schedule\\[3\\].from: '2026-13-01' is not a date \\(YYYY-MM-DD\\)");
    }

    @Test
    void refusesABadAmount() throws IOException {
        assertRefused(builtin().replace("2025: 2410.00", "2025: 2,410.005"),
                "line \\d+, therapy-thresholds.2025: '2,410.005' is not a dollar amount");
    }

    @Test
    void refusesOverlappingFees() throws IOException {
        assertRefused(builtin().replace("{code: \"97110\", amount: 30.00, from: 2026-01-01}",
                "{code: \"97110\", amount: 30.00, from: 2025-06-01}"),
                "line \\d+, fee-schedule\\[1\\]: 97110 from 2025-06-01 overlaps its entry from 2025-01-01");
    }

    @Test
    void refusesABadModifierIndicator() throws IOException {
        assertRefused(builtin().replace("{column-1: \"97140\", column-2: \"97530\", modifier: 1,",
                "{column-1: \"97140\", column-2: \"97530\", modifier: 2,"),
                "line \\d+, ncci-ptp\\[0\\].modifier: modifier indicator must be 0 .*");
    }

    @Test
    void refusesASelfPayRangeWhoseLowIsAboveItsHigh() throws IOException {
        assertRefused(builtin().replace("{low: 70.00, high: 150.00}", "{low: 150.00, high: 70.00}"),
                "line \\d+, self-pay-60-minutes: low 150.00 is above high 70.00");
    }

    @Test
    void refusesBothAStarterTableAndACmsFile() throws IOException {
        assertRefused(builtin() + "\nncci-ptp-file: ptp.txt\n",
                "line \\d+, ncci-ptp-file: give ncci-ptp .* or ncci-ptp-file .*, not both: .*");
    }

    @Test
    void refusesAMissingCmsFile() throws IOException {
        assertRefused(withoutStarterNcci(builtin()) + "\nncci-ptp-file: gone.txt\n",
                "line \\d+, ncci-ptp-file: no such file: .*gone.txt");
    }

    @Test
    void refusesAMissingPackFile() {
        assertThatThrownBy(() -> RulePackFile.load(dir.resolve("nope.yaml"), BuiltinRulePack.rules()))
                .isInstanceOf(RulePackException.class).hasMessageEndingWith("nope.yaml: no such file");
    }

    private void assertRefused(String yaml, String messageAfterFileName) throws IOException {
        Path file = pack(yaml);
        assertThatThrownBy(() -> RulePackFile.load(file, BuiltinRulePack.rules()))
                .isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n")
                        .matches(java.util.regex.Pattern.quote(file.toString()) + " ?" + messageAfterFileName));
    }

    private Path pack(String yaml) throws IOException {
        return Files.writeString(dir.resolve("my-pack.yaml"), yaml);
    }

    static String builtin() throws IOException {
        try (InputStream in = RulePackFile.class.getClassLoader().getResourceAsStream(RulePackFile.BUILTIN_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String withoutStarterNcci(String yaml) {
        return yaml.replaceAll("(?m)^ncci-ptp:\\n(  - .*\\n)+", "");
    }
}
