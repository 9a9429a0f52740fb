package org.claimscreen.domain.rules;

import java.util.List;
import org.claimscreen.domain.rules.advantage.AbnNotValidRule;
import org.claimscreen.domain.rules.advantage.MassageConditionRule;
import org.claimscreen.domain.rules.advantage.MassageCostShareRule;
import org.claimscreen.domain.rules.advantage.MassageNoOrderRule;
import org.claimscreen.domain.rules.advantage.MassageNotCoveredRule;
import org.claimscreen.domain.rules.advantage.MassageOutOfNetworkRule;
import org.claimscreen.domain.rules.advantage.MassageSessionLimitRule;
import org.claimscreen.domain.rules.advantage.PlanUnknownRule;
import org.claimscreen.domain.rules.general.DuplicateLineRule;
import org.claimscreen.domain.rules.general.NcciPtpRule;
import org.claimscreen.domain.rules.general.NpiCheckDigitRule;
import org.claimscreen.domain.rules.general.ProcedureCodeInvalidRule;
import org.claimscreen.domain.rules.general.ServiceDateFutureRule;
import org.claimscreen.domain.rules.general.UnitsMinutesRule;
import org.claimscreen.domain.rules.medicare.AbnMissingRule;
import org.claimscreen.domain.rules.medicare.AbnNoGaRule;
import org.claimscreen.domain.rules.medicare.AcupunctureCoverageRule;
import org.claimscreen.domain.rules.medicare.AcupunctureImprovementRule;
import org.claimscreen.domain.rules.medicare.CertifierNotPhysicianRule;
import org.claimscreen.domain.rules.medicare.ChiropractorAdjunctRule;
import org.claimscreen.domain.rules.medicare.CmtModifierConflictRule;
import org.claimscreen.domain.rules.medicare.CmtNoAtRule;
import org.claimscreen.domain.rules.medicare.CmtNoSubluxationRule;
import org.claimscreen.domain.rules.medicare.CmtNoInitialTreatmentDateRule;
import org.claimscreen.domain.rules.medicare.CmtRegionsRule;
import org.claimscreen.domain.rules.medicare.ElectricalStimulation97014Rule;
import org.claimscreen.domain.rules.medicare.HotColdPacks97010Rule;
import org.claimscreen.domain.rules.medicare.LmtNotIntegralRule;
import org.claimscreen.domain.rules.medicare.LmtSupervisedRule;
import org.claimscreen.domain.rules.medicare.LmtSupervisorNotEligibleRule;
import org.claimscreen.domain.rules.medicare.LmtUnsupervisedRule;
import org.claimscreen.domain.rules.medicare.ManualTherapyProviderRule;
import org.claimscreen.domain.rules.medicare.MassageStandaloneRule;
import org.claimscreen.domain.rules.medicare.MbiFormatRule;
import org.claimscreen.domain.rules.medicare.ModalityUnitsRule;
import org.claimscreen.domain.rules.medicare.ModifierConflictRule;
import org.claimscreen.domain.rules.medicare.TherapyAssistantRule;
import org.claimscreen.domain.rules.medicare.TherapyModifierRule;
import org.claimscreen.domain.rules.medicare.TherapyNoPlanOfCareRule;
import org.claimscreen.domain.rules.medicare.TherapyThresholdKxRule;
import org.claimscreen.domain.rules.medicare.TimelyFilingRule;
import org.claimscreen.domain.rules.medicare.WellnessDiagnosisRule;
import org.claimscreen.domain.rules.payment.HsaFsaLmnRule;
import org.claimscreen.domain.rules.payment.SelfPayRule;

/**
 * The rule pack shipped with claimscreen: the one place that lists the built-in rules, in the order
 * they run. Order matters: the patient-cost rules (PAY-*) come last because they read who the
 * earlier rules made liable. The pack's data and settings (code sets, thresholds, fees, NCCI pairs,
 * which rules are on) are not here but in {@code builtin-pack.yaml} beside this class's package on
 * the class path, read by {@code config.BuiltinPack}; a pack file of one's own replaces that data.
 */
public final class BuiltinRulePack {

    /** The id of the built-in pack, as job definitions name it ({@code rules: pack: builtin}). */
    public static final String ID = "builtin";

    private BuiltinRulePack() {
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
                new CmtNoInitialTreatmentDateRule(),
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
