package org.claimscreen.domain.claim;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ICD-10-CM code, stored without its dot ({@code M9903}) and shown with it ({@code M99.03}),
 * so that exports with and without dots compare equal.
 */
public record DiagnosisCode(String value) {

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}");

    public DiagnosisCode {
        if (value == null || !ICD10.matcher(value).matches()) {
            throw new InvalidValueException(Excerpt.quoted(value) + " is not an ICD-10-CM code");
        }
    }

    public static DiagnosisCode of(String text) {
        if (text == null) {
            throw new InvalidValueException("diagnosis code is empty");
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.length() > 3 && code.charAt(3) == '.') {
            code = code.substring(0, 3) + code.substring(4);
        }
        if (!ICD10.matcher(code).matches()) {
            throw new InvalidValueException(Excerpt.quoted(text.strip()) + " is not an ICD-10-CM code");
        }
        return new DiagnosisCode(code);
    }

    /** True when this code is {@code prefix} or a code below it ("Z00" covers Z00.00 and Z00.01). */
    public boolean startsWith(String prefix) {
        return value.startsWith(prefix.replace(".", ""));
    }

    @Override
    public String toString() {
        return value.length() > 3 ? value.substring(0, 3) + "." + value.substring(3) : value;
    }
}
