package org.claimscreen.report.split;

import java.util.Locale;
import java.util.Optional;

/** The splitter for an input format, as the run registered it ({@code CSV} or {@code FHIR}). */
public final class InputSplitters {

    private InputSplitters() {
    }

    /** Empty for a format nothing can split yet: the run then writes no clean/held file for it. */
    public static Optional<InputSplitter> forFormat(String format) {
        if (format == null) {
            return Optional.empty();
        }
        return switch (format.toUpperCase(Locale.ROOT)) {
            case "CSV" -> Optional.of(new CsvInputSplitter());
            case "FHIR" -> Optional.of(new FhirInputSplitter());
            default -> Optional.empty();
        };
    }
}
