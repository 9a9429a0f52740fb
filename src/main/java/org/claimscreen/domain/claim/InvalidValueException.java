package org.claimscreen.domain.claim;

/**
 * A value from a claim file that the domain refuses, with a reason a biller can act on
 * ("'1EG4TE5MK7' is not 10 digits"). Readers turn it into a reject with file, line and column.
 */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String reason) {
        super(reason);
    }
}
