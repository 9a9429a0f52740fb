package org.claimscreen.batch;

import java.io.IOException;
import java.nio.file.Path;

/** Which reader serves an input, by the format its registration found. */
final class InputFormats {

    static final String CSV = "CSV";

    private InputFormats() {
    }

    /** The format of a claim file, decided when the run registers it. */
    static String of(Path file) {
        return CSV;
    }

    static ClaimSource open(String format, int fileIndex, Path file) throws IOException {
        return new CsvClaimSource(fileIndex, file);
    }
}
