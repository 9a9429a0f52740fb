package org.claimscreen.domain.claim;

import java.util.Locale;

/** A yes/no claim column that may also be left empty, which rules treat differently from "no". */
public enum Indicator {
    YES,
    NO,
    NOT_GIVEN;

    public static Indicator parse(String text) {
        if (text == null || text.isBlank()) {
            return NOT_GIVEN;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1" -> YES;
            case "n", "no", "false", "0" -> NO;
            default -> throw new InvalidValueException(Excerpt.quoted(text.strip()) + " is not Y or N");
        };
    }

    public boolean isYes() {
        return this == YES;
    }

    /** Y, N or empty, as the canonical CSV writes it. */
    public String code() {
        return switch (this) {
            case YES -> "Y";
            case NO -> "N";
            case NOT_GIVEN -> "";
        };
    }
}
