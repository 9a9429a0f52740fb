package org.claimscreen.domain.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Groups the rows of one claim into a {@link Claim}. Every row repeats the claim's member, payer,
 * plan and diagnosis list; rows that disagree make the claim unreadable, since a rule could not
 * know which one to believe.
 */
public final class ClaimAssembler {

    private ClaimAssembler() {
    }

    /**
     * @param rows all rows of one claim, in any order
     * @throws InconsistentClaimException naming the column and line that disagree with the first row
     */
    public static Claim assemble(List<ClaimRow> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one row");
        }
        List<ClaimRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt(row -> row.line().lineNumber()));
        ClaimRow first = ordered.get(0);
        for (ClaimRow row : ordered) {
            requireSame(first, row, "member_id", ClaimRow::memberId);
            requireSame(first, row, "payer_type", ClaimRow::payerType);
            requireSame(first, row, "payer_id", ClaimRow::payerId);
            requireSame(first, row, "plan_id", ClaimRow::planId);
            requireSame(first, row, "patient_birth_date", ClaimRow::birthDate);
            requireSame(first, row, "diagnosis_codes", ClaimRow::diagnoses);
        }
        List<ClaimLine> lines = new ArrayList<>(ordered.size());
        ReportedDate initialTreatment = ReportedDate.NOT_CARRIED;
        for (ClaimRow row : ordered) {
            lines.add(row.line());
            initialTreatment = agreeing(initialTreatment, row);
        }
        try {
            return new Claim(first.claimId(), first.sourceFile(), first.memberId(), first.birthDate(),
                    first.payerType(), first.payerId(), first.planId(), first.diagnoses(), lines, initialTreatment);
        } catch (InvalidValueException e) {
            throw new InconsistentClaimException(first.line().sourceLine(), "line_number", e.getMessage());
        }
    }

    /** Rows may give the initial treatment date on one line only; two different dates disagree. */
    private static ReportedDate agreeing(ReportedDate sofar, ClaimRow row) {
        try {
            return sofar.with(row.initialTreatment());
        } catch (InvalidValueException e) {
            throw new InconsistentClaimException(row.line().sourceLine(), "initial_treatment_date",
                    "claim " + row.claimId() + " line " + row.line().lineNumber() + " gives initial treatment date "
                            + row.initialTreatment() + ", another line " + sofar
                            + "; all lines of a claim must agree");
        }
    }

    private static void requireSame(ClaimRow first, ClaimRow row, String column, Function<ClaimRow, Object> field) {
        if (!Objects.equals(field.apply(first), field.apply(row))) {
            throw new InconsistentClaimException(row.line().sourceLine(), column,
                    "claim " + row.claimId() + " line " + row.line().lineNumber() + " has a different " + column
                            + " than line " + first.line().lineNumber() + "; all lines of a claim must agree");
        }
    }

    /** A claim whose rows disagree, pointing at the row and column that does. */
    public static final class InconsistentClaimException extends InvalidValueException {

        private final long sourceLine;
        private final String column;

        public InconsistentClaimException(long sourceLine, String column, String reason) {
            super(reason);
            this.sourceLine = sourceLine;
            this.column = column;
        }

        public long sourceLine() {
            return sourceLine;
        }

        public String column() {
            return column;
        }
    }
}
