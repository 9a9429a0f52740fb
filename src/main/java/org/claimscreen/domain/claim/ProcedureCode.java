package org.claimscreen.domain.claim;

/** A CPT or HCPCS code: five characters, digits and capital letters (97124, G0283). */
public record ProcedureCode(String value) implements Comparable<ProcedureCode> {

    public ProcedureCode {
        if (value == null || value.length() != 5 || !value.chars().allMatch(ProcedureCode::isCodeChar)) {
            throw new InvalidValueException(Excerpt.quoted(value) + " is not a CPT/HCPCS code (5 letters or digits)");
        }
    }

    public static ProcedureCode of(String value) {
        return new ProcedureCode(value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean isCodeChar(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    @Override
    public int compareTo(ProcedureCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
