package org.claimscreen.domain.claim;

import java.util.Locale;

/** A two-character CPT/HCPCS modifier such as GP, 59 or KX. */
public record Modifier(String value) {

    public Modifier {
        if (value == null || value.length() != 2
                || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            throw new InvalidValueException(Excerpt.quoted(value) + " is not a modifier (2 letters or digits)");
        }
    }

    public static Modifier of(String value) {
        return new Modifier(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
