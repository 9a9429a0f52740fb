package org.claimscreen.config;

/**
 * A job definition that cannot be used. The message is one line naming the file, the line, the
 * key and the problem: {@code "jobs/nightly.yaml line 4, input.dir: no such folder: ../var/inbox"}.
 */
public class JobDefinitionException extends RuntimeException {

    public JobDefinitionException(String message) {
        super(message);
    }
}
