package org.claimscreen.domain.claim;

import java.util.Locale;

/** Who the claim is billed to. Medicare rules apply to the first two only. */
public enum PayerType {
    ORIGINAL_MEDICARE,
    MEDICARE_ADVANTAGE,
    MEDICAID,
    COMMERCIAL,
    SELF_PAY,
    OTHER;

    /**
     * Reads the canonical name or an X12 837P claim filing indicator code (SBR09):
     * MB = Original Medicare, 16 = Medicare Advantage, MC = Medicaid, 09 = self-pay,
     * 12-15, BL, CI, HM = commercial, any other code = OTHER.
     */
    public static PayerType parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("payer type is empty");
        }
        String value = text.strip().toUpperCase(Locale.ROOT);
        for (PayerType type : values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        if (!value.matches("[A-Z0-9]{2}")) {
            throw new InvalidValueException(Excerpt.quoted(text.strip())
                    + " is not a payer type (ORIGINAL_MEDICARE, MEDICARE_ADVANTAGE, MEDICAID, COMMERCIAL, SELF_PAY, OTHER or an X12 filing indicator code)");
        }
        return switch (value) {
            case "MB" -> ORIGINAL_MEDICARE;
            case "16" -> MEDICARE_ADVANTAGE;
            case "MC" -> MEDICAID;
            case "09" -> SELF_PAY;
            case "12", "13", "14", "15", "BL", "CI", "HM" -> COMMERCIAL;
            default -> OTHER;
        };
    }
}
