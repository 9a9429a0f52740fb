package org.claimscreen.domain.screening;

/** Who pays in the end if the line is denied. */
public enum Liability {
    PATIENT,
    PROVIDER
}
