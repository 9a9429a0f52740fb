package org.claimscreen.persistence;

/**
 * An input of a run as stored.
 *
 * @param status OK (screened), FAILED (could not be read at all) or SKIPPED (already screened by an
 *               earlier run); {@code problem} says why
 */
public record InputFileRecord(
        long runId, int fileIndex, String path, String name, String format, String sha256,
        long sizeBytes, Long lines, String status, String problem) {

    public static final String OK = "OK";
    public static final String FAILED = "FAILED";
    public static final String SKIPPED = "SKIPPED";

    public boolean ok() {
        return OK.equals(status);
    }
}
