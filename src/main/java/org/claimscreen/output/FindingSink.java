package org.claimscreen.output;

import java.io.IOException;

/** A report being written from the findings as they stream past, one at a time. */
public interface FindingSink {

    void accept(FindingRow finding) throws IOException;

    /** Writes what follows the last finding; returns the number of findings taken. */
    long finish() throws IOException;
}
