package org.claimscreen.cli;

/** The command line was used wrongly; the message is the one line the user sees (exit status 2). */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
