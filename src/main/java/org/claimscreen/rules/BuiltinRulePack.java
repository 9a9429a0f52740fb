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
import org.claimscreen.rules.payment.HsaFsaLmnRule;
import org.claimscreen.rules.payment.SelfPayRule;

/**
 * The rule pack shipped with claimscreen: the one place that lists the built-in rules, in the order
 * they run. Order matters: the patient-cost rules (PAY-*) come last because they read who the
 * earlier rules made liable.
 */
public final class BuiltinRulePack {

    public static final String ID = "builtin";
    public static final String VERSION = "2026.1";

    private BuiltinRulePack() {
    }

    public static RulePack create() {
        return new RulePack(ID, VERSION, PackData.builtin(), List.of(
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
                new HsaFsaLmnRule()));
    }
}
