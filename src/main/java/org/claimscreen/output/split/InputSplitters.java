package org.claimscreen.output.split;

import java.util.Locale;
import java.util.Optional;
import org.claimscreen.intake.csv.ColumnMapping;

/** The splitter for an input format, as the run registered it ({@code CSV} or {@code FHIR}). */
public final class InputSplitters {

    private InputSplitters() {
    }

    /** Empty for a format nothing can split yet: the run then writes no clean/held file for it. */
    public static Optional<InputSplitter> forFormat(String format) {
        return forFormat(format, ColumnMapping.NONE);
    }

    /** As {@link #forFormat(String)}, for CSV files in the layout {@code mapping} describes. */
    public static Optional<InputSplitter> forFormat(String format, ColumnMapping mapping) {
        if (format == null) {
            return Optional.empty();
        }
        return switch (format.toUpperCase(Locale.ROOT)) {
            case "CSV" -> Optional.of(new CsvInputSplitter(mapping));
            case "FHIR" -> Optional.of(new FhirInputSplitter());
            default -> Optional.empty();
        };
    }
}
