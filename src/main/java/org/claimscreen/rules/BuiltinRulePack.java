package org.claimscreen.rules;

import java.util.List;
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
import org.claimscreen.rules.general.ProcedureCodeInvalidRule;
import org.claimscreen.rules.general.ServiceDateFutureRule;
import org.claimscreen.rules.general.UnitsMinutesRule;
import org.claimscreen.rules.medicare.AbnMissingRule;
import org.claimscreen.rules.medicare.AbnNoGaRule;
import org.claimscreen.rules.medicare.CertifierNotPhysicianRule;
import org.claimscreen.rules.medicare.AcupunctureCoverageRule;
import org.claimscreen.rules.medicare.AcupunctureImprovementRule;
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
                new ProcedureCodeInvalidRule(),
                new ServiceDateFutureRule(),
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
                new AcupunctureImprovementRule(),
                new DuplicateLineRule(),
                new NcciPtpRule(),
                // ABN-MISSING and ABN-NO-GA read every earlier Medicare rule's medical-necessity findings
                new AbnMissingRule(),
                new AbnNoGaRule(),
                new SelfPayRule(),
                new HsaFsaLmnRule());
    }
}
