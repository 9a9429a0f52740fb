package org.claimscreen.rules;

import java.util.List;
import org.claimscreen.rules.general.NpiCheckDigitRule;
import org.claimscreen.rules.medicare.ChiropractorAdjunctRule;
import org.claimscreen.rules.medicare.LmtNotIntegralRule;
import org.claimscreen.rules.medicare.LmtSupervisedRule;
import org.claimscreen.rules.medicare.LmtUnsupervisedRule;
import org.claimscreen.rules.medicare.ManualTherapyProviderRule;
import org.claimscreen.rules.medicare.MassageStandaloneRule;
import org.claimscreen.rules.medicare.MbiFormatRule;
import org.claimscreen.rules.medicare.TherapyNoPlanOfCareRule;
import org.claimscreen.rules.medicare.WellnessDiagnosisRule;
import org.claimscreen.rules.pack.RulePackFile;
import org.claimscreen.rules.payment.HsaFsaLmnRule;
import org.claimscreen.rules.payment.SelfPayRule;

/**
 * The rule pack shipped with claimscreen: the one place that lists the built-in rules, in the order
 * they run. Order matters: the patient-cost rules (PAY-*) come last because they read who the
 * earlier rules made liable. The pack's data and settings (code sets, thresholds, fees, NCCI pairs,
 * which rules are on) are not here but in {@code builtin-pack.yaml} beside this class's package on
 * the class path, read by {@link RulePackFile}; a pack file of one's own replaces that data.
 */
public final class BuiltinRulePack {

    /** The id of the built-in pack, as job definitions name it ({@code rules: pack: builtin}). */
    public static final String ID = "builtin";

    private BuiltinRulePack() {
    }

    /** The built-in rules and the built-in pack file's data and settings. */
    public static RulePack create() {
        return RulePackFile.loadResource(RulePackFile.BUILTIN_RESOURCE, rules());
    }

    /** Every rule claimscreen knows, in run order; any pack file configures these. */
    public static List<Rule> rules() {
        return List.of(
                new NpiCheckDigitRule(),
                new MbiFormatRule(),
                new MassageStandaloneRule(),
                new LmtUnsupervisedRule(),
                new LmtNotIntegralRule(),
                new LmtSupervisedRule(),
                new ChiropractorAdjunctRule(),
                new ManualTherapyProviderRule(),
                new TherapyNoPlanOfCareRule(),
                new WellnessDiagnosisRule(),
                new SelfPayRule(),
                new HsaFsaLmnRule());
    }
}
