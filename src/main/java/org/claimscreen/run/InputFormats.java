package org.claimscreen.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.claimscreen.intake.InputDiscovery;

/** Which reader serves an input: FHIR R4 for .json, .ndjson, .jsonl and .xml files, CSV otherwise. */
final class InputFormats {

    static final String CSV = "CSV";
    static final String FHIR = "FHIR";

    private InputFormats() {
    }

    /** The format of a claim file, decided when the run registers it and kept for restarts. */
    static String of(Path file) {
        return InputDiscovery.isFhirName(file.getFileName().toString().toLowerCase(Locale.ROOT)) ? FHIR : CSV;
    }

    /** Opens a claim file; {@code reading} says how CSV files are laid out (FHIR files have one layout). */
    static ClaimSource open(String format, int fileIndex, Path file, InputReading reading) throws IOException {
        return FHIR.equals(format) ? new FhirClaimSource(fileIndex, file)
                : new CsvClaimSource(fileIndex, file, reading.mapping(), reading.reference());
    }
}
