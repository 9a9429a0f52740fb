package org.claimscreen.domain.claim;

/**
 * A National Provider Identifier: ten digits starting with 1 or 2.
 *
 * <p>The check digit is exposed rather than enforced: a typo'd NPI is a fixable finding for the
 * biller (GEN-NPI-INVALID), not an unreadable row.
 */
public record Npi(String value) {

    public Npi {
        if (value == null || value.length() != 10 || !value.chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException(Excerpt.quoted(value) + " is not an NPI (10 digits)");
        }
        if (value.charAt(0) != '1' && value.charAt(0) != '2') {
            throw new InvalidValueException(Excerpt.quoted(value) + " is not an NPI (it must start with 1 or 2)");
        }
    }

    public static Npi of(String value) {
        return new Npi(value == null ? null : value.strip());
    }

    /** Luhn over the nine base digits as if prefixed by 80840 (whose contribution is the constant 24). */
    public boolean hasValidCheckDigit() {
        int sum = 24;
        for (int i = 8, k = 0; i >= 0; i--, k++) {
            int digit = value.charAt(i) - '0';
            if (k % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10 == value.charAt(9) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
