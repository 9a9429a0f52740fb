package org.claimscreen.intake.csv;

/**
 * A plans or providers file that cannot be used. Reference data errors are fatal at start: one bad
 * cell could otherwise change the outcome of every claim that touches the plan or provider. The
 * message is one line: {@code "plans.csv line 4, column massage_copay: 'abc' is not a dollar amount"}.
 */
public class ReferenceDataException extends RuntimeException {

    private final String file;
    private final long line;
    private final String column;

    public ReferenceDataException(String file, long line, String column, String reason) {
        this(file, line, column, reason, null);
    }

    public ReferenceDataException(String file, long line, String column, String reason, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + (column != null ? ", column " + column : "") + ": " + reason,
                cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** The physical line in the file, 0 when the whole file is meant. */
    public long line() {
        return line;
    }

    /** The column, or null when the whole row or file is meant. */
    public String column() {
        return column;
    }
}
