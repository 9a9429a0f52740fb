package org.claimscreen.rules;

import java.util.Set;
import org.claimscreen.claim.DiagnosisCode;

/**
 * The code lists rules consult. They are data of the rule pack (the catalog's "Code sets"),
 * kept out of the rules so a pack can change them without touching Java.
 *
 * @param wellnessDiagnoses ICD-10-CM codes that alone show no medical necessity for massage
 */
public record CodeSets(
        CodeSet massage,
        CodeSet manualTherapy,
        CodeSet alwaysTherapy,
        CodeSet primaryTherapy,
        CodeSet chiropracticManipulation,
        Set<DiagnosisCode> wellnessDiagnoses) {

    /** The catalog's code sets as of the 2026 rule pack. */
    public static CodeSets builtin() {
        return new CodeSets(
                CodeSet.of("massage", "97124"),
                CodeSet.of("manual-therapy", "97140"),
                CodeSet.of("always-therapy", "97110", "97112", "97116", "97124", "97140", "97530", "97535", "97750",
                        "97161-97168", "G0283", "97012-97039"),
                CodeSet.of("primary-therapy", "97110", "97112", "97116", "97140", "97530", "97535", "97161-97168"),
                CodeSet.of("chiropractic-manipulation", "98940", "98941", "98942"),
                Set.of(DiagnosisCode.of("Z00.00"), DiagnosisCode.of("Z00.01"), DiagnosisCode.of("Z73.3"),
                        DiagnosisCode.of("Z71.89")));
    }

    public boolean isWellness(DiagnosisCode code) {
        return wellnessDiagnoses.contains(code);
    }
}
