package org.claimscreen.ingest;

/**
 * Something of the input that could not be screened, said so that whoever fixes the export can
 * find it: file, line in the file (0 when the whole file is meant), claim id when known, column.
 */
public record Reject(String file, long line, String claimId, String column, String reason) {
}
