package org.claimscreen.jobs;

/** The one line a user is told when something fails: the deepest cause's first line, never a stack trace. */
public final class RootCause {

    private RootCause() {
    }

    public static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
