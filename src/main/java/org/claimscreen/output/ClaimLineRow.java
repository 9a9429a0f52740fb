package org.claimscreen.output;

import java.time.LocalDate;
import org.claimscreen.domain.claim.Money;

/**
 * One line of a claim as read, for the report's claim view: what a biller needs to see beside the
 * findings. The member id and birth date are left out on purpose (reports travel further than
 * claims).
 */
public record ClaimLineRow(
        String sourceFile,
        String claimId,
        int lineNumber,
        long sourceLine,
        LocalDate serviceDate,
        String placeOfService,
        String procedureCode,
        String modifiers,
        int units,
        Integer minutes,
        Money chargeAmount,
        String diagnosisCodes,
        String diagnosisPointers,
        String renderingNpi,
        String renderingTaxonomy,
        String supervisingNpi,
        String referringNpi,
        String planOfCare,
        String abnOnFile,
        String lmnOnFile) {
}
