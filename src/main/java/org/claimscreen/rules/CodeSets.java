package org.claimscreen.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscreen.claim.DiagnosisCode;

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

    /** The catalog's code sets, as the built-in pack ships them. */
    public static CodeSets builtin() {
        Map<String, CodeSet> procedures = new LinkedHashMap<>();
        procedures.put("massage", CodeSet.of("massage", "97124"));
        procedures.put("manual-therapy", CodeSet.of("manual-therapy", "97140"));
        procedures.put("always-therapy", CodeSet.of("always-therapy", "97110", "97112", "97116", "97124", "97140",
                "97530", "97535", "97750", "97161-97168", "G0283", "97012-97039"));
        procedures.put("primary-therapy", CodeSet.of("primary-therapy", "97110", "97112", "97116", "97140", "97530",
                "97535", "97161-97168"));
        procedures.put("chiropractic-manipulation", CodeSet.of("chiropractic-manipulation", "98940", "98941", "98942"));
        procedures.put("extraspinal-manipulation", CodeSet.of("extraspinal-manipulation", "98943"));
        procedures.put("supervised-modalities", CodeSet.of("supervised-modalities", "97010-97028", "G0283"));
        procedures.put("timed-codes", CodeSet.of("timed-codes", "97032-97039", "97110", "97112", "97116", "97124",
                "97140", "97530", "97535", "97750", "97810-97814"));
        procedures.put("acupuncture", CodeSet.of("acupuncture", "97810-97814", "20560", "20561"));
        Map<String, Set<DiagnosisCode>> diagnoses = new LinkedHashMap<>();
        diagnoses.put("wellness", codes("Z00.00", "Z00.01", "Z73.3", "Z71.89"));
        diagnoses.put("subluxation", codes("M99.00", "M99.01", "M99.02", "M99.03", "M99.04", "M99.05"));
        diagnoses.put("spinal-subluxation", codes("M99.01", "M99.02", "M99.03", "M99.04", "M99.05"));
        diagnoses.put("chronic-low-back-pain", codes("M54.50", "M54.51", "M54.59"));
        return new CodeSets(procedures, diagnoses);
    }

    private static Set<DiagnosisCode> codes(String... codes) {
        return java.util.Arrays.stream(codes).map(DiagnosisCode::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
