package org.claimscreen.domain.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscreen.domain.claim.DiagnosisCode;

/**
 * The code lists rules consult: data of the rule pack (the catalog's "Code sets"), kept out of the
 * rules so a pack can change them without touching Java. Each set has a stable name; a pack that
 * names a set not listed in {@link #PROCEDURE_SETS} or {@link #DIAGNOSIS_SETS} is refused.
 */
public final class CodeSets {

    /** The procedure code sets a pack defines, by name. */
    public static final List<String> PROCEDURE_SETS = List.of(
            "massage", "manual-therapy", "always-therapy", "primary-therapy", "chiropractic-manipulation",
            "extraspinal-manipulation", "supervised-modalities", "timed-codes", "acupuncture");

    /** The diagnosis code sets a pack defines, by name (codes or prefixes such as "M99.0"). */
    public static final List<String> DIAGNOSIS_SETS = List.of(
            "wellness", "subluxation", "spinal-subluxation", "chronic-low-back-pain");

    private final Map<String, CodeSet> procedures;
    private final Map<String, Set<DiagnosisCode>> diagnoses;

    public CodeSets(Map<String, CodeSet> procedures, Map<String, Set<DiagnosisCode>> diagnoses) {
        for (String name : PROCEDURE_SETS) {
            if (!procedures.containsKey(name)) {
                throw new IllegalArgumentException("code set '" + name + "' is missing");
            }
        }
        for (String name : DIAGNOSIS_SETS) {
            if (!diagnoses.containsKey(name)) {
                throw new IllegalArgumentException("diagnosis set '" + name + "' is missing");
            }
        }
        this.procedures = Map.copyOf(procedures);
        this.diagnoses = Map.copyOf(diagnoses);
    }

    public CodeSet procedures(String name) {
        CodeSet set = procedures.get(name);
        if (set == null) {
            throw new IllegalArgumentException("no code set named '" + name + "'");
        }
        return set;
    }

    public Set<DiagnosisCode> diagnoses(String name) {
        Set<DiagnosisCode> set = diagnoses.get(name);
        if (set == null) {
            throw new IllegalArgumentException("no diagnosis set named '" + name + "'");
        }
        return set;
    }

    public CodeSet massage() {
        return procedures("massage");
    }

    public CodeSet manualTherapy() {
        return procedures("manual-therapy");
    }

    /** Codes that need a GP, GO or GN modifier for Medicare. */
    public CodeSet alwaysTherapy() {
        return procedures("always-therapy");
    }

    /** Covered therapy services that make massage "integral", not standalone. */
    public CodeSet primaryTherapy() {
        return procedures("primary-therapy");
    }

    /** 98940-98942: the only chiropractic service Medicare covers. */
    public CodeSet chiropracticManipulation() {
        return procedures("chiropractic-manipulation");
    }

    /** Untimed modalities billed one unit per encounter. */
    public CodeSet supervisedModalities() {
        return procedures("supervised-modalities");
    }

    /** 15-minute codes billed under the 8-minute rule. */
    public CodeSet timedCodes() {
        return procedures("timed-codes");
    }

    public CodeSet acupuncture() {
        return procedures("acupuncture");
    }

    public boolean isWellness(DiagnosisCode code) {
        return diagnoses.get("wellness").contains(code);
    }

    public Set<DiagnosisCode> wellnessDiagnoses() {
        return diagnoses.get("wellness");
    }

    /** M99.00-M99.05. */
    public Set<DiagnosisCode> subluxationDiagnoses() {
        return diagnoses.get("subluxation");
    }

    /** M99.01-M99.05: the spinal regions that count toward 98940-98942. */
    public Set<DiagnosisCode> spinalSubluxationDiagnoses() {
        return diagnoses.get("spinal-subluxation");
    }

    public Set<DiagnosisCode> chronicLowBackPainDiagnoses() {
        return diagnoses.get("chronic-low-back-pain");
    }
}
