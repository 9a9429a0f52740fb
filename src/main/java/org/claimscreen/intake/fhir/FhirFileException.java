package org.claimscreen.intake.fhir;

/**
 * A FHIR file that cannot be read as a whole: empty, not FHIR R4, not JSON or XML at all. A single
 * bad resource in a readable file is not this; it becomes a {@code Rejected} result. The message
 * names the file: {@code "claims.json: ..."}.
 */
public class FhirFileException extends RuntimeException {

    private final String file;
    private final String reason;

    public FhirFileException(String file, String reason) {
        this(file, reason, null);
    }

    public FhirFileException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file as the caller named it. */
    public String file() {
        return file;
    }

    /** The reason without the file name. */
    public String reason() {
        return reason;
    }
}
