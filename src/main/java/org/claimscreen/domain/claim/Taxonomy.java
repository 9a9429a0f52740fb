package org.claimscreen.domain.claim;

import java.util.Locale;
import java.util.regex.Pattern;

/** A NUCC health care provider taxonomy code, ten characters ending in X (225700000X). */
public record Taxonomy(String value) {

    private static final Pattern NUCC = Pattern.compile("[0-9A-Z]{9}X");

    public Taxonomy {
        if (value == null || !NUCC.matcher(value).matches()) {
            throw new InvalidValueException(Excerpt.quoted(value) + " is not a NUCC taxonomy code (10 characters ending in X)");
        }
    }

    public static Taxonomy of(String value) {
        return new Taxonomy(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    public ProviderType providerType() {
        return ProviderType.of(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
