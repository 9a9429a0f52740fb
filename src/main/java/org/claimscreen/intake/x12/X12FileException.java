package org.claimscreen.intake.x12;

import java.io.IOException;

/** A file that is not an X12 interchange at all (no readable ISA header), named in the message. */
public final class X12FileException extends IOException {

    private static final long serialVersionUID = 1L;

    public X12FileException(String file, String reason) {
        super(file + ": " + reason);
    }
}
