package org.claimscreen.intake.csv;

/**
 * A CSV file that cannot be read as a whole (empty, a bad header, a quote that is never closed),
 * as opposed to a single bad row, which becomes a reject. The message names the file and line:
 * {@code "claims.csv line 7: ..."}, or just the file when the line is 0.
 */
public class CsvFileException extends RuntimeException {

    private final String file;
    private final long line;
    private final String reason;

    public CsvFileException(String file, long line, String reason) {
        this(file, line, reason, null);
    }

    public CsvFileException(String file, long line, String reason, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The file as the caller named it. */
    public String file() {
        return file;
    }

    /** The physical line in the file, 0 when the whole file is meant. */
    public long line() {
        return line;
    }

    /** The reason without file and line, for callers that say where in their own words. */
    public String reason() {
        return reason;
    }
}
