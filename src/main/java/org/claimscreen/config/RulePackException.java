package org.claimscreen.config;

/**
 * A rule pack, overrides or NCCI file that cannot be used. Like reference data, a pack is refused as
 * a whole at start: a half-read pack would screen every claim against the wrong codes or amounts.
 * The message is one line naming the file, the line, the key path and the reason:
 * {@code "my-pack.yaml line 12, code-sets.massge: unknown code set (known: massage, ...)"}.
 */
public class RulePackException extends RuntimeException {

    private final String file;
    private final int line;
    private final String key;
    private final String reason;

    public RulePackException(String file, int line, String key, String reason) {
        this(file, line, key, reason, null);
    }

    public RulePackException(String file, int line, String key, String reason, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + (key == null || key.isEmpty() ? "" : ", " + key) + ": "
                + reason, cause);
        this.file = file;
        this.line = line;
        this.key = key;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** The line in the file, 0 when the whole file is meant. */
    public int line() {
        return line;
    }

    /** The key path ({@code code-sets.massage[2]}), empty when the whole file is meant. */
    public String key() {
        return key;
    }

    public String reason() {
        return reason;
    }
}
