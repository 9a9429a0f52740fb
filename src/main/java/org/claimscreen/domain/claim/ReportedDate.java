package org.claimscreen.domain.claim;

import java.time.LocalDate;

/**
 * A date the claim form has a field for, which a source may not carry at all: a rule may call the
 * date missing only when the source has the field and left it empty. A CSV export without the column,
 * or a FHIR Claim (R4 has no element for it), says nothing either way.
 *
 * @param date    the date, or null when not given
 * @param carried whether the source has a field for it
 */
public record ReportedDate(LocalDate date, boolean carried) {

    /** The source has no field for the date. */
    public static final ReportedDate NOT_CARRIED = new ReportedDate(null, false);

    /** The source has the field and left it empty. */
    public static final ReportedDate LEFT_EMPTY = new ReportedDate(null, true);

    public ReportedDate {
        if (date != null && !carried) {
            throw new InvalidValueException("a date given is carried by its source");
        }
    }

    /** A date from a source that has the field: empty when {@code date} is null. */
    public static ReportedDate of(LocalDate date) {
        return date == null ? LEFT_EMPTY : new ReportedDate(date, true);
    }

    /** The source has the field, and it is empty. */
    public boolean isMissing() {
        return carried && date == null;
    }

    /**
     * The date two rows of one claim report together: a date over an empty or absent one, so an export
     * that gives it on one row only is read whole.
     *
     * @throws InvalidValueException when both give a date and the dates differ
     */
    public ReportedDate with(ReportedDate other) {
        if (date != null && other.date != null && !date.equals(other.date)) {
            throw new InvalidValueException("dates " + date + " and " + other.date + " differ");
        }
        if (date != null) {
            return this;
        }
        if (other.date != null) {
            return other;
        }
        return carried || other.carried ? LEFT_EMPTY : NOT_CARRIED;
    }

    @Override
    public String toString() {
        return date != null ? date.toString() : carried ? "empty" : "not carried";
    }
}
