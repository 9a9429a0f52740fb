package org.claimscreen.domain.claim;

import java.util.regex.Pattern;

/**
 * The beneficiary's identifier as the payer knows it. For Original Medicare it should be an MBI,
 * but commercial and Medicare Advantage plans use their own ids, so any non-blank id is accepted
 * and {@link #isMbi()} tells the two apart. Never log it; reports show {@link #masked()}.
 */
public final class MemberId {

    // CMS MBI format: letters exclude S, L, O, I, B, Z.
    private static final Pattern MBI = Pattern.compile(
            "[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}");

    private final String value;

    private MemberId(String value) {
        this.value = value;
    }

    public static MemberId of(String value) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException("member id is empty");
        }
        if (stripped.length() > 64) {
            throw new InvalidValueException("member id is longer than 64 characters");
        }
        return new MemberId(stripped);
    }

    public String value() {
        return value;
    }

    public boolean isMbi() {
        return MBI.matcher(value).matches();
    }

    /** The id with all but its last four characters replaced by '*', as reports show it. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        int keep = id.length() > 4 ? 4 : 0;
        return "*".repeat(id.length() - keep) + id.substring(id.length() - keep);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked on purpose: a member id must never reach a log by accident. */
    @Override
    public String toString() {
        return masked();
    }
}
