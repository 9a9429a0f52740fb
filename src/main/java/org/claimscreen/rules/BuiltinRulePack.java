package org.claimscreen.rules;

import java.util.List;
import org.claimscreen.claim.Money;
import org.claimscreen.rules.advantage.AbnNotValidRule;
import org.claimscreen.rules.advantage.MassageConditionRule;
import org.claimscreen.rules.advantage.MassageCostShareRule;
import org.claimscreen.rules.advantage.MassageNoOrderRule;
import org.claimscreen.rules.advantage.MassageNotCoveredRule;
import org.claimscreen.rules.advantage.MassageOutOfNetworkRule;
import org.claimscreen.rules.advantage.MassageSessionLimitRule;
import org.claimscreen.rules.advantage.PlanUnknownRule;
import org.claimscreen.rules.general.DuplicateLineRule;
import org.claimscreen.rules.general.NcciPtpRule;
import org.claimscreen.rules.general.NpiCheckDigitRule;
import org.claimscreen.rules.general.UnitsMinutesRule;
import org.claimscreen.rules.medicare.AbnMissingRule;
import org.claimscreen.rules.medicare.AbnNoGaRule;
import org.claimscreen.rules.medicare.CertifierNotPhysicianRule;
import org.claimscreen.rules.medicare.AcupunctureCoverageRule;
import org.claimscreen.rules.medicare.ChiropractorAdjunctRule;
import org.claimscreen.rules.medicare.CmtModifierConflictRule;
import org.claimscreen.rules.medicare.CmtNoAtRule;
import org.claimscreen.rules.medicare.CmtNoSubluxationRule;
import org.claimscreen.rules.medicare.CmtRegionsRule;
import org.claimscreen.rules.medicare.ElectricalStimulation97014Rule;
import org.claimscreen.rules.medicare.HotColdPacks97010Rule;
import org.claimscreen.rules.medicare.LmtNotIntegralRule;
import org.claimscreen.rules.medicare.LmtSupervisedRule;
import org.claimscreen.rules.medicare.LmtSupervisorNotEligibleRule;
import org.claimscreen.rules.medicare.LmtUnsupervisedRule;
import org.claimscreen.rules.medicare.ManualTherapyProviderRule;
import org.claimscreen.rules.medicare.MassageStandaloneRule;
import org.claimscreen.rules.medicare.MbiFormatRule;
import org.claimscreen.rules.medicare.ModalityUnitsRule;
import org.claimscreen.rules.medicare.ModifierConflictRule;
import org.claimscreen.rules.medicare.TherapyAssistantRule;
import org.claimscreen.rules.medicare.TherapyModifierRule;
import org.claimscreen.rules.medicare.TherapyNoPlanOfCareRule;
import org.claimscreen.rules.medicare.TimelyFilingRule;
import org.claimscreen.rules.medicare.TherapyThresholdKxRule;
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
                // original Medicare practice rules (issue 3)
                new LmtSupervisorNotEligibleRule(),
                new CmtNoAtRule(),
                new CmtModifierConflictRule(),
                new CmtNoSubluxationRule(),
                new CmtRegionsRule(),
                new TherapyModifierRule(),
                new TherapyAssistantRule(),
                new CertifierNotPhysicianRule(),
                new ModifierConflictRule(),
                new ElectricalStimulation97014Rule(),
                new HotColdPacks97010Rule(),
                new ModalityUnitsRule(),
                new TimelyFilingRule(),
                new UnitsMinutesRule(),
                // Medicare Advantage and history rules (issue 3)
                new PlanUnknownRule(),
                new MassageNotCoveredRule(),
                new MassageNoOrderRule(),
                new MassageOutOfNetworkRule(),
                new MassageConditionRule(),
                new MassageSessionLimitRule(),
                new MassageCostShareRule(),
                new AbnNotValidRule(),
                new TherapyThresholdKxRule(),
                new AcupunctureCoverageRule(),
                new DuplicateLineRule(),
                new NcciPtpRule(),
                // ABN-MISSING and ABN-NO-GA read every earlier Medicare rule's medical-necessity findings
                new AbnMissingRule(),
                new AbnNoGaRule(),
                // the seed's typical self-pay price of a 60-minute massage
                new SelfPayRule(Money.of("70"), Money.of("150")),
                new HsaFsaLmnRule()));
    }
}
