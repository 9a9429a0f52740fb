package org.claimscreen.intake;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Everything about one input format, in one place: which files are its, reading them into domain
 * claims (rejects located by file and line), and writing the clean/held split back in the same
 * format. The route and the split know formats only through this; a new format (X12 837P) is one
 * more implementation in {@link ClaimFormats}.
 */
public interface ClaimFormat {

    /** The name a run records for the input ({@code input_file.format}) and finds the format by on restart. */
    String name();

    /** Whether a file of this (lower-case) name is this format's. */
    boolean takesName(String lowerCaseName);

    /**
     * For a folder's entry whose name this format takes: null when its start looks like this
     * format's claims, else why it is passed over (one line, for the run's notes). A file named
     * on its own is always taken, so that one that cannot be read fails visibly.
     */
    String whyNotClaims(Path file);

    /**
     * Opens a claim file for reading, checking what can be checked at once (a CSV header, a FHIR
     * version), so a file that cannot be read at all fails when the run registers it.
     *
     * @throws IOException when the file cannot be read or is not this format's (the format's
     *                     {@code *FileException} says why, naming the file)
     */
    ClaimReader open(Path file) throws IOException;

    /** The clean/held split of this format's files. */
    ClaimSplitter splitter();
}
