package org.claimscreen.domain.rules;

import java.time.LocalDate;
import org.claimscreen.domain.claim.ProcedureCode;

/**
 * One NCCI procedure-to-procedure edit: column 2 is not paid with column 1 on the same date by
 * the same provider, unless (modifier indicator 1) a distinct-service modifier applies.
 *
 * @param modifierIndicator 0 = never allowed together, 1 = allowed with 59/XE/XS/XP/XU, 9 = not applicable
 * @param deleted           the deletion date, null while the edit is in force
 */
public record NcciEdit(ProcedureCode column1, ProcedureCode column2, int modifierIndicator, LocalDate effective,
        LocalDate deleted) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effective) && (deleted == null || date.isBefore(deleted));
    }
}
