package org.claimscreen.config;

/**
 * A column mapping file that cannot be used. Checked, because every caller (the command line, a
 * job definition) must turn it into a usage error before a run starts. The message is one line
 * naming the file, the line, the key and the reason:
 * {@code "jobs/mappings/rif.yaml line 7, columns.procedur_code: unknown canonical column (did you mean procedure_code?)"}.
 */
public class ColumnMappingException extends Exception {

    private final String file;
    private final int line;
    private final String key;
    private final String reason;

    public ColumnMappingException(String file, int line, String key, String reason) {
        this(file, line, key, reason, null);
    }

    public ColumnMappingException(String file, int line, String key, String reason, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + (key == null || key.isEmpty() ? "" : ", " + key) + ": "
                + reason, cause);
        this.file = file;
        this.line = line;
        this.key = key == null ? "" : key;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** The line in the file, 0 when the whole file is meant. */
    public int line() {
        return line;
    }

    /** The key path ({@code columns.modifiers[1]}), empty when the whole file is meant. */
    public String key() {
        return key;
    }

    public String reason() {
        return reason;
    }
}
