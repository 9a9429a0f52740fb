package org.claimscreen.intake.fhir;

import ca.uhn.fhir.context.FhirContext;

/**
 * The application's one {@link FhirContext} (style.md rule 8). Building a context scans the R4
 * model classes and costs hundreds of milliseconds; it is thread-safe and meant to be shared.
 * Parsers are not thread-safe and are cheap: take a new one per use from a {@link ParserPolicy}.
 */
public final class Fhir {

    /** FHIR R4 (4.0.1), cached by HAPI so other code asking for R4 gets the same instance. */
    public static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private Fhir() {
    }
}
