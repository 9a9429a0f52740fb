package org.claimscreen.run;

import org.claimscreen.domain.claim.Excerpt;

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
        // a database error can quote the value it refused, however long: one short line only
        return Excerpt.capped(message.lines().findFirst().orElse(message), 300);
    }
}
