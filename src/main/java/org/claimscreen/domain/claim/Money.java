package org.claimscreen.domain.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * US dollars held as whole cents, so sums are exact and cheap. Never negative: a claim line
 * charge below zero is an export error, not a credit.
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money {
        if (cents < 0) {
            throw new InvalidValueException("amount is negative");
        }
    }

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money of(String dollars) {
        return parse(dollars);
    }

    /** Accepts {@code 85}, {@code 85.5}, {@code 85.00}, {@code $1,234.50}; refuses more than two decimals. */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("amount is empty");
        }
        String plain = text.strip();
        if (plain.startsWith("$")) {
            plain = plain.substring(1).strip();
        }
        plain = plain.replace(",", "");
        if (!plain.matches("[0-9]{1,12}(\\.[0-9]{0,2})?")) {
            throw new InvalidValueException(Excerpt.quoted(text.strip()) + " is not a dollar amount");
        }
        return new Money(new BigDecimal(plain).movePointRight(2).longValueExact());
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.max(0, cents - other.cents));
    }

    /** This amount times {@code percent}/100, rounded half-up to the cent. */
    public Money percent(BigDecimal percent) {
        return new Money(BigDecimal.valueOf(cents).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact());
    }

    public Money min(Money other) {
        return cents <= other.cents ? this : other;
    }

    public Money max(Money other) {
        return cents >= other.cents ? this : other;
    }

    public boolean isZero() {
        return cents == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** Plain decimal, two places, no symbol: {@code 1234.50}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
