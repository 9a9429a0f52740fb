package org.claimscreen.domain.claim;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the practice's records hold for one service (a row of documentation.csv): whether a plan of
 * care, a signed ABN and a letter of medical necessity are on file, and the treatment minutes. A
 * claim line takes from it what its input does not say ({@link Documentation#fill}).
 *
 * @param minutes null when the records give none
 */
public record DocumentedService(
        MemberId memberId,
        LocalDate serviceDate,
        ProcedureCode procedureCode,
        Indicator planOfCare,
        Indicator abnOnFile,
        Indicator lmnOnFile,
        Integer minutes) {

    public DocumentedService {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(procedureCode, "procedureCode");
        planOfCare = planOfCare == null ? Indicator.NOT_GIVEN : planOfCare;
        abnOnFile = abnOnFile == null ? Indicator.NOT_GIVEN : abnOnFile;
        lmnOnFile = lmnOnFile == null ? Indicator.NOT_GIVEN : lmnOnFile;
        if (minutes != null && minutes < 0) {
            throw new InvalidValueException("minutes " + minutes + " is negative");
        }
    }

    /** The key a claim line is looked up by: its member, service date and procedure code. */
    public Documentation.Key key() {
        return new Documentation.Key(memberId, serviceDate, procedureCode);
    }
}
