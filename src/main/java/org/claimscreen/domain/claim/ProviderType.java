package org.claimscreen.domain.claim;

/**
 * What kind of provider a NUCC taxonomy code names, as far as Medicare therapy rules care.
 * Prefixes follow the rule catalog (PT 2251*, OT 225X*, chiropractor 111N*, physician 20*, ...).
 */
public enum ProviderType {
    MASSAGE_THERAPIST,
    PHYSICAL_THERAPIST,
    PHYSICAL_THERAPIST_ASSISTANT,
    OCCUPATIONAL_THERAPIST,
    OCCUPATIONAL_THERAPIST_ASSISTANT,
    SPEECH_LANGUAGE_PATHOLOGIST,
    CHIROPRACTOR,
    PHYSICIAN,
    NON_PHYSICIAN_PRACTITIONER,
    ACUPUNCTURIST,
    OTHER;

    public static ProviderType of(Taxonomy taxonomy) {
        String code = taxonomy.value();
        if (code.equals("225700000X")) {
            return MASSAGE_THERAPIST;
        }
        if (code.equals("225200000X")) {
            return PHYSICAL_THERAPIST_ASSISTANT;
        }
        if (code.startsWith("2251")) {
            return PHYSICAL_THERAPIST;
        }
        if (code.equals("224Z00000X")) {
            return OCCUPATIONAL_THERAPIST_ASSISTANT;
        }
        if (code.startsWith("225X")) {
            return OCCUPATIONAL_THERAPIST;
        }
        if (code.startsWith("235Z")) {
            return SPEECH_LANGUAGE_PATHOLOGIST;
        }
        if (code.startsWith("111N")) {
            return CHIROPRACTOR;
        }
        if (code.startsWith("20")) {
            return PHYSICIAN;
        }
        if (code.startsWith("363L") || code.startsWith("363A") || code.startsWith("364S")) {
            return NON_PHYSICIAN_PRACTITIONER;
        }
        if (code.equals("171100000X")) {
            return ACUPUNCTURIST;
        }
        return OTHER;
    }

    /** PT, PTA, OT, OTA or SLP: the disciplines that furnish therapy under a plan of care. */
    public boolean isTherapist() {
        return switch (this) {
            case PHYSICAL_THERAPIST, PHYSICAL_THERAPIST_ASSISTANT, OCCUPATIONAL_THERAPIST,
                    OCCUPATIONAL_THERAPIST_ASSISTANT, SPEECH_LANGUAGE_PATHOLOGIST -> true;
            default -> false;
        };
    }

    /** MD/DO or a nurse practitioner, physician assistant or clinical nurse specialist. */
    public boolean isPhysicianOrNpp() {
        return this == PHYSICIAN || this == NON_PHYSICIAN_PRACTITIONER;
    }
}
