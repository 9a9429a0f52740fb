package org.claimscreen.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.rules.BuiltinRulePack;
import org.claimscreen.domain.rules.CodeSets;
import org.claimscreen.domain.rules.NcciEdit;
import org.claimscreen.domain.rules.PackData;
import org.claimscreen.domain.rules.RulePack;
import org.claimscreen.domain.rules.RuleSettings;
import org.junit.jupiter.api.Test;

/**
 * The built-in pack file carries exactly the values the 2026.1 pack had in Java before packs became
 * files; the expectations below are those Java values, copied.
 */
class BuiltinPackFileTest {

    private final RulePack pack = BuiltinPack.create();
    private final PackData data = pack.data();

    @Test
    void namesItselfBuiltin20262() {
        assertThat(pack.id()).isEqualTo("builtin");
        assertThat(pack.version()).isEqualTo("2026.3");
        assertThat(pack.rules()).extracting(rule -> rule.id())
                .containsExactlyElementsOf(BuiltinRulePack.rules().stream().map(rule -> rule.id()).toList());
    }

    @Test
    void carriesTheCatalogsProcedureCodeSets() {
        CodeSets codes = data.codes();
        assertThat(codes.procedures("massage").entries()).containsExactly("97124");
        assertThat(codes.procedures("manual-therapy").entries()).containsExactly("97140");
        assertThat(codes.procedures("always-therapy").entries()).containsExactly("97110", "97112", "97116", "97124",
                "97140", "97530", "97535", "97750", "97161-97168", "G0283", "97012-97039");
        assertThat(codes.procedures("primary-therapy").entries()).containsExactly("97110", "97112", "97116", "97140",
                "97530", "97535", "97161-97168");
        assertThat(codes.procedures("chiropractic-manipulation").entries()).containsExactly("98940", "98941", "98942");
        assertThat(codes.procedures("extraspinal-manipulation").entries()).containsExactly("98943");
        assertThat(codes.procedures("supervised-modalities").entries()).containsExactly("97010-97028", "G0283");
        assertThat(codes.procedures("timed-codes").entries()).containsExactly("97032-97039", "97110", "97112", "97116",
                "97124", "97140", "97530", "97535", "97750", "97810-97814");
        assertThat(codes.procedures("acupuncture").entries()).containsExactly("97810-97814", "20560", "20561");
    }

    @Test
    void carriesTheCatalogsDiagnosisSets() {
        CodeSets codes = data.codes();
        assertThat(codes.diagnoses("wellness")).isEqualTo(diagnoses("Z00.00", "Z00.01", "Z73.3", "Z71.89"));
        assertThat(codes.diagnoses("subluxation"))
                .isEqualTo(diagnoses("M99.00", "M99.01", "M99.02", "M99.03", "M99.04", "M99.05"));
        assertThat(codes.diagnoses("spinal-subluxation"))
                .isEqualTo(diagnoses("M99.01", "M99.02", "M99.03", "M99.04", "M99.05"));
        assertThat(codes.diagnoses("chronic-low-back-pain")).isEqualTo(diagnoses("M54.50", "M54.51", "M54.59"));
    }

    @Test
    void carriesTheKxThresholdsOf2025And2026() {
        assertThat(data.therapyThresholds()).isEqualTo(Map.of(2025, Money.of("2410.00"), 2026, Money.of("2480.00")));
    }

    @Test
    void carriesTheStarterFeeScheduleFor2025And2026() {
        String[][] starter = {
            {"97110", "29.50", "30.00"}, {"97112", "34.00", "34.50"}, {"97116", "29.50", "30.00"},
            {"97124", "29.76", "30.20"}, {"97140", "27.50", "28.00"}, {"97530", "33.00", "33.50"},
            {"97535", "32.50", "33.00"}, {"97161", "100.00", "101.50"}, {"97162", "100.00", "101.50"},
            {"97163", "100.00", "101.50"}, {"97164", "68.50", "69.50"}, {"97165", "100.00", "101.50"},
            {"97166", "100.00", "101.50"}, {"97167", "100.00", "101.50"}, {"97168", "68.50", "69.50"},
            {"G0283", "11.00", "11.20"}, {"97012", "14.00", "14.20"}, {"97035", "14.00", "14.20"},
        };
        assertThat(data.fees()).hasSize(starter.length);
        for (String[] row : starter) {
            List<PackData.Dated<Money>> fees = data.fees().get(row[0]);
            assertThat(fees).containsExactly(
                    new PackData.Dated<>(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Money.of(row[1])),
                    new PackData.Dated<>(LocalDate.of(2026, 1, 1), null, Money.of(row[2])));
        }
        assertThat(data.fee(ProcedureCode.of("97124"), LocalDate.of(2025, 12, 31))).contains(Money.of("29.76"));
        assertThat(data.fee(ProcedureCode.of("97124"), LocalDate.of(2031, 1, 1))).contains(Money.of("30.20"));
    }

    @Test
    void carriesTheStarterNcciPairs() {
        LocalDate since = LocalDate.of(2020, 1, 1);
        assertThat(data.ncciEdits()).containsExactly(
                edit("97140", "97530", since),
                edit("98940", "97140", since), edit("98940", "97124", since), edit("98940", "97112", since),
                edit("98941", "97140", since), edit("98941", "97124", since), edit("98941", "97112", since),
                edit("98942", "97140", since), edit("98942", "97124", since), edit("98942", "97112", since));
    }

    @Test
    void carriesTheSelfPayRangeAcupunctureLimitAndFilingLimit() {
        assertThat(data.selfPayLow()).isEqualTo(Money.of("70.00"));
        assertThat(data.selfPayHigh()).isEqualTo(Money.of("150.00"));
        assertThat(data.acupunctureVisitsPerYear()).isEqualTo(20);
        assertThat(data.timelyFilingMonths()).isEqualTo(12);
    }

    @Test
    void switchesOnEveryRuleAndLeavesSeveritiesToTheRules() {
        assertThat(pack.rules()).allSatisfy(rule -> assertThat(pack.settings(rule.id()))
                .isEqualTo(new RuleSettings(true, null)));
    }

    @Test
    void servesTheSameDataThroughTheOldFactories() {
        assertThat(BuiltinPack.data().therapyThresholds()).isEqualTo(data.therapyThresholds());
        assertThat(BuiltinPack.data().codes().massage().entries()).containsExactly("97124");
    }

    private static NcciEdit edit(String column1, String column2, LocalDate effective) {
        return new NcciEdit(ProcedureCode.of(column1), ProcedureCode.of(column2), 1, effective, null);
    }

    private static Set<DiagnosisCode> diagnoses(String... codes) {
        return Arrays.stream(codes).map(DiagnosisCode::of).collect(Collectors.toSet());
    }
}
