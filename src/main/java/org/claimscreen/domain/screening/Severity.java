package org.claimscreen.domain.screening;

/** How sure a finding is that the payer will refuse the line. DENY and REVIEW hold the claim. */
public enum Severity {
    /** The payer will most likely deny the line. */
    DENY,
    /** A person should check before submitting. */
    REVIEW,
    /** Nothing wrong, but useful (patient cost, HSA/FSA). */
    INFO;

    public boolean holdsClaim() {
        return this != INFO;
    }
}
