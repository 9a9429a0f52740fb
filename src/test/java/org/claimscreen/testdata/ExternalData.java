package org.claimscreen.testdata;

import java.nio.file.Path;

/**
 * The public claim data written by others that the tests read (HL7 R4 examples, CMS Blue Button
 * EOBs and RIF carrier files, the Tuva excerpt): kept in the repository under
 * {@code src/test/resources/external}, with its sources and licences in the README there, so a
 * lone clone runs every test. Nothing outside the repository is read.
 */
public final class ExternalData {

    /** The folder, resolved against the project folder the build runs the tests in. */
    public static final Path DIR = Path.of("src/test/resources/external").toAbsolutePath().normalize();

    private ExternalData() {
    }
}
