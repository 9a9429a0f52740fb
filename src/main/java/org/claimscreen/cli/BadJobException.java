package org.claimscreen.cli;

/**
 * A job definition that cannot be used: a usage error (exit status 2) whose one line names the
 * file, line, key and problem, so no "try --help" follows it.
 */
public class BadJobException extends UsageException {

    public BadJobException(String message) {
        super(message);
    }
}
